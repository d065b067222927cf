/** A custom feed's name in words; kept free of other modules so the builder's script can use it. */
import { ACCESSIBILITY_LABELS, AUDIENCE_LABELS, CATEGORY_LABELS, TOWN_LABELS } from "../domain/vocab";
import type { ListingQuery } from "../listings/query";
import { LIST_DAYS, weeksInWords } from "../events/windows";

/** How many matching dates the feed builder's preview lists. */
export const FEED_PREVIEW_SHOWN = 25;

/** The heading over the feed builder's preview of matching dates. */
export const FEED_PREVIEW_HEADING = `What it holds in the next ${weeksInWords(LIST_DAYS)}`;

/**
 * How many dates a custom feed holds in the preview's window, in words.
 * @example describeFeedMatches(30) // "30 dates match; the first 25 are shown."
 */
export function describeFeedMatches(count: number): string {
  if (count === 0)
    return `Nothing matches in the next ${weeksInWords(LIST_DAYS)} yet. You can still subscribe: new events appear when they are listed.`;
  const shown = count > FEED_PREVIEW_SHOWN ? `; the first ${FEED_PREVIEW_SHOWN} are shown` : "";
  return `${count} ${count === 1 ? "date matches" : "dates match"}${shown}.`;
}

/**
 * What a custom feed holds, in words, for X-WR-CALNAME and pages.
 * @example describeFeedQuery({ town: "burslem", audience: "families", free: true }) // "events in Burslem for families, free or pay what you can"
 */
export function describeFeedQuery(query: ListingQuery, wardName?: string): string {
  const what = query.category ? `${CATEGORY_LABELS[query.category].toLowerCase()} events` : "events";
  const where = wardName ? ` in ${wardName}` : query.town ? ` in ${TOWN_LABELS[query.town]}` : " in Stoke-on-Trent";
  const who =
    query.audience && query.audience !== "everyone" ? ` for ${AUDIENCE_LABELS[query.audience].toLowerCase()}` : "";
  const extras = [
    query.free ? "free or pay what you can" : undefined,
    query.beforeDark ? "finishing before dark" : undefined,
    ...(query.accessibility ?? []).map((feature) => ACCESSIBILITY_LABELS[feature].toLowerCase()),
    query.buddyUp ? "buddy-up available" : undefined,
  ].filter(Boolean);
  return `${what}${where}${who}${extras.length > 0 ? `, ${extras.join(", ")}` : ""}`;
}
