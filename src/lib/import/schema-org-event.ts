/**
 * One schema.org Event (or subtype, or OpenActive session) read into the importer's model; shared by the
 * JSON-LD page reader (json-ld.ts) and the OpenActive RPDE reader (rpde.ts), so both read events alike.
 *
 * Decisions, so a listing never says more than its source:
 * - uid: `@id` (relative ones resolved against the page), else `url`, else `name@startDate`.
 * - Text (name, description, place names) is read as HTML: entities decoded, tags dropped.
 * - `url` is kept only as an http or https address, relative ones resolved against the page.
 * - status: EventCancelled is cancelled; EventPostponed is also cancelled, since its dates no longer hold
 *   and no new ones are known (the model has no "postponed"); EventRescheduled, EventMovedOnline and
 *   EventScheduled are scheduled, their dates being the current ones.
 * - A date (2027-04-10) is a whole day in the city; a date and time with an offset or Z is that instant;
 *   one without is the city's wall clock. A date as endDate means the end of that day.
 * - With no endDate, `duration` (ISO 8601, e.g. PT2H) gives the end; with neither, a dated event lasts its
 *   day and a timed one DEFAULT_EVENT_HOURS (2) hours.
 * - `eventSchedule` is read as a series (schema-org-schedule.ts), or the event is left out with the reason.
 * - location: online (OnlineEventAttendanceMode, EventMovedOnline, or only a VirtualLocation) is "Online";
 *   else the Place's "name, street, locality, postcode", its UK postcode, and its coordinates.
 */
import type { DateTime, Duration } from "luxon";
import { toCityIso } from "./calendar-time";
import type {
  ImportedEvent,
  ImportedLocation,
  ImportedOccurrence,
  ImportedStatus,
  ImportProblem,
  ImportWindow,
} from "./model";
import { toPlainLine, toPlainText } from "./plain-text";
import { readEventSchedule, type ReadTime } from "./schema-org-schedule";
import {
  isJsonObject,
  listOf,
  readIsoDuration,
  readIsoTime,
  schemaTerm,
  textOf,
  typesOf,
  type JsonObject,
} from "./schema-org-values";
import { readWindow, startsInWindow } from "./window";
import { findPostcode, normalisePostcode } from "./text";

/**
 * The types read as events: schema.org's Event and its subtypes, and OpenActive's sessions. EventSeries and
 * SessionSeries are events too, but a series that lists its subEvents is read through them (see isSeries).
 */
export const EVENT_TYPES: ReadonlySet<string> = new Set([
  "Event",
  "BroadcastEvent",
  "BusinessEvent",
  "ChildrensEvent",
  "ComedyEvent",
  "CourseInstance",
  "DanceEvent",
  "DeliveryEvent",
  "EducationEvent",
  "EventSeries",
  "ExhibitionEvent",
  "Festival",
  "FoodEvent",
  "Hackathon",
  "LiteraryEvent",
  "MusicEvent",
  "OnDemandEvent",
  "PublicationEvent",
  "SaleEvent",
  "ScreeningEvent",
  "SocialEvent",
  "SportsEvent",
  "TheaterEvent",
  "VisualArtsEvent",
  // OpenActive's event types (https://openactive.io/modelling-opportunity-data/).
  "HeadlineEvent",
  "ScheduledSession",
  "SessionSeries",
]);

const SERIES_TYPES: ReadonlySet<string> = new Set(["EventSeries", "SessionSeries"]);

/** How long a timed event lasts when it gives neither endDate nor duration. */
export const DEFAULT_EVENT_HOURS = 2;

/**
 * Whether an object's `@type` (a string or a list) names an event type.
 * @example isSchemaOrgEvent({ "@type": ["Event", "EducationEvent"] }) // true
 */
export function isSchemaOrgEvent(object: JsonObject): boolean {
  return typesOf(object).some((type) => EVENT_TYPES.has(type));
}

/**
 * Whether an object is a series (EventSeries, SessionSeries): one that lists subEvents is a container,
 * read through its subEvents, not listed itself.
 * @example isSeries({ "@type": "EventSeries" }) // true
 */
export function isSeries(object: JsonObject): boolean {
  return typesOf(object).some((type) => SERIES_TYPES.has(type));
}

/** How a schema.org event is read. */
export interface SchemaOrgEventOptions {
  /** The source's id, or the file or URL read in a dry run. */
  source: string;
  window: ImportWindow;
  /** The page's own address, against which relative `@id` and `url` values are resolved. */
  pageUrl?: string | undefined;
  /** An identifier to use instead of the event's own (an RPDE item's id). */
  uid?: string | undefined;
}

/** One event read, or left out with the reason. */
export interface SchemaOrgEventRead {
  /** The event, when it could be read; its occurrences are those in the window, none when it falls outside. */
  event?: ImportedEvent;
  /** True when the event was left out for a problem; the last problem says why. */
  leftOut: boolean;
  /** The event's identifier, when it has one, read or left out. */
  uid?: string;
  problems: ImportProblem[];
}

function plainLine(value: unknown): string | undefined {
  const text = textOf(value);
  const line = text === undefined ? "" : toPlainLine(text);
  return line === "" ? undefined : line;
}

function idOf(value: unknown, pageUrl: string | undefined): string | undefined {
  const id = typeof value === "string" ? value.trim() : "";
  // A blank node (_:b0) names nothing outside this one document.
  if (id === "" || id.startsWith("_:")) return undefined;
  if (URL.canParse(id)) return id;
  return pageUrl !== undefined && URL.canParse(id, pageUrl) ? new URL(id, pageUrl).href : id;
}

function readWebAddress(value: unknown, pageUrl: string | undefined): { url?: string; problem?: string } {
  const text = textOf(listOf(value).find((item) => typeof item === "string"));
  if (text === undefined) return {};
  const base = pageUrl !== undefined && URL.canParse(pageUrl) ? pageUrl : undefined;
  if (!URL.canParse(text, base)) {
    const why =
      base === undefined ? "is not a full web address, and the page's address is not known" : "is not a web address";
    return { problem: `its url "${text.slice(0, 80)}" ${why}, so the link is dropped` };
  }
  const url = new URL(text, base);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    return { problem: `its url "${text.slice(0, 80)}" is not an http or https address, so the link is dropped` };
  }
  return { url: url.href };
}

function statusOf(object: JsonObject): ImportedStatus {
  const term = schemaTerm(object.eventStatus)?.toLowerCase();
  return term === "eventcancelled" || term === "eventpostponed" ? "cancelled" : "scheduled";
}

function isOnline(object: JsonObject): boolean {
  const modes = listOf(object.eventAttendanceMode).map((mode) => schemaTerm(mode)?.toLowerCase());
  return modes.includes("onlineeventattendancemode") || schemaTerm(object.eventStatus) === "EventMovedOnline";
}

function readCoordinate(value: unknown, limit: number): number | undefined {
  const text = textOf(value);
  const number = text === undefined ? Number.NaN : Number(text);
  return Number.isFinite(number) && Math.abs(number) <= limit ? number : undefined;
}

function readGeo(place: JsonObject): ImportedLocation["geo"] {
  const geo = listOf(place.geo).find(isJsonObject) ?? place;
  const lat = readCoordinate(geo.latitude, 90);
  const lng = readCoordinate(geo.longitude, 180);
  return lat === undefined || lng === undefined ? undefined : { lat, lng };
}

function readPlace(place: unknown): ImportedLocation {
  if (!isJsonObject(place)) {
    const text = plainLine(place);
    const postcode = text === undefined ? undefined : findPostcode(text);
    return { ...(text === undefined ? {} : { text }), ...(postcode === undefined ? {} : { postcode }) };
  }
  const isAddress = typesOf(place).includes("PostalAddress");
  const address = isAddress ? place : (listOf(place.address)[0] ?? undefined);
  const parts = [isAddress ? undefined : plainLine(place.name)];
  let postcode: string | undefined;
  if (isJsonObject(address)) {
    const written = plainLine(address.postalCode);
    postcode = written === undefined ? undefined : normalisePostcode(written);
    parts.push(plainLine(address.streetAddress), plainLine(address.addressLocality), postcode ?? written);
  } else {
    const line = plainLine(address);
    postcode = line === undefined ? undefined : findPostcode(line);
    parts.push(line);
  }
  // A street written as the place's name too ("Tunstall Library, Tunstall Library") is written once.
  const kept: string[] = [];
  for (const part of parts) {
    if (part !== undefined && !kept.some((known) => known.toLowerCase() === part.toLowerCase())) kept.push(part);
  }
  const text = kept.join(", ");
  const geo = readGeo(place);
  return {
    ...(text === "" ? {} : { text }),
    ...(postcode === undefined ? {} : { postcode }),
    ...(geo === undefined ? {} : { geo }),
  };
}

function readLocation(object: JsonObject): ImportedLocation {
  if (isOnline(object)) return { text: "Online" };
  const locations = listOf(object.location);
  const place = locations.find((item) => !isJsonObject(item) || !typesOf(item).includes("VirtualLocation"));
  if (place === undefined) return locations.length > 0 ? { text: "Online" } : {};
  return readPlace(place);
}

function endOfOne(start: ReadTime, end: ReadTime | undefined, duration: Duration | undefined): DateTime {
  if (end !== undefined) {
    // A date as an end means the whole of that day; so does any end of an event that lasts whole days.
    return end.allDay || start.allDay ? end.at.startOf("day").plus({ days: 1 }) : end.at;
  }
  if (duration !== undefined) return start.at.plus(duration);
  return start.allDay ? start.at.plus({ days: 1 }) : start.at.plus({ hours: DEFAULT_EVENT_HOURS });
}

/**
 * Reads one schema.org Event object (already known to be an event) into an ImportedEvent, with its
 * occurrences in the window; an event it cannot read is left out, with a problem saying why.
 * @example readSchemaOrgEvent({ "@type": "Event", name: "Quiz", startDate: "2027-04-06T19:00" }, { source: "hall", window }).event?.start // "2027-04-06T19:00:00+01:00"
 */
export function readSchemaOrgEvent(object: JsonObject, options: SchemaOrgEventOptions): SchemaOrgEventRead {
  const window = readWindow(options.window);
  const problems: ImportProblem[] = [];
  const title = plainLine(object.name);
  const startText = textOf(object.startDate);
  const link = readWebAddress(object.url, options.pageUrl);
  const uid =
    options.uid ??
    idOf(object["@id"], options.pageUrl) ??
    link.url ??
    (title === undefined ? undefined : startText === undefined ? title : `${title}@${startText}`);
  const note = (reason: string) =>
    problems.push({ source: options.source, ...(uid === undefined ? {} : { uid }), reason });
  const leaveOut = (reason: string): SchemaOrgEventRead => {
    note(`${reason}, so it is left out`);
    return { leftOut: true, ...(uid === undefined ? {} : { uid }), problems };
  };

  if (title === undefined) return leaveOut("the event has no name");
  const start = startText === undefined ? undefined : readIsoTime(startText);
  if (start && !start.ok) return leaveOut(`its startDate ${start.reason}`);
  const endText = textOf(object.endDate);
  const end = endText === undefined ? undefined : readIsoTime(endText);
  if (end && !end.ok) return leaveOut(`its endDate ${end.reason}`);
  const durationText = textOf(object.duration);
  const duration = readIsoDuration(durationText);
  const status = statusOf(object);

  let timing: { allDay: boolean; start: DateTime; end: DateTime; rrule?: string; occurrences: ImportedOccurrence[] };
  if (listOf(object.eventSchedule).length > 0) {
    const schedule = readEventSchedule(object.eventSchedule, { start, end, duration, status, window });
    if (!schedule.ok) return leaveOut(schedule.reason);
    schedule.notes.forEach(note);
    timing = { ...schedule.first, allDay: schedule.allDay, rrule: schedule.rrule, occurrences: schedule.occurrences };
  } else {
    if (start === undefined) return leaveOut("the event has no startDate");
    if (durationText !== undefined && duration === undefined && end === undefined) {
      const assumed = start.allDay ? "its day" : `${DEFAULT_EVENT_HOURS} hours`;
      note(
        `its duration "${durationText}" is not an ISO 8601 duration such as PT2H, so it is taken to last ${assumed}`,
      );
    }
    const endAt = endOfOne(start, end, duration);
    if (endAt < start.at) return leaveOut(`its endDate ${endText ?? ""} is before its startDate ${startText ?? ""}`);
    const occurrence = { start: toCityIso(start.at), end: toCityIso(endAt), status };
    const occurrences = startsInWindow(start.at, window) ? [occurrence] : [];
    timing = { allDay: start.allDay, start: start.at, end: endAt, occurrences };
  }
  if (link.problem !== undefined) note(link.problem);

  const description = textOf(object.description);
  const plainDescription = description === undefined ? "" : toPlainText(description);
  const modifiedText = textOf(object.dateModified);
  const modified = modifiedText === undefined ? undefined : readIsoTime(modifiedText);
  const id = uid ?? title;
  const event: ImportedEvent = {
    key: `${options.source}#${id}`,
    uid: id,
    source: options.source,
    title,
    ...(plainDescription === "" ? {} : { description: plainDescription }),
    ...(link.url === undefined ? {} : { url: link.url }),
    status,
    allDay: timing.allDay,
    start: toCityIso(timing.start),
    end: toCityIso(timing.end),
    ...(timing.rrule === undefined ? {} : { rrule: timing.rrule }),
    location: readLocation(object),
    occurrences: timing.occurrences,
    ...(modified?.ok ? { lastModified: toCityIso(modified.at) } : {}),
  };
  return { event, leftOut: false, uid: id, problems };
}
