/** How the moderation console writes a moment. */
import { DateTime } from "luxon";
import { formatDate, formatTime } from "../../lib/time/format";
import { CITY_ZONE } from "../../lib/time/zone";

/**
 * A moment in the city's time, or "never" for none.
 * @example when("2026-12-04T14:05:00Z") // "14:05 on 4 December 2026"
 */
export function when(iso: string | undefined): string {
  if (!iso) return "never";
  const at = DateTime.fromISO(iso).setZone(CITY_ZONE);
  return `${formatTime(at)} on ${formatDate(at)}`;
}

/** "1 event", "2 events". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
