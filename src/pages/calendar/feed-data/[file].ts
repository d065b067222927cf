import type { APIRoute, GetStaticPaths } from "astro";
import { FEED_DATA_FILES } from "../../../lib/ical/feed-data";
import { feedDataFiles } from "../../../views/feeds";

/**
 * The custom feed functions' data, written beside the site for them to read (netlify.toml bundles it with them
 * and does not serve it).
 */
export const getStaticPaths = (() =>
  Object.values(FEED_DATA_FILES).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const files = await feedDataFiles(site);
  return new Response(files[params.file as keyof typeof files]);
};
