/**
 * The events API: /api/events?town=tunstall&free=1 answers with the events the finder would find for the same
 * address that the site may share, as JSON with schema.org `Event` field names, soonest first, a page at a time
 * (`limit`, and the `next` address with its `cursor`). Each event carries its licence and the credit to show.
 * Bad parameters get a 400 naming each one; answers carry an ETag and cache headers, and any site may read
 * them from a browser. See src/lib/open-data/events.ts for what goes out, and /open-data/ for the documentation.
 */
import type { Config } from "@netlify/functions";
import { LICENCES, OWN_LICENCE } from "../../src/lib/domain/licence";
import { toSearchParams } from "../../src/lib/listings/query";
import {
  EVENTS_API_PATH,
  PAGE_SIZE,
  chooseEventPage,
  parseEventsQuery,
  withOccurrence,
  writeCursor,
  type EventsRequest,
} from "../../src/lib/open-data/events";
import { OPEN_DATA_PAGE } from "../../src/lib/pages/contract";
import { matchingResults, nearestFirst } from "../../src/lib/search/find";
import { toLocalDateTime } from "../../src/lib/time/local";
import {
  badParameters,
  cachedResponse,
  methodNotAllowed,
  openDataPreflight,
  toEtag,
  withOpenDataHeaders,
  withSiteHeaders,
} from "../lib/http";
import { builtOpenEventsSource, type OpenEventsSource } from "../lib/open-events-source";

/** What the handler needs: the build's events and search, and the clock. */
export interface EventsApiDeps {
  source: OpenEventsSource;
  now: () => Date;
}

/** The address of the page after this one, on the site that was asked: the same request, from `cursor`. */
function nextAddress(origin: string, request: EventsRequest, cursor: string): string {
  const params = toSearchParams(request.query);
  if (request.limit !== PAGE_SIZE.usual) params.set("limit", String(request.limit));
  if (request.examples) params.set("examples", "1");
  params.set("cursor", cursor);
  return new URL(`${EVENTS_API_PATH}?${params}`, origin).href;
}

/** Builds the handler from its dependencies, so tests can pass real local ones. */
export function createEventsApi(deps: EventsApiDeps) {
  const answer = (request: Request): Response => {
    if (request.method === "OPTIONS") return openDataPreflight();
    if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed();
    const data = deps.source();
    const url = new URL(request.url);
    const help = new URL(OPEN_DATA_PAGE, url.origin).href;
    const parsed = parseEventsQuery(url.searchParams, data.feed.wards);
    if (!parsed.ok) return badParameters(parsed.problems, help);
    const asked = parsed.request;
    const { feed } = data;
    const index = data.index(asked.query.q !== undefined);
    const { near, within } = asked.query;
    const matching = matchingResults(index, asked.query, toLocalDateTime(deps.now()), ["event"]);
    const results = near ? nearestFirst(matching, near, within) : matching;
    const page = chooseEventPage(results, asked, (id) => {
      const position = feed.positionOf(id);
      if (position === undefined) return false;
      const share = feed.share(position);
      return share === "shared" || (share === "example" && asked.examples);
    });
    const items = page.events.map(({ id, occurrence }) => {
      const position = feed.positionOf(id)!;
      return withOccurrence(feed.open(position)!, occurrence, feed.allDay(position));
    });
    const own = LICENCES[OWN_LICENCE];
    const body = JSON.stringify({
      "@context": "https://schema.org",
      about: help,
      terms:
        `Each event carries its licence ("license") and the credit to show with it ("creditText"). ` +
        `The site's own listings are shared under the ${own.name} (${own.url}).`,
      total: page.total,
      items,
      next: page.next ? nextAddress(url.origin, asked, writeCursor(page.next)) : null,
    });
    return cachedResponse(request, body, "application/json; charset=utf-8", toEtag(body));
  };
  return async (request: Request): Promise<Response> => withOpenDataHeaders(answer(request));
}

export default withSiteHeaders(
  createEventsApi({
    source: builtOpenEventsSource(process.cwd()),
    now: () => new Date(),
  }),
);
export const config: Config = { path: EVENTS_API_PATH };
