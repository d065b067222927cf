/**
 * Each shared service as the Open Referral UK API gives it (/api/oruk/services/{id}), a file built with the site.
 * Examples have no file: the oruk-services function answers for them when a reader asks for examples=1
 * (its config prefers these files where they exist).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { orukServiceById, sharedOrukServiceIds } from "../../../../views/oruk";

export const getStaticPaths = (async () =>
  (await sharedOrukServiceIds()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(JSON.stringify((await orukServiceById(params.id ?? "", site)).service), {
    headers: { "Content-Type": "application/json" },
  });
