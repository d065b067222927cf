/** Turns the content into the finder's search data, at build time, with the same rules as the pages. */
import type { Entry } from "../content/references";
import type { Event } from "../domain/event";
import type { Group } from "../domain/group";
import type { Place } from "../domain/place";
import type { Service } from "../domain/service";
import type { TownArea, Ward } from "../domain/area";
import { CATEGORY_LABELS, PLACE_KIND_LABELS, TOWN_LABELS, type Category, type Town } from "../domain/vocab";
import { filterFacts, placeEvents, sunFacts, type SunsetCache } from "../events/facts";
import { locationName, placeOf } from "../events/location";
import { upcomingOccurrences } from "../events/occurrences";
import { costLabel, serviceCostLabel } from "../listings/labels";
import { CATEGORY_SEARCH_WORDS, shortText, type SearchData, type SearchRecord } from "./record";

/** How far ahead the finder knows event dates: enough for "this month" and chosen dates a season ahead. */
export const SEARCH_DAYS = 92;
/** Dates kept per event: a weekly event shows the next few; the page lists the rest. */
const MAX_OCCURRENCES = 14;

/** The content the search data is built from. */
export interface SearchContent {
  events: Entry<Event>[];
  groups: Entry<Group>[];
  places: Entry<Place>[];
  services: Entry<Service>[];
  towns: Entry<TownArea>[];
  wards: Entry<Ward>[];
}

const LOCAL_MINUTE = "yyyy-MM-dd'T'HH:mm";

function categoryWords(categories: readonly Category[]): string[] {
  return categories.flatMap((category) => [CATEGORY_LABELS[category], CATEGORY_SEARCH_WORDS[category] ?? ""]);
}

const keywords = (words: (string | undefined)[]) => [...new Set(words.filter(Boolean))].join(" ");
const townNames = (towns: readonly Town[]) => towns.map((town) => TOWN_LABELS[town]);

/**
 * The finder's records: every event with its dates in the next `SEARCH_DAYS` days, and every group,
 * place and service. Places without a sourced position have no `geo`: they are never given one.
 */
export function buildSearchData(content: SearchContent, now: Date): SearchData {
  const placeById = new Map(content.places.map((place) => [place.id, place]));
  const where = (place: Place) =>
    [place.name, place.town ? TOWN_LABELS[place.town] : undefined].filter(Boolean).join(", ");
  const sunsets: SunsetCache = new Map();

  const events = placeEvents(content).flatMap((placed): SearchRecord[] => {
    const { event, sunPoint } = placed;
    // A location in words or online has no position: it is never pinned, and sorts after those with a distance.
    const place = placeOf(placed.location);
    const occurrences = upcomingOccurrences(event, now, { days: SEARCH_DAYS, limit: MAX_OCCURRENCES }).map(
      (occurrence) => ({
        start: occurrence.start.toFormat(LOCAL_MINUTE),
        end: occurrence.end.toFormat(LOCAL_MINUTE),
        beforeDark: sunFacts(occurrence.end, sunPoint, sunsets).beforeDark,
        ...(occurrence.status === "cancelled" ? { cancelled: true as const } : {}),
      }),
    );
    if (occurrences.length === 0) return [];
    // Before dark differs by occurrence: each date above carries its own.
    const facts = filterFacts(placed, false);
    const towns = facts.town ? [facts.town] : [];
    return [
      {
        type: "event",
        id: placed.id,
        url: `/events/${placed.id}/`,
        title: event.title,
        summary: shortText(event.summary),
        keywords: keywords([...categoryWords(event.categories), locationName(placed.location), ...townNames(towns)]),
        where: place ? where(place) : locationName(placed.location),
        towns,
        wards: facts.ward ? [facts.ward] : [],
        geo: place?.geo,
        categories: [...facts.categories],
        audiences: [...facts.audiences],
        free: facts.free,
        cost: costLabel(event),
        accessibility: [...facts.accessibility],
        buddyUp: facts.buddyUp,
        occurrences,
      },
    ];
  });

  const groups = content.groups.map((entry): SearchRecord => ({
    type: "group",
    id: entry.id,
    url: `/groups/${entry.id}/`,
    title: entry.data.name,
    summary: shortText(entry.data.summary),
    keywords: keywords([...categoryWords(entry.data.categories), ...townNames(entry.data.areas)]),
    where: townNames(entry.data.areas).join(", "),
    towns: [...entry.data.areas],
    wards: [],
    categories: [...entry.data.categories],
    audiences: [...entry.data.audiences],
    free: false,
    accessibility: [],
    buddyUp: entry.data.welcomers === true,
  }));

  const places = content.places.map((entry): SearchRecord => ({
    type: "place",
    id: entry.id,
    url: `/places/${entry.id}/`,
    title: entry.data.name,
    summary: shortText(entry.data.summary),
    keywords: keywords([PLACE_KIND_LABELS[entry.data.kind], ...townNames(entry.data.town ? [entry.data.town] : [])]),
    where: entry.data.town ? TOWN_LABELS[entry.data.town] : undefined,
    towns: entry.data.town ? [entry.data.town] : [],
    wards: entry.data.ward ? [entry.data.ward] : [],
    geo: entry.data.geo,
    categories: [],
    audiences: [],
    free: false,
    accessibility: [],
    buddyUp: false,
    kind: entry.data.kind,
  }));

  const services = content.services.map((entry): SearchRecord => {
    const at = entry.data.service_at_location.flatMap((location) => {
      const place = placeById.get(location.place);
      return place ? [place.data] : [];
    });
    const towns = [...new Set(at.flatMap((place) => (place.town ? [place.town] : [])))];
    return {
      type: "service",
      id: entry.id,
      url: `/services/${entry.id}/`,
      title: entry.data.name,
      summary: shortText(entry.data.summary),
      keywords: keywords([
        ...categoryWords(entry.data.categories),
        ...at.map((place) => place.name),
        ...townNames(towns),
      ]),
      where: at.length === 1 && at[0] ? where(at[0]) : townNames(towns).join(", "),
      towns,
      wards: [...new Set(at.flatMap((place) => (place.ward ? [place.ward] : [])))],
      // A service at one place can be shown on the map and sorted by distance; at several, it has no one position.
      geo: at.length === 1 ? at[0]?.geo : undefined,
      categories: [...entry.data.categories],
      audiences: [...entry.data.audiences],
      free: entry.data.is_free,
      cost: serviceCostLabel(entry.data),
      accessibility: [...entry.data.accessibility],
      buddyUp: false,
    };
  });

  return {
    builtAt: now.toISOString(),
    records: [...events, ...groups, ...places, ...services],
    wards: content.wards.map((ward) => ({ id: ward.id, name: ward.data.name, town: ward.data.town })),
  };
}
