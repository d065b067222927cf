/** The listings a report can name, with their names and sources, for the report functions (REPORT_LISTINGS_PATH). */
import type { APIRoute } from "astro";
import { toReportableListings } from "../../lib/reports/listings";
import { loadContent } from "../../views/content";

export const GET: APIRoute = async () => {
  const { events, groups, places, services } = await loadContent();
  return new Response(JSON.stringify(toReportableListings({ events, groups, places, services })), {
    headers: { "Content-Type": "application/json" },
  });
};
