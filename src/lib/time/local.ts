/**
 * Wall-clock time in the city without a time-zone library, for code that runs in the browser where every
 * kilobyte counts. Local times are text, "YYYY-MM-DDTHH:mm", which sorts and compares like the instants it
 * stands for (midnight, where days begin, is never skipped or repeated by the clock changes in the UK).
 */
import { CITY_ZONE } from "./zone-name";
import { MONTH_NAMES, weekdayOfDate } from "./names";

/** A wall-clock date and time in the city, "YYYY-MM-DDTHH:mm". */
export type LocalDateTime = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time in a zone at an instant.
 * @example toLocalDateTime(new Date("2026-07-01T12:00:00Z")) // "2026-07-01T13:00"
 */
export function toLocalDateTime(now: Date, zone: string = CITY_ZONE): LocalDateTime {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * A local date moved by whole days.
 * @example addDays("2026-12-31", 1) // "2027-01-01"
 */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The ISO weekday of a local date: 1 for Monday to 7 for Sunday. */
export function isoWeekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

/** The first day of the month after a local date's. */
export function firstOfNextMonth(date: string): string {
  const [y, m] = date.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

/**
 * A full date, as GOV.UK writes it (`formatDate`), from a local date's text.
 * @example formatLocalDate("2028-12-04") // "4 December 2028"
 */
export function formatLocalDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES[m - 1] ?? ""} ${y}`;
}

/** The date styles other languages write local dates in, with Intl. */
export const INTL_DATE_STYLES = {
  /** "sob., 5 gru" */
  short: { weekday: "short", day: "numeric", month: "short" },
  /** "5 grudnia 2026" */
  long: { day: "numeric", month: "long", year: "numeric" },
  /** "sobota, 5 grudnia 2026" */
  full: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const intlDates = new Map<string, Intl.DateTimeFormat>();

/**
 * A local date's text (YYYY-MM-DD) written by Intl in the language of `tag` (a BCP 47 tag). The date is read and
 * written in UTC, so no time zone can move it to another day; each language's format is made once.
 * @example formatLocalDateIn("pl-PL", "2026-12-05", "long") // "5 grudnia 2026"
 */
export function formatLocalDateIn(tag: string, date: string, style: keyof typeof INTL_DATE_STYLES): string {
  const key = `${tag}|${style}`;
  let format = intlDates.get(key);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(tag, { ...INTL_DATE_STYLES[style], timeZone: "UTC" });
    intlDates.set(key, format);
  }
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

function shortDate(date: string): string {
  const [, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${weekdayOfDate(date).slice(0, 3)} ${d} ${(MONTH_NAMES[m - 1] ?? "").slice(0, 3)}`;
}

/**
 * When something runs, as the pages write it (`formatOccurrence`), from local wall-clock text.
 * @example formatLocalOccurrence("2026-12-05T10:00", "2026-12-05T12:00") // "Sat 5 Dec, 10:00 to 12:00"
 */
export function formatLocalOccurrence(start: LocalDateTime, end: LocalDateTime): string {
  const from = `${shortDate(start.slice(0, 10))}, ${start.slice(11, 16)}`;
  if (start.slice(0, 10) === end.slice(0, 10)) return `${from} to ${end.slice(11, 16)}`;
  return `${from} to ${shortDate(end.slice(0, 10))}, ${end.slice(11, 16)}`;
}
