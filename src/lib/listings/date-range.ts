/**
 * The span of time a listing query asks for, as a range of Luxon instants, for the pages and functions that
 * expand events with Luxon. The finder in the browser reads the same spans as wall-clock text (`spans.ts`,
 * held equal to this by a test), so that neither it nor `query.ts` loads Luxon.
 */
import type { DateTime } from "luxon";
import { nextDaysRange, thisMonthRange, todayRange, tomorrowRange, weekendRange, type DateRange } from "../time/ranges";
import { parseLocal } from "../time/zone";
import type { ListingQuery } from "./query";

/** The span of time a query asks for, or undefined for "any time". Chosen dates are whole local days. */
export function toDateRange(query: ListingQuery, now: Date | DateTime): DateRange | undefined {
  if (query.from !== undefined || query.to !== undefined) {
    const from = query.from ? parseLocal(query.from) : todayRange(now).from;
    const to = (query.to ? parseLocal(query.to) : from).plus({ days: 1 });
    return { from, to };
  }
  switch (query.when) {
    case "today":
      return todayRange(now);
    case "tomorrow":
      return tomorrowRange(now);
    case "weekend":
      return weekendRange(now);
    case "week":
      return nextDaysRange(now, 7);
    case "month":
      return thisMonthRange(now);
    case undefined:
      return undefined;
  }
}
