/**
 * Every human-readable date and time on the site, in British English with the 24-hour clock, with the
 * day and month names of ./names.ts.
 */
import type { DateTime } from "luxon";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./names";
import { CITY_ZONE, cityNow, parseLocal, toLocalDate } from "./zone";

function inCity(date: string | DateTime): DateTime {
  return typeof date === "string" ? parseLocal(date) : date.setZone(CITY_ZONE);
}

function weekdayName(dt: DateTime): string {
  return WEEKDAY_NAMES[dt.weekday - 1] ?? "";
}

function monthName(dt: DateTime): string {
  return MONTH_NAMES[dt.month - 1] ?? "";
}

/**
 * The time of day on the 24-hour clock.
 * @example formatTime(parseLocal("2026-12-05T19:00")) // "19:00"
 */
export function formatTime(dt: DateTime): string {
  return dt.setZone(CITY_ZONE).toFormat("HH:mm");
}

/**
 * A short day and date.
 * @example formatShortDate("2026-12-05") // "Sat 5 Dec"
 */
export function formatShortDate(date: string | DateTime): string {
  const dt = inCity(date);
  return `${weekdayName(dt).slice(0, 3)} ${dt.day} ${monthName(dt).slice(0, 3)}`;
}

/**
 * When one occurrence happens, naming the end day only when it differs from the start day. An all-day one
 * says so, or names its first and last days (its end is the start of the day after).
 * @example formatOccurrence(parseLocal("2026-12-05T22:00"), parseLocal("2026-12-06T01:00")) // "Sat 5 Dec, 22:00 to Sun 6 Dec, 01:00"
 * @example formatOccurrence(parseLocal("2027-05-01T00:00"), parseLocal("2027-05-02T00:00"), true) // "Sat 1 May, all day"
 */
export function formatOccurrence(start: DateTime, end: DateTime, allDay = false): string {
  if (allDay) {
    const last = end.minus({ days: 1 });
    if (toLocalDate(last) <= toLocalDate(start)) return `${formatShortDate(start)}, all day`;
    return `${formatShortDate(start)} to ${formatShortDate(last)}`;
  }
  const from = `${formatShortDate(start)}, ${formatTime(start)}`;
  if (toLocalDate(start) === toLocalDate(end)) return `${from} to ${formatTime(end)}`;
  return `${from} to ${formatShortDate(end)}, ${formatTime(end)}`;
}

/**
 * A day as a heading over a list of events.
 * @example formatDayHeading("2026-12-05") // "Saturday 5 December"
 */
export function formatDayHeading(date: string | DateTime): string {
  const dt = inCity(date);
  return `${weekdayName(dt)} ${dt.day} ${monthName(dt)}`;
}

/**
 * A full date, as GOV.UK writes it.
 * @example formatDate("2026-12-06") // "6 December 2026"
 */
export function formatDate(date: string | DateTime): string {
  const dt = inCity(date);
  return `${dt.day} ${monthName(dt)} ${dt.year}`;
}

/**
 * A day heading that says "Today" or "Tomorrow" when it is one of them.
 * @example formatDayLabel("2026-12-06", new Date("2026-12-05T12:00:00Z")) // "Tomorrow"
 */
export function formatDayLabel(date: string, now: Date | DateTime): string {
  const today = cityNow(now).startOf("day");
  const day = parseLocal(date).toFormat("yyyy-MM-dd");
  if (day === toLocalDate(today)) return "Today";
  if (day === toLocalDate(today.plus({ days: 1 }))) return "Tomorrow";
  return formatDayHeading(date);
}

/**
 * An instant as ISO 8601 with the city's offset, for schema.org and `<time datetime>`.
 * @example formatIsoInstant(parseLocal("2026-12-06T10:00")) // "2026-12-06T10:00:00+00:00"
 */
export function formatIsoInstant(dt: DateTime): string {
  return dt.setZone(CITY_ZONE).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}
