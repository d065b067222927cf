/** The finder's results in words: how many were found, and the filters it offers to remove when none were. */
import type { ListingQuery } from "../listings/query";
import type { FinderResults } from "./find";
import { RECORD_TYPE_LABELS } from "./record";

/** What each filter is called when offered for removal; fields that read as one filter share a label. */
export const LOOSEN_LABELS: Record<keyof ListingQuery, string> = {
  q: "the search words",
  within: "the distance",
  when: "the dates",
  from: "the dates",
  to: "the dates",
  ward: "the ward",
  town: "the town",
  beforeDark: "finishes before dark",
  free: "free only",
  category: "the category",
  audience: "who it's for",
  accessibility: "the accessibility needs",
  buddyUp: "buddy-up only",
  near: "near me",
};

/**
 * The count of results, in total and by kind of listing, as one sentence; with none, the spelling to try.
 * @example describeResultCount({ total: 3, groups: [eventsGroupOf2, placesGroupOf1] }) // "3 results: 2 events, 1 place."
 */
export function describeResultCount(results: FinderResults): string {
  if (results.total === 0)
    return results.didYouMean
      ? `No results. Did you mean ${results.didYouMean}?`
      : "No results. Try loosening the search.";
  const parts = results.groups.map(
    // One of a kind is named by its type ("1 place"), more by its label ("2 places").
    (group) =>
      `${group.results.length} ${group.results.length === 1 ? group.type : RECORD_TYPE_LABELS[group.type].toLowerCase()}`,
  );
  return `${results.total} ${results.total === 1 ? "result" : "results"}: ${parts.join(", ")}.`;
}

/** A filter to offer for removal: its label, and every field removing it clears. */
export interface Loosening {
  label: string;
  fields: (keyof ListingQuery)[];
}

/**
 * The fields `suggestLoosening` names, gathered under their labels in the order they first appear.
 * @example groupLoosening(["when", "from", "free"]) // [{ label: "the dates", fields: ["when", "from"] }, { label: "free only", fields: ["free"] }]
 */
export function groupLoosening(fields: readonly (keyof ListingQuery)[]): Loosening[] {
  return [...new Set(fields.map((field) => LOOSEN_LABELS[field]))].map((label) => ({
    label,
    fields: fields.filter((field) => LOOSEN_LABELS[field] === label),
  }));
}
