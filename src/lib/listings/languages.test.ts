import { describe, expect, it } from "vitest";
import { eventLanguages, inListOrder, languagesNamed, saysLanguages, spokenOnPage } from "./languages";
import { matchesFilter, type Filterable } from "./filters";

describe("the languages a listing is run in", () => {
  it("reads a service's languages from their names, leaving out names the site has no code for", () => {
    expect(languagesNamed(["English", " urdu ", "BSL", "Farsi", "Klingon", "English"])).toEqual([
      "en",
      "ur",
      "fa",
      "bfi",
    ]);
    expect(languagesNamed([])).toEqual([]);
  });

  it("gives an event its own, else its group's, else English", () => {
    expect(eventLanguages({ languages: ["pl"] }, { languages: ["en", "ur"] })).toEqual(["pl"]);
    expect(eventLanguages({}, { languages: ["en", "ur"] })).toEqual(["en", "ur"]);
    expect(eventLanguages({}, {})).toEqual(["en"]);
    expect(inListOrder(["pl", "en", "pl"])).toEqual(["en", "pl"]);
  });

  it("says them only when they are more than English, and first only on a page in one of them", () => {
    expect(saysLanguages(["en"])).toBe(false);
    expect(saysLanguages(["en", "ur"])).toBe(true);
    expect(spokenOnPage(["en", "ur"], "ur")).toBe(true);
    expect(spokenOnPage(["en", "ur"], "pl")).toBe(false);
    expect(spokenOnPage(["en"], "en")).toBe(false);
    expect(spokenOnPage(undefined, "ur")).toBe(false);
  });

  it("are a filter: a listing that names none is run in English", () => {
    const item: Filterable = {
      categories: [],
      audiences: [],
      free: false,
      beforeDark: false,
      accessibility: [],
      buddyUp: false,
    };
    expect(matchesFilter(item, { language: "en" })).toBe(true);
    expect(matchesFilter(item, { language: "ur" })).toBe(false);
    expect(matchesFilter({ ...item, languages: ["en", "ur"] }, { language: "ur" })).toBe(true);
  });
});
