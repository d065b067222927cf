/** Date formatting for pages, re-exported from the one place it lives, with the build's clock applied. */
import type { DateTime } from "luxon";
import { formatDayLabel, formatOccurrence } from "../lib/time/format";
import type { Locale } from "../lib/i18n/locales";
import { buildNow } from "./clock";

export { formatOccurrence };
export { formatDate, formatDayHeading, formatShortDate, formatTime, formatIsoInstant } from "../lib/time/format";

// Thousands of occurrences fall on the same few hundred days; the build's clock never moves.
const dayLabels = new Map<string, string>();

/** "Today", "Tomorrow" or "Saturday 6 December", relative to the build, in a language (English by default). */
export function toLocalDateLabel(start: DateTime, locale: Locale = "en"): string {
  const date = start.toISODate() ?? "";
  const key = `${locale}|${date}`;
  let label = dayLabels.get(key);
  if (label === undefined) {
    label = formatDayLabel(date, buildNow(), locale);
    dayLabels.set(key, label);
  }
  return label;
}
