/** Date formatting for pages, re-exported from the one place it lives, with the build's clock applied. */
import type { DateTime } from "luxon";
import { formatDayLabel, formatOccurrence } from "../lib/time/format";
import { buildNow } from "./clock";

export { formatOccurrence };
export { formatDate, formatDayHeading, formatShortDate, formatTime, formatIsoInstant } from "../lib/time/format";

/** "Today", "Tomorrow" or "Saturday 6 December", relative to the build. */
export function toLocalDateLabel(start: DateTime): string {
  return formatDayLabel(start.toISODate() ?? "", buildNow());
}
