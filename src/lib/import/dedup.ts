/**
 * The same event published by two sources (a group's own calendar and a venue's, say) is shown once, with
 * both credited. Two events are judged the same when they come from different sources, are at the same
 * place (or both online), start within fifteen minutes of each other on some date, and have similar titles.
 */
import { DateTime } from "luxon";
import type { ImportedEvent } from "./model";
import { isOnlineLocation, placeWords } from "./places";

/** How far apart two starts may be and still be the same event. */
export const SAME_START_MINUTES = 15;
/** How alike two titles must be, as the share of their words in common (Jaccard), unless one holds the other. */
export const SIMILAR_TITLE = 0.5;
/** Occurrences compared per event: enough to meet a series' dates, bounded for huge feeds. */
const OCCURRENCES_COMPARED = 60;

/** Where an event is, as a key two events share when they are at the same place (or both online). */
function whereKey(event: ImportedEvent): string | undefined {
  if (event.place) return `place:${event.place}`;
  if (event.location.text && isOnlineLocation(event.location.text)) return "online";
  if (event.location.postcode) return `postcode:${event.location.postcode}`;
  const words = placeWords(event.location.text ?? "");
  return words.length > 0 ? `text:${words.join(" ")}` : undefined;
}

/**
 * True when two titles name the same event: one's words all in the other's, or half their words shared.
 * @example similarTitles("Book club", "Tunstall Library book club") // true
 */
export function similarTitles(a: string, b: string): boolean {
  const left = new Set(placeWords(a));
  const right = new Set(placeWords(b));
  if (left.size === 0 || right.size === 0) return false;
  const shared = [...left].filter((word) => right.has(word)).length;
  if (shared === left.size || shared === right.size) return true;
  return shared / (left.size + right.size - shared) >= SIMILAR_TITLE;
}

/**
 * Pairs of event keys judged to be the same event across sources, each pair and the list in a stable order.
 * Occurrences are bucketed by quarter hour, so the work grows with the events, not with their pairs.
 */
export function findDuplicates(events: readonly ImportedEvent[]): [string, string][] {
  const bucketMs = SAME_START_MINUTES * 60_000;
  const buckets = new Map<string, { index: number; start: number }[]>();
  const starts = events.map((event) =>
    event.occurrences.slice(0, OCCURRENCES_COMPARED).map((occurrence) => DateTime.fromISO(occurrence.start).toMillis()),
  );
  const places = events.map(whereKey);
  events.forEach((_, index) => {
    const where = places[index];
    if (where === undefined) return;
    for (const start of starts[index]!) {
      const key = `${where}|${Math.floor(start / bucketMs)}`;
      buckets.set(key, [...(buckets.get(key) ?? []), { index, start }]);
    }
  });
  const pairs = new Map<string, [string, string]>();
  events.forEach((event, index) => {
    const where = places[index];
    if (where === undefined) return;
    for (const start of starts[index]!) {
      const bucket = Math.floor(start / bucketMs);
      for (const near of [bucket - 1, bucket, bucket + 1]) {
        for (const other of buckets.get(`${where}|${near}`) ?? []) {
          if (other.index <= index) continue;
          const candidate = events[other.index]!;
          if (candidate.source === event.source) continue;
          if (Math.abs(other.start - start) > bucketMs) continue;
          if (!similarTitles(event.title, candidate.title)) continue;
          const pair = [event.key, candidate.key].sort() as [string, string];
          pairs.set(pair.join("\n"), pair);
        }
      }
    }
  });
  return [...pairs.values()].sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
}
