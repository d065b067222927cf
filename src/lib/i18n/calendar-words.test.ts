import { describe, expect, it } from "vitest";
import { describeFeedIn, describeFeedMatches, describeFeedQuery, describeMatchesIn } from "../ical/describe-feed";
import type { ListingQuery } from "../listings/query";
import { feedWordsFor } from "./calendar-words";
import { LOCALES } from "./locales";

describe("the feed builder's words", () => {
  const queries: ListingQuery[] = [
    {},
    { town: "burslem", free: true },
    { town: "burslem", audience: "families", free: true },
    { category: "sport-activity", beforeDark: true, accessibility: ["step-free"], buddyUp: true },
    { town: "longton", language: "ur" },
  ];

  it("name a feed in English as the feeds themselves do", () => {
    for (const query of queries)
      expect(describeFeedIn(feedWordsFor("en"), query)).toBe(`A calendar of ${describeFeedQuery(query)}.`);
    expect(describeFeedIn(feedWordsFor("en"), { ward: "x" }, "Moorcroft")).toBe("A calendar of events in Moorcroft.");
    expect(describeFeedQuery({ free: true, language: "pl" })).toBe(
      "events in Stoke-on-Trent, free or pay what you can, held in Polish",
    );
  });

  it("count matching dates in English as before", () => {
    for (const count of [0, 1, 2, 25, 30])
      expect(describeMatchesIn(feedWordsFor("en"), count)).toBe(describeFeedMatches(count));
  });

  it("count in each language's plural forms", () => {
    expect(describeMatchesIn(feedWordsFor("pl"), 1)).toBe("Pasuje 1 termin.");
    expect(describeMatchesIn(feedWordsFor("pl"), 3)).toBe("Pasują 3 terminy.");
    expect(describeMatchesIn(feedWordsFor("pl"), 12)).toBe("Pasuje 12 terminów.");
    expect(describeMatchesIn(feedWordsFor("pl"), 30)).toBe("Pasuje 30 terminów; pokazujemy pierwsze 25.");
    expect(describeMatchesIn(feedWordsFor("ro"), 20)).toBe("Se potrivesc 20 de date.");
    expect(describeMatchesIn(feedWordsFor("ar"), 2)).toBe("يطابق موعدان.");
    expect(describeMatchesIn(feedWordsFor("ur"), 12)).toBe("12 تاریخیں ملتی ہیں۔");
  });

  it("name a feed in each language with its own labels and town names as they are", () => {
    expect(describeFeedIn(feedWordsFor("ur"), { town: "burslem", category: "sport-activity" })).toContain(
      "Burslem میں",
    );
    expect(describeFeedIn(feedWordsFor("pl"), { town: "hanley", audience: "families" })).toBe(
      "Kalendarz: wydarzenia w Hanley, dla kogo: Rodziny.",
    );
    expect(describeFeedIn(feedWordsFor("ro"), { town: "hanley", language: "ro" })).toBe(
      "Un calendar cu evenimente în Hanley, în română.",
    );
    expect(describeFeedIn(feedWordsFor("ar"), { language: "ur" })).toContain("باللغة الأردية");
    for (const locale of LOCALES)
      for (const query of queries) expect(describeFeedIn(feedWordsFor(locale), query)).not.toMatch(/[{}]|undefined/);
  });
});
