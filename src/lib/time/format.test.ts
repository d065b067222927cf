import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDayHeading,
  formatDayLabel,
  formatIsoInstant,
  formatOccurrence,
  formatShortDate,
  formatTime,
} from "./format";
import { formatLocalDate } from "./local";
import { parseLocal } from "./zone";

describe("formatTime", () => {
  it("uses the 24-hour clock", () => {
    expect(formatTime(parseLocal("2026-12-05T19:00"))).toBe("19:00");
  });

  it("shows city time for an instant given in UTC", () => {
    expect(formatTime(parseLocal("2027-07-01T18:00", "UTC"))).toBe("19:00");
  });
});

describe("formatOccurrence", () => {
  it("names the day once for a morning event", () => {
    expect(formatOccurrence(parseLocal("2026-12-05T10:00"), parseLocal("2026-12-05T12:00"))).toBe(
      "Sat 5 Dec, 10:00 to 12:00",
    );
  });

  it("names the end day when the event ends after midnight", () => {
    expect(formatOccurrence(parseLocal("2026-12-05T22:00"), parseLocal("2026-12-06T01:00"))).toBe(
      "Sat 5 Dec, 22:00 to Sun 6 Dec, 01:00",
    );
  });
});

describe("dates", () => {
  it("writes a day heading in full", () => {
    expect(formatDayHeading("2026-12-05")).toBe("Saturday 5 December");
  });

  it("writes a day heading from a DateTime", () => {
    expect(formatDayHeading(parseLocal("2027-09-15T19:00"))).toBe("Wednesday 15 September");
  });

  it("writes a full date as GOV.UK does", () => {
    expect(formatDate("2026-12-06")).toBe("6 December 2026");
  });

  it("writes a full date the same way without Luxon, for the browser", () => {
    for (const date of ["2026-12-06", "2028-02-29", "2027-01-01", "2030-09-30"]) {
      expect(formatLocalDate(date)).toBe(formatDate(date));
    }
  });

  it("abbreviates September as Sep, whatever the ICU data says", () => {
    expect(formatShortDate("2027-09-04")).toBe("Sat 4 Sep");
  });

  it("writes a short date", () => {
    expect(formatShortDate("2026-12-05")).toBe("Sat 5 Dec");
  });
});

describe("formatDayLabel", () => {
  const now = new Date("2026-12-05T12:00:00Z");

  it("says Today for today's date", () => {
    expect(formatDayLabel("2026-12-05", now)).toBe("Today");
  });

  it("says Tomorrow for the next date", () => {
    expect(formatDayLabel("2026-12-06", now)).toBe("Tomorrow");
  });

  it("writes the day in full after tomorrow", () => {
    expect(formatDayLabel("2026-12-07", now)).toBe("Monday 7 December");
  });

  it("counts today in city time: 23:30 UTC on 30 June is already 1 July in BST", () => {
    expect(formatDayLabel("2027-07-01", new Date("2027-06-30T23:30:00Z"))).toBe("Today");
  });
});

describe("formatIsoInstant", () => {
  it("gives a winter time with a zero offset", () => {
    expect(formatIsoInstant(parseLocal("2026-12-06T10:00"))).toBe("2026-12-06T10:00:00+00:00");
  });

  it("gives a summer time with the BST offset", () => {
    expect(formatIsoInstant(parseLocal("2027-07-01T19:00"))).toBe("2027-07-01T19:00:00+01:00");
  });
});

describe("formatOccurrence for a whole day", () => {
  it("says all day for one day, and names the first and last days for more", () => {
    expect(formatOccurrence(parseLocal("2027-05-01T00:00"), parseLocal("2027-05-02T00:00"), true)).toBe(
      "Sat 1 May, all day",
    );
    expect(formatOccurrence(parseLocal("2027-07-29T00:00"), parseLocal("2027-07-31T00:00"), true)).toBe(
      "Thu 29 Jul to Fri 30 Jul",
    );
    // Across the October clock change the day after is still the next day.
    expect(formatOccurrence(parseLocal("2027-10-31T00:00"), parseLocal("2027-11-01T00:00"), true)).toBe(
      "Sun 31 Oct, all day",
    );
  });
});
