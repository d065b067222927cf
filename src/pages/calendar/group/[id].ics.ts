import type { APIRoute, GetStaticPaths } from "astro";
import { feedResponse, feedsUnder } from "../../../views/feeds";

const PREFIX = "/calendar/group/";

export const getStaticPaths = (async () =>
  (await feedsUnder(PREFIX)).map((feed) => ({
    params: { id: feed.path.slice(PREFIX.length, -".ics".length) },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => feedResponse(`${PREFIX}${params.id}.ics`, site);
