/**
 * Day and month names in British English, written out here rather than taken from Intl so that output does
 * not change with the ICU version (newer en-GB data abbreviates September as "Sept"). Free of Luxon, so
 * browser code can use them too.
 */

/** Weekday names in ISO order: Monday first, as Luxon's `weekday` counts (1 to 7). */
export const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/** Month names, January first. */
export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * The day of the week of a calendar date, YYYY-MM-DD, counted from Monday (0) to Sunday (6), whatever the
 * host's zone.
 * @example weekdayIndexOf("2026-12-01") // 1 (a Tuesday)
 */
export function weekdayIndexOf(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  // A calendar date only: UTC keeps the weekday right whatever the host's zone; getUTCDay counts from Sunday.
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/**
 * The weekday name of a calendar date, YYYY-MM-DD.
 * @example weekdayOfDate("2026-12-01") // "Tuesday"
 */
export function weekdayOfDate(date: string): string {
  return WEEKDAY_NAMES[weekdayIndexOf(date)] ?? "";
}
