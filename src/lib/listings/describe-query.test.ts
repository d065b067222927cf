import { describe, expect, it } from "vitest";
import { finderWordsFor } from "../i18n/finder-words";
import { countFilters, describeQuery } from "./describe-query";

const en = finderWordsFor("en");

describe("describeQuery", () => {
  it("says the words in quotes, then each filter in the order a resident reads them", () => {
    expect(describeQuery({ q: "yoga", when: "weekend", town: "hanley", free: true, beforeDark: true }, en)).toBe(
      "“yoga”, this weekend, in Hanley, free, finishing before dark",
    );
  });

  it("names a ward rather than its town, and chosen dates as dates", () => {
    const wards = (id: string) => (id === "burslem-park" ? "Burslem Park" : undefined);
    expect(
      describeQuery({ town: "burslem", ward: "burslem-park", from: "2026-12-05", to: "2026-12-06" }, en, wards),
    ).toBe("5 December 2026 to 6 December 2026, in Burslem Park");
  });

  it("is empty for an empty query", () => {
    expect(describeQuery({}, en)).toBe("");
  });

  it("is written in the page's language, with its own quotes, dates and commas", () => {
    const query = { q: "joga", when: "weekend", town: "hanley", from: undefined, free: true } as const;
    expect(describeQuery(query, finderWordsFor("pl"))).toBe("„joga”, ten weekend, w Hanley, bezpłatne");
    expect(describeQuery({ from: "2026-12-05", audience: "families" }, finderWordsFor("pl"))).toBe(
      "od 5 grudnia 2026, dla: rodziny",
    );
    expect(describeQuery({ town: "tunstall", free: true }, finderWordsFor("ur"))).toBe("Tunstall میں، مفت");
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
