import type { APIRoute, GetStaticPaths } from "astro";
import { allEvents } from "../../views/events";
import { eventFileResponse } from "../../views/feeds";

export const getStaticPaths = (async () =>
  (await allEvents()).map((entry) => ({ params: { id: entry.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => eventFileResponse(params.id ?? "", site);
