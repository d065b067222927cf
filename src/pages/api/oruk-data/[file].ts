/**
 * The Open Referral UK function's data, written beside the site for it to read (netlify.toml bundles it with the
 * function and does not serve it): see src/lib/open-data/oruk-data.ts.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { ORUK_DATA_FILE } from "../../../lib/open-data/oruk-data";
import { orukDataFile } from "../../../views/oruk";

export const getStaticPaths = (() => [{ params: { file: ORUK_DATA_FILE } }]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => new Response(await orukDataFile(site));
