/**
 * The search benchmark itself, the same code in Node and in Chromium: index bytes, load (parse and build
 * the index), and the time for a typed search through the whole finder (text, filters, grouping).
 */
import { createSearchIndex } from "../src/lib/search/search-index";
import { findListings } from "../src/lib/search/find";
import type { SearchRecord } from "../src/lib/search/record";
import { syntheticRecords } from "./corpus";

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

/** What one corpus measured. */
export interface SearchFigures {
  corpus: string;
  records: number;
  jsonBytes: number;
  loadMs: number;
  medianMs: number;
  p95Ms: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;

/** Measures one corpus, given as JSON text, as the finder loads it. */
export function measure(corpus: string, json: string, rounds = 5): SearchFigures {
  const started = performance.now();
  const records = (JSON.parse(json) as { records: SearchRecord[] }).records;
  const index = createSearchIndex(records);
  const loadMs = performance.now() - started;
  const times: number[] = [];
  findListings(index, { q: "warm up" }, "2026-12-02T09:00");
  for (let round = 0; round < rounds; round++)
    for (const q of QUERIES) {
      const t = performance.now();
      findListings(index, { q, when: round % 2 ? "month" : undefined }, "2026-12-02T09:00");
      times.push(performance.now() - t);
    }
  times.sort((a, b) => a - b);
  return {
    corpus,
    records: records.length,
    jsonBytes: json.length,
    loadMs,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
  };
}

/** The synthetic corpora, as the JSON the finder would load. */
export function syntheticJson(count: number): string {
  return JSON.stringify({ builtAt: "", records: syntheticRecords(count), wards: [] });
}
