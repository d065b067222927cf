/**
 * Reads an iCalendar feed (a Google, Outlook or Apple export, or any RFC 5545 file) into imported events.
 * ical.js parses each component; times are read by calendar-time.ts as moments in Stoke-on-Trent; a series
 * stays one event with its rule, and only its occurrences inside the window are listed, with EXDATE dates
 * left out and RECURRENCE-ID overrides moving or cancelling one occurrence.
 *
 * One broken event never loses the others: the feed is split into its components at their BEGIN and END
 * lines, and each is parsed on its own, so a bad line, a missing DTSTART, a rule that cannot be read or an
 * unknown time zone is reported for that event, with its UID and line, and the rest import. A feed that was
 * readable only in part is not `complete`.
 */
import ICAL from "ical.js";
import { DateTime, Duration } from "luxon";
import { ianaZoneFor, readCalendarTime, toCityIso } from "./calendar-time";
import type {
  ImportProblem,
  ImportWindow,
  ImportedEvent,
  ImportedLocation,
  ImportedOccurrence,
  ImportedStatus,
  SourceRead,
} from "./model";
import { toPlainLine, toPlainText } from "./plain-text";
import { findPostcode, publicWebAddress } from "./text";
import { CITY_ZONE } from "../time/zone";

/** The most occurrences one series may produce before the window ends: a guard against rules that never stop. */
const MAX_OCCURRENCES = 2_000;
/** Rules that repeat more often than daily are not community events; they are refused, not expanded. */
const TOO_FREQUENT = new Set(["SECONDLY", "MINUTELY", "HOURLY"]);

/** One component's lines, as they were in the file, and where it starts. */
interface Block {
  name: string;
  line: number;
  text: string;
}

/** One VEVENT read: its properties as ical.js parsed them, and where it starts in the file. */
interface ParsedEvent {
  component: ICAL.Component;
  line: number;
  uid: string;
}

/** A time read from a property, with the zone its wall clock is in (for repeating it). */
interface ReadTime {
  at: DateTime;
  allDay: boolean;
  zone: string;
}

type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Splits a feed into its top-level components inside VCALENDAR (VEVENT, VTIMEZONE, VTODO…), unfolding
 * nothing and keeping each one's lines as they were, so ical.js parses each alone. Also says whether the
 * calendar's own BEGIN and END were found.
 */
function splitComponents(text: string): { blocks: Block[]; begun: boolean; ended: boolean; stray: number[] } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const blocks: Block[] = [];
  const stray: number[] = [];
  let begun = false;
  let ended = false;
  let current: { name: string; line: number; lines: string[]; depth: number } | undefined;
  lines.forEach((raw, index) => {
    const upper = raw.trim().toUpperCase();
    if (!current) {
      if (upper === "BEGIN:VCALENDAR") begun = true;
      else if (upper === "END:VCALENDAR") ended = true;
      else if (upper.startsWith("BEGIN:")) current = { name: upper.slice(6), line: index + 1, lines: [raw], depth: 1 };
      else if (begun && !ended && upper !== "" && !/^[ \t]/.test(raw) && !upper.includes(":")) stray.push(index + 1);
      return;
    }
    current.lines.push(raw);
    if (upper.startsWith("BEGIN:")) current.depth += 1;
    if (upper.startsWith("END:")) current.depth -= 1;
    if (current.depth === 0) {
      blocks.push({ name: current.name, line: current.line, text: current.lines.join("\r\n") });
      current = undefined;
    }
  });
  if (current) blocks.push({ name: `unfinished ${current.name}`, line: current.line, text: "" });
  return { blocks, begun, ended, stray };
}

/** The first value of a text property, trimmed, or undefined. */
function textOf(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A DATE or DATE-TIME property's value as the file wrote it (basic format), and its TZID. */
function rawTime(property: ICAL.Property): { value: string; tzid?: string } {
  const json = property.toJSON() as [string, Record<string, string>, string, string];
  const tzid = property.getParameter("tzid");
  const value = String(json[3] ?? "").replace(/[-:]/g, "");
  return typeof tzid === "string" ? { value, tzid } : { value };
}

/** Reads a DATE or DATE-TIME property, naming the property in the reason when it cannot be read. */
function readTime(property: ICAL.Property | null, name: string): Reading<ReadTime> {
  if (!property) return { ok: false, reason: `has no ${name}` };
  const { value, tzid } = rawTime(property);
  const read = readCalendarTime(value, tzid);
  if (!read.ok) return { ok: false, reason: `its ${name} cannot be read: ${read.reason}` };
  const zone = read.allDay || !value.endsWith("Z") ? (tzid ? (ianaZoneFor(tzid) ?? CITY_ZONE) : CITY_ZONE) : "UTC";
  return { ok: true, value: { at: read.at, allDay: read.allDay, zone: read.allDay ? CITY_ZONE : zone } };
}

/** Every value of a multi-valued DATE or DATE-TIME property (EXDATE, RDATE), read as moments. */
function readTimes(component: ICAL.Component, name: string): Reading<DateTime[]> {
  const moments: DateTime[] = [];
  for (const property of component.getAllProperties(name)) {
    const tzid = property.getParameter("tzid");
    for (const value of property.getValues()) {
      const text = String(value instanceof ICAL.Time ? value.toString() : value).replace(/[-:]/g, "");
      const read = readCalendarTime(text, typeof tzid === "string" ? tzid : undefined);
      if (!read.ok) return { ok: false, reason: `its ${name.toUpperCase()} cannot be read: ${read.reason}` };
      moments.push(read.at);
    }
  }
  return { ok: true, value: moments };
}

/** How long the event lasts: DTEND, else DURATION, else a day for a whole-day event and no time otherwise. */
function readEnd(component: ICAL.Component, start: ReadTime): Reading<DateTime> {
  const endProperty = component.getFirstProperty("dtend");
  if (endProperty) {
    const end = readTime(endProperty, "DTEND");
    if (!end.ok) return end;
    if (end.value.at < start.at) return { ok: false, reason: "its DTEND is before its DTSTART" };
    return { ok: true, value: end.value.at };
  }
  const duration = component.getFirstProperty("duration");
  if (duration) {
    const text = String((duration.toJSON() as unknown[])[3] ?? "");
    const parsed = Duration.fromISO(text.replace(/^\+/, ""));
    if (!parsed.isValid || text.startsWith("-")) return { ok: false, reason: `its DURATION ${text} cannot be read` };
    // Days and weeks are calendar days (the same wall-clock time); hours and less are exact, per RFC 5545.
    return { ok: true, value: start.at.setZone(start.zone).plus(parsed).setZone(CITY_ZONE) };
  }
  return { ok: true, value: start.allDay ? start.at.plus({ days: 1 }) : start.at };
}

/** The rule as the feed wrote it, checked: a frequency ical.js knows, no more often than daily. */
function readRule(component: ICAL.Component): Reading<ICAL.Recur | undefined> {
  const properties = component.getAllProperties("rrule");
  if (properties.length === 0) return { ok: true, value: undefined };
  if (properties.length > 1) return { ok: false, reason: "has more than one RRULE, which this importer does not read" };
  const property = properties[0]!;
  let rule: ICAL.Recur;
  try {
    const value = property.getFirstValue();
    rule = value instanceof ICAL.Recur ? value : ICAL.Recur.fromString(String(value));
  } catch (error) {
    return { ok: false, reason: `its RRULE cannot be read: ${error instanceof Error ? error.message : "invalid"}` };
  }
  if (!rule.freq) return { ok: false, reason: "its RRULE has no FREQ" };
  if (TOO_FREQUENT.has(rule.freq))
    return { ok: false, reason: `its RRULE repeats ${rule.freq}, more often than daily` };
  if (rule.interval !== undefined && (!Number.isInteger(rule.interval) || rule.interval < 1)) {
    return { ok: false, reason: "its RRULE has an INTERVAL that is not a whole number of 1 or more" };
  }
  return { ok: true, value: rule };
}

/** The rule as the feed wrote it, for the event's `rrule`. */
function ruleText(component: ICAL.Component): string {
  const property = component.getFirstProperty("rrule");
  const value = property?.getFirstValue();
  return value instanceof ICAL.Recur ? value.toString() : String(value ?? "");
}

/** When a series stops: its UNTIL as a moment (a DATE UNTIL includes that whole day), or undefined. */
function untilOf(rule: ICAL.Recur, zone: string): DateTime | undefined {
  const until = rule.until;
  if (!until) return undefined;
  const fields = { year: until.year, month: until.month, day: until.day };
  if (until.isDate) return DateTime.fromObject(fields, { zone }).endOf("day");
  const time = { ...fields, hour: until.hour, minute: until.minute, second: until.second };
  return DateTime.fromObject(time, { zone: until.zone?.tzid === "UTC" ? "UTC" : zone });
}

/**
 * The starts of a series from its first, on its own wall clock (so a weekly 18:30 stays 18:30 across the
 * clock changes), up to the window's end and the rule's own end, with RDATE dates added.
 */
function seriesStarts(rule: ICAL.Recur, start: ReadTime, windowEnd: DateTime, extra: DateTime[]): DateTime[] {
  const local = start.at.setZone(start.zone);
  const until = untilOf(rule, start.zone);
  const open = rule.clone();
  open.until = null;
  const first = ICAL.Time.fromData({
    year: local.year,
    month: local.month,
    day: local.day,
    hour: local.hour,
    minute: local.minute,
    second: local.second,
    isDate: start.allDay,
  });
  const iterator = open.iterator(first);
  const starts: DateTime[] = [];
  for (let next = iterator.next(); next; next = iterator.next()) {
    const at = DateTime.fromObject(
      start.allDay
        ? { year: next.year, month: next.month, day: next.day }
        : {
            year: next.year,
            month: next.month,
            day: next.day,
            hour: next.hour,
            minute: next.minute,
            second: next.second,
          },
      { zone: start.zone },
    );
    if (at >= windowEnd || (until && at > until) || starts.length >= MAX_OCCURRENCES) break;
    starts.push(at.setZone(CITY_ZONE));
  }
  for (const moment of extra) if (!starts.some((known) => +known === +moment)) starts.push(moment);
  return starts.sort((a, b) => +a - +b);
}

/** The location as the feed gives it: LOCATION's text, a postcode found in it, and GEO. */
function locationOf(component: ICAL.Component): ImportedLocation {
  const text = textOf(component, "location");
  const location: ImportedLocation = {};
  if (text) {
    location.text = text.replace(/\s*\n\s*/g, ", ");
    const postcode = findPostcode(text);
    if (postcode) location.postcode = postcode;
  }
  const geo = component.getFirstPropertyValue("geo");
  if (Array.isArray(geo) && geo.length === 2) {
    const [lat, lng] = geo.map(Number) as [number, number];
    if (Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) {
      location.geo = { lat, lng };
    }
  }
  return location;
}

/** When the feed last changed the event: LAST-MODIFIED, else DTSTAMP. */
function lastModifiedOf(component: ICAL.Component): string | undefined {
  for (const name of ["last-modified", "dtstamp"]) {
    const property = component.getFirstProperty(name);
    if (!property) continue;
    const read = readCalendarTime(rawTime(property).value);
    if (read.ok) return toCityIso(read.at);
  }
  return undefined;
}

/** Whether an occurrence [start, end) touches the window: it ends after the window opens and starts before it closes. */
function inWindow(start: DateTime, end: DateTime, window: { from: DateTime; to: DateTime }): boolean {
  return start < window.to && (end > window.from || (+end === +start && start >= window.from));
}

/** The options for reading one feed. */
export interface ICalendarReadOptions {
  /** The source's id, or the file or URL read. */
  source: string;
  window: ImportWindow;
}

/**
 * Reads an iCalendar body: every event it could read, with its occurrences in the window; every problem, with
 * the event's UID and the line it starts on; and whether the whole feed was read.
 * @example readICalendar(text, { source: "tunstall-library", window }).events[0].occurrences[0].start // "2027-04-06T18:30:00+01:00"
 */
export function readICalendar(text: string, options: ICalendarReadOptions): SourceRead {
  const { source } = options;
  const problems: ImportProblem[] = [];
  const problem = (reason: string, where: { uid?: string; line?: number } = {}) =>
    problems.push({ source, ...where, reason });
  const { blocks, begun, ended, stray } = splitComponents(text);
  if (!begun) {
    problem("this is not an iCalendar feed: it does not start with BEGIN:VCALENDAR");
    return { kind: "ical", events: [], services: [], problems, complete: false };
  }
  let complete = true;
  if (!ended) {
    complete = false;
    problem("the calendar stops before END:VCALENDAR: it may have been cut off");
  }
  for (const line of stray.slice(0, 5)) {
    complete = false;
    problem("this line is not an iCalendar property and was skipped", { line });
  }

  const window = { from: DateTime.fromISO(options.window.from), to: DateTime.fromISO(options.window.to) };
  const masters = new Map<string, ParsedEvent>();
  const overrides = new Map<string, ParsedEvent[]>();
  for (const block of blocks) {
    if (block.name.startsWith("unfinished ")) {
      complete = false;
      problem(`a ${block.name.slice(11)} is not finished (no END line): it may have been cut off`, {
        line: block.line,
      });
      continue;
    }
    if (block.name !== "VEVENT") continue;
    const parsed = parseBlock(block);
    if (!parsed.ok) {
      complete = false;
      problem(parsed.reason, parsed.uid ? { uid: parsed.uid, line: block.line } : { line: block.line });
      continue;
    }
    const component = parsed.value;
    const uid = textOf(component, "uid");
    if (!uid) {
      complete = false;
      problem("an event has no UID, so it cannot be followed from one fetch to the next", { line: block.line });
      continue;
    }
    const event = { component, line: block.line, uid };
    if (component.getFirstProperty("recurrence-id")) overrides.set(uid, [...(overrides.get(uid) ?? []), event]);
    else if (masters.has(uid)) problem("a second event has the same UID and was skipped", { uid, line: block.line });
    else masters.set(uid, event);
  }

  const events: ImportedEvent[] = [];
  for (const master of masters.values()) {
    const read = readEvent(master, overrides.get(master.uid) ?? [], { source, window });
    if (!read.ok) {
      complete = false;
      problem(read.reason, { uid: master.uid, line: master.line });
      continue;
    }
    for (const note of read.notes) problem(note.reason, { uid: master.uid, line: note.line });
    if (read.event) events.push(read.event);
  }
  // An override whose series is not in the feed stands on its own, keyed by its UID and RECURRENCE-ID.
  for (const [uid, list] of overrides) {
    if (masters.has(uid)) continue;
    for (const override of list) {
      const recurrenceId = rawTime(override.component.getFirstProperty("recurrence-id")!).value;
      const read = readEvent({ ...override, uid: `${uid}#${recurrenceId}` }, [], { source, window });
      if (!read.ok) {
        complete = false;
        problem(read.reason, { uid, line: override.line });
      } else if (read.event) events.push(read.event);
    }
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { kind: "ical", events, services: [], problems, complete };
}

/** A component's content lines, unfolded (a line starting with a space or tab continues the one before). */
function unfolded(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(/\r\n|\n|\r/)) {
    if (/^[ \t]/.test(raw) && lines.length > 0) lines[lines.length - 1] += raw.slice(1);
    else lines.push(raw);
  }
  return lines;
}

/** The value of a component's first content line with this name, read line by line (for reporting a broken one). */
function lineValue(lines: string[], name: string): string | undefined {
  const line = lines.find(
    (each) => each.toUpperCase().startsWith(`${name}:`) || each.toUpperCase().startsWith(`${name};`),
  );
  const colon = line?.indexOf(":") ?? -1;
  return line && colon >= 0 ? line.slice(colon + 1).trim() || undefined : undefined;
}

/**
 * Parses one component with ical.js. When it cannot be parsed, says why in the reader's words, with the
 * event's UID where the line holding it can be found; a rule ical.js refuses is named as the RRULE's fault.
 */
function parseBlock(block: Block): { ok: true; value: ICAL.Component } | { ok: false; reason: string; uid?: string } {
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);
  try {
    return { ok: true, value: parse(block.text) };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split("\n")[0] ?? "").slice(0, 160) : "invalid";
    const lines = unfolded(block.text);
    const uid = lineValue(lines, "UID");
    const withoutRule = lines.filter((line) => !/^RRULE[:;]/i.test(line));
    if (withoutRule.length < lines.length) {
      try {
        parse(withoutRule.join("\r\n"));
        return { ok: false, reason: `its RRULE cannot be read: ${message}`, ...(uid ? { uid } : {}) };
      } catch {
        // Not the rule's fault: report the first error.
      }
    }
    return { ok: false, reason: `the event cannot be read: ${message}`, ...(uid ? { uid } : {}) };
  }
}

type EventReading =
  | { ok: true; event: ImportedEvent | undefined; notes: { reason: string; line: number }[] }
  | { ok: false; reason: string };

/** Reads one event with its overrides; `event` is undefined when none of it falls in the window. */
function readEvent(
  master: ParsedEvent,
  overrides: ParsedEvent[],
  options: { source: string; window: { from: DateTime; to: DateTime } },
): EventReading {
  const { component } = master;
  const title = textOf(component, "summary");
  if (!title) return { ok: false, reason: "has no SUMMARY (title)" };
  const start = readTime(component.getFirstProperty("dtstart"), "DTSTART");
  if (!start.ok) return start;
  const end = readEnd(component, start.value);
  if (!end.ok) return end;
  const rule = readRule(component);
  if (!rule.ok) return rule;
  const length = end.value.diff(start.value.at);
  const status: ImportedStatus = textOf(component, "status")?.toUpperCase() === "CANCELLED" ? "cancelled" : "scheduled";
  const notes: { reason: string; line: number }[] = [];

  let occurrences: ImportedOccurrence[];
  if (rule.value) {
    const excluded = readTimes(component, "exdate");
    if (!excluded.ok) return excluded;
    const added = readTimes(component, "rdate");
    if (!added.ok) return added;
    const starts = seriesStarts(rule.value, start.value, options.window.to, added.value);
    const skipped = new Set(excluded.value.map((moment) => +moment));
    const moved = new Map<number, { start: DateTime; end: DateTime; status: ImportedOccurrence["status"] }>();
    for (const override of overrides) {
      const recurrenceId = readTime(override.component.getFirstProperty("recurrence-id"), "RECURRENCE-ID");
      const overrideStart = readTime(override.component.getFirstProperty("dtstart"), "DTSTART");
      if (!recurrenceId.ok) {
        notes.push({ reason: `a changed occurrence was skipped: ${recurrenceId.reason}`, line: override.line });
        continue;
      }
      if (!overrideStart.ok) {
        notes.push({ reason: `a changed occurrence was skipped: ${overrideStart.reason}`, line: override.line });
        continue;
      }
      const overrideEnd = readEnd(override.component, overrideStart.value);
      const cancelled = textOf(override.component, "status")?.toUpperCase() === "CANCELLED";
      moved.set(+recurrenceId.value.at, {
        start: overrideStart.value.at,
        end: overrideEnd.ok ? overrideEnd.value : overrideStart.value.at.plus(length),
        status: cancelled ? "cancelled" : status,
      });
    }
    occurrences = [];
    for (const at of starts) {
      if (skipped.has(+at)) continue;
      const change = moved.get(+at);
      moved.delete(+at);
      const occurrence = change ?? { start: at, end: at.plus(length), status };
      if (inWindow(occurrence.start, occurrence.end, options.window)) occurrences.push(toOccurrence(occurrence));
    }
    for (const [original] of moved) {
      const line = overrides.find((override) => {
        const id = readTime(override.component.getFirstProperty("recurrence-id"), "RECURRENCE-ID");
        return id.ok && +id.value.at === original;
      })?.line;
      if (original < +options.window.to) {
        notes.push({
          reason: "a changed occurrence names a date the series does not have, and was skipped",
          line: line ?? master.line,
        });
      }
    }
    occurrences.sort((a, b) => a.start.localeCompare(b.start));
  } else {
    const single = { start: start.value.at, end: end.value, status };
    occurrences = inWindow(single.start, single.end, options.window) ? [toOccurrence(single)] : [];
  }
  if (occurrences.length === 0) return { ok: true, event: undefined, notes };

  const description = textOf(component, "description");
  const url = publicWebAddress(textOf(component, "url"));
  const event: ImportedEvent = {
    key: `${options.source}#${master.uid}`,
    uid: master.uid,
    source: options.source,
    title: toPlainLine(title),
    ...(description ? { description: toPlainText(description) } : {}),
    ...(url ? { url } : {}),
    status,
    allDay: start.value.allDay,
    start: toCityIso(start.value.at),
    end: toCityIso(end.value),
    ...(rule.value ? { rrule: ruleText(component) } : {}),
    location: locationOf(component),
    occurrences,
  };
  const lastModified = lastModifiedOf(component);
  if (lastModified) event.lastModified = lastModified;
  return { ok: true, event, notes };
}

function toOccurrence(occurrence: {
  start: DateTime;
  end: DateTime;
  status: ImportedOccurrence["status"];
}): ImportedOccurrence {
  return { start: toCityIso(occurrence.start), end: toCityIso(occurrence.end), status: occurrence.status };
}
