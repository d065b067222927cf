import type { APIRoute } from "astro";
import { ALL_EVENTS_FEED } from "../../lib/ical/catalogue";
import { feedResponse } from "../../data/feeds";

export const GET: APIRoute = ({ site }) => feedResponse(ALL_EVENTS_FEED, site);
