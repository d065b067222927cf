/** Groups a list of timed things under the days they start on, for day-by-day listings. */
import type { DateTime } from "luxon";
import { toLocalDate } from "../time/zone";

/**
 * Items grouped by the local date they start on, days in date order, items in their given order within a day.
 * @example groupByDay(occurrences) // [{ date: "2026-12-05", items: [...] }, { date: "2026-12-06", items: [...] }]
 */
export function groupByDay<T extends { start: DateTime }>(items: T[]): Array<{ date: string; items: T[] }> {
  const byDate = new Map<string, T[]>();
  for (const item of items) {
    const date = toLocalDate(item.start);
    const group = byDate.get(date);
    if (group) group.push(item);
    else byDate.set(date, [item]);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, grouped]) => ({ date, items: grouped }));
}
