/** The days a printed sheet covers: this week and next, from the day it is made to the end of next week (a Sunday). */
import type { DateTime } from "luxon";
import type { Locale } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";
import { formatDayHeading } from "../time/format";

/** The span a sheet covers: from the build's day to the end of next week (Sunday). */
export function sheetSpan(now: DateTime): { from: DateTime; to: DateTime } {
  const from = now.startOf("day");
  const to = from.plus({ days: 7 - from.weekday + 7 }).endOf("day");
  return { from, to };
}

/**
 * The days a sheet covers, in words. In English "Saturday 5 to Sunday 20 December 2026", or across months "Monday
 * 28 December 2026 to Sunday 10 January 2027"; in another language its two days as a span, the language's way.
 */
export function spanWords(from: DateTime, to: DateTime, locale: Locale = "en"): string {
  if (locale !== "en")
    return messagesFor(locale).time.range(formatDayHeading(from, locale), formatDayHeading(to, locale));
  const first = formatDayHeading(from);
  if (from.year !== to.year) return `${first} ${from.year} to ${formatDayHeading(to)} ${to.year}`;
  if (from.month !== to.month) return `${first} to ${formatDayHeading(to)} ${to.year}`;
  return `${first.replace(/ \S+$/, "")} to ${formatDayHeading(to)} ${to.year}`;
}
