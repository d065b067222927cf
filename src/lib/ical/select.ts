/**
 * Which events a feed holds, with the finder's filter semantics (`matchesFilter`): an event is in a
 * feed while any of its occurrences is still to come and it matches the filter. "Finishes before dark"
 * depends on the date, so in a before-dark feed each occurrence in the coming year that ends after
 * sunset is left out (as an EXDATE), and the feed lists exactly the occurrences the finder would.
 */
import type { DateTime } from "luxon";
import type { Event, Geo, Place } from "../domain";
import { expandOccurrences, seriesEndOf } from "../events/occurrences";
import { matchesFilter, type Filterable, type ListingFilter } from "../listings/filters";
import { isFreeOrLowCost } from "../listings/labels";
import { CITY_CENTRE, sunsetAt } from "../time/sun";
import { cityNow, toLocalDate } from "../time/zone";
import type { FeedEvent } from "./to-icalendar";

/** An event with everything needed to place it in feeds. */
export interface FeedListing {
  id: string;
  event: Event;
  place: Place & { id: string };
  organizerName: string;
  /** Where sunset is measured for it (the place, else its town's centre, else the city's). */
  sunPoint: Geo;
}

/** How far ahead a before-dark feed checks each occurrence against sunset; feeds refresh daily. */
export const BEFORE_DARK_DAYS = 366;

/**
 * The facts about an event that filters look at, at a given occurrence's end (for before dark).
 * @example toFilterable(listing, true).town // "burslem"
 */
export function toFilterable(listing: Pick<FeedListing, "event" | "place">, beforeDark: boolean): Filterable {
  const { event, place } = listing;
  return {
    town: place.town,
    ward: place.ward,
    categories: event.categories,
    audiences: event.audiences,
    free: isFreeOrLowCost(event),
    beforeDark,
    accessibility: event.accessibilitySupport,
    buddyUp: event.buddyUp,
  };
}

/** Listings as content loaders give them: an id and the parsed data. */
interface Listed<T> {
  id: string;
  data: T;
}

/**
 * Every event with its place, organiser and sun point, from the content collections (or the same
 * files read from disk). References are checked before this runs, so a miss is a bug.
 */
export function toFeedListings(content: {
  events: readonly Listed<Event>[];
  places: readonly Listed<Place>[];
  groups: readonly Listed<{ name: string }>[];
  towns: readonly Listed<{ centre: Geo }>[];
}): FeedListing[] {
  const places = new Map(content.places.map((entry) => [entry.id, entry.data]));
  const groups = new Map(content.groups.map((entry) => [entry.id, entry.data.name]));
  const centres = new Map(content.towns.map((entry) => [entry.id, entry.data.centre]));
  return content.events.map((entry) => {
    const place = places.get(entry.data.place);
    const organizerName = groups.get(entry.data.organizer);
    if (!place || organizerName === undefined)
      throw new Error(`Event "${entry.id}" names a place or group that does not exist.`);
    const sunPoint = place.geo ?? (place.town ? centres.get(place.town) : undefined) ?? CITY_CENTRE;
    return { id: entry.id, event: entry.data, place: { ...place, id: entry.data.place }, organizerName, sunPoint };
  });
}

/** The moment each event's series ends, worked out once per event object. */
const seriesEnds = new WeakMap<Event, number>();

/** True when the event has an occurrence that has not yet ended at `now`. */
export function isStillOn(event: Event, now: DateTime): boolean {
  let end = seriesEnds.get(event);
  if (end === undefined) {
    end = seriesEndOf(event)?.toMillis() ?? Number.POSITIVE_INFINITY;
    seriesEnds.set(event, end);
  }
  return end > now.toMillis();
}

/** Before-dark results per event object, for one day at a time: a feed asked many times a day reuses them. */
const darkResults = new WeakMap<Event, { key: string; hidden: string[]; kept: number }>();

/**
 * The events a feed holds, sorted by id so the feed's bytes only change when its events do.
 * `only` narrows further, for feeds that are not a listing filter (one group's or one place's events).
 * @example selectFeedEvents(listings, { town: "burslem", free: true }, now).map((item) => item.id)
 */
export function selectFeedEvents(
  listings: readonly FeedListing[],
  filter: ListingFilter,
  now: Date | DateTime,
  only: (listing: FeedListing) => boolean = () => true,
): FeedEvent[] {
  const from = cityNow(now);
  const to = from.plus({ days: BEFORE_DARK_DAYS });
  const sunsets = new Map<string, number>();
  const sunsetMillis = (date: string, point: Geo): number => {
    const key = `${date}|${point.lat},${point.lng}`;
    let millis = sunsets.get(key);
    if (millis === undefined) {
      millis = sunsetAt(date, point).toMillis();
      sunsets.set(key, millis);
    }
    return millis;
  };
  const { beforeDark, ...timeless } = filter;
  const selected: FeedEvent[] = [];
  for (const listing of listings) {
    if (!only(listing) || !isStillOn(listing.event, from)) continue;
    if (!matchesFilter(toFilterable(listing, true), timeless)) continue;
    const item: FeedEvent = {
      id: listing.id,
      event: listing.event,
      place: listing.place,
      organizerName: listing.organizerName,
    };
    if (beforeDark === true) {
      // Keyed by the hour, so occurrences that end during the day drop out of the window in time.
      const key = `${from.toFormat("yyyy-MM-dd HH")}|${listing.sunPoint.lat},${listing.sunPoint.lng}`;
      let dark = darkResults.get(listing.event);
      if (dark?.key !== key) {
        const hidden: string[] = [];
        let kept = 0;
        for (const occurrence of expandOccurrences(listing.event, from, to)) {
          const afterSunset = occurrence.end.toMillis() > sunsetMillis(toLocalDate(occurrence.end), listing.sunPoint);
          if (afterSunset) hidden.push(occurrence.originalDate);
          else if (occurrence.status !== "cancelled") kept += 1;
        }
        dark = { key, hidden, kept };
        darkResults.set(listing.event, dark);
      }
      if (dark.kept === 0) continue;
      item.hiddenDates = dark.hidden;
    }
    selected.push(item);
  }
  return selected.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
