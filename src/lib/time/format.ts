/**
 * Every human-readable date and time on the site, with the 24-hour clock. British English uses the day and
 * month names of ./names.ts; every other interface language is written by Intl in the city's time zone.
 */
import type { DateTime } from "luxon";
import { LOCALE_INFO, type Locale } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./names";
import { CITY_ZONE, cityNow, parseLocal, toLocalDate } from "./zone";

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date as another language writes it, with Intl, in the city's zone. */
function intlDate(locale: Locale, dt: DateTime, style: "short" | "day" | "full"): string {
  const key = `${locale}|${style}`;
  let format = formats.get(key);
  if (format === undefined) {
    const options: Intl.DateTimeFormatOptions =
      style === "short"
        ? { weekday: "short", day: "numeric", month: "short" }
        : style === "day"
          ? { weekday: "long", day: "numeric", month: "long" }
          : { day: "numeric", month: "long", year: "numeric" };
    format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { ...options, timeZone: CITY_ZONE });
    formats.set(key, format);
  }
  return format.format(dt.toJSDate());
}

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
export function formatShortDate(date: string | DateTime, locale: Locale = "en"): string {
  const dt = inCity(date);
  if (locale !== "en") return intlDate(locale, dt, "short");
  return `${weekdayName(dt).slice(0, 3)} ${dt.day} ${monthName(dt).slice(0, 3)}`;
}

/**
 * When one occurrence happens, naming the end day only when it differs from the start day. An all-day one
 * says so, or names its first and last days (its end is the start of the day after).
 * @example formatOccurrence(parseLocal("2026-12-05T22:00"), parseLocal("2026-12-06T01:00")) // "Sat 5 Dec, 22:00 to Sun 6 Dec, 01:00"
 * @example formatOccurrence(parseLocal("2027-05-01T00:00"), parseLocal("2027-05-02T00:00"), true) // "Sat 1 May, all day"
 */
export function formatOccurrence(start: DateTime, end: DateTime, allDay = false, locale: Locale = "en"): string {
  const words = messagesFor(locale).time;
  const day = (dt: DateTime) => formatShortDate(dt, locale);
  if (allDay) {
    const last = end.minus({ days: 1 });
    if (toLocalDate(last) <= toLocalDate(start)) return words.dayAndTime(day(start), words.allDay);
    return words.range(day(start), day(last));
  }
  const from = words.dayAndTime(day(start), formatTime(start));
  if (toLocalDate(start) === toLocalDate(end)) return words.range(from, formatTime(end));
  return words.range(from, words.dayAndTime(day(end), formatTime(end)));
}

/**
 * A day as a heading over a list of events.
 * @example formatDayHeading("2026-12-05") // "Saturday 5 December"
 */
export function formatDayHeading(date: string | DateTime, locale: Locale = "en"): string {
  const dt = inCity(date);
  if (locale !== "en") return intlDate(locale, dt, "day");
  return `${weekdayName(dt)} ${dt.day} ${monthName(dt)}`;
}

/**
 * A full date, as GOV.UK writes it.
 * @example formatDate("2026-12-06") // "6 December 2026"
 */
export function formatDate(date: string | DateTime, locale: Locale = "en"): string {
  const dt = inCity(date);
  if (locale !== "en") return intlDate(locale, dt, "full");
  return `${dt.day} ${monthName(dt)} ${dt.year}`;
}

/**
 * A day heading that says "Today" or "Tomorrow" when it is one of them.
 * @example formatDayLabel("2026-12-06", new Date("2026-12-05T12:00:00Z")) // "Tomorrow"
 */
export function formatDayLabel(date: string, now: Date | DateTime, locale: Locale = "en"): string {
  const today = cityNow(now).startOf("day");
  const day = parseLocal(date).toFormat("yyyy-MM-dd");
  const words = messagesFor(locale).time;
  if (day === toLocalDate(today)) return words.today;
  if (day === toLocalDate(today.plus({ days: 1 }))) return words.tomorrow;
  return formatDayHeading(date, locale);
}

/**
 * An instant as ISO 8601 with the city's offset, for schema.org and `<time datetime>`.
 * @example formatIsoInstant(parseLocal("2026-12-06T10:00")) // "2026-12-06T10:00:00+00:00"
 */
export function formatIsoInstant(dt: DateTime): string {
  return dt.setZone(CITY_ZONE).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}
