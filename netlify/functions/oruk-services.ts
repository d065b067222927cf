/**
 * The Open Referral UK API's services: /api/oruk/services, a page of services found by words, taxonomy terms,
 * town, ward, distance from a point, day and time (src/lib/open-data/oruk-query.ts); and /api/oruk/services/{id}
 * for a service that has no file built with the site, which is an example a reader asks for with examples=1. Every
 * shared service has such a file, and this function's config prefers it. Bad parameters get a 400 naming each one;
 * answers carry an ETag, cache headers and `Access-Control-Allow-Origin: *`.
 */
import type { Config } from "@netlify/functions";
import { orukLicence, toHsdsPage, toOneToOne, type OrukListing } from "../../src/lib/open-data/oruk";
import type { OrukData } from "../../src/lib/open-data/oruk-data";
import { shortened } from "../../src/lib/listings/query";
import { isUuid } from "../../src/lib/open-data/oruk-ids";
import { OPEN_DATA_PAGE } from "../../src/lib/pages/contract";
import { parseOrukQuery, readOrukFlag, selectOrukServices } from "../../src/lib/open-data/oruk-query";
import {
  badParameters,
  cachedResponse,
  jsonError,
  openDataPreflight,
  toEtag,
  withOpenDataHeaders,
  withSiteHeaders,
} from "../lib/http";
import { builtOrukSource, type OrukDataSource } from "../lib/oruk-source";

/** What the handler needs: the services the build published. */
export interface OrukServicesDeps {
  source: OrukDataSource;
}

const JSON_TYPE = "application/json; charset=utf-8";

/** Where the API's parameters are documented, on the site that was asked. */
const helpFor = (request: Request) => new URL(`${OPEN_DATA_PAGE}#services`, request.url).href;
const LIST = /^\/api\/oruk\/services\/?$/;
const ONE = /^\/api\/oruk\/services\/([^/]+)\/?$/;

/** A JSON answer that can be cached and revalidated. */
function answer(request: Request, body: unknown): Response {
  const text = JSON.stringify(body);
  return cachedResponse(request, text, JSON_TYPE, toEtag(text));
}

/** Builds the handler from its dependencies, so tests can pass the data a build would write. */
export function createOrukServices(deps: OrukServicesDeps) {
  let indexed: { data: OrukData; byId: Map<string, OrukListing>; wards: Set<string> } | undefined;
  const index = () => {
    const data = deps.source();
    if (indexed?.data !== data) {
      indexed = {
        data,
        byId: new Map(data.listings.map((listing) => [listing.service.id, listing])),
        wards: new Set(data.wards),
      };
    }
    return indexed;
  };

  const list = (request: Request, params: URLSearchParams): Response => {
    const { data, wards } = index();
    const parsed = parseOrukQuery(params, { wards });
    if (!parsed.ok) return badParameters(parsed.problems, helpFor(request));
    const { query } = parsed;
    const chosen = selectOrukServices(data.listings, query).map((listing) =>
      query.full ? listing.service : toOneToOne(listing.service),
    );
    return answer(request, { ...toHsdsPage(chosen, query.page, query.perPage), x_licence: orukLicence() });
  };

  const one = (request: Request, id: string, params: URLSearchParams): Response => {
    const problems: { param: string; message: string }[] = [];
    let examples = false;
    for (const [name, value] of params) {
      const flag = name === "examples" ? readOrukFlag(value) : undefined;
      if (flag !== undefined) examples = flag;
      else if (name === "examples")
        problems.push({ param: name, message: `"examples" must be true or false (or 1 or 0).` });
      else {
        const shown = shortened(name);
        problems.push({
          param: shown,
          message: `"${shown}" is not a parameter of a single service: only examples is.`,
        });
      }
    }
    if (problems.length > 0) return badParameters(problems, helpFor(request));
    const listing = isUuid(id) ? index().byId.get(id.toLowerCase()) : undefined;
    if (!listing) {
      return jsonError(404, "No service in this API has that id: the services are listed at /api/oruk/services.");
    }
    if (listing.example && !examples) {
      return jsonError(
        404,
        "That service is an illustrative example, which the open data leaves out unless the address asks for examples=1.",
      );
    }
    return answer(request, listing.service);
  };

  return async (request: Request): Promise<Response> => {
    if (request.method === "OPTIONS") return openDataPreflight();
    if (request.method !== "GET" && request.method !== "HEAD") {
      return withOpenDataHeaders(
        jsonError(405, "Only GET and HEAD are answered here.", undefined, { allow: "GET, HEAD, OPTIONS" }),
      );
    }
    const url = new URL(request.url);
    if (LIST.test(url.pathname)) return withOpenDataHeaders(list(request, url.searchParams));
    const id = ONE.exec(url.pathname)?.[1];
    // An id is a UUID, which needs no escaping: an escaped one is no id of ours.
    if (id !== undefined) return withOpenDataHeaders(one(request, id, url.searchParams));
    return withOpenDataHeaders(jsonError(404, "There is nothing at this address: try /api/oruk/services."));
  };
}

export default withSiteHeaders(createOrukServices({ source: builtOrukSource(process.cwd()) }));
export const config: Config = {
  path: ["/api/oruk/services", "/api/oruk/services/", "/api/oruk/services/:id"],
  // Each shared service is a file built with the site (src/pages/api/oruk/services/[id].ts), served as it is;
  // this function answers only the addresses with no such file.
  preferStatic: true,
};
