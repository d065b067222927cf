/**
 * Calendar feeds (RFC 5545) for events, with ical-generator. A repeating event is one VEVENT with an
 * RRULE, its cancelled dates as EXDATE and each moved date as a RECURRENCE-ID override; times carry
 * TZID=Europe/London with the zone's VTIMEZONE, so a weekly 19:00 event stays at 19:00 in every
 * calendar across the clock changes. Output depends only on the input: never on the clock or on the
 * time zone of the process that runs it (every time passes through Luxon in an explicit zone).
 */
import ical, {
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
  type ICalRepeatingOptions,
} from "ical-generator";
import { ICalEventRepeatingFreq, ICalWeekday } from "ical-generator";
import type { DateTime } from "luxon";
import type { Event, Place } from "../domain";
import { ACCESSIBILITY_LABELS, AUDIENCE_LABELS, CATEGORY_LABELS } from "../domain/vocab";
import { describeRecurrence } from "../events/describe";
import { locationName, type EventLocation } from "../events/location";
import { ageRangeLabel, costLabel } from "../listings/labels";
import { CITY_ZONE, parseLocal } from "../time/zone";
import { toRevision } from "./revision";
import { toVTimezone } from "./vtimezone";

/** One event as a feed needs it: the listing, where it is and who runs it. */
export interface FeedEvent {
  id: string;
  event: Event;
  location: EventLocation<Pick<Place, "name" | "address" | "postcode" | "geo">>;
  organizerName: string;
  /**
   * Dates in the series (YYYY-MM-DD, as the series would have them) that this feed leaves out, because
   * they do not match its filter; written as EXDATE like cancelled dates.
   */
  hiddenDates?: readonly string[] | undefined;
}

/** What a whole feed says about itself. */
export interface FeedOptions {
  /** X-WR-CALNAME: what the subscriber sees as the calendar's name. */
  name: string;
  /** X-WR-CALDESC. */
  description?: string | undefined;
  /** The site's public address, e.g. https://stoketogether.org.uk: event links and UIDs are made from it. */
  siteUrl: string;
  /** Where this feed itself lives (the calendar's URL and SOURCE). */
  feedUrl?: string | undefined;
}

/** How often subscribers should fetch again: the site is rebuilt every morning. */
export const REFRESH_SECONDS = 6 * 60 * 60;

const PRODUCT_ID = { company: "Stoke Together", product: "Events", language: "EN" };

const RRULE_DAYS = {
  MO: ICalWeekday.MO,
  TU: ICalWeekday.TU,
  WE: ICalWeekday.WE,
  TH: ICalWeekday.TH,
  FR: ICalWeekday.FR,
  SA: ICalWeekday.SA,
  SU: ICalWeekday.SU,
} as const;

/**
 * The event's UID: its id at the site's host, the same in every build and every feed.
 * @example toEventUid("tunstall-coffee-morning", "https://stoketogether.org.uk") // "tunstall-coffee-morning@stoketogether.org.uk"
 */
export function toEventUid(id: string, siteUrl: string): string {
  return `${id}@${new URL(siteUrl).hostname}`;
}

/** The event's page on the site. */
export function toEventUrl(id: string, siteUrl: string): string {
  return new URL(`/events/${id}/`, siteUrl).href;
}

// Luxon times are immutable and events share their dates and times, so each local text is read once; a
// fresh instance renders thousands of events at once. Bounded, in case an instance lives long.
const localTimes = new Map<string, DateTime>();
const LOCAL_TIMES_KEPT = 50_000;

/** A local date and time in the city, as `parseLocal` reads it. */
function localTime(text: string): DateTime {
  let time = localTimes.get(text);
  if (time === undefined) {
    if (localTimes.size >= LOCAL_TIMES_KEPT) localTimes.clear();
    time = parseLocal(text);
    localTimes.set(text, time);
  }
  return time;
}

/** A wall-clock time on a series date, in the city. */
function onDate(date: string, timeOfDay: string): DateTime {
  return localTime(`${date}T${timeOfDay.slice(11, 16)}`);
}

/** The plain-text description: summary, cost, booking, access, buddy-up and what to expect. */
export function toDescription(item: FeedEvent, pageUrl: string): string {
  const { event } = item;
  const lines = [event.summary, ""];
  if (event.status !== "scheduled") {
    lines.push(
      `${event.status === "cancelled" ? "Cancelled" : "Postponed"}${event.statusNote ? `: ${event.statusNote}` : "."}`,
    );
  }
  const repeat = describeRecurrence(event);
  if (repeat) lines.push(`${repeat}, ${event.startDate.slice(11)} to ${event.endDate.slice(11)}.`);
  lines.push(`Cost: ${costLabel(event)}.`);
  if (event.booking.required) {
    lines.push(`Booking needed: ${[event.booking.url, event.booking.details].filter(Boolean).join(". ")}.`);
  } else {
    lines.push("No need to book.");
  }
  const age = ageRangeLabel(event.ageRange);
  lines.push(
    `Who it's for: ${event.audiences.map((key) => AUDIENCE_LABELS[key]).join(", ")}${age ? ` (${age})` : ""}.`,
  );
  const access = event.accessibilitySupport.map((key) => ACCESSIBILITY_LABELS[key]);
  lines.push(
    `Accessibility: ${access.length > 0 ? `${access.join(", ")}.` : "the organiser has not told us yet."}${event.accessibilityNotes ? ` ${event.accessibilityNotes}` : ""}`,
  );
  if (event.buddyUp) {
    lines.push(
      `Buddy-up: don't want to go alone? Ask for a welcomer from ${item.organizerName} to meet you at the venue, on the event page.`,
    );
  }
  if (item.location.kind === "online") {
    lines.push(event.url ? `Online: join or book at ${event.url}` : "Online: the event page says how to join.");
  }
  if (event.whatToExpect.meetingPoint) lines.push(`Where to go: ${event.whatToExpect.meetingPoint}.`);
  if (event.whatToExpect.fineToComeAlone) lines.push("Coming alone is fine: lots of people do.");
  lines.push(`Run by ${item.organizerName}.`);
  if (event.example) lines.push("This is an example listing.");
  lines.push("", `Details and updates: ${pageUrl}`);
  return lines.join("\n");
}

const lastMoments = new Map<string, DateTime>();

/** The last whole second of a date in the city, in UTC. */
function lastMomentOf(date: string): DateTime {
  let moment = lastMoments.get(date);
  if (moment === undefined) {
    if (lastMoments.size >= LOCAL_TIMES_KEPT) lastMoments.clear();
    moment = parseLocal(date).endOf("day").set({ millisecond: 0 }).toUTC();
    lastMoments.set(date, moment);
  }
  return moment;
}

function toRepeating(event: Event, excluded: DateTime[]): ICalRepeatingOptions | undefined {
  const rule = event.recurrence;
  if (!rule) return undefined;
  const repeating: ICalRepeatingOptions = {
    freq: rule.freq === "weekly" ? ICalEventRepeatingFreq.WEEKLY : ICalEventRepeatingFreq.MONTHLY,
    startOfWeek: ICalWeekday.MO,
  };
  if (rule.interval > 1) repeating.interval = rule.interval;
  if (rule.count !== undefined) repeating.count = rule.count;
  // UNTIL must be in UTC when DTSTART has a TZID (RFC 5545 §3.3.10): the last moment of the last date.
  if (rule.until !== undefined) repeating.until = lastMomentOf(rule.until);
  if (rule.byday) repeating.byDay = rule.byday.map((day) => RRULE_DAYS[day]);
  if (rule.bymonthday !== undefined) repeating.byMonthDay = [rule.bymonthday];
  if (rule.bysetpos !== undefined) repeating.bySetPos = [rule.bysetpos];
  if (excluded.length > 0) repeating.exclude = excluded;
  return repeating;
}

function statusOf(event: Event): ICalEventStatus {
  if (event.status === "cancelled") return ICalEventStatus.CANCELLED;
  if (event.status === "postponed") return ICalEventStatus.TENTATIVE;
  return ICalEventStatus.CONFIRMED;
}

/** Adds one event (its VEVENT and any RECURRENCE-ID overrides) to a calendar. */
function addEvent(calendar: ICalCalendar, item: FeedEvent, siteUrl: string): void {
  const { event } = item;
  const uid = toEventUid(item.id, siteUrl);
  const url = toEventUrl(item.id, siteUrl);
  const { lastModified, sequence } = toRevision(event);
  const hidden = new Set(item.hiddenDates ?? []);
  const excludedDates = [...new Set([...event.cancelledDates, ...hidden])].sort();
  const title = event.status === "postponed" ? `Postponed: ${event.title}` : event.title;
  const place = item.location.kind === "place" ? item.location.place : undefined;
  // A location in words or online is only text: no address or position the site could vouch for.
  const location = place
    ? {
        title: place.name,
        ...(place.address || place.postcode
          ? { address: [place.address, place.postcode].filter(Boolean).join(", ") }
          : {}),
        ...(place.geo ? { geo: { lat: place.geo.lat, lon: place.geo.lng } } : {}),
      }
    : locationName(item.location);
  const common = {
    id: uid,
    sequence,
    stamp: lastModified,
    lastModified,
    timezone: CITY_ZONE,
    summary: title,
    description: toDescription(item, url),
    location,
    url,
    status: statusOf(event),
    categories: event.categories.map((key) => ({ name: CATEGORY_LABELS[key] })),
  };
  const repeating = toRepeating(
    event,
    excludedDates.map((date) => onDate(date, event.startDate)),
  );
  calendar.createEvent({
    ...common,
    start: localTime(event.startDate),
    end: localTime(event.endDate),
    // A whole-day event is written with DATE values, as calendars show a day with no times.
    ...(event.allDay ? { allDay: true } : {}),
    ...(repeating ? { repeating } : {}),
  });
  const overridden = new Set<string>();
  for (const change of event.rescheduled) {
    if (overridden.has(change.date) || excludedDates.includes(change.date)) continue;
    overridden.add(change.date);
    calendar.createEvent({
      ...common,
      recurrenceId: onDate(change.date, event.startDate),
      start: localTime(change.startDate),
      end: localTime(change.endDate),
      ...(change.note ? { description: `${change.note}.\n\n${common.description}` } : {}),
    });
  }
}

/**
 * Each event's VEVENT text, kept per event object: a function answers many feeds from the same
 * listings, and an event renders the same way in all of them (for the same site, place, organiser
 * and hidden dates).
 */
const renderedEvents = new WeakMap<Event, Map<string, string>>();

function eventBlock(item: FeedEvent, siteUrl: string): string {
  const where = item.location;
  const place = where.kind === "place" ? where.place : undefined;
  const key = [
    item.id,
    siteUrl,
    item.organizerName,
    where.kind,
    place ? place.name : locationName(where),
    place?.address,
    place?.postcode,
    place?.geo?.lat,
    place?.geo?.lng,
    ...(item.hiddenDates ?? []),
  ].join("|");
  let byKey = renderedEvents.get(item.event);
  const known = byKey?.get(key);
  if (known !== undefined) return known;
  const calendar = ical();
  addEvent(calendar, item, siteUrl);
  const text = calendar.toString();
  const block = text.slice(text.indexOf("BEGIN:VEVENT"), text.lastIndexOf("END:VCALENDAR"));
  if (!byKey) {
    byKey = new Map();
    renderedEvents.set(item.event, byKey);
  }
  byKey.set(key, block);
  return block;
}

/**
 * A whole feed as iCalendar text: the calendar's name and refresh interval, the Europe/London
 * VTIMEZONE, and every event in the order given.
 * @example toICalendar([item], { name: "Events in Burslem", siteUrl: "https://stoketogether.org.uk" }) // "BEGIN:VCALENDAR\r\n…"
 */
export function toICalendar(items: readonly FeedEvent[], options: FeedOptions): string {
  // ical-generator writes the calendar's own properties; no calendar-wide zone name is set, because
  // that would make DTSTAMP lose its Z. Events are written one by one (see eventBlock) and placed
  // after the properties, with the VTIMEZONE their TZIDs refer to.
  const calendar = ical({
    prodId: PRODUCT_ID,
    method: ICalCalendarMethod.PUBLISH,
    name: options.name,
    ttl: REFRESH_SECONDS,
    // Every time in these feeds has a TZID or is in UTC, so this only tells clients what to show.
    x: { "X-WR-TIMEZONE": CITY_ZONE },
  });
  if (options.description) calendar.description(options.description);
  if (options.feedUrl) {
    calendar.url(options.feedUrl);
    calendar.source(options.feedUrl);
  }
  const head = calendar.toString();
  const end = head.lastIndexOf("END:VCALENDAR");
  const zone = items.length > 0 ? `${toVTimezone(CITY_ZONE)}\r\n` : "";
  return `${head.slice(0, end)}${zone}${items.map((item) => eventBlock(item, options.siteUrl)).join("")}${head.slice(end)}`;
}

/**
 * One event as a file to add to a calendar, named after the event.
 * @example toEventICalendar(item, { siteUrl: "https://stoketogether.org.uk" }) // "BEGIN:VCALENDAR\r\n…"
 */
export function toEventICalendar(item: FeedEvent, options: Pick<FeedOptions, "siteUrl">): string {
  return toICalendar([item], { name: item.event.title, siteUrl: options.siteUrl });
}
