/**
 * The stretch of time an import keeps: a series is listed only by its occurrences inside it, and a huge
 * feed of past years costs nothing. The hourly import keeps the past week (so a listing does not vanish the
 * moment it starts) to twelve months ahead; a dry run starts today. An occurrence belongs to the window when it
 * starts on or after its `from` and before its `to`.
 */
import { DateTime } from "luxon";
import { CITY_ZONE } from "../time/zone";
import type { ImportWindow } from "./model";

/** How far ahead an import looks. */
export const MONTHS_AHEAD = 12;
/** How far back the hourly import keeps occurrences. */
export const DAYS_KEPT = 7;

/**
 * The window from the start of a day in Stoke-on-Trent, `daysBack` before `now`, to twelve months after it.
 * @example importWindow(new Date("2027-04-06T12:00:00Z")) // { from: "2027-04-06T00:00:00+01:00", to: "2028-04-06T00:00:00+01:00" }
 */
export function importWindow(now: Date, daysBack = 0): ImportWindow {
  const today = DateTime.fromJSDate(now, { zone: CITY_ZONE }).startOf("day");
  const iso = (at: DateTime) => at.toISO({ suppressMilliseconds: true }) ?? "";
  return { from: iso(today.minus({ days: daysBack })), to: iso(today.plus({ months: MONTHS_AHEAD })) };
}

/**
 * A window from dates typed on the command line (YYYY-MM-DD, whole days in Stoke-on-Trent; `to` inclusive),
 * each defaulting to the given window's. Says which one is wrong when one is.
 * @example windowBetween("2027-03-01", "2027-03-31", fallback) // { from: "2027-03-01T00:00:00+00:00", to: "2027-04-01T00:00:00+01:00" }
 */
export function windowBetween(
  from: string | undefined,
  to: string | undefined,
  fallback: ImportWindow,
): { ok: true; window: ImportWindow } | { ok: false; reason: string } {
  const day = (text: string, name: string) => {
    const at = DateTime.fromISO(text, { zone: CITY_ZONE });
    return /^\d{4}-\d{2}-\d{2}$/.test(text) && at.isValid
      ? { ok: true as const, at }
      : { ok: false as const, reason: `--${name} must be a date written YYYY-MM-DD, not "${text.slice(0, 40)}"` };
  };
  const iso = (at: DateTime) => at.toISO({ suppressMilliseconds: true }) ?? "";
  let start = fallback.from;
  let end = fallback.to;
  if (from !== undefined) {
    const read = day(from, "from");
    if (!read.ok) return read;
    start = iso(read.at);
  }
  if (to !== undefined) {
    const read = day(to, "to");
    if (!read.ok) return read;
    end = iso(read.at.plus({ days: 1 }));
  }
  if (DateTime.fromISO(end) <= DateTime.fromISO(start)) return { ok: false, reason: "--to must be on or after --from" };
  return { ok: true, window: { from: start, to: end } };
}

/** An import window read into the city's zone. */
export interface CityWindow {
  from: DateTime;
  to: DateTime;
}

/**
 * Reads an import window; a time without an offset is the city's wall clock. Throws when either end is
 * not an ISO 8601 time, or the window ends before it starts, since the caller, not a feed, chose it.
 * @example readWindow({ from: "2027-03-01", to: "2027-05-01" }).to.toISO() // "2027-05-01T00:00:00.000+01:00"
 */
export function readWindow(window: ImportWindow): CityWindow {
  const from = DateTime.fromISO(window.from, { zone: CITY_ZONE });
  const to = DateTime.fromISO(window.to, { zone: CITY_ZONE });
  if (!from.isValid) throw new Error(`The import window's from, "${window.from}", is not an ISO 8601 time.`);
  if (!to.isValid) throw new Error(`The import window's to, "${window.to}", is not an ISO 8601 time.`);
  if (to < from) throw new Error(`The import window ends (${window.to}) before it starts (${window.from}).`);
  return { from, to };
}

/**
 * Whether an occurrence starting at `start` belongs to the window: on or after `from`, before `to`.
 * @example startsInWindow(DateTime.fromISO("2027-04-06T18:30:00+01:00"), window) // true for a window of April 2027
 */
export function startsInWindow(start: DateTime, window: CityWindow): boolean {
  return start >= window.from && start < window.to;
}
