import { describe, expect, it } from "vitest";
import { countFilters, describeQuery } from "./describe-query";

describe("describeQuery", () => {
  it("says the words in quotes, then each filter in the order a resident reads them", () => {
    expect(describeQuery({ q: "yoga", when: "weekend", town: "hanley", free: true, beforeDark: true })).toBe(
      "“yoga”, this weekend, in Hanley, free, finishing before dark",
    );
  });

  it("names a ward rather than its town, and chosen dates as dates", () => {
    const wards = (id: string) => (id === "burslem-park" ? "Burslem Park" : undefined);
    expect(describeQuery({ town: "burslem", ward: "burslem-park", from: "2026-12-05", to: "2026-12-06" }, wards)).toBe(
      "5 December 2026 to 6 December 2026, in Burslem Park",
    );
  });

  it("is empty for an empty query", () => {
    expect(describeQuery({})).toBe("");
  });
});

describe("countFilters", () => {
  it("counts dates once, each accessibility need, and not the words", () => {
    expect(
      countFilters({ q: "yoga", from: "2026-12-05", to: "2026-12-06", accessibility: ["step-free", "seating"] }),
    ).toBe(3);
    expect(countFilters({ town: "hanley", free: true, buddyUp: true })).toBe(3);
    expect(countFilters({ q: "yoga" })).toBe(0);
  });
});
