/**
 * The OpenActive feeds: /api/openactive/session-series, /api/openactive/scheduled-sessions and
 * /api/openactive/events, in the Realtime Paged Data Exchange (src/lib/open-data/rpde.ts). A reader starts at the
 * address with no parameters, follows each page's `next` to the last page (no items, its `next` itself), and polls
 * that for changes. Each feed's state (when each item last changed, and which have gone) is kept in Netlify Blobs
 * and brought up to each new build by the first request that meets it, with a conditional write; two instances
 * meeting the build at once make the same state (rpde.ts), so they agree whichever writes. The dataset site page
 * /openactive/ describes the feeds.
 */
import type { Config } from "@netlify/functions";
import { getStore, type Store } from "@netlify/blobs";
import { createHash } from "node:crypto";
import { expandOccurrences, type Occurrence } from "../../src/lib/events/occurrences";
import type { FeedData } from "../../src/lib/ical/feed-data";
import { OPEN_DATA_PAGE } from "../../src/lib/pages/contract";
import {
  EMPTY_STATE,
  RPDE_FEEDS,
  RPDE_LICENCE,
  RPDE_PATH,
  SESSION_DAYS,
  choosePage,
  feedData,
  isDeleted,
  readRpdeParams,
  reconcile,
  sessionData,
  sessionId,
  type CurrentItem,
  type RpdeAfter,
  type RpdeFeed,
  type RpdeRequest,
  type RpdeState,
} from "../../src/lib/open-data/rpde";
import { getJSONWithETag } from "../lib/blobs-etag";
import { boundedStoreFetch } from "../lib/blobs-fetch";
import { builtFeedSource, type FeedContentSource } from "../lib/feed-source";
import {
  HttpError,
  badParameters,
  cachedResponse,
  json,
  methodNotAllowed,
  openDataPreflight,
  toEtag,
  withOpenDataHeaders,
  withSiteHeaders,
} from "../lib/http";

/** What the handler needs: the build's events, and the store that keeps each feed's state. */
export interface OpenActiveDeps {
  source: FeedContentSource;
  store: () => Store;
}

/** The store the feeds' state is kept in, and each feed's key. */
export const OPEN_DATA_STORE = "open-data";
export const rpdeStateKey = (feed: RpdeFeed) => `rpde/${feed}`;

const DAY_MS = 86_400_000;
/** How long a page may be kept: the last page briefly, as readers poll it for changes; the others for an hour. */
const CACHE = { last: "public, max-age=8", full: "public, max-age=3600" } as const;

const hash = (text: string) => createHash("sha256").update(text).digest("base64url").slice(0, 16);

/** The dates of a series a sessions feed lists, from the state's moment: the same in every instance. */
function sessionsOf(data: FeedData, position: number, at: number): Occurrence[] {
  return expandOccurrences(data.candidates[position]!.item().event, new Date(at), new Date(at + SESSION_DAYS * DAY_MS));
}

/** The items a build has for a feed, each with its data's text. */
function currentItems(feed: RpdeFeed, data: FeedData, at: number): CurrentItem[] {
  const items: CurrentItem[] = [];
  data.candidates.forEach((candidate, position) => {
    const open = data.open(position);
    if (open === undefined) return;
    const example = data.share(position) === "example";
    const repeats = candidate.item().event.recurrence !== undefined;
    if (feed === "events" && !repeats)
      items.push({ id: candidate.id, example, text: JSON.stringify(feedData("Event", open)) });
    if (feed === "session-series" && repeats)
      items.push({ id: candidate.id, example, text: JSON.stringify(feedData("SessionSeries", open)) });
    if (feed === "scheduled-sessions" && repeats) {
      const series = JSON.parse(open) as Record<string, unknown>;
      for (const occurrence of sessionsOf(data, position, at))
        items.push({
          id: sessionId(candidate.id, occurrence.originalDate),
          example,
          text: JSON.stringify(sessionData(series, occurrence, data.allDay(position))),
        });
    }
  });
  return items;
}

/** The store could not be reached: answer 503 and ask the reader to try again. */
class StateUnavailableError extends HttpError {
  constructor() {
    super(503, "The feed is not available just now. Please try again in a minute.", { "retry-after": "60" });
  }
}

/** Builds the handler from its dependencies, so tests can pass real local ones. */
export function createOpenActiveFeeds(deps: OpenActiveDeps) {
  // Each feed's state as this instance last read or wrote it, and the build it was for.
  const kept = new Map<RpdeFeed, { data: FeedData; state: RpdeState }>();

  /** The feed's state for this build: kept, read, or brought up to it and written, whole or not at all. */
  async function stateFor(feed: RpdeFeed, data: FeedData): Promise<RpdeState> {
    const known = kept.get(feed);
    if (known?.data === data) return known.state;
    const store = deps.store();
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const stored = await getJSONWithETag<RpdeState>(store, rpdeStateKey(feed)).catch(() => {
        throw new StateUnavailableError();
      });
      let state = stored?.data.format === 1 ? stored.data : EMPTY_STATE;
      if (state.build !== data.build) {
        state = reconcile(state, data.build, currentItems(feed, data, data.built), data.built, hash);
        const written = await store
          .setJSON(rpdeStateKey(feed), state, stored?.etag ? { onlyIfMatch: stored.etag } : { onlyIfNew: true })
          .catch(() => {
            throw new StateUnavailableError();
          });
        // Another instance wrote first: read what it wrote, which is for this build or a later one's.
        if (!written.modified) continue;
      }
      kept.set(feed, { data, state });
      return state;
    }
    throw new StateUnavailableError();
  }

  /** An item's data as the feed gives it, made again from the build exactly as it was hashed. */
  function itemData(feed: RpdeFeed, data: FeedData, state: RpdeState, id: string) {
    if (feed !== "scheduled-sessions") {
      const position = data.positionOf(id);
      const open = position === undefined ? undefined : data.open(position);
      return open === undefined ? undefined : feedData(RPDE_FEEDS[feed], open);
    }
    const cut = id.lastIndexOf("/");
    const position = data.positionOf(id.slice(0, cut));
    const open = position === undefined ? undefined : data.open(position);
    if (position === undefined || open === undefined) return undefined;
    const occurrence = sessionsOf(data, position, state.at).find((each) => each.originalDate === id.slice(cut + 1));
    return occurrence && sessionData(JSON.parse(open) as Record<string, unknown>, occurrence, data.allDay(position));
  }

  return async (request: Request): Promise<Response> => {
    if (request.method === "OPTIONS") return withOpenDataHeaders(openDataPreflight());
    if (request.method !== "GET" && request.method !== "HEAD") return withOpenDataHeaders(methodNotAllowed());
    const url = new URL(request.url);
    const help = new URL("/openactive/", url.origin).href;
    const feed = url.pathname.slice(RPDE_PATH.length + 1).replace(/\/$/, "") as RpdeFeed;
    if (!(feed in RPDE_FEEDS)) {
      const feeds = Object.keys(RPDE_FEEDS).map((name) => `${url.origin}${RPDE_PATH}/${name}`);
      return withOpenDataHeaders(json(404, { error: "There is no feed at this address.", feeds, help }));
    }
    const read = readRpdeParams(url.searchParams);
    if (!read.ok) return withOpenDataHeaders(badParameters(read.problems, help));
    const data = deps.source();
    const state = await stateFor(feed, data);
    const page = choosePage(state.items, read.request);
    const kind = RPDE_FEEDS[feed];
    const items = page.items.map((item) => {
      const [id, modified] = item;
      const made = isDeleted(item) ? undefined : itemData(feed, data, state, id);
      return made ? { state: "updated", kind, id, modified, data: made } : { state: "deleted", kind, id, modified };
    });
    const last = page.items.length === 0;
    const body = JSON.stringify({
      next: pageAddress(url.origin, feed, read.request, page.next),
      items,
      license: RPDE_LICENCE,
      about: new URL(OPEN_DATA_PAGE, url.origin).href,
    });
    const etag = toEtag(body);
    return withOpenDataHeaders(
      cachedResponse(request, body, "application/json; charset=utf-8", etag, last ? CACHE.last : CACHE.full),
    );
  };
}

/** A page's address: the feed, after `after`, with examples when the reader asked for them. */
function pageAddress(origin: string, feed: RpdeFeed, request: RpdeRequest, after: RpdeAfter | undefined): string {
  const params = new URLSearchParams();
  if (after) {
    params.set("afterTimestamp", String(after.timestamp));
    params.set("afterId", after.id);
  }
  if (request.examples) params.set("examples", "1");
  const query = params.toString();
  return `${origin}${RPDE_PATH}/${feed}${query ? `?${query}` : ""}`;
}

export default withSiteHeaders(
  createOpenActiveFeeds({
    source: builtFeedSource(process.cwd()),
    store: () => getStore({ name: OPEN_DATA_STORE, consistency: "strong", fetch: boundedStoreFetch() }),
  }),
);
export const config: Config = { path: `${RPDE_PATH}/:feed` };
