/**
 * The Open Referral UK API's root, built with the site: the version and profile it follows, where its lists are,
 * and the licence of the site's own listings. netlify.toml serves it at /api/oruk/.
 */
import type { APIRoute } from "astro";
import { toOrukRoot } from "../../../lib/open-data/oruk";
import { siteOf } from "../../../views/feeds";

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(toOrukRoot(siteOf(site))), { headers: { "Content-Type": "application/json" } });
