/** Turns the content into the finder's search data, at build time, with the same rules as the pages. */
import type { Entry } from "../content/references";
import type { Event } from "../domain/event";
import type { Group } from "../domain/group";
import type { Place } from "../domain/place";
import type { Service } from "../domain/service";
import type { TownArea, Ward } from "../domain/area";
import { TOWN_LABELS, type Town } from "../domain/vocab";
import { filterFacts, placeEvents, sunFacts, type SunsetCache } from "../events/facts";
import { locationName, placeOf } from "../events/location";
import { upcomingOccurrences } from "../events/occurrences";
import { eventCost, serviceCost } from "../listings/labels";
import { shortText, type SearchData, type SearchRecord } from "./record";
import { distinctWords, foldedWords, markdownWords } from "./text";

/**
 * How far ahead the finder looks for event dates: every upcoming event, however far off, so one in May
 * can be found by name in December, with every one of its dates in that time, so any dates chosen find it.
 */
export const SEARCH_DAYS = 3 * 366;

/** The content the search data is built from. */
export interface SearchContent {
  /** With their Markdown body, the description, when there is one. */
  events: Entry<Event>[];
  groups: Entry<Group>[];
  places: Entry<Place>[];
  services: Entry<Service>[];
  towns: Entry<TownArea>[];
  wards: Entry<Ward>[];
}

const LOCAL_MINUTE = "yyyy-MM-dd'T'HH:mm";

const keywords = (words: (string | undefined)[]) => [...new Set(words.filter(Boolean))].join(" ");
const townNames = (towns: readonly Town[]) => towns.map((town) => TOWN_LABELS[town]);

/**
 * The words of a listing's longer fields that its title, keywords and summary do not already have, each
 * once: the description, what to expect, eligibility and the like are searched, but never carried whole.
 */
function moreWords(record: Pick<SearchRecord, "title" | "keywords" | "summary">, texts: (string | undefined)[]) {
  const known = new Set(foldedWords(`${record.title} ${record.keywords} ${record.summary}`));
  return distinctWords(
    texts.map((text) => (text ? markdownWords(text) : text)),
    known,
  );
}

/**
 * A place's notes without the sentences that say where its map pin comes from ("No source we could check
 * gives this place's coordinates…"): they are about the listing's sources, not the place, and their words
 * ("source", "check", "pin") would make every such place an answer to searches it has nothing to do with.
 * @example placeNotes("No source gives its coordinates. Enter by the side door.") // " Enter by the side door."
 */
export function placeNotes(body: string | undefined): string | undefined {
  return body?.replace(/[^.!?\n]*\b(?:map pin|coordinates|grid reference)\b[^.!?\n]*[.!?]?/gi, "");
}

/** A record with its `text`, left out when the longer fields add no word. */
function withText(record: SearchRecord, texts: (string | undefined)[]): SearchRecord {
  const text = moreWords(record, texts);
  return text ? { ...record, text } : record;
}

/**
 * The finder's records: every upcoming event with its next dates, and every group, place and service.
 * Category, audience, town and kind labels are not written into the records: the index adds them from
 * the codes each record already has. Places without a sourced position have no `geo`: they are never given one.
 */
export function buildSearchData(content: SearchContent, now: Date): SearchData {
  const placeById = new Map(content.places.map((place) => [place.id, place]));
  const where = (place: Place) =>
    [place.name, place.town ? TOWN_LABELS[place.town] : undefined].filter(Boolean).join(", ");
  const sunsets: SunsetCache = new Map();
  const bodies = new Map(content.events.map((entry) => [entry.id, entry.body]));

  const events = placeEvents(content).flatMap((placed): SearchRecord[] => {
    const { event, sunPoint } = placed;
    // A location in words or online has no position: it is never pinned, and sorts after those with a distance.
    const place = placeOf(placed.location);
    const occurrences = upcomingOccurrences(event, now, { days: SEARCH_DAYS }).map((occurrence) => ({
      start: occurrence.start.toFormat(LOCAL_MINUTE),
      end: occurrence.end.toFormat(LOCAL_MINUTE),
      beforeDark: sunFacts(occurrence.end, sunPoint, sunsets).beforeDark,
      ...(occurrence.status === "cancelled" ? { cancelled: true as const } : {}),
    }));
    if (occurrences.length === 0) return [];
    // Before dark differs by occurrence: each date above carries its own.
    const facts = filterFacts(placed, false);
    const towns = facts.town ? [facts.town] : [];
    const expect = event.whatToExpect;
    return [
      withText(
        {
          type: "event",
          id: placed.id,
          url: `/events/${placed.id}/`,
          title: event.title,
          summary: shortText(event.summary),
          keywords: keywords([locationName(placed.location)]),
          where: place ? where(place) : locationName(placed.location),
          towns,
          wards: facts.ward ? [facts.ward] : [],
          geo: place?.geo,
          categories: [...facts.categories],
          audiences: [...facts.audiences],
          free: facts.free,
          cost: eventCost(event),
          accessibility: [...facts.accessibility],
          buddyUp: facts.buddyUp,
          occurrences,
        },
        [
          event.summary,
          placed.organizerName,
          bodies.get(placed.id),
          expect.attendeeInstructions,
          expect.meetingPoint,
          expect.whoGreetsYou,
          expect.whatToBring,
          event.accessibilityNotes,
          event.price,
        ],
      ),
    ];
  });

  const groups = content.groups.map((entry): SearchRecord =>
    withText(
      {
        type: "group",
        id: entry.id,
        url: `/groups/${entry.id}/`,
        title: entry.data.name,
        summary: shortText(entry.data.summary),
        keywords: "",
        where: townNames(entry.data.areas).join(", "),
        towns: [...entry.data.areas],
        wards: [],
        categories: [...entry.data.categories],
        audiences: [...entry.data.audiences],
        free: false,
        accessibility: [],
        buddyUp: entry.data.welcomers === true,
      },
      [entry.data.summary, entry.data.regularMeetings, entry.body],
    ),
  );

  const places = content.places.map((entry): SearchRecord =>
    withText(
      {
        type: "place",
        id: entry.id,
        url: `/places/${entry.id}/`,
        title: entry.data.name,
        summary: shortText(entry.data.summary),
        keywords: "",
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
      },
      [entry.data.summary, entry.data.address, entry.data.postcode, placeNotes(entry.body)],
    ),
  );

  const services = content.services.map((entry): SearchRecord => {
    const at = entry.data.service_at_location.flatMap((location) => {
      const place = placeById.get(location.place);
      return place ? [place.data] : [];
    });
    const towns = [...new Set(at.flatMap((place) => (place.town ? [place.town] : [])))];
    return withText(
      {
        type: "service",
        id: entry.id,
        url: `/services/${entry.id}/`,
        title: entry.data.name,
        summary: shortText(entry.data.summary),
        keywords: keywords([...at.map((place) => place.name), ...entry.data.languages]),
        where: at.length === 1 && at[0] ? where(at[0]) : townNames(towns).join(", "),
        towns,
        wards: [...new Set(at.flatMap((place) => (place.ward ? [place.ward] : [])))],
        // A service at one place can be shown on the map and sorted by distance; at several, it has no one position.
        geo: at.length === 1 ? at[0]?.geo : undefined,
        categories: [...entry.data.categories],
        audiences: [...entry.data.audiences],
        free: entry.data.is_free,
        cost: serviceCost(entry.data),
        accessibility: [...entry.data.accessibility],
        buddyUp: false,
      },
      [
        entry.data.summary,
        entry.data.organization_name,
        entry.data.eligibility_description,
        entry.data.how_to_access,
        entry.data.accessibility_notes,
        ...entry.data.cost_options.map((option) => option.amount_description),
        entry.body,
      ],
    );
  });

  return {
    builtAt: now.toISOString(),
    records: [...events, ...groups, ...places, ...services],
    wards: content.wards.map((ward) => ({ id: ward.id, name: ward.data.name, town: ward.data.town })),
  };
}
