/** The finder's search data as a static JSON file, compact (see search-file.ts), loaded by the finder when first used. */
import type { APIRoute } from "astro";
import { toSearchFile } from "../lib/search/search-file";
import { getSearchData } from "../views/search";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toSearchFile(await getSearchData())), {
    headers: { "Content-Type": "application/json" },
  });
