/**
 * A schema.org `eventSchedule` (a Schedule, as this site's own event pages write it) read as a series:
 * an RFC 5545 RRULE, and its occurrences in the window expanded by the site's own expander
 * (src/lib/events/occurrences.ts), so a weekly 19:00 stays at 19:00 in the city across the clock change.
 *
 * Read: `repeatFrequency` daily (P1D), weekly (PnW, or whole weeks of days) or monthly (PnM); `byDay`
 * (schema.org day names, full or short, or iCalendar's MO…SU); `byMonthDay` (one date) or `byMonthWeek`
 * (one week, 1 to 4 or -1 for the last, with one `byDay`); `startDate`, `endDate` (the last date),
 * `repeatCount`, `startTime`, `endTime`, `duration` and `exceptDate` (dates kept and marked cancelled).
 * Times are read to the minute. A schedule's `startDate` is where it begins, not always an occurrence: the
 * series starts on the first date on or after it that the schedule picks.
 *
 * Anything else (yearly or hourly repeats, `byMonth`, several weeks or dates in a month, several schedules
 * on one event, a `scheduleTimezone` other than Europe/London) is refused with a reason, never guessed.
 */
import { DateTime, type Duration, type DurationLikeObject } from "luxon";
import type { Recurrence } from "../domain/event";
import { WEEKDAY_LABELS, WEEKDAYS, type Weekday } from "../domain/vocab";
import { expandOccurrences, type RecurringEventLike } from "../events/occurrences";
import { CITY_ZONE } from "../time/zone";
import { toCityIso, type CalendarTime } from "./calendar-time";
import type { ImportedOccurrence, ImportedStatus } from "./model";
import {
  isJsonObject,
  listOf,
  readIsoDuration,
  readIsoTime,
  schemaTerm,
  textOf,
  type JsonObject,
} from "./schema-org-values";
import { startsInWindow, type CityWindow } from "./window";

/** A time that was read. */
export type ReadTime = Extract<CalendarTime, { ok: true }>;

/** What the event around a schedule says about its own times. */
export interface ScheduleContext {
  /** The event's own startDate, endDate and duration, when it gives them. */
  start?: ReadTime | undefined;
  end?: ReadTime | undefined;
  duration?: Duration | undefined;
  /** The event's status: a cancelled event has every date cancelled. */
  status: ImportedStatus;
  window: CityWindow;
}

/** A schedule read: the series' rule, its first occurrence and those in the window, or why it cannot be read. */
export type ScheduleRead =
  | {
      ok: true;
      allDay: boolean;
      rrule: string;
      /** The series' first occurrence (its DTSTART), which may lie before the window. */
      first: { start: DateTime; end: DateTime };
      occurrences: ImportedOccurrence[];
      /** Problems that lose nothing but a detail, in plain words. */
      notes: string[];
    }
  | { ok: false; reason: string };

/** How long a timed occurrence lasts when the schedule and its event say nothing. */
export const DEFAULT_SCHEDULED_HOURS = 2;
/** How far past a schedule's startDate to look for its first date (a monthly 31st can be two months on). */
const SEARCH_DAYS = 400;
const SET_POSITIONS = [1, 2, 3, 4, -1] as const;
const MINUTES_PER_DAY = 24 * 60;

type Unit = "daily" | "weekly" | "monthly";
interface Frequency {
  unit: Unit;
  interval: number;
}
interface Clock {
  hour: number;
  minute: number;
}

const FREQUENCY_WORDS: Record<string, Frequency> = {
  DAILY: { unit: "daily", interval: 1 },
  WEEKLY: { unit: "weekly", interval: 1 },
  FORTNIGHTLY: { unit: "weekly", interval: 2 },
  MONTHLY: { unit: "monthly", interval: 1 },
};

function readFrequency(text: string): Frequency | undefined {
  const upper = text.toUpperCase();
  const word = FREQUENCY_WORDS[upper];
  if (word) return word;
  const parts = /^P(\d{1,3})([DWM])$/.exec(upper);
  const count = Number(parts?.[1]);
  if (!parts || count < 1) return undefined;
  if (parts[2] === "W") return { unit: "weekly", interval: count };
  if (parts[2] === "M") return { unit: "monthly", interval: count };
  if (count === 1) return { unit: "daily", interval: 1 };
  return count % 7 === 0 ? { unit: "weekly", interval: count / 7 } : undefined;
}

const DAY_NAMES = new Map<string, Weekday>(
  WEEKDAYS.flatMap((code) => [
    [code.toLowerCase(), code],
    [WEEKDAY_LABELS[code].toLowerCase(), code],
  ]),
);

function readDays(value: unknown): Weekday[] | string {
  const days: Weekday[] = [];
  for (const item of listOf(value)) {
    const term = schemaTerm(item);
    const day = term === undefined ? undefined : DAY_NAMES.get(term.toLowerCase());
    if (day === undefined) return `its eventSchedule's byDay "${String(term ?? item)}" is not a day of the week`;
    if (!days.includes(day)) days.push(day);
  }
  return days.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

function readWholeNumbers(value: unknown, field: string): number[] | string {
  const numbers: number[] = [];
  for (const item of listOf(value)) {
    const number = Number(textOf(item));
    if (!Number.isInteger(number))
      return `its eventSchedule's ${field} "${String(textOf(item))}" is not a whole number`;
    numbers.push(number);
  }
  return numbers;
}

/** Reads a startTime or endTime; one with an offset is taken as that instant on `date`, then the city's clock. */
function readClock(text: string, date: string, field: string): Clock | string {
  const parts = /^(\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text.trim());
  const hour = Number(parts?.[1]);
  const minute = Number(parts?.[2]);
  if (!parts || hour > 23 || minute > 59) return `its eventSchedule's ${field} "${text}" is not a time such as 19:00`;
  if (parts[3] === undefined) return { hour, minute };
  const at = DateTime.fromISO(`${date}T${parts[1]}:${parts[2]}${parts[3].toUpperCase()}`, { zone: CITY_ZONE });
  return at.isValid
    ? { hour: at.hour, minute: at.minute }
    : `its eventSchedule's ${field} "${text}" is not a real time`;
}

function cityDate(time: ReadTime): string {
  return time.at.setZone(CITY_ZONE).toFormat("yyyy-MM-dd");
}

function clockOf(time: ReadTime): Clock {
  const at = time.at.setZone(CITY_ZONE);
  return { hour: at.hour, minute: at.minute };
}

/** The recurrence (in the site's own shape) a schedule's repeat fields describe, or why it cannot be read. */
function toRecurrence(
  frequency: Frequency,
  days: Weekday[],
  monthDays: number[],
  monthWeeks: number[],
): Recurrence | string {
  if (frequency.unit !== "monthly") {
    if (monthDays.length > 0 || monthWeeks.length > 0) {
      return `its eventSchedule repeats ${frequency.unit} but gives byMonthDay or byMonthWeek, which this importer does not read yet`;
    }
    if (frequency.unit === "daily")
      return { freq: "weekly", interval: 1, byday: days.length > 0 ? days : [...WEEKDAYS] };
    return days.length > 0
      ? { freq: "weekly", interval: frequency.interval, byday: days }
      : { freq: "weekly", interval: frequency.interval };
  }
  if (monthDays.length > 1 || monthWeeks.length > 1 || (monthDays.length > 0 && monthWeeks.length > 0)) {
    return "its eventSchedule repeats on more than one day of the month, which this importer does not read yet";
  }
  const week = monthWeeks[0];
  if (week !== undefined) {
    const position = SET_POSITIONS.find((candidate) => candidate === week);
    if (position === undefined) return `its eventSchedule's byMonthWeek ${week} is not 1, 2, 3, 4 or -1 (the last)`;
    if (days.length !== 1) return "its eventSchedule's byMonthWeek needs exactly one byDay, e.g. the last Friday";
    return { freq: "monthly", interval: frequency.interval, byday: days, bysetpos: position };
  }
  if (days.length > 0) {
    return "its eventSchedule repeats monthly on byDay without byMonthWeek, which this importer does not read yet";
  }
  const monthDay = monthDays[0];
  if (monthDay === undefined) return { freq: "monthly", interval: frequency.interval };
  if (monthDay < 1 || monthDay > 31) return `its eventSchedule's byMonthDay ${monthDay} is not a date in a month`;
  return { freq: "monthly", interval: frequency.interval, bymonthday: monthDay };
}

/** Whether the rule picks this calendar date (any date the interval allows, from the series' first). */
function picks(rule: Recurrence, day: DateTime): boolean {
  const weekday = WEEKDAYS[day.weekday - 1];
  if (rule.freq === "weekly")
    return rule.byday === undefined || (weekday !== undefined && rule.byday.includes(weekday));
  if (rule.bysetpos !== undefined) {
    if (weekday === undefined || !rule.byday?.includes(weekday)) return false;
    return rule.bysetpos > 0 ? Math.ceil(day.day / 7) === rule.bysetpos : day.day + 7 > (day.daysInMonth ?? 0);
  }
  return rule.bymonthday === undefined || day.day === rule.bymonthday;
}

function firstPickedDate(rule: Recurrence, from: string): string | undefined {
  const start = DateTime.fromISO(from, { zone: "utc" });
  for (let offset = 0; offset < SEARCH_DAYS; offset += 1) {
    const day = start.plus({ days: offset });
    const text = day.toFormat("yyyy-MM-dd");
    if (rule.until !== undefined && text > rule.until) return undefined;
    if (picks(rule, day)) return text;
  }
  return undefined;
}

/** RFC 5545 forbids COUNT with UNTIL: keep whichever ends the series first. */
function oneEnd(like: RecurringEventLike, rule: Recurrence, firstStart: DateTime): Recurrence {
  if (rule.count === undefined || rule.until === undefined) return rule;
  const { until, ...byCount } = rule;
  const { count: _count, ...byDate } = rule;
  const afterLast = DateTime.fromISO(until, { zone: CITY_ZONE }).plus({ days: 1 });
  const counted = expandOccurrences({ ...like, recurrence: byCount }, firstStart, afterLast);
  return counted.length >= rule.count ? byCount : byDate;
}

function toRrule(frequency: Frequency, rule: Recurrence, givenDays: Weekday[], allDay: boolean): string {
  const parts = [`FREQ=${frequency.unit.toUpperCase()}`];
  if (frequency.interval > 1) parts.push(`INTERVAL=${frequency.interval}`);
  const days = frequency.unit === "daily" ? givenDays : (rule.byday ?? []);
  if (days.length > 0) parts.push(`BYDAY=${days.join(",")}`);
  if (rule.bymonthday !== undefined) parts.push(`BYMONTHDAY=${rule.bymonthday}`);
  if (rule.bysetpos !== undefined) parts.push(`BYSETPOS=${rule.bysetpos}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== undefined) {
    // UNTIL is a DATE for a series of whole days, else UTC (RFC 5545 §3.3.10): the last moment of the last date.
    const lastDay = DateTime.fromISO(rule.until, { zone: CITY_ZONE });
    const until = allDay ? lastDay.toFormat("yyyyMMdd") : lastDay.endOf("day").toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'");
    parts.push(`UNTIL=${until}`);
  }
  return parts.join(";");
}

/** What a schedule says about repeating: its frequency, the days it names, and its rule (with any count, not yet its last date). */
interface Repeat {
  frequency: Frequency;
  days: Weekday[];
  rule: Recurrence;
}

function readRepeat(schedule: JsonObject): Repeat | string {
  if (schedule.byMonth !== undefined) return "its eventSchedule uses byMonth, which this importer does not read yet";
  const repeat = textOf(schedule.repeatFrequency);
  if (repeat === undefined) return "its eventSchedule has no repeatFrequency";
  const frequency = readFrequency(repeat);
  if (!frequency) return `its eventSchedule repeats every ${repeat}, which this importer does not read yet`;
  const days = readDays(schedule.byDay);
  if (typeof days === "string") return days;
  const monthDays = readWholeNumbers(schedule.byMonthDay, "byMonthDay");
  if (typeof monthDays === "string") return monthDays;
  const monthWeeks = readWholeNumbers(schedule.byMonthWeek, "byMonthWeek");
  if (typeof monthWeeks === "string") return monthWeeks;
  const counts = readWholeNumbers(schedule.repeatCount, "repeatCount");
  if (typeof counts === "string") return counts;
  const count = counts[0];
  if (count !== undefined && count < 1) return `its eventSchedule's repeatCount ${count} is not 1 or more`;
  const rule = toRecurrence(frequency, days, monthDays, monthWeeks);
  if (typeof rule === "string") return rule;
  return { frequency, days, rule: count === undefined ? rule : { ...rule, count } };
}

/** Where a series begins: the schedule's startDate, else the event's; startTime, else a time either gives. */
function readBeginning(schedule: JsonObject, context: ScheduleContext): { date: string; clock?: Clock } | string {
  const text = textOf(schedule.startDate);
  const own = text === undefined ? undefined : readIsoTime(text);
  if (own && !own.ok) return `its eventSchedule's startDate ${own.reason}`;
  const begins = own ?? context.start;
  if (!begins) return "its eventSchedule has no startDate, and neither has the event";
  const date = cityDate(begins);
  const startTime = textOf(schedule.startTime);
  if (startTime !== undefined) {
    const clock = readClock(startTime, date, "startTime");
    return typeof clock === "string" ? clock : { date, clock };
  }
  const timed = [own, context.start].find((time) => time !== undefined && !time.allDay);
  return timed ? { date, clock: clockOf(timed) } : { date };
}

/** Whether the event's own endDate ends the series (a date, or more than a day on) rather than each date. */
function eventEndsSeries({ start, end }: ScheduleContext): boolean {
  if (end === undefined) return false;
  return end.allDay || !start || start.allDay || end.at.diff(start.at, "hours").hours > 24;
}

/** The last date of the series: the schedule's endDate, else the event's endDate when it ends the series. */
function readUntil(schedule: JsonObject, context: ScheduleContext): { until?: string } | string {
  const text = textOf(schedule.endDate);
  const own = text === undefined ? undefined : readIsoTime(text);
  if (own && !own.ok) return `its eventSchedule's endDate ${own.reason}`;
  if (own) return { until: cityDate(own) };
  return context.end && eventEndsSeries(context) ? { until: cityDate(context.end) } : {};
}

/** How long each date lasts, in wall-clock time: endTime, else a duration, else the event's own length. */
function readLength(
  schedule: JsonObject,
  context: ScheduleContext,
  beginning: { date: string; clock?: Clock },
  notes: string[],
): DurationLikeObject | string {
  const { clock } = beginning;
  const endTime = textOf(schedule.endTime);
  if (endTime !== undefined && clock !== undefined) {
    const end = readClock(endTime, beginning.date, "endTime");
    if (typeof end === "string") return end;
    const minutes = end.hour * 60 + end.minute - (clock.hour * 60 + clock.minute);
    return { minutes: minutes > 0 ? minutes : minutes + MINUTES_PER_DAY };
  }
  const durationText = textOf(schedule.duration);
  const duration = durationText === undefined ? context.duration : readIsoDuration(durationText);
  if (durationText !== undefined && duration === undefined) {
    notes.push(
      `its eventSchedule's duration "${durationText}" is not an ISO 8601 duration such as PT2H, so it is not used`,
    );
  }
  if (duration !== undefined) return duration.toObject();
  if (clock === undefined) return { days: 1 };
  const { start, end } = context;
  if (start && end && !start.allDay && !eventEndsSeries(context) && end.at >= start.at) {
    return { minutes: end.at.diff(start.at, "minutes").minutes };
  }
  return { hours: DEFAULT_SCHEDULED_HOURS };
}

function exceptDatesOf(schedule: JsonObject, notes: string[]): string[] {
  const dates: string[] = [];
  for (const item of listOf(schedule.exceptDate)) {
    const except = readIsoTime(textOf(item) ?? String(item));
    if (except.ok) dates.push(cityDate(except));
    else notes.push(`its eventSchedule's exceptDate ${except.reason}, so that date is not marked cancelled`);
  }
  return dates;
}

/**
 * Reads an event's `eventSchedule` as a series: its rule, first occurrence and occurrences in the window.
 * @example readEventSchedule({ repeatFrequency: "P1W", byDay: "https://schema.org/Tuesday", startDate: "2027-10-19", startTime: "19:00" }, context).rrule // "FREQ=WEEKLY;BYDAY=TU"
 */
export function readEventSchedule(value: unknown, context: ScheduleContext): ScheduleRead {
  const fail = (reason: string): ScheduleRead => ({ ok: false, reason });
  const schedules = listOf(value);
  if (schedules.length > 1) {
    return fail(`it has ${schedules.length} eventSchedules, and this importer reads only one per event`);
  }
  const schedule = schedules[0];
  if (!isJsonObject(schedule)) return fail("its eventSchedule is not a Schedule");
  const zone = textOf(schedule.scheduleTimezone);
  if (zone !== undefined && zone !== CITY_ZONE) {
    return fail(
      `its eventSchedule is in the time zone ${zone}, and this importer reads schedules in ${CITY_ZONE} only`,
    );
  }
  const repeat = readRepeat(schedule);
  if (typeof repeat === "string") return fail(repeat);
  const beginning = readBeginning(schedule, context);
  if (typeof beginning === "string") return fail(beginning);
  const end = readUntil(schedule, context);
  if (typeof end === "string") return fail(end);
  const notes: string[] = [];
  const length = readLength(schedule, context, beginning, notes);
  if (typeof length === "string") return fail(length);

  const rule: Recurrence = { ...repeat.rule, ...end };
  const firstDate = firstPickedDate(rule, beginning.date);
  if (firstDate === undefined) return fail("its eventSchedule gives no dates: it ends before its first");
  const allDay = beginning.clock === undefined;
  const wallStart = DateTime.fromISO(firstDate, { zone: "utc" }).set(beginning.clock ?? { hour: 0, minute: 0 });
  const like: RecurringEventLike = {
    startDate: wallStart.toFormat("yyyy-MM-dd'T'HH:mm"),
    endDate: wallStart.plus(length).toFormat("yyyy-MM-dd'T'HH:mm"),
    recurrence: rule,
    cancelledDates: exceptDatesOf(schedule, notes),
    rescheduled: [],
    status: context.status,
  };
  const firstDay = DateTime.fromISO(firstDate, { zone: CITY_ZONE });
  const series = { ...like, recurrence: oneEnd(like, rule, firstDay) };
  const first = expandOccurrences(series, firstDay, firstDay.plus({ days: 1 }))[0];
  if (!first) return fail("its eventSchedule gives no dates");
  const occurrences = expandOccurrences(series, context.window.from, context.window.to)
    .filter((occurrence) => startsInWindow(occurrence.start, context.window))
    .map((occurrence): ImportedOccurrence => ({
      start: toCityIso(occurrence.start),
      end: toCityIso(occurrence.end),
      status: occurrence.status === "scheduled" ? "scheduled" : "cancelled",
    }));
  return {
    ok: true,
    allDay,
    rrule: toRrule(repeat.frequency, series.recurrence, repeat.days, allDay),
    first: { start: first.start, end: first.end },
    occurrences,
    notes,
  };
}
