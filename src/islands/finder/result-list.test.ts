import { describe, expect, it } from "vitest";
import { finderWordsFor } from "../../lib/i18n/finder-words";
import { moreDatesText } from "./result-list";

describe("a result's other dates", () => {
  it("counts a few, and says 'many' for a series that runs for years", () => {
    const en = finderWordsFor("en");
    expect(moreDatesText(1, en)).toBe("and 1 more date");
    expect(moreDatesText(5, en)).toBe("and 5 more dates");
    expect(moreDatesText(19, en)).toBe("and 19 more dates");
    expect(moreDatesText(156, en)).toBe("and many more dates");
  });

  it("counts them in each language's plural forms", () => {
    const pl = finderWordsFor("pl");
    expect(moreDatesText(1, pl)).toBe("i jeszcze 1 termin");
    expect(moreDatesText(3, pl)).toBe("i jeszcze 3 terminy");
    expect(moreDatesText(5, pl)).toBe("i jeszcze 5 terminów");
    expect(moreDatesText(2, finderWordsFor("ar"))).toBe("وموعدان آخران");
  });
});
