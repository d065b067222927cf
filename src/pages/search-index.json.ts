/** The finder's search data, the first of its two files: what a first result needs (see search-file.ts). */
import type { APIRoute } from "astro";
import { toSearchFiles } from "../lib/search/search-file";
import { getSearchData } from "../views/search";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toSearchFiles(await getSearchData()).first), {
    headers: { "Content-Type": "application/json" },
  });
