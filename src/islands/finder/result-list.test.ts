import { describe, expect, it } from "vitest";
import { moreDatesText } from "./result-list";

describe("a result's other dates", () => {
  it("counts a few, and says 'many' for a series that runs for years", () => {
    expect(moreDatesText(1)).toBe("and 1 more date");
    expect(moreDatesText(5)).toBe("and 5 more dates");
    expect(moreDatesText(19)).toBe("and 19 more dates");
    expect(moreDatesText(156)).toBe("and many more dates");
  });
});
