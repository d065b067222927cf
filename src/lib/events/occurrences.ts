/**
 * Expands an event into its occurrences: the RFC 5545 RRULE subset in RecurrenceSchema, with
 * cancelled dates (EXDATE, kept and marked) and moved dates (RECURRENCE-ID overrides). Every
 * occurrence keeps the first one's wall-clock times, so a weekly 19:00 event stays at 19:00 in the
 * city when the clocks change.
 */
import { DateTime } from "luxon";
import type { Event, Recurrence } from "../domain/event";
import type { EventStatus, Weekday } from "../domain/vocab";
import { cityNow, cityZone, parseLocal, toDateText } from "../time/zone";
import { remembered } from "../remembered";

/** Whether an occurrence goes ahead: "scheduled", "cancelled" or "postponed" (the event statuses). */
export type OccurrenceStatus = EventStatus;

/** One time an event happens. */
export interface Occurrence {
  /** When it starts, in the city's zone. */
  start: DateTime;
  /** When it ends, in the city's zone. */
  end: DateTime;
  /** The local date (YYYY-MM-DD) in the series this occurrence belongs to (its RECURRENCE-ID); for a moved one, the date it was moved from. */
  originalDate: string;
  /** Whether it goes ahead. */
  status: OccurrenceStatus;
  /** Set when it was moved: the date it would normally have happened. */
  movedFrom?: string;
  /** The reason it was moved, or the event's statusNote when the whole event is cancelled or postponed. */
  note?: string;
}

/** The fields of an event that decide when it happens. */
export type RecurringEventLike = Pick<
  Event,
  "startDate" | "endDate" | "recurrence" | "cancelledDates" | "rescheduled" | "status"
> & {
  statusNote?: string | undefined;
};

/**
 * A calendar date as a count of days since 1970-01-01. Series are stepped in whole days here, where
 * there is no time zone, and become instants only through Luxon in the city's zone (`atWallClock`),
 * so a clock change never moves them. Luxon's `plus` would be exact too, but is about ten times slower,
 * and this runs for every event on every page.
 */
type DayNumber = number;

interface WallClock {
  hour: number;
  minute: number;
}

/** The shape every occurrence copies from the first one. */
interface Pattern {
  firstDay: DayNumber;
  startTime: WallClock;
  endTime: WallClock;
  /** How many days after its start date an occurrence ends (1 for one that crosses midnight). */
  endDayOffset: number;
  /** Wall-clock length of the first occurrence, used only if a clock change would put an end before its start. */
  length: number;
}

const WEEKDAY_NUMBER: Record<Weekday, number> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };
const DAYS_IN_WEEK = 7;
const MONTHS_IN_YEAR = 12;
// A day in UTC is always this long (JavaScript time has no leap seconds), unlike a day in the city.
const MS_PER_UTC_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;
/** Stops a malformed rule (no until, no count, and a caller that never stops) from looping forever. */
const MAX_PERIODS = 50_000;
const SEARCH_YEARS_WITHOUT_END = 10;

// Luxon's DateTimes never change, so the few thousand days and wall-clock times that events share are each made
// once: a fresh feed instance expands thousands of events over a year. Bounded, in case an instance lives long.
const KEPT = 100_000;

/** The calendar date as a UTC-midnight DateTime, for its year, month, day and weekday. */
const calendarOf = remembered((day: DayNumber) => DateTime.fromMillis(day * MS_PER_UTC_DAY, { zone: "utc" }), KEPT);

/**
 * The day number of a date in the proleptic Gregorian calendar, by arithmetic alone (Howard Hinnant's
 * days_from_civil); a month past December runs into the next year.
 */
function dayNumberOf({ year, month, day }: { year: number; month: number; day: number }): DayNumber {
  const y = year + Math.floor((month - 1) / MONTHS_IN_YEAR);
  const m = ((((month - 1) % MONTHS_IN_YEAR) + MONTHS_IN_YEAR) % MONTHS_IN_YEAR) + 1;
  // Years counted from March, so the leap day is the last day of a year.
  const marchYear = m <= 2 ? y - 1 : y;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

const LOCAL_TEXT_PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/**
 * A "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" text read as UTC, in epoch milliseconds, without building a DateTime:
 * the instant `parseLocal(text, "UTC")` gives. Undefined for any other text, or a date or time that does not
 * exist (30 February, 25:00), which callers leave to Luxon.
 */
function utcMillisOfText(text: string): number | undefined {
  const parts = LOCAL_TEXT_PARTS.exec(text);
  if (!parts) return undefined;
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  const hour = Number(parts[4] ?? 0);
  const minute = Number(parts[5] ?? 0);
  if (month < 1 || month > MONTHS_IN_YEAR || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59)
    return undefined;
  return dayNumberOf({ year, month, day }) * MS_PER_UTC_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE;
}

/** The day number of a "YYYY-MM-DD" (or "YYYY-MM-DDTHH:MM") text; NaN when it is not a real date. */
function dayNumberOfText(localDate: string): DayNumber {
  const date = localDate.slice(0, 10);
  const millis = utcMillisOfText(date);
  if (millis !== undefined) return millis / MS_PER_UTC_DAY;
  const calendar = DateTime.fromISO(date, { zone: "utc" });
  return calendar.isValid ? dayNumberOf(calendar) : Number.NaN;
}

function cityDayNumber(dt: DateTime): DayNumber {
  return dayNumberOf(dt.setZone(cityZone));
}

/** The local date (YYYY-MM-DD) of a day. */
const dateKeyOf = remembered((day: DayNumber) => toDateText(calendarOf(day)), KEPT);

const MINUTES_IN_DAY = 1440;
// Keys count minutes from 2026-01-01, so those of the years around now are small integers, quick to look up.
const KEY_FIRST_DAY = 20_454;

/** A wall-clock time on a day in the city, through Luxon, keyed by the day and the minute of the day. */
const wallClockAt = remembered((key: number) => {
  const calendar = calendarOf(KEY_FIRST_DAY + Math.floor(key / MINUTES_IN_DAY));
  const minutes = ((key % MINUTES_IN_DAY) + MINUTES_IN_DAY) % MINUTES_IN_DAY;
  return DateTime.fromObject(
    {
      year: calendar.year,
      month: calendar.month,
      day: calendar.day,
      hour: Math.floor(minutes / 60),
      minute: minutes % 60,
    },
    { zone: cityZone },
  );
}, KEPT);

function atWallClock(day: DayNumber, time: WallClock): DateTime {
  return wallClockAt((day - KEY_FIRST_DAY) * MINUTES_IN_DAY + time.hour * 60 + time.minute);
}

/** A wall-clock text read as UTC (see `utcMillisOfText`), through Luxon when it is not plainly a real one. */
function wallClockMillis(text: string): number {
  return utcMillisOfText(text) ?? parseLocal(text, "UTC").toMillis();
}

/**
 * A wall-clock text in the city, as `parseLocal(text)` reads it (through Luxon, in the city's zone), but made once
 * for every event that shares its date and time.
 */
function cityMoment(text: string): DateTime {
  const millis = utcMillisOfText(text);
  if (millis === undefined) return parseLocal(text);
  return atWallClock(Math.floor(millis / MS_PER_UTC_DAY), wallClockOf(millis));
}

/** The wall-clock time of a moment in UTC. */
function wallClockOf(millis: number): WallClock {
  const sinceMidnight = millis - Math.floor(millis / MS_PER_UTC_DAY) * MS_PER_UTC_DAY;
  return {
    hour: Math.floor(sinceMidnight / MS_PER_HOUR),
    minute: Math.floor((sinceMidnight % MS_PER_HOUR) / MS_PER_MINUTE),
  };
}

function patternOf(event: RecurringEventLike): Pattern {
  // Read as UTC to keep the wall-clock time as written, even one the clocks skip on the first date.
  const start = wallClockMillis(event.startDate);
  const end = wallClockMillis(event.endDate);
  const firstDay = Math.floor(start / MS_PER_UTC_DAY);
  return {
    firstDay,
    startTime: wallClockOf(start),
    endTime: wallClockOf(end),
    endDayOffset: Math.max(0, Math.floor(end / MS_PER_UTC_DAY) - firstDay),
    length: end - start,
  };
}

function timesOn(day: DayNumber, pattern: Pattern): { start: DateTime; end: DateTime } {
  const start = atWallClock(day, pattern.startTime);
  const end = atWallClock(day + pattern.endDayOffset, pattern.endTime);
  return end > start ? { start, end } : { start, end: start.plus({ milliseconds: pattern.length }) };
}

function weekdayNumbers(rule: Recurrence, fallback: number): number[] {
  const numbers = [...new Set((rule.byday ?? []).map((day) => WEEKDAY_NUMBER[day]))].sort((a, b) => a - b);
  return numbers.length > 0 ? numbers : [fallback];
}

/** The days of the month a monthly rule picks: the nth (or last) of its weekdays, or one date. */
function monthlyDaysOfMonth(monthStart: DateTime, rule: Recurrence, first: DateTime): number[] {
  const length = monthStart.daysInMonth ?? 0;
  if (rule.bysetpos !== undefined) {
    const matching: number[] = [];
    for (const weekday of weekdayNumbers(rule, first.weekday)) {
      for (
        let date = 1 + ((weekday - monthStart.weekday + DAYS_IN_WEEK) % DAYS_IN_WEEK);
        date <= length;
        date += DAYS_IN_WEEK
      ) {
        matching.push(date);
      }
    }
    matching.sort((a, b) => a - b);
    const picked = rule.bysetpos > 0 ? matching[rule.bysetpos - 1] : matching[matching.length + rule.bysetpos];
    return picked === undefined ? [] : [picked];
  }
  // RFC 5545 skips a month that lacks the date (the 31st in June), rather than moving it.
  const date = rule.bymonthday ?? first.day;
  return date <= length ? [date] : [];
}

/**
 * Visits the dates of a series on or after `earliest`, in order, until `visit` returns false or the
 * series ends. The first date always counts as the first occurrence (RFC 5545 DTSTART); `count`
 * counts every generated date, cancelled or moved ones included.
 */
function forEachSeriesDate(
  rule: Recurrence,
  firstDay: DayNumber,
  earliest: DayNumber,
  visit: (day: DayNumber) => boolean,
): void {
  const interval = Math.max(1, Math.floor(rule.interval));
  const until = rule.until === undefined ? Number.POSITIVE_INFINITY : dayNumberOfText(rule.until);
  let remaining = rule.count ?? Number.POSITIVE_INFINITY;

  // Returns false to stop the whole series.
  const emit = (day: DayNumber): boolean => {
    if (day > until) return false;
    remaining -= 1;
    if (day >= earliest && !visit(day)) return false;
    return remaining > 0;
  };

  if (!emit(firstDay)) return;

  const first = calendarOf(firstDay);
  const weekly = rule.freq === "weekly";
  const weekdays = weekdayNumbers(rule, first.weekday);
  const firstMonday = firstDay - (first.weekday - 1);
  const firstMonth = { year: first.year, month: first.month };

  // With a count, every earlier date must be counted; otherwise jump to the period holding `earliest`.
  let period = 0;
  if (rule.count === undefined && earliest > firstDay) {
    const target = calendarOf(earliest);
    const periodsToEarliest = weekly
      ? Math.floor((earliest - firstMonday) / DAYS_IN_WEEK)
      : (target.year - firstMonth.year) * MONTHS_IN_YEAR + (target.month - firstMonth.month);
    period = Math.floor(periodsToEarliest / interval) * interval;
  }

  for (let steps = 0; steps < MAX_PERIODS; steps += 1, period += interval) {
    let days: number[];
    if (weekly) {
      const monday = firstMonday + period * DAYS_IN_WEEK;
      days = weekdays.map((weekday) => monday + weekday - 1);
    } else {
      const monthStartDay = dayNumberOf({ year: firstMonth.year, month: firstMonth.month + period, day: 1 });
      const monthStart = calendarOf(monthStartDay);
      days = monthlyDaysOfMonth(monthStart, rule, first).map((date) => monthStartDay + date - 1);
    }
    for (const day of days) {
      if (day <= firstDay) continue;
      if (!emit(day)) return;
    }
  }
}

function isSeriesDate(rule: Recurrence, firstDay: DayNumber, localDate: string): boolean {
  const wanted = dayNumberOfText(localDate);
  if (Number.isNaN(wanted)) return false;
  let found = false;
  forEachSeriesDate(rule, firstDay, wanted, (day) => {
    found = day === wanted;
    return false;
  });
  return found;
}

function overlaps(occurrence: { start: DateTime; end: DateTime }, from: DateTime, to: DateTime): boolean {
  return occurrence.end > from && occurrence.start < to;
}

/** The status and note every occurrence takes from the event as a whole, if it is not going ahead. */
function eventWideStatus(event: RecurringEventLike): Pick<Occurrence, "status" | "note"> | undefined {
  if (event.status === "scheduled") return undefined;
  return event.statusNote === undefined ? { status: event.status } : { status: event.status, note: event.statusNote };
}

/** The occurrences of an event that overlap [from, to), cancelled ones included, sorted by start. */
export function expandOccurrences(event: RecurringEventLike, from: Date | DateTime, to: Date | DateTime): Occurrence[] {
  const rangeFrom = cityNow(from);
  const rangeTo = cityNow(to);
  if (rangeTo <= rangeFrom) return [];

  const pattern = patternOf(event);
  const wide = eventWideStatus(event);
  const rule = event.recurrence;

  if (rule === undefined) {
    const single = { start: cityMoment(event.startDate), end: cityMoment(event.endDate) };
    if (!overlaps(single, rangeFrom, rangeTo)) return [];
    return [{ ...single, originalDate: dateKeyOf(pattern.firstDay), status: "scheduled", ...wide }];
  }

  const cancelled = new Set(event.cancelledDates);
  const moved = new Set(event.rescheduled.map((change) => change.date));
  const found: Occurrence[] = [];

  // An occurrence on date D ends by D + endDayOffset and starts on D, which bounds the dates to look at.
  const earliest = cityDayNumber(rangeFrom) - pattern.endDayOffset;
  const latest = cityDayNumber(rangeTo);
  forEachSeriesDate(rule, pattern.firstDay, earliest, (day) => {
    if (day > latest) return false;
    const originalDate = dateKeyOf(day);
    if (moved.has(originalDate)) return true;
    const times = timesOn(day, pattern);
    if (overlaps(times, rangeFrom, rangeTo)) {
      const status = cancelled.has(originalDate) ? "cancelled" : "scheduled";
      found.push({ ...times, originalDate, status, ...wide });
    }
    return true;
  });

  // A moved occurrence can land in the range from a date outside it, so each is checked on its own.
  const seen = new Set<string>();
  for (const change of event.rescheduled) {
    if (seen.has(change.date)) continue;
    seen.add(change.date);
    const times = { start: cityMoment(change.startDate), end: cityMoment(change.endDate) };
    if (!overlaps(times, rangeFrom, rangeTo) || !isSeriesDate(rule, pattern.firstDay, change.date)) continue;
    const status = cancelled.has(change.date) ? "cancelled" : "scheduled";
    const note = change.note === undefined ? {} : { note: change.note };
    found.push({ ...times, originalDate: change.date, status, movedFrom: change.date, ...note, ...wide });
  }

  return found.sort((a, b) => a.start.toMillis() - b.start.toMillis() || a.originalDate.localeCompare(b.originalDate));
}

/** The occurrences that have not ended at `now` (one in progress included), within `days` (365) and at most `limit`. */
export function upcomingOccurrences(
  event: RecurringEventLike,
  now: Date | DateTime,
  options: { days?: number; limit?: number } = {},
): Occurrence[] {
  const from = cityNow(now);
  const upcoming = expandOccurrences(event, from, from.plus({ days: options.days ?? 365 }));
  return options.limit === undefined ? upcoming : upcoming.slice(0, Math.max(0, options.limit));
}

/** The latest moment any occurrence can end, or undefined for a rule with no end. */
function seriesEnd(event: RecurringEventLike, pattern: Pattern): DateTime | undefined {
  const rule = event.recurrence;
  let lastDay = pattern.firstDay;
  if (rule?.until !== undefined) {
    lastDay = Math.max(lastDay, dayNumberOfText(rule.until));
  } else if (rule?.count !== undefined) {
    forEachSeriesDate(rule, pattern.firstDay, pattern.firstDay, (day) => {
      lastDay = day;
      return true;
    });
  } else if (rule !== undefined) {
    return undefined;
  }
  const ends = [
    atWallClock(lastDay + pattern.endDayOffset + 1, { hour: 0, minute: 0 }),
    ...event.rescheduled.map((change) => cityMoment(change.endDate)),
  ];
  return DateTime.max(...ends) ?? undefined;
}

/** The latest moment any occurrence of the event can end (moved ones included), or undefined for a rule with no end. */
export function seriesEndOf(event: RecurringEventLike): DateTime | undefined {
  return seriesEnd(event, patternOf(event));
}

/** The next occurrence, in progress or to come, that is not cancelled; undefined when there is none. */
export function nextOccurrence(event: RecurringEventLike, now: Date | DateTime): Occurrence | undefined {
  if (event.status === "cancelled") return undefined;
  const from = cityNow(now);
  const horizon = seriesEnd(event, patternOf(event)) ?? from.plus({ years: SEARCH_YEARS_WITHOUT_END });
  // A year at a time, so a long series is not expanded in full to find its next date.
  for (let windowStart = from; windowStart < horizon; windowStart = windowStart.plus({ years: 1 })) {
    const windowEnd = DateTime.min(windowStart.plus({ years: 1 }), horizon) ?? horizon;
    const next = expandOccurrences(event, windowStart, windowEnd).find(
      (occurrence) => occurrence.status !== "cancelled",
    );
    if (next) return next;
  }
  return undefined;
}
