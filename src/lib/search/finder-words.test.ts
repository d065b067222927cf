import { describe, expect, it } from "vitest";
import { finderWordsFor } from "../i18n/finder-words";
import { costText, milesText, occurrenceText, pageIn } from "./finder-words";

describe("the finder's words in the browser", () => {
  it("write when something runs as the pages do, in each language", () => {
    expect(occurrenceText(finderWordsFor("en"), "2026-12-05T10:00", "2026-12-05T12:00")).toBe(
      "Sat 5 Dec, 10:00 to 12:00",
    );
    expect(occurrenceText(finderWordsFor("pl"), "2026-12-05T10:00", "2026-12-05T12:00")).toBe(
      "sob., 5 gru, 10:00 – 12:00",
    );
    expect(occurrenceText(finderWordsFor("ur"), "2026-12-05T22:00", "2026-12-06T01:00")).toMatch(
      /^.+، 22:00 سے .+، 01:00 تک$/,
    );
  });

  it("write a distance in each language's plural forms, a tenth with the language's decimal mark", () => {
    expect(milesText(finderWordsFor("en"), 0.04)).toBe("under 0.1 miles");
    expect(milesText(finderWordsFor("en"), 1.04)).toBe("1 mile");
    expect(milesText(finderWordsFor("en"), 1.76)).toBe("1.8 miles");
    expect(milesText(finderWordsFor("en"), 12.4)).toBe("12 miles");
    expect(milesText(finderWordsFor("pl"), 1.76)).toBe("1,8 mili");
    expect(milesText(finderWordsFor("pl"), 5)).toBe("5 mil");
    expect(milesText(finderWordsFor("ar"), 2)).toBe("ميلان");
  });

  it("say what it costs in the language, keeping a price in the listing's own words", () => {
    expect(costText(finderWordsFor("ro"), { kind: "free" })).toBe("Gratuit");
    expect(costText(finderWordsFor("pl"), { kind: "pay-what-you-can", price: "£3" })).toBe("Płać, ile możesz (£3)");
    expect(costText(finderWordsFor("ur"), { kind: "price", price: "£2, under-16s free" })).toBe("£2, under-16s free");
    expect(costText(finderWordsFor("en"), { kind: "ask" })).toBe("Ask the organiser");
  });

  it("link a listing's page in the language", () => {
    expect(pageIn(finderWordsFor("ar"), "/events/yoga/")).toBe("/ar/events/yoga/");
    expect(pageIn(finderWordsFor("en"), "/events/yoga/")).toBe("/events/yoga/");
  });
});
