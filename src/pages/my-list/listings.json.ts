/** What the "My list" page knows of every listing: names, statuses and events' next dates (see listing-data.ts). */
import type { APIRoute } from "astro";
import { buildMyListData } from "../../lib/my-list/listing-data";
import { buildNow } from "../../views/clock";
import { loadContent } from "../../views/content";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildMyListData(await loadContent(), buildNow())), {
    headers: { "Content-Type": "application/json" },
  });
