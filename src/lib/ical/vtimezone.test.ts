import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { EUROPE_LONDON_VTIMEZONE, toVTimezone } from "./vtimezone";

const zone = new ICAL.Timezone(new ICAL.Component(ICAL.parse(EUROPE_LONDON_VTIMEZONE)));

/** The instant ical.js gives a Europe/London wall-clock time, using only our VTIMEZONE. */
function icalInstant(local: DateTime): number {
  const time = new ICAL.Time(
    { year: local.year, month: local.month, day: local.day, hour: local.hour, minute: local.minute, second: 0 },
    zone,
  );
  return time.toUnixTime() * 1000;
}

describe("EUROPE_LONDON_VTIMEZONE", () => {
  it("agrees with the IANA database at every hour of every clock-change weekend to 2036, and at noon every day", () => {
    const mismatches: string[] = [];
    for (
      let day = DateTime.fromISO("2026-01-01", { zone: "Europe/London" });
      day.year < 2036;
      day = day.plus({ days: 1 })
    ) {
      const changeWeekend = (day.month === 3 || day.month === 10) && day.day >= 24 && day.weekday >= 6;
      const hours = changeWeekend ? [0, 1, 2, 3, 12, 23] : [12];
      for (const hour of hours) {
        const local = day.set({ hour, minute: 30 });
        // 01:30 on the last Sunday of March does not exist, and on the last Sunday of October it happens
        // twice; calendar apps and Luxon resolve those two differently, and no listing uses them.
        if (local.hour !== hour || (day.month === 10 && day.weekday === 7 && hour === 1)) continue;
        if (icalInstant(local) !== local.toMillis()) mismatches.push(local.toISO() ?? "");
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("is a winter GMT and a summer BST", () => {
    expect(icalInstant(DateTime.fromISO("2027-01-15T19:00", { zone: "Europe/London" }))).toBe(
      Date.parse("2027-01-15T19:00:00Z"),
    );
    expect(icalInstant(DateTime.fromISO("2027-07-15T19:00", { zone: "Europe/London" }))).toBe(
      Date.parse("2027-07-15T18:00:00Z"),
    );
  });

  it("is only given for the city's zone", () => {
    expect(toVTimezone("Europe/London")).toBe(EUROPE_LONDON_VTIMEZONE);
    expect(toVTimezone("Europe/Paris")).toBeNull();
  });
});
