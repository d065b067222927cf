/**
 * Every taxonomy term the Open Referral UK API's services carry (/api/oruk/taxonomy_terms), one page of them all,
 * each with its taxonomy: what `taxonomy_term_id` on /api/oruk/services takes.
 */
import type { APIRoute } from "astro";
import { toHsdsPage } from "../../../lib/open-data/oruk";
import { allHsdsTerms, toHsdsTaxonomy } from "../../../lib/open-data/oruk-taxonomy";

export const GET: APIRoute = () => {
  const terms = allHsdsTerms().map(({ taxonomy, term }) => ({ ...term, taxonomy_detail: toHsdsTaxonomy(taxonomy) }));
  return new Response(JSON.stringify(toHsdsPage(terms, 1, terms.length)), {
    headers: { "Content-Type": "application/json" },
  });
};
