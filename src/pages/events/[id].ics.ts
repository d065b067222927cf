import type { APIRoute, GetStaticPaths } from "astro";
import { allEvents } from "../../data/events";
import { eventFileResponse } from "../../data/feeds";

export const getStaticPaths = (async () =>
  (await allEvents()).map((entry) => ({ params: { id: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => eventFileResponse(params.id ?? "", site);
