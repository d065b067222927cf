import { describe, expect, it } from "vitest";
import { overlapsSpan, toLocalSpan } from "./spans";
import { toDateRange } from "./date-range";
import type { ListingQuery } from "./query";
import { toLocalDateTime } from "../time/local";
import { CITY_ZONE } from "../time/zone";

const local = (dt: { setZone(zone: string): { toFormat(format: string): string } }) =>
  dt.setZone(CITY_ZONE).toFormat("yyyy-MM-dd'T'HH:mm");

// A Monday, a Friday evening, a Saturday, a Sunday, the last day of a month, and both clock changes.
const instants = [
  "2026-11-30T08:00:00Z",
  "2026-12-04T19:45:00Z",
  "2026-12-05T09:00:00Z",
  "2026-12-06T23:30:00Z",
  "2026-12-31T23:59:00Z",
  "2027-03-28T00:30:00Z",
  "2027-03-28T01:30:00Z",
  "2026-10-25T00:30:00Z",
  "2026-10-25T01:30:00Z",
  "2026-06-30T23:30:00Z",
];
const queries: ListingQuery[] = [
  { when: "today" },
  { when: "tomorrow" },
  { when: "weekend" },
  { when: "week" },
  { when: "month" },
  { from: "2026-12-24", to: "2026-12-26" },
  { from: "2027-03-28" },
  {},
];

describe("toLocalSpan", () => {
  it("gives the same spans as toDateRange for every kind of date, whatever the day and clock change", () => {
    for (const instant of instants) {
      const now = new Date(instant);
      for (const query of queries) {
        const range = toDateRange(query, now);
        const span = toLocalSpan(query, toLocalDateTime(now));
        const expected = range && { from: local(range.from), to: local(range.to) };
        expect(span, `${JSON.stringify(query)} at ${instant}`).toEqual(expected);
      }
    }
  });

  it("takes this weekend as the coming Saturday and Sunday, or what is left of it", () => {
    expect(toLocalSpan({ when: "weekend" }, "2026-12-02T10:00")).toEqual({
      from: "2026-12-05T00:00",
      to: "2026-12-07T00:00",
    });
    expect(toLocalSpan({ when: "weekend" }, "2026-12-06T10:00")?.from).toBe("2026-12-05T00:00");
  });
});

describe("toLocalDateTime", () => {
  it("reads British summer time and Greenwich mean time", () => {
    expect(toLocalDateTime(new Date("2026-07-01T12:00:00Z"))).toBe("2026-07-01T13:00");
    expect(toLocalDateTime(new Date("2026-12-01T12:00:00Z"))).toBe("2026-12-01T12:00");
  });
});

describe("overlapsSpan", () => {
  const span = { from: "2026-12-05T00:00", to: "2026-12-07T00:00" };
  it("keeps what runs into the span and drops what ends as it starts", () => {
    expect(overlapsSpan({ start: "2026-12-04T23:00", end: "2026-12-05T01:00" }, span)).toBe(true);
    expect(overlapsSpan({ start: "2026-12-04T22:00", end: "2026-12-05T00:00" }, span)).toBe(false);
    expect(overlapsSpan({ start: "2026-12-07T00:00", end: "2026-12-07T02:00" }, span)).toBe(false);
    expect(overlapsSpan({ start: "2026-12-06T18:00", end: "2026-12-06T20:00" }, span)).toBe(true);
  });
});

describe("formatLocalOccurrence", () => {
  it("writes dates as the pages do, naming the end day only when it differs", async () => {
    const { formatLocalOccurrence } = await import("../time/local");
    const { formatOccurrence } = await import("../time/format");
    const { parseLocal } = await import("../time/zone");
    for (const [start, end] of [
      ["2026-12-05T10:00", "2026-12-05T12:00"],
      ["2026-12-31T21:00", "2027-01-01T00:30"],
      ["2027-03-28T09:00", "2027-03-28T11:00"],
    ] as const) {
      expect(formatLocalOccurrence(start, end)).toBe(formatOccurrence(parseLocal(start), parseLocal(end)));
    }
  });
});
