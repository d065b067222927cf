import { describe, expect, it } from "vitest";
import { MONTH_NAMES, WEEKDAY_NAMES, weekdayIndexOf, weekdayOfDate } from "./names";

describe("day and month names", () => {
  it("counts weekdays from Monday, as Luxon and RRULE do", () => {
    expect(weekdayIndexOf("2026-11-30")).toBe(0);
    expect(weekdayOfDate("2026-12-01")).toBe("Tuesday");
    expect(weekdayOfDate("2026-12-06")).toBe("Sunday");
  });

  it("names the day of a date on the clock-change weekends", () => {
    expect(weekdayOfDate("2027-03-28")).toBe("Sunday");
    expect(weekdayOfDate("2026-10-25")).toBe("Sunday");
  });

  it("has seven days and twelve months, written out in full", () => {
    expect(WEEKDAY_NAMES).toHaveLength(7);
    expect(MONTH_NAMES[8]).toBe("September");
  });
});
