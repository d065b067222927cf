/** The finder's search data as a static JSON file, loaded by the finder the first time it is used. */
import type { APIRoute } from "astro";
import { getSearchData } from "../views/search";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchData()), { headers: { "Content-Type": "application/json" } });
