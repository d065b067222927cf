/**
 * An event's facts, worked out here once for pages, calendar feeds and the finder's search data: where it is
 * (a known place, a location in words, or online) and its organiser, the point where sunset is measured for it, the facts that filters look at, and, for each
 * occurrence, when the sun sets that day and whether the occurrence finishes before dark.
 */
import type { DateTime } from "luxon";
import type { Event, Geo, Place } from "../domain";
import type { Language, Town } from "../domain/vocab";
import type { Filterable } from "../listings/filters";
import { eventLanguages } from "../listings/languages";
import { isFreeOrLowCost } from "../listings/labels";
import { locationOf, placeOf, type EventLocation } from "./location";
import { CITY_CENTRE, sunsetAt } from "../time/sun";
import { toLocalDate } from "../time/zone";

/** An event with where it is and its organiser found, and the point where sunset is measured for it. */
export interface PlacedEvent {
  id: string;
  event: Event;
  /** A known place, a location in words, or online. */
  location: EventLocation;
  organizerName: string;
  /** The languages it is run in: its own, else its group's, else English. */
  languages: readonly Language[];
  /**
   * Where sunset is measured: the place's own position, else its town's centre, else the city centre (also
   * for a location in words or online).
   */
  sunPoint: Geo;
}

/** A listing as content loaders give it: its id and its parsed data. */
interface Listed<T> {
  id: string;
  data: T;
}

/**
 * Where sunset is measured for a place: its own position, else its town's centre, else the city centre.
 * @example sunPointOf({ town: "burslem" }, (town) => centres.get(town)) // Burslem's centre
 */
export function sunPointOf(place: Pick<Place, "geo" | "town">, townCentre: (town: Town) => Geo | undefined): Geo {
  return place.geo ?? (place.town ? townCentre(place.town) : undefined) ?? CITY_CENTRE;
}

/**
 * Every event with where it is, its organiser and sun point. The build checks references before this runs, so
 * an event naming a place or group that does not exist is a bug: it throws, naming the event and the reference.
 */
export function placeEvents(content: {
  events: readonly Listed<Event>[];
  places: readonly Listed<Place>[];
  groups: readonly Listed<{ name: string; languages?: readonly Language[] | undefined }>[];
  towns: readonly Listed<{ centre: Geo }>[];
}): PlacedEvent[] {
  // One copy of each place with its id, shared by every event there.
  const places = new Map(content.places.map((entry) => [entry.id, { ...entry.data, id: entry.id }]));
  const groups = new Map(content.groups.map((entry) => [entry.id, entry.data]));
  const centres = new Map(content.towns.map((entry) => [entry.id, entry.data.centre]));
  return content.events.map((entry) => {
    const location = locationOf(entry.data, (id) => {
      const place = places.get(id);
      if (!place) throw new Error(`Event "${entry.id}" names the place "${id}", which does not exist.`);
      return place;
    });
    const place = placeOf(location);
    const group = groups.get(entry.data.organizer);
    if (group === undefined)
      throw new Error(`Event "${entry.id}" names the group "${entry.data.organizer}", which does not exist.`);
    return {
      id: entry.id,
      event: entry.data,
      location,
      organizerName: group.name,
      languages: eventLanguages(entry.data, group),
      sunPoint: place ? sunPointOf(place, (town) => centres.get(town)) : CITY_CENTRE,
    };
  });
}

/**
 * The facts about an event that filters look at; `beforeDark` is the occurrence's own (see `sunFacts`). An
 * event with no known place is in no town or ward, so area filters leave it out.
 * @example filterFacts(placed, true).town // "burslem"
 */
export function filterFacts(
  placed: Pick<PlacedEvent, "event" | "location" | "languages">,
  beforeDark: boolean,
): Filterable {
  const { event } = placed;
  const place = placeOf(placed.location);
  return {
    town: place?.town,
    ward: place?.ward,
    categories: event.categories,
    audiences: event.audiences,
    free: isFreeOrLowCost(event),
    beforeDark,
    accessibility: event.accessibilitySupport,
    buddyUp: event.buddyUp,
    languages: placed.languages,
  };
}

/** Sunsets already worked out, by day and point, for callers that ask about many occurrences. */
export type SunsetCache = Map<string, DateTime>;

/**
 * When the sun sets on the day an occurrence ends (in Stoke-on-Trent), and whether it ends by then.
 * @example sunFacts(parseLocal("2026-12-05T16:30"), CITY_CENTRE).beforeDark // false: sunset is 15:56
 */
export function sunFacts(end: DateTime, sunPoint: Geo, cache?: SunsetCache): { sunset: DateTime; beforeDark: boolean } {
  const date = toLocalDate(end);
  const key = `${date}|${sunPoint.lat},${sunPoint.lng}`;
  let sunset = cache?.get(key);
  if (sunset === undefined) {
    sunset = sunsetAt(date, sunPoint);
    cache?.set(key, sunset);
  }
  return { sunset, beforeDark: end.toMillis() <= sunset.toMillis() };
}
