/** The spans of time people search by ("today", "this weekend"), as half-open ranges in the city. */
import type { DateTime } from "luxon";
import { cityNow } from "./zone";

/** A span of time from `from` up to, but not including, `to`. */
export interface DateRange {
  from: DateTime;
  to: DateTime;
}

const SATURDAY = 6;
const SUNDAY = 7;

/** Today, from midnight to midnight in the city. */
export function todayRange(now: Date | DateTime): DateRange {
  const from = cityNow(now).startOf("day");
  return { from, to: from.plus({ days: 1 }) };
}

/** Tomorrow, from midnight to midnight in the city. */
export function tomorrowRange(now: Date | DateTime): DateRange {
  const from = cityNow(now).startOf("day").plus({ days: 1 });
  return { from, to: from.plus({ days: 1 }) };
}

/** Saturday 00:00 to Monday 00:00: this weekend on a Saturday or Sunday, otherwise the coming one. */
export function weekendRange(now: Date | DateTime): DateRange {
  const today = cityNow(now).startOf("day");
  const daysToSaturday = today.weekday === SUNDAY ? -1 : SATURDAY - today.weekday;
  const from = today.plus({ days: daysToSaturday });
  return { from, to: from.plus({ days: 2 }) };
}

/** From now to the midnight that ends the `days`-th calendar day, counting today as the first. */
export function nextDaysRange(now: Date | DateTime, days: number): DateRange {
  const from = cityNow(now);
  return { from, to: from.startOf("day").plus({ days }) };
}

/** From now to midnight on the first of next month. */
export function thisMonthRange(now: Date | DateTime): DateRange {
  const from = cityNow(now);
  return { from, to: from.startOf("month").plus({ months: 1 }) };
}
