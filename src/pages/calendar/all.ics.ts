import type { APIRoute } from "astro";
import { ALL_EVENTS_FEED } from "../../lib/ical/catalogue";
import { feedResponse } from "../../views/feeds";

export const GET: APIRoute = ({ site }) => feedResponse(ALL_EVENTS_FEED, site);
