import { describe, expect, it } from "vitest";
import { content } from "../../../tests/support/content";
import type { Event } from "../domain";
import { seriesEndOf } from "../events/occurrences";
import { seriesEndMillis } from "./select";

const base = content.events.find((entry) => entry.data.recurrence === undefined)!.data;
const variants: [string, Event][] = [
  ["a one-off event", { ...base, startDate: "2026-10-24T19:00", endDate: "2026-10-24T21:00" }],
  ["one that ends after midnight", { ...base, startDate: "2026-10-24T22:00", endDate: "2026-10-25T01:30" }],
  ["one on the night the clocks go back", { ...base, startDate: "2026-10-25T00:30", endDate: "2026-10-25T02:30" }],
  ["one on the night the clocks go forward", { ...base, startDate: "2027-03-28T00:30", endDate: "2027-03-28T03:00" }],
  [
    "a weekly series with an end date",
    {
      ...base,
      startDate: "2026-12-01T10:00",
      endDate: "2026-12-01T12:00",
      recurrence: { freq: "weekly", interval: 1, until: "2027-03-30", byday: ["TU"] },
    },
  ],
  [
    "a series with a date moved beyond its end",
    {
      ...base,
      startDate: "2026-12-01T10:00",
      endDate: "2026-12-01T12:00",
      recurrence: { freq: "weekly", interval: 1, until: "2026-12-29", byday: ["TU"] },
      rescheduled: [{ date: "2026-12-29", startDate: "2027-01-02T10:00", endDate: "2027-01-02T12:00" }],
    },
  ],
];

describe("seriesEndMillis", () => {
  it.each([...content.events.map((entry): [string, Event] => [entry.id, entry.data]), ...variants])(
    "says when %s ends for good, as the occurrence rules do",
    (_name, event) => {
      expect(seriesEndMillis(event)).toBe(seriesEndOf(event)?.toMillis() ?? Number.POSITIVE_INFINITY);
    },
  );
});
