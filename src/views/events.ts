/** View data for events: upcoming occurrences with everything a listing shows, ready to render. */
import type { DateTime } from "luxon";
import { TOWN_LABELS, type Town } from "../lib/domain/vocab";
import { filterFacts, placeEvents, sunFacts, type PlacedEvent, type SunsetCache } from "../lib/events/facts";
import { locationName, type EventLocation } from "../lib/events/location";
import { upcomingOccurrences, type Occurrence } from "../lib/events/occurrences";
import { LIST_DAYS } from "../lib/events/windows";
import { describeRecurrence, describeRecurrenceEnd } from "../lib/events/describe";
import { groupByDay } from "../lib/events/group-by-day";
import { costLabel } from "../lib/listings/labels";
import { matchesFilter, type Filterable, type ListingFilter } from "../lib/listings/filters";
import { formatOccurrence, toLocalDateLabel } from "./format";
import { buildNow } from "./clock";
import { loadContent, must, type EventEntry, type GroupEntry, type PlaceEntry } from "./content";

/** One occurrence of an event, with what a listing needs. */
export interface OccurrenceView {
  key: string;
  eventId: string;
  title: string;
  summary: string;
  start: DateTime;
  end: DateTime;
  when: string;
  dateLabel: string;
  status: Occurrence["status"];
  note?: string | undefined;
  movedFrom?: string | undefined;
  /** The known place's id; none for a location in words or online. */
  placeId?: string | undefined;
  /** Where it is, in a few words: the place's name, the location as the organiser gives it, or "Online". */
  placeName: string;
  town?: Town | undefined;
  townName?: string | undefined;
  ward?: string | undefined;
  organizerName: string;
  cost: string;
  free: boolean;
  categories: Filterable["categories"];
  audiences: Filterable["audiences"];
  accessibility: Filterable["accessibility"];
  buddyUp: boolean;
  sunset: DateTime;
  beforeDark: boolean;
  recurring: boolean;
  /** Lasts whole days: shown without times. */
  allDay: boolean;
  example: boolean;
}

let placed: Promise<PlacedEvent[]> | undefined;
let placedById: Promise<Map<string, PlacedEvent>> | undefined;
const sunsets: SunsetCache = new Map();

/** Every event with where it is, its organiser and sun point, worked out once per build for pages and feeds. */
export function placedEvents(): Promise<PlacedEvent[]> {
  placed ??= loadContent().then((content) => placeEvents(content));
  return placed;
}

function placedEventsById(): Promise<Map<string, PlacedEvent>> {
  placedById ??= placedEvents().then((list) => new Map(list.map((item) => [item.id, item])));
  return placedById;
}

function toView(entry: EventEntry, occurrence: Occurrence, event: PlacedEvent): OccurrenceView {
  const { sunset, beforeDark } = sunFacts(occurrence.end, event.sunPoint, sunsets);
  const facts = filterFacts(event, beforeDark);
  const town = facts.town;
  return {
    key: `${entry.id}/${occurrence.originalDate}`,
    eventId: entry.id,
    title: entry.data.title,
    summary: entry.data.summary,
    start: occurrence.start,
    end: occurrence.end,
    when: formatOccurrence(occurrence.start, occurrence.end, entry.data.allDay),
    allDay: entry.data.allDay,
    dateLabel: toLocalDateLabel(occurrence.start),
    status: occurrence.status,
    note: occurrence.note,
    movedFrom: occurrence.movedFrom,
    placeId: entry.data.place,
    placeName: locationName(event.location),
    town,
    townName: town ? TOWN_LABELS[town] : undefined,
    ward: facts.ward,
    organizerName: event.organizerName,
    cost: costLabel(entry.data),
    free: facts.free,
    categories: facts.categories,
    audiences: facts.audiences,
    accessibility: facts.accessibility,
    buddyUp: facts.buddyUp,
    sunset,
    beforeDark,
    recurring: entry.data.recurrence !== undefined,
    example: entry.data.example,
  };
}

/** Upcoming occurrences of every event in the next `days` days, soonest first, optionally filtered. */
export async function listOccurrences(
  options: { days?: number; filter?: ListingFilter } = {},
): Promise<OccurrenceView[]> {
  const content = await loadContent();
  const placed = await placedEventsById();
  const now = buildNow();
  const views = content.events.flatMap((entry) =>
    upcomingOccurrences(entry.data, now, { days: options.days ?? LIST_DAYS }).map((occurrence) =>
      toView(entry, occurrence, must(placed, entry.id, "event")),
    ),
  );
  const kept = options.filter ? views.filter((view) => matchesFilter(view, options.filter ?? {})) : views;
  return kept.sort((a, b) => a.start.toMillis() - b.start.toMillis() || a.title.localeCompare(b.title, "en-GB"));
}

/** Occurrences grouped under their local date. */
export function byDay(occurrences: OccurrenceView[]) {
  return groupByDay(occurrences);
}

/** Everything an event's own page shows. */
export interface EventDetail {
  entry: EventEntry;
  /** Where it is: a known place (with its listing in `place`), a location in words, or online. */
  location: EventLocation;
  place?: PlaceEntry | undefined;
  group: GroupEntry;
  townName?: string | undefined;
  upcoming: OccurrenceView[];
  next?: OccurrenceView | undefined;
  recurrenceText?: string | undefined;
  recurrenceEnd?: string | undefined;
}

/** The detail of one event, with its next dates. */
export async function getEventDetail(entry: EventEntry): Promise<EventDetail> {
  const content = await loadContent();
  const place = entry.data.place === undefined ? undefined : must(content.placeById, entry.data.place, "place");
  const group = must(content.groupById, entry.data.organizer, "group");
  const event = must(await placedEventsById(), entry.id, "event");
  const upcoming = upcomingOccurrences(entry.data, buildNow(), { limit: 8 }).map((occurrence) =>
    toView(entry, occurrence, event),
  );
  return {
    entry,
    location: event.location,
    place,
    group,
    townName: place?.data.town ? TOWN_LABELS[place.data.town] : undefined,
    upcoming,
    next: upcoming.find((view) => view.status !== "cancelled"),
    recurrenceText: describeRecurrence(entry.data),
    recurrenceEnd: describeRecurrenceEnd(entry.data),
  };
}

/** Every event, for building their pages. */
export async function allEvents(): Promise<EventEntry[]> {
  return (await loadContent()).events;
}

/** Occurrences that overlap a date range, soonest first. */
export async function occurrencesIn(
  range: { from: DateTime; to: DateTime },
  filter?: ListingFilter,
): Promise<OccurrenceView[]> {
  const days = Math.ceil(range.to.diff(range.from, "days").days) + 1;
  const all = await listOccurrences({ days, ...(filter ? { filter } : {}) });
  return all.filter((o) => o.end > range.from && o.start < range.to);
}
