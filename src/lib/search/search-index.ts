/**
 * Text search over listings with Fuse.js: forgives typos and partial words ("bursiem" finds Burslem), and
 * ranks a match in a title above one in the keywords, and those above one in a summary.
 */
import Fuse, { type IFuseOptions } from "fuse.js/basic";
import type { SearchRecord } from "./record";

/** How strongly each field counts. A title match outranks any number of summary matches. */
export const SEARCH_KEYS = [
  { name: "title", weight: 4 },
  { name: "keywords", weight: 2 },
  { name: "summary", weight: 1 },
] as const;

export const SEARCH_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: SEARCH_KEYS.map((key) => ({ ...key })),
  includeScore: true,
  // Words can be anywhere in a field ("yoga" in "Chair yoga"), and a 7-letter word may have one letter wrong.
  ignoreLocation: true,
  threshold: 0.34,
  minMatchCharLength: 2,
};

/** A search index over a set of records. */
export interface SearchIndex {
  fuse: Fuse<SearchRecord>;
  records: readonly SearchRecord[];
}

/** Builds the index for a set of records (done once, when the finder first needs it). */
export function createSearchIndex(records: readonly SearchRecord[]): SearchIndex {
  return { fuse: new Fuse([...records], SEARCH_OPTIONS), records };
}

/** Folds case, accents and punctuation so "Café" finds "cafe" and "St. John's" finds "st johns". */
export function normaliseQuery(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase()
    .slice(0, 64);
}

/**
 * Records matching the text, best first, each with its score (0 is a perfect match). Empty text matches
 * nothing: the caller decides what "no search" shows.
 * @example searchRecords(index, "bursiem")[0].record.title // "Burslem Heritage Walk" or similar
 */
export function searchRecords(
  index: SearchIndex,
  text: string,
  limit = 200,
): { record: SearchRecord; score: number }[] {
  const query = normaliseQuery(text);
  if (query.length < 2) return [];
  return index.fuse.search(query, { limit }).map((result) => ({ record: result.item, score: result.score ?? 1 }));
}
