/**
 * Search relevance over the real content, as the finder's records are built: recall at 5 over the
 * searches in tests/fixtures/search/relevance-set.ts, and every search that missed. The unit tests hold
 * the recall at 95% or more; this prints the figure and the misses to read.
 */
import { describe, expect, it } from "vitest";
import { RELEVANCE_SET } from "../tests/fixtures/search/relevance-set";
import { content } from "../tests/support/content";
import { buildSearchData } from "../src/lib/search/build-records";
import { measureRelevance } from "../src/lib/search/relevance";
import { createSearchIndex } from "../src/lib/search/search-index";

describe("search relevance", () => {
  it("prints recall at 5 and the misses", () => {
    const index = createSearchIndex(buildSearchData(content, new Date("2026-12-02T09:00:00Z")).records);
    const figures = measureRelevance(index, RELEVANCE_SET);
    const lines = [
      `Search relevance: ${figures.searches} searches, recall at 5 ${(figures.recallAt5 * 100).toFixed(1)}% (${figures.found} of ${figures.expected} expectations met)`,
      ...figures.misses.map(
        (miss) =>
          `  miss "${miss.q}" (${miss.kind}):` +
          (miss.missing.length ? ` missing ${miss.missing.join(", ")};` : "") +
          (miss.unwanted.length ? ` unwanted ${miss.unwanted.join(", ")};` : "") +
          (miss.notFirst ? ` first should be ${miss.notFirst};` : "") +
          ` got ${miss.got.join(", ") || "nothing"}`,
      ),
    ];
    console.log(lines.join("\n"));
    expect(figures.searches).toBeGreaterThan(0);
  });
});
