/**
 * The spans of time a listing query asks for, as local wall-clock text. The same spans as `toDateRange`
 * (a test holds them equal), without Luxon, so the finder in the browser filters dates exactly as the
 * pre-rendered pages and calendar feeds do.
 */
import { addDays, firstOfNextMonth, isoWeekday, type LocalDateTime } from "../time/local";
import type { ListingQuery } from "./query";

/** From `from` up to, but not including, `to`, both local wall-clock times. */
export interface LocalSpan {
  from: LocalDateTime;
  to: LocalDateTime;
}

const midnight = (date: string): LocalDateTime => `${date}T00:00`;

/**
 * The span a query asks for, from the city's local time now; undefined for "any time".
 * @example toLocalSpan({ when: "today" }, "2026-12-05T09:30") // { from: "2026-12-05T00:00", to: "2026-12-06T00:00" }
 */
export function toLocalSpan(
  query: Pick<ListingQuery, "when" | "from" | "to">,
  now: LocalDateTime,
): LocalSpan | undefined {
  const today = now.slice(0, 10);
  if (query.from !== undefined || query.to !== undefined) {
    const from = query.from ?? today;
    return { from: midnight(from), to: midnight(addDays(query.to ?? from, 1)) };
  }
  switch (query.when) {
    case "today":
      return { from: midnight(today), to: midnight(addDays(today, 1)) };
    case "tomorrow":
      return { from: midnight(addDays(today, 1)), to: midnight(addDays(today, 2)) };
    case "weekend": {
      const weekday = isoWeekday(today);
      const saturday = addDays(today, weekday === 7 ? -1 : 6 - weekday);
      return { from: midnight(saturday), to: midnight(addDays(saturday, 2)) };
    }
    case "week":
      return { from: now, to: midnight(addDays(today, 7)) };
    case "month":
      return { from: now, to: midnight(firstOfNextMonth(today)) };
    case undefined:
      return undefined;
  }
}

/** True when something running from `start` to `end` (local times) overlaps the span. */
export function overlapsSpan(item: { start: LocalDateTime; end: LocalDateTime }, span: LocalSpan): boolean {
  return item.end > span.from && item.start < span.to;
}
