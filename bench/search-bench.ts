/**
 * The search benchmark itself, the same code in Node and in Chromium: given the two files the finder
 * downloads (their JSON text, fetched already), how long from the first file's text until its index is
 * built (load) and until a first search has its results (ready), as the finder answers before the second
 * file is read; how long from both files' text to the index of every field (complete); and the time for a
 * typed search through the whole finder (text, filters, grouping) over that complete index.
 */
import { findListings } from "../src/lib/search/find";
import { readSearchIndex } from "../src/lib/search/search-file";

/** The first search, a misspelt town: it needs the fuzzy matcher, the slowest way to a first result. */
export const FIRST_QUERY = "bursiem";

export const QUERIES = [
  "bursiem",
  "yoga",
  "food bank",
  "coffee morning",
  "hanley park",
  "pottery",
  "digital help",
  "walk",
  "library",
  "knitt",
];

/** The moment searches are made at, as the synthetic corpora are built. */
export const BENCH_NOW = "2026-12-02T09:00";

/** What one corpus measured. */
export interface SearchFigures {
  corpus: string;
  records: number;
  jsonBytes: number;
  /** From the first file's JSON text to its index. */
  loadMs: number;
  /** From the first file's JSON text to the results of a first search. */
  readyMs: number;
  /** From both files' JSON text to the index of every field. */
  completeMs: number;
  medianMs: number;
  p95Ms: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

/** Measures one corpus, given as the JSON text of the two search files, as the finder loads them. */
export function measure(corpus: string, first: string, details: string, rounds = 5): SearchFigures {
  const started = performance.now();
  const partial = readSearchIndex(first);
  const loadMs = performance.now() - started;
  const firstResults = findListings(partial, { q: FIRST_QUERY }, BENCH_NOW);
  const readyMs = performance.now() - started;
  if (firstResults.total === 0) throw new Error(`${corpus}: the first search found nothing in the first file.`);
  const completing = performance.now();
  const index = readSearchIndex(first, details);
  const completeMs = performance.now() - completing;
  const times: number[] = [];
  findListings(index, { q: "warm up" }, BENCH_NOW);
  for (let round = 0; round < rounds; round++)
    for (const q of QUERIES) {
      const t = performance.now();
      findListings(index, { q, when: round % 2 ? "month" : undefined }, BENCH_NOW);
      times.push(performance.now() - t);
    }
  times.sort((a, b) => a - b);
  return {
    corpus,
    records: index.records.length,
    jsonBytes: first.length + details.length,
    loadMs,
    readyMs,
    completeMs,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
  };
}
