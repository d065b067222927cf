import type { APIRoute } from "astro";
import { wardsCsv } from "../../lib/areas/fairness";
import { wardFairness } from "../../views/fairness";

/** Each ward's fair share as CSV, for a spreadsheet: the same counts as /areas/wards/. */
export const GET: APIRoute = async () => {
  const { fairness, codes, days } = await wardFairness();
  return new Response(wardsCsv(fairness, codes, days), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
