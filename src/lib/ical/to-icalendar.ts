/**
 * Calendar feeds (RFC 5545) for events: the calendar's properties with ical-generator, each event's VEVENT
 * with the writer in `vevent.ts`. A repeating event is one VEVENT with an RRULE, its cancelled dates as
 * EXDATE and each moved date as a RECURRENCE-ID override; times carry TZID=Europe/London with the zone's
 * VTIMEZONE, so a weekly 19:00 event stays at 19:00 in every calendar across the clock changes. Output
 * depends only on the input: never on the clock or on the time zone of the process that runs it (local
 * times are written as given, or through Luxon in an explicit zone; UTC times through Luxon).
 */
import ical, { ICalCalendarMethod } from "ical-generator";
import type { Event, Place } from "../domain";
import { ACCESSIBILITY_LABELS, AUDIENCE_LABELS, CATEGORY_LABELS } from "../domain/vocab";
import { describeRecurrence } from "../events/describe";
import { locationName, type EventLocation } from "../events/location";
import { ageRangeLabel, costLabel } from "../listings/labels";
import { CITY_ZONE } from "../time/zone";
import { toRevision } from "./revision";
import { escapeText, foldLine, toLocalDate, toLocalStamp, toUntilStamp } from "./vevent";
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

/**
 * The event's UID: its id at the site's host, the same in every build and every feed.
 * @example toEventUid("tunstall-coffee-morning", "https://stoketogether.org.uk") // "tunstall-coffee-morning@stoketogether.org.uk"
 */
export function toEventUid(id: string, siteUrl: string): string {
  return `${id}@${siteOf(siteUrl).hostname}`;
}

/** The event's page on the site. */
export function toEventUrl(id: string, siteUrl: string): string {
  // An id of letters, digits, - and _ is written into the address as it is; anything else URL rewrites.
  return PLAIN_ID.test(id) ? `${siteOf(siteUrl).events}${id}/` : new URL(`/events/${id}/`, siteUrl).href;
}

const PLAIN_ID = /^[\w-]+$/;
const sites = new Map<string, { hostname: string; events: string }>();

/** The site's host name and the address of its events, read once per site address. */
function siteOf(siteUrl: string): { hostname: string; events: string } {
  let site = sites.get(siteUrl);
  if (!site) {
    site = { hostname: new URL(siteUrl).hostname, events: new URL("/events/", siteUrl).href };
    if (sites.size >= 100) sites.clear();
    sites.set(siteUrl, site);
  }
  return site;
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

const STATUS_WORDS = { scheduled: "CONFIRMED", cancelled: "CANCELLED", postponed: "TENTATIVE" } as const;

// Listings share a handful of lastChecked dates.
const revisionStamps = new Map<string, string>();

/** DTSTAMP and LAST-MODIFIED: the revision's moment in UTC. */
function revisionStamp(event: Event): string {
  let stamp = revisionStamps.get(event.lastChecked);
  if (stamp === undefined) {
    stamp = toRevision(event).lastModified.toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'");
    revisionStamps.set(event.lastChecked, stamp);
  }
  return stamp;
}

/** The RRULE line of a repeating event, its parts in the order calendars have always had them from this site. */
function ruleLine(rule: NonNullable<Event["recurrence"]>): string {
  let line = `RRULE:FREQ=${rule.freq === "weekly" ? "WEEKLY" : "MONTHLY"}`;
  if (rule.count) line += `;COUNT=${rule.count}`;
  if (rule.interval > 1) line += `;INTERVAL=${rule.interval}`;
  if (rule.until !== undefined) line += `;UNTIL=${toUntilStamp(rule.until)}`;
  if (rule.byday) line += `;BYDAY=${rule.byday.join(",")}`;
  if (rule.bymonthday !== undefined) line += `;BYMONTHDAY=${rule.bymonthday}`;
  if (rule.bysetpos !== undefined) line += `;BYSETPOS=${rule.bysetpos}`;
  return `${line};WKST=MO`;
}

/** One event's VEVENT and any RECURRENCE-ID overrides, as content lines (not yet folded). */
function eventLines(item: FeedEvent, siteUrl: string): string[] {
  const { event } = item;
  const uid = `UID:${toEventUid(item.id, siteUrl)}`;
  const url = toEventUrl(item.id, siteUrl);
  const { sequence } = toRevision(event);
  const stamp = revisionStamp(event);
  const hidden = new Set(item.hiddenDates ?? []);
  const excludedDates = [...new Set([...event.cancelledDates, ...hidden])].sort();
  const title = event.status === "postponed" ? `Postponed: ${event.title}` : event.title;
  const place = item.location.kind === "place" ? item.location.place : undefined;
  // A location in words or online is only text: no address or position the site could vouch for.
  const where: string[] = [];
  if (place) {
    const address = [place.address, place.postcode].filter(Boolean).join(", ");
    if (place.name) where.push(`LOCATION:${escapeText(address ? `${place.name}\n${address}` : place.name)}`);
    if (place.geo?.lat && place.geo.lng) where.push(`GEO:${escapeText(place.geo.lat)};${escapeText(place.geo.lng)}`);
  } else {
    const name = locationName(item.location);
    if (name) where.push(`LOCATION:${escapeText(name)}`);
  }
  const description = toDescription(item, url);
  const categories =
    event.categories.length > 0
      ? [`CATEGORIES:${event.categories.map((key) => escapeText(CATEGORY_LABELS[key])).join(",")}`]
      : [];
  const tail = (text: string) => [
    `SUMMARY:${escapeText(title)}`,
    ...where,
    `DESCRIPTION:${escapeText(text)}`,
    ...categories,
    `URL;VALUE=URI:${escapeText(url)}`,
    `STATUS:${STATUS_WORDS[event.status]}`,
    `LAST-MODIFIED:${stamp}`,
    "END:VEVENT",
  ];
  const head = ["BEGIN:VEVENT", uid, `SEQUENCE:${sequence}`, `DTSTAMP:${stamp}`];
  const timed = (property: string, text: string) => `${property};TZID=${CITY_ZONE}:${toLocalStamp(text)}`;
  // An end before the start is written the other way round, so the event still has a length.
  const span = (start: string, end: string) => (start > end ? ([end, start] as const) : ([start, end] as const));
  const lines = [...head];
  const [start, end] = span(event.startDate, event.endDate);
  if (event.allDay) {
    // A whole-day event is written with DATE values, as calendars show a day with no times.
    lines.push(
      `DTSTART;VALUE=DATE:${toLocalDate(start)}`,
      `DTEND;VALUE=DATE:${toLocalDate(end)}`,
      "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
      "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE",
    );
  } else lines.push(timed("DTSTART", start), timed("DTEND", end));
  const timeOfDay = event.startDate.slice(11, 16);
  if (event.recurrence) {
    lines.push(ruleLine(event.recurrence));
    if (excludedDates.length > 0) {
      lines.push(
        event.allDay
          ? `EXDATE;VALUE=DATE:${excludedDates.map((date) => toLocalDate(`${date}T${timeOfDay}`)).join(",")}`
          : `EXDATE;TZID=${CITY_ZONE}:${excludedDates.map((date) => toLocalStamp(`${date}T${timeOfDay}`)).join(",")}`,
      );
    }
  }
  lines.push(...tail(description));
  const overridden = new Set<string>();
  for (const change of event.rescheduled) {
    if (overridden.has(change.date) || excludedDates.includes(change.date)) continue;
    overridden.add(change.date);
    const [moved, movedEnd] = span(change.startDate, change.endDate);
    lines.push(
      ...head,
      timed("DTSTART", moved),
      timed("DTEND", movedEnd),
      timed("RECURRENCE-ID", `${change.date}T${timeOfDay}`),
      ...tail(change.note ? `${change.note}.\n\n${description}` : description),
    );
  }
  return lines;
}

/**
 * Each event's VEVENT text, kept per event object: a function answers many feeds from the same
 * listings, and an event renders the same way in all of them (for the same site, place, organiser
 * and hidden dates). A before-dark feed's hidden dates change from day to day, so only the latest few
 * renderings of an event are kept.
 */
const renderedEvents = new WeakMap<Event, { item: FeedEvent; siteUrl: string; block: string }[]>();
const RENDERINGS_KEPT = 4;

/** Whether two feed items of the same event render the same way: everything `eventLines` reads besides the event. */
function rendersAlike(a: FeedEvent, b: FeedEvent): boolean {
  if (a.id !== b.id || a.organizerName !== b.organizerName || !sameLocation(a.location, b.location)) return false;
  const hiddenA = a.hiddenDates ?? [];
  const hiddenB = b.hiddenDates ?? [];
  return hiddenA === hiddenB || (hiddenA.length === hiddenB.length && hiddenA.every((date, i) => date === hiddenB[i]));
}

function sameLocation(a: FeedEvent["location"], b: FeedEvent["location"]): boolean {
  if (a === b) return true;
  if (a.kind === "place" && b.kind === "place") {
    const [p, q] = [a.place, b.place];
    return (
      p.name === q.name &&
      p.address === q.address &&
      p.postcode === q.postcode &&
      p.geo?.lat === q.geo?.lat &&
      p.geo?.lng === q.geo?.lng
    );
  }
  return a.kind === b.kind && locationName(a) === locationName(b);
}

/**
 * One event's VEVENT text, with any RECURRENCE-ID overrides, folded and ending in CRLF, as it stands in a feed.
 * @example toEventBlock(item, "https://stoketogether.org.uk").startsWith("BEGIN:VEVENT\r\n") // true
 */
export function toEventBlock(item: FeedEvent, siteUrl: string): string {
  const renderings = renderedEvents.get(item.event) ?? [];
  const known = renderings.find((rendering) => rendering.siteUrl === siteUrl && rendersAlike(rendering.item, item));
  if (known) return known.block;
  const block = `${eventLines(item, siteUrl).map(foldLine).join("\r\n")}\r\n`;
  renderedEvents.set(item.event, [{ item, siteUrl, block }, ...renderings.slice(0, RENDERINGS_KEPT - 1)]);
  return block;
}

/**
 * A whole feed as iCalendar text: the calendar's name and refresh interval, the Europe/London
 * VTIMEZONE, and every event in the order given.
 * @example toICalendar([item], { name: "Events in Burslem", siteUrl: "https://stoketogether.org.uk" }) // "BEGIN:VCALENDAR\r\n…"
 */
export function toICalendar(items: readonly FeedEvent[], options: FeedOptions): string {
  return toICalendarParts(items, options).join("");
}

/**
 * `toICalendar`'s text in the pieces it is made of (the calendar's start, each event, its end), for a caller that
 * encodes them one after another rather than joining megabytes of text first.
 * @example toICalendarParts([item], options).join("") === toICalendar([item], options) // true
 */
export function toICalendarParts(items: readonly FeedEvent[], options: FeedOptions): string[] {
  const [start, end] = toFeedFrame(options, items.length > 0);
  return [start, ...items.map((item) => toEventBlock(item, options.siteUrl)), end];
}

/**
 * What a feed's events stand between: the calendar's properties (and, when it has events, the Europe/London
 * VTIMEZONE their TZIDs refer to), and its END line.
 * @example toFeedFrame(options, true)[1] // "END:VCALENDAR\r\n"
 */
export function toFeedFrame(options: FeedOptions, hasEvents: boolean): [start: string, end: string] {
  // ical-generator writes the calendar's own properties; no calendar-wide zone name is set, because
  // that would make DTSTAMP lose its Z. Events are written one by one (see toEventBlock) and placed
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
  const zone = hasEvents ? `${toVTimezone(CITY_ZONE)}\r\n` : "";
  return [`${head.slice(0, end)}${zone}`, head.slice(end)];
}

/**
 * One event as a file to add to a calendar, named after the event.
 * @example toEventICalendar(item, { siteUrl: "https://stoketogether.org.uk" }) // "BEGIN:VCALENDAR\r\n…"
 */
export function toEventICalendar(item: FeedEvent, options: Pick<FeedOptions, "siteUrl">): string {
  return toICalendar([item], { name: item.event.title, siteUrl: options.siteUrl });
}
