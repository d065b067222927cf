/** The taxonomies the Open Referral UK API's services are classed by (/api/oruk/taxonomies), one page of them all. */
import type { APIRoute } from "astro";
import { toHsdsPage } from "../../../lib/open-data/oruk";
import { ORUK_TAXONOMY_CODES, toHsdsTaxonomy } from "../../../lib/open-data/oruk-taxonomy";

export const GET: APIRoute = () => {
  const taxonomies = ORUK_TAXONOMY_CODES.map(toHsdsTaxonomy);
  return new Response(JSON.stringify(toHsdsPage(taxonomies, 1, taxonomies.length)), {
    headers: { "Content-Type": "application/json" },
  });
};
