/** How far ahead the site looks, in one place: lists of events, and the dates a buddy can be asked for. */

/** How far ahead event lists, the calendar builder's preview and the finder's default count look. */
export const LIST_DAYS = 42;

/**
 * The most dates a list page shows (a town's, a category's, the finder's own pages): the soonest, then a link
 * to the finder, which holds every event and narrows them further.
 */
export const LIST_LIMIT = 50;

/** How far ahead a buddy can be asked for. */
export const BUDDY_DAYS = 56;

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/**
 * A number of days as weeks, in words, for sentences such as "in the next six weeks".
 * @example weeksInWords(LIST_DAYS) // "six weeks"
 */
export function weeksInWords(days: number): string {
  const weeks = Math.round(days / 7);
  const count = NUMBER_WORDS[weeks] ?? String(weeks);
  return `${count} ${weeks === 1 ? "week" : "weeks"}`;
}
