/** View data for events: upcoming occurrences with everything a listing shows, ready to render. */
import type { DateTime } from "luxon";
import { TOWN_LABELS, type Language, type Town } from "../lib/domain/vocab";
import { filterFacts, placeEvents, sunFacts, type PlacedEvent, type SunsetCache } from "../lib/events/facts";
import { locationName, type EventLocation } from "../lib/events/location";
import { upcomingOccurrences, type Occurrence } from "../lib/events/occurrences";
import { LIST_DAYS } from "../lib/events/windows";
import { describeRecurrence, describeRecurrenceEnd } from "../lib/events/describe";
import { groupByDay } from "../lib/events/group-by-day";
import type { Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { costLabel } from "../lib/listings/labels";
import { matchesFilter, type Filterable, type ListingFilter } from "../lib/listings/filters";
import { DEFAULT_LANGUAGES } from "../lib/listings/languages";
import { FINDER_PATH } from "../lib/listings/finder-path";
import { toSearchParams, type ListingQuery } from "../lib/listings/query";
import { formatOccurrence, toLocalDateLabel } from "./format";
import { buildNow } from "./clock";
import { cityNow } from "../lib/time/zone";
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
  /** Held online, so `placeName` is the interface's word for it rather than a place's name. */
  online: boolean;
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
  /** The languages it is run in. */
  languages: readonly Language[];
  sunset: DateTime;
  beforeDark: boolean;
  recurring: boolean;
  /** Lasts whole days: shown without times. */
  allDay: boolean;
  example: boolean;
  /** What it costs, as the organiser gives it, for saying it in another language. */
  pricing: Pick<EventEntry["data"], "isAccessibleForFree" | "price" | "payWhatYouCan">;
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
    online: event.location.kind === "online",
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
    languages: facts.languages ?? DEFAULT_LANGUAGES,
    sunset,
    beforeDark,
    recurring: entry.data.recurrence !== undefined,
    example: entry.data.example,
    pricing: {
      isAccessibleForFree: entry.data.isAccessibleForFree,
      price: entry.data.price,
      payWhatYouCan: entry.data.payWhatYouCan,
    },
  };
}

const localised = new Map<Locale, WeakMap<OccurrenceView, OccurrenceView>>();

/**
 * An occurrence with its words (when, its day's heading, its cost) in a language; the same view in English. Its
 * listing's own words (title, place, organiser) stay as written.
 */
export function occurrenceIn(view: OccurrenceView, locale: Locale): OccurrenceView {
  if (locale === "en") return view;
  let views = localised.get(locale);
  if (views === undefined) {
    views = new WeakMap();
    localised.set(locale, views);
  }
  let found = views.get(view);
  if (found === undefined) {
    found = {
      ...view,
      when: formatOccurrence(view.start, view.end, view.allDay, locale),
      dateLabel: toLocalDateLabel(view.start, locale),
      cost: costLabel(view.pricing, locale),
      placeName: view.online ? messagesFor(locale).events.detail.facts.online : view.placeName,
    };
    views.set(view, found);
  }
  return found;
}

/** The span worked out for every list page: the longest any of them shows (a place's or a group's two months). */
const SHARED_DAYS = 60;

const upcomingByDays = new Map<number, Promise<{ views: OccurrenceView[]; starts: number[] }>>();

// Every list page asks for a span of the same few weeks: the occurrences of the longest are expanded, described
// and sorted once per build, and a shorter span is the start of that list (an occurrence is in a span when it
// overlaps it, so one that starts before the span ends).
function expandedViews(days: number): Promise<{ views: OccurrenceView[]; starts: number[] }> {
  let found = upcomingByDays.get(days);
  if (found === undefined) {
    found = Promise.all([loadContent(), placedEventsById()]).then(([content, placed]) => {
      const now = buildNow();
      const list = content.events.flatMap((entry) => {
        const event = must(placed, entry.id, "event");
        return upcomingOccurrences(entry.data, now, { days }).map((occurrence) => toView(entry, occurrence, event));
      });
      const collator = new Intl.Collator("en-GB");
      const sorted = list
        .map((view) => ({ view, at: view.start.toMillis() }))
        .sort((a, b) => a.at - b.at || collator.compare(a.view.title, b.view.title));
      return { views: sorted.map(({ view }) => view), starts: sorted.map(({ at }) => at) };
    });
    upcomingByDays.set(days, found);
  }
  return found;
}

async function upcomingViews(days: number): Promise<OccurrenceView[]> {
  if (days > SHARED_DAYS) return (await expandedViews(days)).views.slice();
  const { views, starts } = await expandedViews(SHARED_DAYS);
  const cutoff = cityNow(buildNow()).plus({ days }).toMillis();
  let end = 0;
  while (end < starts.length && starts[end]! < cutoff) end += 1;
  return views.slice(0, end);
}

/** Upcoming occurrences of every event in the next `days` days, soonest first, optionally filtered, in a language. */
export async function listOccurrences(
  options: { days?: number; filter?: ListingFilter; locale?: Locale } = {},
): Promise<OccurrenceView[]> {
  const views = await upcomingViews(options.days ?? LIST_DAYS);
  const { filter, locale = "en" } = options;
  const chosen = filter ? views.filter((view) => matchesFilter(view, filter)) : views;
  return locale === "en" ? chosen : chosen.map((view) => occurrenceIn(view, locale));
}

/**
 * The soonest `limit` occurrences of a list and how many are left out; all of them when there is no limit.
 * @example firstOccurrences(fiveHundred, 50).left // 450
 */
export function firstOccurrences(
  occurrences: OccurrenceView[],
  limit?: number,
): { occurrences: OccurrenceView[]; left: number } {
  if (limit === undefined || occurrences.length <= limit) return { occurrences, left: 0 };
  return { occurrences: occurrences.slice(0, limit), left: occurrences.length - limit };
}

/**
 * The finder's address for a query, where a list cut short can be seen whole and narrowed further.
 * @example finderHref({ category: "nature-outdoors" }) // "/find/?category=nature-outdoors"
 */
export function finderHref(query: ListingFilter & Omit<ListingQuery, keyof ListingFilter>): string {
  const { accessibility, ...rest } = query;
  const params = toSearchParams({ ...rest, accessibility: accessibility && [...accessibility] }).toString();
  return params ? `${FINDER_PATH}?${params}` : FINDER_PATH;
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

/** How many of its next dates an event's page shows. */
const DETAIL_DATES = 8;

/**
 * An event's next `count` occurrences in the coming year. A series that meets weekly or more often has them in
 * the next nine weeks, so only those are expanded; the rest of the year only when they are fewer.
 */
function nextOccurrences(entry: EventEntry, count: number): Occurrence[] {
  const soon = upcomingOccurrences(entry.data, buildNow(), { days: 63, limit: count });
  return soon.length === count ? soon : upcomingOccurrences(entry.data, buildNow(), { limit: count });
}

/** The detail of one event, with its next dates, in a language (English by default). */
export async function getEventDetail(entry: EventEntry, locale: Locale = "en"): Promise<EventDetail> {
  const content = await loadContent();
  const place = entry.data.place === undefined ? undefined : must(content.placeById, entry.data.place, "place");
  const group = must(content.groupById, entry.data.organizer, "group");
  const event = must(await placedEventsById(), entry.id, "event");
  const upcoming = nextOccurrences(entry, DETAIL_DATES).map((occurrence) =>
    occurrenceIn(toView(entry, occurrence, event), locale),
  );
  return {
    entry,
    location: event.location,
    place,
    group,
    townName: place?.data.town ? TOWN_LABELS[place.data.town] : undefined,
    upcoming,
    next: upcoming.find((view) => view.status !== "cancelled"),
    recurrenceText: describeRecurrence(entry.data, locale),
    recurrenceEnd: describeRecurrenceEnd(entry.data, locale),
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
