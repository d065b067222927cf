/**
 * The events API (`/api/events`): every event the site may share, as JSON with schema.org `Event` field names,
 * chosen with the finder's own parameters and search, soonest first, a page at a time.
 *
 * The build writes each event's open data once (`toOpenEvent`, into the functions' event data, feed-data.ts):
 * its schema.org fields, with the licence and credit it goes out under (terms.ts decides), or nothing at all
 * when its source does not let it be shared. The function reads an address (`parseEventsQuery`), lets the
 * finder's search choose the events (`matchingResults`, so a search means the same here as on /find/), keeps those
 * it may share, and answers with a page of them (`chooseEventPage`), each with the dates of its next matching
 * occurrence (`withOccurrence`).
 */
import type { PlacedEvent } from "../events/facts";
import { ACCESSIBILITY_LABELS, AUDIENCE_LABELS } from "../domain/vocab";
import { parseListingQuery, requireKnownWard, type ListingQuery, type QueryProblem } from "../listings/query";
import { schemaOrgDates, toSchemaOrgEvent } from "../listings/schema-org";
import type { FinderResult } from "../search/find";
import type { RecordOccurrence } from "../search/record";
import type { LocalDateTime } from "../time/local";
import { parseLocal } from "../time/zone";
import { sharingOf, type SourceTerms } from "./terms";

/** Where the events API answers, on the site. */
export const EVENTS_API_PATH = "/api/events";

/**
 * Whether an event's open data may go out: always (`shared`), only to a reader who asks for illustrative listings
 * (`example`), or never (`withheld`: its source does not allow it, or is not known).
 */
export const OPEN_SHARES = ["shared", "example", "withheld"] as const;
/** One of OPEN_SHARES. */
export type OpenShare = (typeof OPEN_SHARES)[number];

/** An event's open data as the build writes it. */
export type OpenEvent =
  { share: Exclude<OpenShare, "withheld">; json: Record<string, unknown> } | { share: "withheld"; json?: undefined };

/**
 * An event as the open data gives it: the schema.org `Event` of its page (with `eventSchedule` for a series),
 * its audiences and access (OpenActive's `accessibilitySupport`, `accessibilityInformation`, `meetingPoint`,
 * `attendeeInstructions`), and the licence and credit it goes out under; an imported event names its source
 * (`isBasedOn`). Its `startDate` and `endDate` are its first occurrence's until the API sets its next one.
 * @example toOpenEvent(listing, { siteUrl, sourceTerms }).json?.license // "https://www.nationalarchives.gov.uk/…"
 */
export function toOpenEvent(
  listing: PlacedEvent,
  options: { siteUrl: string; sourceTerms: (id: string) => SourceTerms | undefined },
): OpenEvent {
  const { event } = listing;
  const sharing = sharingOf(event, options.sourceTerms, { examples: true });
  if (!sharing.shared) return { share: "withheld" };
  const { terms } = sharing;
  const { "@context": _context, ...schema } = toSchemaOrgEvent({
    url: new URL(`/events/${listing.id}/`, options.siteUrl).href,
    event,
    location: listing.location,
    organizer: { name: listing.organizerName },
    organizerUrl: new URL(`/groups/${event.organizer}/`, options.siteUrl).href,
  });
  const expect = event.whatToExpect;
  const json: Record<string, unknown> = {
    ...schema,
    identifier: listing.id,
    ...(event.url ? { sameAs: event.url } : {}),
    ...(event.audiences.length > 0
      ? {
          audience: event.audiences.map((audience) => ({
            "@type": "Audience",
            audienceType: AUDIENCE_LABELS[audience],
          })),
        }
      : {}),
    ...(event.accessibilitySupport.length > 0
      ? { accessibilitySupport: event.accessibilitySupport.map((feature) => ACCESSIBILITY_LABELS[feature]) }
      : {}),
    ...(event.accessibilityNotes ? { accessibilityInformation: event.accessibilityNotes } : {}),
    ...(expect.meetingPoint ? { meetingPoint: expect.meetingPoint } : {}),
    ...(expect.attendeeInstructions ? { attendeeInstructions: expect.attendeeInstructions } : {}),
    license: terms.licence.url,
    creditText: terms.attribution,
    ...(terms.source ? { isBasedOn: { "@type": "Dataset", name: terms.source.name } } : {}),
  };
  return { share: event.example ? "example" : "shared", json };
}

/**
 * An event's open data with the dates of one occurrence: the one the reader's search matched first.
 * @example withOccurrence(text, { start: "2026-12-06T10:00", end: "2026-12-06T12:00", beforeDark: true }, false).startDate // "2026-12-06T10:00:00+00:00"
 */
export function withOccurrence(
  text: string,
  occurrence: Pick<RecordOccurrence, "start" | "end">,
  allDay: boolean,
): Record<string, unknown> {
  const json = JSON.parse(text) as Record<string, unknown>;
  const dates = schemaOrgDates(
    { allDay, startDate: occurrence.start, endDate: occurrence.end },
    parseLocal(occurrence.start),
    parseLocal(occurrence.end),
  );
  return { ...json, ...dates };
}

/** The answers a page holds: 20 unless the reader asks, and 100 at most. */
export const PAGE_SIZE = { usual: 20, most: 100 } as const;

/** The parameters the events API reads besides the finder's. */
export const PAGE_PARAMS = ["cursor", "limit", "examples"] as const;

/** Where a page starts: after this occurrence's start and this event. */
export interface Cursor {
  start: LocalDateTime;
  id: string;
}

/** What an address asks the events API for. */
export interface EventsRequest {
  query: ListingQuery;
  limit: number;
  /** True to have illustrative listings too. */
  examples: boolean;
  after?: Cursor | undefined;
}

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})~([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/**
 * A cursor as the address writes it: the start and the event, readable.
 * @example writeCursor({ start: "2026-12-06T10:00", id: "walk" }) // "2026-12-06T10:00~walk"
 */
export function writeCursor(cursor: Cursor): string {
  return `${cursor.start}~${cursor.id}`;
}

/**
 * Reads an events API address: the finder's parameters (`parseListingQuery`, with the ward checked against the
 * city's), and `cursor`, `limit` and `examples`. Every problem is named; none is passed over.
 * @example parseEventsQuery(new URLSearchParams("town=hanley&limit=5"), wards) // { ok: true, request: { query: { town: "hanley" }, limit: 5, examples: false } }
 */
export function parseEventsQuery(
  params: URLSearchParams,
  wards: ReadonlyMap<string, string>,
): { ok: true; request: EventsRequest } | { ok: false; problems: QueryProblem[] } {
  const parsed = requireKnownWard(parseListingQuery(params, undefined, PAGE_PARAMS), wards);
  const problems: QueryProblem[] = parsed.ok ? [] : [...parsed.problems];
  const request: EventsRequest = { query: parsed.ok ? parsed.query : {}, limit: PAGE_SIZE.usual, examples: false };
  const once = (name: (typeof PAGE_PARAMS)[number]) => {
    const values = params.getAll(name);
    if (values.length > 1) problems.push({ param: name, message: `"${name}" is given more than once; give it once.` });
    return values.length === 1 ? values[0]!.trim() : undefined;
  };
  const limit = once("limit");
  if (limit !== undefined) {
    const count = /^\d{1,3}$/.test(limit) ? Number(limit) : Number.NaN;
    if (count >= 1 && count <= PAGE_SIZE.most) request.limit = count;
    else problems.push({ param: "limit", message: `"limit" must be a whole number from 1 to ${PAGE_SIZE.most}.` });
  }
  const examples = once("examples");
  if (examples !== undefined) {
    if (examples === "1" || examples === "0") request.examples = examples === "1";
    else problems.push({ param: "examples", message: `"examples" must be 1 (include illustrative listings) or 0.` });
  }
  const cursor = once("cursor");
  if (cursor !== undefined) {
    const match = CURSOR.exec(cursor);
    if (match) request.after = { start: match[1]!, id: match[2]! };
    else
      problems.push({
        param: "cursor",
        message: `"cursor" must be one this address gave (the "next" link's); start again without it.`,
      });
  }
  if (request.query.near !== undefined && request.query.within === undefined && parsed.ok) {
    problems.push({
      param: "near",
      message: `"near" needs "within" (1, 2 or 5 miles): events here come soonest first, not nearest.`,
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, request };
}

/** An event on a page: which, and the occurrence the search matched first. */
export interface PagedEvent {
  id: string;
  occurrence: RecordOccurrence;
}

/** A page of events: how many match in all, those on this page, and where the next page starts. */
export interface EventPage {
  total: number;
  events: PagedEvent[];
  next?: Cursor | undefined;
}

const compare = (a: Cursor, b: Cursor) =>
  a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * A page of the events the finder found: those that may be shared, soonest next occurrence first (then by id, so
 * the order is total and a cursor means one place in it), after the cursor, `limit` at most.
 * @example chooseEventPage(matchingResults(index, query, now, ["event"]), request, (id) => shared.has(id)).events[0].id
 */
export function chooseEventPage(
  results: readonly FinderResult[],
  request: Pick<EventsRequest, "limit" | "after">,
  mayShare: (id: string) => boolean,
): EventPage {
  const found: PagedEvent[] = [];
  for (const result of results) {
    if (result.next && mayShare(result.record.id)) found.push({ id: result.record.id, occurrence: result.next });
  }
  const key = (event: PagedEvent): Cursor => ({ start: event.occurrence.start, id: event.id });
  found.sort((a, b) => compare(key(a), key(b)));
  const { after } = request;
  const from = after === undefined ? 0 : found.findIndex((event) => compare(key(event), after) > 0);
  const events = from < 0 ? [] : found.slice(from, from + request.limit);
  const last = events.at(-1);
  const more = from >= 0 && from + request.limit < found.length;
  return { total: found.length, events, next: more && last ? key(last) : undefined };
}
