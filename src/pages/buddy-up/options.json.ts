/**
 * The buddy-up options the functions read: verified groups that offer welcomers, and the events with
 * buddy-up and their upcoming dates. All of it is public listing data; no request is ever part of it.
 */
import type { APIRoute } from "astro";
import { buddyOptions } from "../../views/buddy";

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buddyOptions()), { headers: { "content-type": "application/json" } });
