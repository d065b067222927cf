/**
 * The site's events as OpenActive feeds, in the Realtime Paged Data Exchange (RPDE 1.0,
 * https://openactive.io/realtime-paged-data-exchange/) with the "modified timestamp and ID" ordering: a reader
 * pages through every item once, in order of (`modified`, `id`), and then polls the last page for what changes.
 *
 * Three feeds, as OpenActive models opportunities: `session-series` (each repeating event, with its schedule),
 * `scheduled-sessions` (each of their dates in the next six weeks, pointing at its series with `superEvent`) and
 * `events` (each one-off event). An item's data is the events API's (events.ts), typed for OpenActive.
 *
 * RPDE needs what no single build knows: when each item last changed, and which items have gone. The feed's
 * state (`RpdeState`) keeps, for every item published, its `modified` stamp, a hash of its data, and whether it
 * was deleted; `reconcile` brings it up to a new build, giving a new stamp (later than any before) to each item that
 * is new or changed and to each that has gone (a "deleted" item, kept for KEEP_DELETED_MS so every reader sees it).
 * The function keeps the state in Netlify Blobs. The stamp is the build's moment (or one more than the last, if a
 * build's moment is not later), so every instance that brings the same state up to the same build makes the same
 * state, whichever of them writes it.
 */
import type { DateTime } from "luxon";
import type { Occurrence } from "../events/occurrences";
import type { QueryProblem } from "../listings/query";
import { schemaOrgDates } from "../listings/schema-org";

/** The feeds, by the name in their address, with the kind of item each holds. */
export const RPDE_FEEDS = {
  "session-series": "SessionSeries",
  "scheduled-sessions": "ScheduledSession",
  events: "Event",
} as const;
/** A feed's name. */
export type RpdeFeed = keyof typeof RPDE_FEEDS;

/** Where the feeds answer: `${RPDE_PATH}/session-series`, and so on. */
export const RPDE_PATH = "/api/openactive";

/** OpenActive publishes its data under CC BY 4.0, which every licence a source may name allows (see rpdeLicence). */
export const RPDE_LICENCE = "https://creativecommons.org/licenses/by/4.0/";

/** Items on a page. OpenActive suggests 500. */
export const RPDE_PAGE_SIZE = 500;

/** How far ahead the sessions feed lists each series' dates. */
export const SESSION_DAYS = 42;

/** How long a deleted item stays in the feed: long enough for any reader polling weekly to see it. */
export const KEEP_DELETED_MS = 30 * 24 * 3_600_000;

/** The OpenActive contexts an item's data names. */
const CONTEXT = ["https://openactive.io/", "https://openactive.io/ns-beta"];

/** An item as a build has it: its id, whether it is an illustrative listing, and its data as JSON text. */
export interface CurrentItem {
  id: string;
  example: boolean;
  /** The data the feed gives, as JSON text; hashed to tell whether the item changed. */
  text: string;
}

/** One item in the state: [id, modified, hash, flags (1: example, 2: deleted)]. */
export type StateItem = [id: string, modified: number, hash: string, flags: number];

/**
 * A feed's state: the build it is up to and when it was brought up to it (the sessions feed lists dates from then),
 * the last stamp given, and every item published and not yet dropped, in feed order.
 */
export interface RpdeState {
  format: 1;
  build: string;
  at: number;
  stamp: number;
  items: StateItem[];
}

const EXAMPLE = 1;
const DELETED = 2;

/** An empty feed, before any build. */
export const EMPTY_STATE: RpdeState = { format: 1, build: "", at: 0, stamp: 0, items: [] };

/**
 * The state brought up to a build's items, made for the moment `now` (epoch milliseconds): new and changed items,
 * and those gone, get a stamp later than any given before; unchanged items keep theirs; deleted items older than
 * KEEP_DELETED_MS are dropped. `hash` turns an item's text into a short hash.
 * @example reconcile(EMPTY_STATE, "build-1", items, data.built, hash).items.length // items.length
 */
export function reconcile(
  state: RpdeState,
  build: string,
  current: readonly CurrentItem[],
  now: number,
  hash: (text: string) => string,
): RpdeState {
  const stamp = Math.max(now, state.stamp + 1);
  const before = new Map(state.items.map((item) => [item[0], item]));
  const items: StateItem[] = [];
  const seen = new Set<string>();
  for (const item of current) {
    seen.add(item.id);
    const digest = hash(item.text);
    const flags = item.example ? EXAMPLE : 0;
    const known = before.get(item.id);
    items.push(known && known[2] === digest && known[3] === flags ? known : [item.id, stamp, digest, flags]);
  }
  for (const known of state.items) {
    if (seen.has(known[0])) continue;
    if (known[3] & DELETED) {
      if (now - known[1] < KEEP_DELETED_MS) items.push(known);
    } else items.push([known[0], stamp, "", (known[3] & EXAMPLE) | DELETED]);
  }
  return { format: 1, build, at: now, stamp, items: sortItems(items) };
}

/** Items in feed order: by `modified`, then by `id`. */
function sortItems(items: StateItem[]): StateItem[] {
  return items.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Where a page starts: after this stamp and id. */
export interface RpdeAfter {
  timestamp: number;
  id: string;
}

/** What an RPDE address asks for. */
export interface RpdeRequest {
  after?: RpdeAfter | undefined;
  /** True to have illustrative listings too. */
  examples: boolean;
}

/**
 * Reads an RPDE address's parameters: `afterTimestamp` and `afterId` (both or neither), and `examples`.
 * @example readRpdeParams(new URLSearchParams("afterTimestamp=1801000000&afterId=walk")) // { ok: true, request: { after: { timestamp: 1801000000, id: "walk" }, examples: false } }
 */
export function readRpdeParams(
  params: URLSearchParams,
): { ok: true; request: RpdeRequest } | { ok: false; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const known = ["afterTimestamp", "afterId", "examples"];
  for (const name of new Set(params.keys())) {
    if (!known.includes(name))
      problems.push({ param: name.slice(0, 40), message: `this feed understands only ${known.join(", ")}.` });
    else if (params.getAll(name).length > 1)
      problems.push({ param: name, message: `"${name}" is given more than once; give it once.` });
  }
  const timestamp = params.get("afterTimestamp");
  const id = params.get("afterId");
  const examples = params.get("examples");
  if (timestamp !== null && !/^\d{1,16}$/.test(timestamp))
    problems.push({ param: "afterTimestamp", message: `"afterTimestamp" must be a whole number, from a "next" link.` });
  if ((timestamp === null) !== (id === null))
    problems.push({
      param: timestamp === null ? "afterId" : "afterTimestamp",
      message: `give "afterTimestamp" and "afterId" together, as the "next" link does, or neither to start.`,
    });
  if (id !== null && (id === "" || id.length > 300))
    problems.push({ param: "afterId", message: `"afterId" must be an item's id, from a "next" link.` });
  if (examples !== null && examples !== "0" && examples !== "1")
    problems.push({ param: "examples", message: `"examples" must be 1 (include illustrative listings) or 0.` });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    request: {
      after: timestamp !== null && id !== null ? { timestamp: Number(timestamp), id } : undefined,
      examples: examples === "1",
    },
  };
}

/** A page: the items on it (in feed order), and where the next starts (undefined: this is the last page). */
export interface RpdePageChoice {
  items: StateItem[];
  next?: RpdeAfter | undefined;
}

/**
 * The items after `after`, in feed order, that the reader sees (illustrative ones only when asked), `size` at
 * most. A page with no items is the last: its next page is itself.
 * @example choosePage(state.items, { examples: false }).items.length // up to 500
 */
export function choosePage(items: readonly StateItem[], request: RpdeRequest, size = RPDE_PAGE_SIZE): RpdePageChoice {
  const { after } = request;
  let low = 0;
  if (after) {
    // The first item past (after.timestamp, after.id): the items are sorted, so a binary search finds it.
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const [id, modified] = items[middle]!;
      if (modified < after.timestamp || (modified === after.timestamp && id <= after.id)) low = middle + 1;
      else high = middle;
    }
  }
  const chosen: StateItem[] = [];
  for (let position = low; position < items.length && chosen.length < size; position += 1) {
    const item = items[position]!;
    if (request.examples || !(item[3] & EXAMPLE)) chosen.push(item);
  }
  const last = chosen.at(-1);
  return { items: chosen, next: last ? { timestamp: last[1], id: last[0] } : after };
}

/** True for a deleted item. */
export const isDeleted = (item: StateItem) => (item[3] & DELETED) !== 0;

/**
 * A series' or a one-off event's data for its feed: the events API's, typed for OpenActive, with its page as `@id`.
 * @example feedData("SessionSeries", openText)["@type"] // "SessionSeries"
 */
export function feedData(kind: "SessionSeries" | "Event", openText: string): Record<string, unknown> {
  const open = JSON.parse(openText) as Record<string, unknown>;
  const { identifier: _identifier, ...data } = open;
  if (kind === "SessionSeries") {
    // A series' own dates are its sessions'; its schedule says when it repeats.
    delete data.startDate;
    delete data.endDate;
  }
  return { "@context": CONTEXT, ...data, "@type": kind, "@id": open.url };
}

/**
 * One date of a series as a ScheduledSession: when, whether it goes ahead, and what it is, pointing at its series
 * by `superEvent`; its id is the series' and the date's, so it is the same in every build.
 * @example sessionData(seriesOpen, occurrence, false).superEvent // "https://stoketogether.org.uk/events/hanley-walk/"
 */
export function sessionData(
  seriesOpen: Record<string, unknown>,
  occurrence: Occurrence,
  allDay: boolean,
): Record<string, unknown> {
  const series = String(seriesOpen.url);
  const local = (dt: DateTime) => dt.toFormat("yyyy-MM-dd'T'HH:mm");
  const dates = schemaOrgDates(
    { allDay, startDate: local(occurrence.start), endDate: local(occurrence.end) },
    occurrence.start,
    occurrence.end,
  );
  const status =
    occurrence.status === "cancelled"
      ? "https://schema.org/EventCancelled"
      : occurrence.status === "postponed"
        ? "https://schema.org/EventPostponed"
        : occurrence.movedFrom
          ? "https://schema.org/EventRescheduled"
          : "https://schema.org/EventScheduled";
  return {
    "@context": CONTEXT,
    "@type": "ScheduledSession",
    "@id": `${series}#${occurrence.originalDate}`,
    identifier: sessionId(String(seriesOpen.identifier), occurrence.originalDate),
    superEvent: series,
    name: seriesOpen.name,
    url: series,
    ...dates,
    eventStatus: status,
    location: seriesOpen.location,
    license: seriesOpen.license,
    creditText: seriesOpen.creditText,
  };
}

/**
 * A session's id: its series' id and the date it belongs to.
 * @example sessionId("hanley-walk", "2026-12-06") // "hanley-walk/2026-12-06"
 */
export function sessionId(seriesId: string, originalDate: string): string {
  return `${seriesId}/${originalDate}`;
}
