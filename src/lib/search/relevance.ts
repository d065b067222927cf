/**
 * How well search answers what residents type: recall at 5 over a set of searches, each with the
 * listings that must be in its first five results, any that must not, and any that must come first.
 */
import type { SearchRecord } from "./record";
import { searchRecords, type SearchIndex } from "./search-index";

/** One search of the relevance set. Listings are named `type:id`. */
export interface RelevanceCase {
  q: string;
  /** What the search tests: a typo of some kind, an intent, a word only in a description... */
  kind: string;
  /** Listings that must be in the first five results. */
  top5: readonly string[];
  /** Listings that must not be in the first five. */
  not?: readonly string[];
  /** The listing that must come first: its title says exactly what was asked. */
  first?: string;
}

/** What a relevance set measured: recall at 5, and every expectation not met. */
export interface RelevanceFigures {
  searches: number;
  expected: number;
  found: number;
  recallAt5: number;
  misses: { q: string; kind: string; missing: string[]; unwanted: string[]; notFirst?: string; got: string[] }[];
}

/**
 * Runs every search of a set and counts the listings found in the first five.
 * @example measureRelevance(index, [{ q: "yoag", kind: "swap", top5: ["service:chair-yoga-fenton"] }]).recallAt5 // 1
 */
export function measureRelevance(index: SearchIndex, set: readonly RelevanceCase[]): RelevanceFigures {
  const name = (record: SearchRecord) => `${record.type}:${record.id}`;
  let expected = 0;
  let found = 0;
  const misses: RelevanceFigures["misses"] = [];
  for (const search of set) {
    const got = searchRecords(index, search.q, 5).map((hit) => name(hit.record));
    const missing = search.top5.filter((listing) => !got.includes(listing));
    const unwanted = (search.not ?? []).filter((listing) => got.includes(listing));
    const notFirst = search.first !== undefined && got[0] !== search.first ? search.first : undefined;
    expected += search.top5.length + (search.not?.length ?? 0) + (search.first ? 1 : 0);
    found +=
      search.top5.length -
      missing.length +
      (search.not?.length ?? 0) -
      unwanted.length +
      (search.first && !notFirst ? 1 : 0);
    if (missing.length > 0 || unwanted.length > 0 || notFirst)
      misses.push({ q: search.q, kind: search.kind, missing, unwanted, ...(notFirst ? { notFirst } : {}), got });
  }
  return { searches: set.length, expected, found, recallAt5: expected === 0 ? 1 : found / expected, misses };
}
