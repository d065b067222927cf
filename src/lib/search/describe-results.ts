/** The finder's results in words: how many were found, and the filters it offers to remove when none were. */
import type { ListingQuery } from "../listings/query";
import type { FinderResults } from "./find";
import { fill } from "../i18n/words";
import { countOf, type FinderWords } from "./finder-words";

/** Which of the finder's words names each filter when it is offered for removal: fields read as one share one. */
const LOOSEN_NAMES: Record<keyof ListingQuery, keyof FinderWords["text"]["loosen"]> = {
  q: "q",
  within: "within",
  when: "when",
  from: "when",
  to: "when",
  ward: "ward",
  town: "town",
  beforeDark: "beforeDark",
  free: "free",
  category: "category",
  audience: "audience",
  accessibility: "accessibility",
  buddyUp: "buddyUp",
  near: "near",
};

/**
 * The count of results, in total and by kind of listing, as one sentence; with none, the spelling to try.
 * @example describeResultCount({ total: 3, groups: [eventsGroupOf2, placesGroupOf1] }) // "3 results: 2 events, 1 place."
 */
export function describeResultCount(results: FinderResults, words: FinderWords): string {
  const t = words.text.results;
  if (results.total === 0) return results.didYouMean ? fill(t.noneDidYouMean, { word: results.didYouMean }) : t.none;
  const kinds = results.groups.map((group) => countOf(words, group.results.length, t.kinds[group.type]));
  return fill(t.summary, {
    total: countOf(words, results.total, t.total),
    kinds: kinds.join(words.comma),
  });
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
export function groupLoosening(fields: readonly (keyof ListingQuery)[], words: FinderWords): Loosening[] {
  return [...new Set(fields.map((field) => LOOSEN_NAMES[field]))].map((name) => ({
    label: words.text.loosen[name],
    fields: fields.filter((field) => LOOSEN_NAMES[field] === name),
  }));
}
