import { describe, expect, it } from "vitest";
import { content } from "../../../tests/support/content";
import { buildSearchData } from "./build-records";
import { finderWordsFor } from "../i18n/finder-words";
import { describeResultCount, groupLoosening } from "./describe-results";

const en = finderWordsFor("en");
import type { FinderResults } from "./find";
import type { RecordType } from "./record";

const records = buildSearchData(content, new Date("2026-12-02T09:00:00Z")).records;
const resultsOf = (counts: Partial<Record<RecordType, number>>): FinderResults => {
  const groups = Object.entries(counts).map(([type, count]) => ({
    type: type as RecordType,
    results: records.slice(0, count).map((record) => ({ record, moreDates: 0 })),
  }));
  return { total: groups.reduce((sum, group) => sum + group.results.length, 0), groups };
};

describe("describeResultCount", () => {
  it("counts the results in total and by kind, in the order the finder shows them", () => {
    expect(describeResultCount(resultsOf({ event: 2, place: 1 }), en)).toBe("3 results: 2 events, 1 place.");
  });

  it("says 'result' for a single one", () => {
    expect(describeResultCount(resultsOf({ service: 1 }), en)).toBe("1 result: 1 service.");
  });

  it("suggests loosening the search when nothing is found", () => {
    expect(describeResultCount(resultsOf({}), en)).toBe("No results. Try loosening the search.");
  });

  it("offers the nearest spelling when there is one", () => {
    expect(describeResultCount({ ...resultsOf({}), didYouMean: "yoga" }, en)).toBe("No results. Did you mean yoga?");
  });
});

describe("the count in other languages", () => {
  it("uses each language's plural forms and commas", () => {
    expect(describeResultCount(resultsOf({ event: 2, place: 5 }), finderWordsFor("pl"))).toBe(
      "7 wyników: 2 wydarzenia, 5 miejsc.",
    );
    expect(describeResultCount(resultsOf({ event: 1 }), finderWordsFor("ur"))).toBe("1 نتیجہ: 1 تقریب۔");
  });
});

describe("groupLoosening", () => {
  it("offers the dates once, clearing the named span and the chosen dates together", () => {
    expect(groupLoosening(["q", "when", "from", "to", "free"], en)).toEqual([
      { label: "the search words", fields: ["q"] },
      { label: "the dates", fields: ["when", "from", "to"] },
      { label: "free only", fields: ["free"] },
    ]);
  });

  it("names near me and the distance apart", () => {
    expect(groupLoosening(["within", "near"], en)).toEqual([
      { label: "the distance", fields: ["within"] },
      { label: "near me", fields: ["near"] },
    ]);
  });

  it("offers nothing when no filter is in use", () => {
    expect(groupLoosening([], en)).toEqual([]);
  });
});
