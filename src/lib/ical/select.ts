/**
 * Which events a feed holds, with the finder's filter semantics (`matchesFilter`): an event is in a
 * feed while any of its occurrences is still to come and it matches the filter. "Finishes before dark"
 * depends on the date, so in a before-dark feed each occurrence in the coming year that ends after
 * sunset is left out (as an EXDATE), and the feed lists exactly the occurrences the finder would.
 */
import type { DateTime } from "luxon";
import type { Event, Geo } from "../domain";
import { filterFacts, sunFacts, type PlacedEvent, type SunsetCache } from "../events/facts";
import { expandOccurrences, seriesEndOf } from "../events/occurrences";
import { matchesFilter, type Filterable, type ListingFilter } from "../listings/filters";
import { cityNow } from "../time/zone";
import type { FeedEvent } from "./to-icalendar";

/** How far ahead a before-dark feed checks each occurrence against sunset; feeds refresh daily. */
export const BEFORE_DARK_DAYS = 366;

/** The moment each event's series ends, worked out once per event object. */
const seriesEnds = new WeakMap<Event, number>();

/**
 * When the event's last occurrence ends, in epoch milliseconds; infinity for a series with no end.
 * @example seriesEndMillis(oneOff) // Date.parse("2026-12-05T12:00:00Z")
 */
export function seriesEndMillis(event: Event): number {
  let end = seriesEnds.get(event);
  if (end === undefined) {
    end = seriesEndOf(event)?.toMillis() ?? Number.POSITIVE_INFINITY;
    seriesEnds.set(event, end);
  }
  return end;
}

/** True when the event has an occurrence that has not yet ended at `now`. */
export function isStillOn(event: Event, now: DateTime): boolean {
  return seriesEndMillis(event) > now.toMillis();
}

/**
 * What choosing a feed's events reads of one event: its id, the facts filters look at (its `beforeDark` is not
 * read: each occurrence has its own), when its series ends, where sunset is measured, and the event as a feed
 * writes it, which a before-dark feed reads to find the dates it leaves out. The build works these out for every
 * event (`feedCandidates`) and writes them for the custom feed function (`feed-data.ts`), which reads an event
 * itself only when it needs it.
 */
export interface FeedCandidate {
  id: string;
  facts: Filterable;
  /** When the series' last occurrence ends, in epoch milliseconds; infinity for a series with no end. */
  seriesEnd: number;
  sunPoint: Geo;
  /** The event as a feed writes it; the same object each time it is asked for. */
  item: () => FeedEvent;
}

/** An event a feed holds: its position among the candidates, and the dates of its series the feed leaves out. */
export interface FeedChoice {
  position: number;
  hiddenDates?: string[] | undefined;
}

/** Each listing as a candidate, worked out once per list of listings. */
const candidateLists = new WeakMap<readonly PlacedEvent[], FeedCandidate[]>();

/**
 * Every listing as a feed candidate, in the same order.
 * @example feedCandidates(listings)[0].facts.town // "burslem"
 */
export function feedCandidates(listings: readonly PlacedEvent[]): FeedCandidate[] {
  let candidates = candidateLists.get(listings);
  if (candidates) return candidates;
  candidates = listings.map((listing) => {
    const item: FeedEvent = {
      id: listing.id,
      event: listing.event,
      location: listing.location,
      organizerName: listing.organizerName,
    };
    return {
      id: listing.id,
      facts: filterFacts(listing, true),
      seriesEnd: seriesEndMillis(listing.event),
      sunPoint: listing.sunPoint,
      item: () => item,
    };
  });
  candidateLists.set(listings, candidates);
  return candidates;
}

/** The candidates in each town, ward and category, by position in the list. */
interface CandidateIndex {
  town: Map<string, number[]>;
  ward: Map<string, number[]>;
  category: Map<string, number[]>;
}

const indexes = new WeakMap<readonly FeedCandidate[], CandidateIndex>();

function add(by: Map<string, number[]>, key: string, position: number) {
  const list = by.get(key);
  if (list) list.push(position);
  else by.set(key, [position]);
}

function indexOf(candidates: readonly FeedCandidate[]): CandidateIndex {
  let index = indexes.get(candidates);
  if (index) return index;
  index = { town: new Map(), ward: new Map(), category: new Map() };
  for (let position = 0; position < candidates.length; position += 1) {
    const { facts } = candidates[position]!;
    if (facts.town !== undefined) add(index.town, facts.town, position);
    if (facts.ward !== undefined) add(index.ward, facts.ward, position);
    for (const category of facts.categories) add(index.category, category, position);
  }
  indexes.set(candidates, index);
  return index;
}

/** The positions of the candidates that can match a filter: the fewest its town, ward or category give. */
function candidatesOf(index: CandidateIndex, filter: ListingFilter): readonly number[] | undefined {
  let fewest: readonly number[] | undefined;
  for (const [by, key] of [
    [index.town, filter.town],
    [index.ward, filter.ward],
    [index.category, filter.category],
  ] as const) {
    if (!key) continue;
    const list = by.get(key) ?? [];
    if (fewest === undefined || list.length < fewest.length) fewest = list;
  }
  return fewest;
}

// Sunsets by day and point, kept from feed to feed: before-dark feeds ask about the same days and places each time.
const sunsets: SunsetCache = new Map();
const KEPT_SUNSETS = 100_000;

/** Before-dark results per event object, for one day at a time: a feed asked many times a day reuses them. */
const darkResults = new WeakMap<Event, { key: string; hidden: string[]; kept: number }>();

/**
 * The events a feed holds, as positions among the candidates, sorted by id so the feed's bytes only change when its
 * events do. `only` narrows further, for feeds that are not a listing filter (one group's or one place's events).
 * @example chooseFeedEvents(feedCandidates(listings), { town: "burslem", free: true }, now).map((c) => c.position)
 */
export function chooseFeedEvents(
  candidates: readonly FeedCandidate[],
  filter: ListingFilter,
  now: Date | DateTime,
  only: (position: number) => boolean = () => true,
): FeedChoice[] {
  const from = cityNow(now);
  const at = from.toMillis();
  const to = from.plus({ days: BEFORE_DARK_DAYS });
  if (sunsets.size >= KEPT_SUNSETS) sunsets.clear();
  // Keyed by the hour, so occurrences that end during the day drop out of the window in time.
  const hour = from.toFormat("yyyy-MM-dd HH");
  const { beforeDark, ...timeless } = filter;
  const chosen: FeedChoice[] = [];
  const consider = (position: number) => {
    const candidate = candidates[position]!;
    if (!matchesFilter(candidate.facts, timeless) || !only(position)) return;
    if (candidate.seriesEnd <= at) return;
    if (beforeDark !== true) {
      chosen.push({ position });
      return;
    }
    const { event } = candidate.item();
    const key = `${hour}|${candidate.sunPoint.lat},${candidate.sunPoint.lng}`;
    let dark = darkResults.get(event);
    if (dark?.key !== key) {
      const hidden: string[] = [];
      let kept = 0;
      for (const occurrence of expandOccurrences(event, from, to)) {
        if (!sunFacts(occurrence.end, candidate.sunPoint, sunsets).beforeDark) hidden.push(occurrence.originalDate);
        else if (occurrence.status !== "cancelled") kept += 1;
      }
      dark = { key, hidden, kept };
      darkResults.set(event, dark);
    }
    if (dark.kept > 0) chosen.push({ position, hiddenDates: dark.hidden });
  };
  const positions = candidatesOf(indexOf(candidates), timeless);
  if (positions) positions.forEach(consider);
  else for (let position = 0; position < candidates.length; position += 1) consider(position);
  const idOf = (choice: FeedChoice) => candidates[choice.position]!.id;
  return chosen.sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
}

/**
 * The events a feed holds, as a feed writes them (see `chooseFeedEvents`).
 * @example selectFeedEvents(listings, { town: "burslem", free: true }, now).map((item) => item.id)
 */
export function selectFeedEvents(
  listings: readonly PlacedEvent[],
  filter: ListingFilter,
  now: Date | DateTime,
  only: (listing: PlacedEvent) => boolean = () => true,
): FeedEvent[] {
  const candidates = feedCandidates(listings);
  return chooseFeedEvents(candidates, filter, now, (position) => only(listings[position]!)).map(
    ({ position, hiddenDates }) => {
      const item = candidates[position]!.item();
      return hiddenDates ? { ...item, hiddenDates } : item;
    },
  );
}
