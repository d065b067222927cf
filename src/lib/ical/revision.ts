/**
 * When an event last changed, as RFC 5545 wants it: LAST-MODIFIED (and DTSTAMP) and SEQUENCE, derived
 * from the listing itself so every build and every function call says the same thing.
 *
 * The rule: a listing's `lastChecked` date is the date someone last confirmed or changed it (editors
 * set it with every edit; moderation sets it on approval). LAST-MODIFIED and DTSTAMP are the start of
 * that day in the city, in UTC. SEQUENCE is the number of days from 2026-01-01 to that date, so it only
 * ever grows: a calendar that keeps the copy with the higher SEQUENCE always keeps the newer one.
 */
import { DateTime } from "luxon";
import type { Event } from "../domain/event";
import { parseLocal } from "../time/zone";

/** The day SEQUENCE counts from: before any listing on the site was checked. */
export const SEQUENCE_EPOCH = "2026-01-01";

// Date-only ISO texts parse as UTC midnight, so their difference is a whole number of days.
const MS_PER_DAY = 86_400_000;
// Listings share a handful of lastChecked dates; feeds of thousands of events ask again and again.
const revisions = new Map<string, Revision>();

/** An event's revision: when it last changed, and its SEQUENCE number. */
export interface Revision {
  lastModified: DateTime;
  sequence: number;
}

/**
 * The revision of an event, from its `lastChecked` date.
 * @example toRevision({ lastChecked: "2026-11-19" }).sequence // 322
 */
export function toRevision(event: Pick<Event, "lastChecked">): Revision {
  let revision = revisions.get(event.lastChecked);
  if (!revision) {
    const days = Math.round((Date.parse(event.lastChecked) - Date.parse(SEQUENCE_EPOCH)) / MS_PER_DAY);
    revision = { lastModified: parseLocal(event.lastChecked).toUTC(), sequence: Math.max(0, days) };
    revisions.set(event.lastChecked, revision);
  }
  return revision;
}
