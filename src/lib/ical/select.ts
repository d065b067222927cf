/**
 * Which events a feed holds, with the finder's filter semantics (`matchesFilter`): an event is in a
 * feed while any of its occurrences is still to come and it matches the filter. "Finishes before dark"
 * depends on the date, so in a before-dark feed each occurrence in the coming year that ends after
 * sunset is left out (as an EXDATE), and the feed lists exactly the occurrences the finder would.
 */
import type { DateTime } from "luxon";
import type { Event } from "../domain";
import { filterFacts, sunFacts, type PlacedEvent, type SunsetCache } from "../events/facts";
import { placeOf } from "../events/location";
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
 * The listings of each town, ward and category, by position in the list, and each listing's filter facts, worked
 * out the first time a feed looks at that listing.
 */
interface ListingIndex {
  facts: (Filterable | undefined)[];
  by: Map<string, number[]>;
}

/** The index of each list of listings, made the first time a feed is selected from it. */
const indexes = new WeakMap<readonly PlacedEvent[], ListingIndex>();

function indexOf(listings: readonly PlacedEvent[]): ListingIndex {
  let index = indexes.get(listings);
  if (index) return index;
  const by = new Map<string, number[]>();
  const add = (key: string, position: number) => {
    const list = by.get(key);
    if (list) list.push(position);
    else by.set(key, [position]);
  };
  listings.forEach((listing, position) => {
    const place = placeOf(listing.location);
    if (place?.town !== undefined) add(`town:${place.town}`, position);
    if (place?.ward !== undefined) add(`ward:${place.ward}`, position);
    for (const category of listing.event.categories) add(`category:${category}`, position);
  });
  index = { facts: [], by };
  indexes.set(listings, index);
  return index;
}

/** The positions of the listings that can match a filter: the fewest its town, ward or category give. */
function candidatesOf(index: ListingIndex, filter: ListingFilter): readonly number[] | undefined {
  const keys = [
    filter.town && `town:${filter.town}`,
    filter.ward && `ward:${filter.ward}`,
    filter.category && `category:${filter.category}`,
  ].filter((key): key is string => Boolean(key));
  let fewest: readonly number[] | undefined;
  for (const key of keys) {
    const list = index.by.get(key) ?? [];
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
 * The events a feed holds, sorted by id so the feed's bytes only change when its events do.
 * `only` narrows further, for feeds that are not a listing filter (one group's or one place's events).
 * @example selectFeedEvents(listings, { town: "burslem", free: true }, now).map((item) => item.id)
 */
export function selectFeedEvents(
  listings: readonly PlacedEvent[],
  filter: ListingFilter,
  now: Date | DateTime,
  only: (listing: PlacedEvent) => boolean = () => true,
): FeedEvent[] {
  const from = cityNow(now);
  const to = from.plus({ days: BEFORE_DARK_DAYS });
  if (sunsets.size >= KEPT_SUNSETS) sunsets.clear();
  // Keyed by the hour, so occurrences that end during the day drop out of the window in time.
  const hour = from.toFormat("yyyy-MM-dd HH");
  const { beforeDark, ...timeless } = filter;
  const index = indexOf(listings);
  const selected: FeedEvent[] = [];
  const consider = (position: number) => {
    const listing = listings[position]!;
    const facts = (index.facts[position] ??= filterFacts(listing, true));
    if (!matchesFilter(facts, timeless) || !only(listing)) return;
    if (!isStillOn(listing.event, from)) return;
    const item: FeedEvent = {
      id: listing.id,
      event: listing.event,
      location: listing.location,
      organizerName: listing.organizerName,
    };
    if (beforeDark === true) {
      const key = `${hour}|${listing.sunPoint.lat},${listing.sunPoint.lng}`;
      let dark = darkResults.get(listing.event);
      if (dark?.key !== key) {
        const hidden: string[] = [];
        let kept = 0;
        for (const occurrence of expandOccurrences(listing.event, from, to)) {
          if (!sunFacts(occurrence.end, listing.sunPoint, sunsets).beforeDark) hidden.push(occurrence.originalDate);
          else if (occurrence.status !== "cancelled") kept += 1;
        }
        dark = { key, hidden, kept };
        darkResults.set(listing.event, dark);
      }
      if (dark.kept === 0) return;
      item.hiddenDates = dark.hidden;
    }
    selected.push(item);
  };
  const candidates = candidatesOf(index, timeless);
  if (candidates) candidates.forEach(consider);
  else for (let position = 0; position < listings.length; position += 1) consider(position);
  return selected.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
