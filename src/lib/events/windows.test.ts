import { describe, expect, it } from "vitest";
import { BUDDY_DAYS, LIST_DAYS, weeksInWords } from "./windows";

describe("weeksInWords", () => {
  it("says the site's windows in words", () => {
    expect(weeksInWords(LIST_DAYS)).toBe("six weeks");
    expect(weeksInWords(BUDDY_DAYS)).toBe("eight weeks");
  });

  it("says one week in the singular and large numbers in figures", () => {
    expect(weeksInWords(7)).toBe("one week");
    expect(weeksInWords(84)).toBe("12 weeks");
  });
});
