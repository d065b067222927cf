/** The finder's search data, the second of its two files: summaries and the longer fields' words (see search-file.ts). */
import type { APIRoute } from "astro";
import { toSearchFiles } from "../lib/search/search-file";
import { getSearchData } from "../views/search";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toSearchFiles(await getSearchData()).details), {
    headers: { "Content-Type": "application/json" },
  });
