import { describe, expect, it } from "vitest";
import { content } from "../../../tests/support/content";
import { RELEVANCE_SET } from "../../../tests/fixtures/search/relevance-set";
import { buildSearchData } from "./build-records";
import { measureRelevance } from "./relevance";
import { createSearchIndex } from "./search-index";

// The finder's records over the real content, on a Wednesday in December.
const NOW = new Date("2026-12-02T09:00:00Z");
const index = createSearchIndex(buildSearchData(content, NOW).records);
const figures = measureRelevance(index, RELEVANCE_SET);

describe("relevance over what residents type", () => {
  it("has at least 80 searches, each naming listings that exist", () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(80);
    const names = new Set(index.records.map((record) => `${record.type}:${record.id}`));
    for (const search of RELEVANCE_SET)
      for (const listing of [...search.top5, ...(search.not ?? []), ...(search.first ? [search.first] : [])])
        expect(names, `${search.q}: ${listing}`).toContain(listing);
  });

  it("finds at least 95% of the listings each search must show in its first five", () => {
    expect(figures.recallAt5, JSON.stringify(figures.misses, null, 1)).toBeGreaterThanOrEqual(0.95);
  });
});
