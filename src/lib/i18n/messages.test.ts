import { describe, expect, it } from "vitest";
import { describeRecurrence, describeRecurrenceEnd, describeSchedule } from "../events/describe";
import { formatDate, formatDayLabel, formatOccurrence, formatShortDate } from "../time/format";
import { parseLocal } from "../time/zone";
import { en } from "./catalogues/en";
import { LOCALE_INFO, LOCALES } from "./locales";
import { catalogueGaps, messagesFor } from "./messages";
import type { PluralCategories } from "./plural";
import { plural } from "./plural";

describe("the catalogues", () => {
  it("has every key English has in every language, and nothing else", () => {
    for (const locale of LOCALES) expect(catalogueGaps(en, messagesFor(locale), "", locale), locale).toEqual([]);
  });

  it("has a count's words as data in every plural form of the catalogue's language, and no other", () => {
    const reference = { results: { one: "# result", other: "# results" } };
    expect(
      catalogueGaps(
        reference,
        { results: { one: "# wynik", few: "# wyniki", many: "# wyników", other: "# wyniku" } },
        "",
        "pl",
      ),
    ).toEqual([]);
    expect(catalogueGaps(reference, { results: { one: "# wynik", other: "# wyniku", two: "x" } }, "", "pl")).toEqual([
      "results.few is missing",
      "results.many is missing",
      "results.two is not a plural form of the language",
    ]);
  });

  it("lets the text around a link be empty where a language's word order puts nothing there", () => {
    const reference = { heading: { before: "What's on in ", city: "Stoke", after: "" } };
    expect(catalogueGaps(reference, { heading: { before: "", city: "Stoke", after: " میں" } })).toEqual([]);
    expect(catalogueGaps(reference, { heading: { before: "", city: "", after: "" } })).toEqual([
      "heading.city is empty",
    ]);
  });

  it("names a missing key, an extra key, an empty text and a text where English has a function", () => {
    const reference = { a: "x", b: { c: "y", d: (n: number) => `${n}` } };
    expect(catalogueGaps(reference, { a: "", b: { d: "3", e: "z" } })).toEqual([
      "a is empty",
      "b.c is missing",
      "b.d is a string where English has a function",
      "b.e is not in English's catalogue",
    ]);
  });

  it("writes every plural form each language has, as CLDR counts them", () => {
    const expected: { [L in keyof PluralCategories]: PluralCategories[L][] } = {
      en: ["one", "other"],
      ur: ["one", "other"],
      ar: ["zero", "one", "two", "few", "many", "other"],
      pl: ["one", "few", "many", "other"],
      ro: ["one", "few", "other"],
    };
    for (const locale of LOCALES) {
      const categories = new Intl.PluralRules(LOCALE_INFO[locale].intl).resolvedOptions().pluralCategories;
      expect([...categories].sort(), locale).toEqual([...expected[locale]].sort());
    }
  });

  it("picks each language's plural form for a count", () => {
    const forms = { one: "# tydzień", few: "# tygodnie", many: "# tygodni", other: "# tygodnia" };
    expect([1, 2, 5, 22, 25].map((n) => plural("pl", n, forms))).toEqual([
      "1 tydzień",
      "2 tygodnie",
      "5 tygodni",
      "22 tygodnie",
      "25 tygodni",
    ]);
    const times = (n: number) => messagesFor("ar").time.repeat.times(n);
    expect([1, 2, 3, 11].map(times)).toEqual(["مرة واحدة", "مرتين", "3 مرات", "11 مرة"]);
    expect([1, 6, 20].map((n) => messagesFor("ro").time.repeat.times(n))).toEqual([
      "o dată",
      "de 6 ori",
      "de 20 de ori",
    ]);
  });
});

describe("dates and repetition in each language", () => {
  const saturday = parseLocal("2026-12-05T10:00");
  const noon = parseLocal("2026-12-05T12:00");

  it("writes dates with Intl in the city's zone, keeping Western digits in Arabic", () => {
    expect(formatShortDate("2026-12-05", "pl")).toBe("sob., 5 gru");
    expect(formatDate("2026-12-31", "pl")).toBe("31 grudnia 2026");
    expect(formatDate("2026-12-31", "ar")).toBe("31 ديسمبر 2026");
    expect(formatOccurrence(saturday, noon, false, "ar")).toBe("من السبت، 5 ديسمبر، 10:00 إلى 12:00");
    expect(formatOccurrence(saturday, noon, false, "en")).toBe("Sat 5 Dec, 10:00 to 12:00");
  });

  it("says today and tomorrow in the page's language", () => {
    const now = new Date("2026-12-05T09:00:00Z");
    expect(formatDayLabel("2026-12-05", now, "ur")).toBe("آج");
    expect(formatDayLabel("2026-12-06", now, "ro")).toBe("Mâine");
    expect(formatDayLabel("2026-12-08", now, "pl")).toBe("wtorek, 8 grudnia");
  });

  it("says how an event repeats with each language's grammar", () => {
    const lastFriday = {
      startDate: "2026-12-04T19:00",
      recurrence: { freq: "monthly" as const, interval: 1, byday: ["FR" as const], bysetpos: -1 as const, count: 6 },
    };
    const firstWednesday = {
      startDate: "2026-12-02T10:00",
      recurrence: { freq: "monthly" as const, interval: 1, byday: ["WE" as const], bysetpos: 1 as const },
    };
    const everyOtherTuesday = {
      startDate: "2026-12-01T10:00",
      recurrence: { freq: "weekly" as const, interval: 2, byday: ["TU" as const, "TH" as const] },
    };
    expect(describeRecurrence(lastFriday, "pl")).toBe("Ostatni piątek miesiąca");
    expect(describeRecurrence(firstWednesday, "pl")).toBe("Pierwsza środa miesiąca");
    expect(describeRecurrence(lastFriday, "ar")).toBe("آخر جمعة من كل شهر");
    expect(describeRecurrence(lastFriday, "ur")).toBe("ہر مہینے کے آخری جمعہ کو");
    expect(describeRecurrence(lastFriday, "ro")).toBe("Ultima vineri din lună");
    expect(describeRecurrence(everyOtherTuesday, "en")).toBe("Every other Tuesday and Thursday");
    expect(describeRecurrence(everyOtherTuesday, "pl")).toBe("Co 2 tygodnie, we wtorki i w czwartki");
    expect(describeRecurrence(everyOtherTuesday, "ar")).toBe("كل أسبوعين، يوم الثلاثاء والخميس");
    expect(describeRecurrenceEnd(lastFriday, "pl")).toBe("6 razy");
  });

  it("says a service's opening days and hours", () => {
    const tuesdays = {
      freq: "WEEKLY" as const,
      interval: 1,
      byday: ["TU" as const],
      opens_at: "10:00",
      closes_at: "12:00",
    };
    expect(describeSchedule(tuesdays, "en")).toBe("Tuesdays, 10:00 to 12:00");
    expect(describeSchedule(tuesdays, "ro")).toBe("Marțea, 10:00 – 12:00");
    expect(describeSchedule(tuesdays, "ur")).toBe("ہر منگل، 10:00 سے 12:00 تک");
  });
});
