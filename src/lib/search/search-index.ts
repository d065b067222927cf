/**
 * Text search over listings: forgives typos and partial words ("bursiem" finds Burslem, "knitt" finds
 * knitting), and ranks a match in a title above one in the keywords, and those above one in a summary.
 *
 * Fuse.js does the fuzzy matching, over the vocabulary (every distinct word in the listings) rather than
 * over every record: the vocabulary grows far more slowly than the listings, so a search stays quick at
 * tens of thousands of records. Each matching word then leads to its records through an inverted index.
 */
import Fuse from "fuse.js/basic";
import type { SearchRecord } from "./record";

/** The fields searched, and how much a match in each counts. A title match outranks any summary match. */
export const SEARCH_FIELDS = [
  { name: "title", weight: 4 },
  { name: "keywords", weight: 2 },
  { name: "summary", weight: 1 },
] as const satisfies readonly { name: keyof SearchRecord; weight: number }[];

const FIELD_COUNT = SEARCH_FIELDS.length;
const MAX_TERMS = 6;
const WORDS_PER_TERM = 40;

/** A search index over a set of records. */
export interface SearchIndex {
  records: readonly SearchRecord[];
  /** Fuzzy matcher over the distinct words. */
  vocabulary: Fuse<string>;
  words: readonly string[];
  /** For each word: record number × FIELD_COUNT + the best field it appears in, once per record. */
  postings: Map<string, number[]>;
}

/** Folds case, accents and punctuation so "Café" finds "cafe" and "St. John's" finds "st johns". */
function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();
}

/** A search as the index reads it: folded like the listings' text, and cut to a sensible length. */
export function normaliseQuery(text: string): string {
  return foldText(text).slice(0, 64);
}

/** The words of a listing's field (all of them) or of a search (its first 64 characters). */
function wordsOf(text: string, folded: (text: string) => string = normaliseQuery): string[] {
  return folded(text)
    .split(" ")
    .filter((word) => word.length >= 2);
}

/** Builds the index for a set of records (done once, when the finder first needs it). */
export function createSearchIndex(records: readonly SearchRecord[]): SearchIndex {
  const postings = new Map<string, number[]>();
  records.forEach((record, number) => {
    const best = new Map<string, number>();
    SEARCH_FIELDS.forEach((field, fieldIndex) => {
      for (const word of wordsOf(String(record[field.name] ?? ""), foldText)) {
        if (!best.has(word)) best.set(word, fieldIndex);
      }
    });
    for (const [word, fieldIndex] of best) {
      let list = postings.get(word);
      if (!list) postings.set(word, (list = []));
      list.push(number * FIELD_COUNT + fieldIndex);
    }
  });
  const words = [...postings.keys()];
  // A word may be anywhere in a vocabulary entry ("yoga" in "yogalates"), with about one letter in seven wrong.
  const vocabulary = new Fuse(words, { includeScore: true, ignoreLocation: true, threshold: 0.34 });
  return { records, vocabulary, words, postings };
}

/** Vocabulary words a search term matches, each with how closely (1 is exact). */
function matchWords(index: SearchIndex, term: string): { word: string; closeness: number }[] {
  // Two or three letters are too few to guess at: they match the start of words only.
  if (term.length <= 3) {
    return index.words
      .filter((word) => word.startsWith(term))
      .map((word) => ({ word, closeness: word === term ? 1 : 0.8 }));
  }
  return index.vocabulary
    .search(term, { limit: WORDS_PER_TERM })
    .map((hit) => ({ word: hit.item, closeness: 1 - (hit.score ?? 1) }));
}

/** Each record's score for one term: its best matching word, weighted by the field it is in. */
function scoreTerm(index: SearchIndex, term: string): Map<number, number> {
  const scores = new Map<number, number>();
  for (const { word, closeness } of matchWords(index, term)) {
    for (const entry of index.postings.get(word) ?? []) {
      const record = Math.floor(entry / FIELD_COUNT);
      const score = closeness * SEARCH_FIELDS[entry % FIELD_COUNT]!.weight;
      if (score > (scores.get(record) ?? 0)) scores.set(record, score);
    }
  }
  return scores;
}

/**
 * Records matching every word of the text (or the words written together: "food bank" finds
 * "foodbank"), best first, each with its score (0 is a perfect title match). Empty text matches nothing.
 * @example searchRecords(index, "bursiem")[0].record.title // a Burslem listing
 */
export function searchRecords(
  index: SearchIndex,
  text: string,
  limit = 200,
): { record: SearchRecord; score: number }[] {
  const terms = wordsOf(text).slice(0, MAX_TERMS);
  if (terms.length === 0) return [];
  const perTerm = terms.map((term) => scoreTerm(index, term));
  const totals = new Map<number, number>();
  const [first, ...rest] = perTerm;
  for (const [record, score] of first ?? []) {
    let total = score;
    for (const scores of rest) {
      const more = scores.get(record);
      if (more === undefined) {
        total = -1;
        break;
      }
      total += more;
    }
    if (total >= 0) totals.set(record, total);
  }
  if (terms.length > 1) {
    for (const [record, score] of scoreTerm(index, terms.join(""))) {
      const total = score * terms.length;
      if (total > (totals.get(record) ?? 0)) totals.set(record, total);
    }
  }
  const best = terms.length * SEARCH_FIELDS[0].weight;
  return [...totals]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([record, total]) => ({ record: index.records[record]!, score: 1 - total / best }));
}
