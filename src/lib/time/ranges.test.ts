import type { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { nextDaysRange, thisMonthRange, todayRange, tomorrowRange, weekendRange } from "./ranges";
import { parseLocal } from "./zone";

function local(range: { from: DateTime; to: DateTime }): [string, string] {
  return [range.from.toFormat("yyyy-MM-dd HH:mm"), range.to.toFormat("yyyy-MM-dd HH:mm")];
}

describe("todayRange and tomorrowRange", () => {
  it("runs from midnight to midnight in the city", () => {
    expect(local(todayRange(parseLocal("2026-12-04T15:30")))).toEqual(["2026-12-04 00:00", "2026-12-05 00:00"]);
  });

  it("uses the city's date, not UTC's, late on a summer evening", () => {
    expect(local(todayRange(new Date("2027-06-30T23:30:00Z")))).toEqual(["2027-07-01 00:00", "2027-07-02 00:00"]);
  });

  it("gives tomorrow as the next whole day", () => {
    expect(local(tomorrowRange(parseLocal("2026-12-31T23:00")))).toEqual(["2027-01-01 00:00", "2027-01-02 00:00"]);
  });

  it("is 23 hours long on the day the clocks go forward", () => {
    const { from, to } = todayRange(parseLocal("2027-03-28T12:00"));
    expect(to.diff(from, "hours").hours).toBe(23);
  });
});

describe("weekendRange", () => {
  it("on a Friday gives the coming Saturday and Sunday", () => {
    expect(local(weekendRange(parseLocal("2026-12-04T18:00")))).toEqual(["2026-12-05 00:00", "2026-12-07 00:00"]);
  });

  it("on a Saturday gives this weekend from Saturday midnight", () => {
    expect(local(weekendRange(parseLocal("2026-12-05T15:00")))).toEqual(["2026-12-05 00:00", "2026-12-07 00:00"]);
  });

  it("on a Sunday still gives this weekend, not the next", () => {
    expect(local(weekendRange(parseLocal("2026-12-06T20:00")))).toEqual(["2026-12-05 00:00", "2026-12-07 00:00"]);
  });

  it("on a Monday gives the weekend ahead", () => {
    expect(local(weekendRange(parseLocal("2026-12-07T09:00")))).toEqual(["2026-12-12 00:00", "2026-12-14 00:00"]);
  });
});

describe("nextDaysRange", () => {
  it("runs from now to the midnight ending the seventh day, today counted", () => {
    expect(local(nextDaysRange(parseLocal("2026-12-04T15:30"), 7))).toEqual(["2026-12-04 15:30", "2026-12-11 00:00"]);
  });
});

describe("thisMonthRange", () => {
  it("runs from now to the first of next month", () => {
    expect(local(thisMonthRange(parseLocal("2026-12-04T15:30")))).toEqual(["2026-12-04 15:30", "2027-01-01 00:00"]);
  });
});
