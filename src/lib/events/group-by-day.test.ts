import { describe, expect, it } from "vitest";
import { parseLocal } from "../time/zone";
import { groupByDay } from "./group-by-day";

function item(name: string, start: string) {
  return { name, start: parseLocal(start) };
}

describe("groupByDay", () => {
  it("puts items under the local date they start on, days in order", () => {
    const groups = groupByDay([
      item("coffee", "2026-12-05T10:00"),
      item("quiz", "2026-12-05T19:30"),
      item("walk", "2026-12-06T09:00"),
    ]);
    expect(groups.map((group) => [group.date, group.items.map((entry) => entry.name)])).toEqual([
      ["2026-12-05", ["coffee", "quiz"]],
      ["2026-12-06", ["walk"]],
    ]);
  });

  it("puts a late summer evening on its local date, not the UTC one", () => {
    const lateShow = { name: "late show", start: parseLocal("2027-06-30T23:30", "UTC") };
    expect(groupByDay([lateShow])[0]?.date).toBe("2027-07-01");
  });

  it("orders days by date even when items come unsorted, keeping their order within a day", () => {
    const groups = groupByDay([
      item("sunday", "2026-12-06T09:00"),
      item("saturday late", "2026-12-05T19:30"),
      item("saturday early", "2026-12-05T10:00"),
    ]);
    expect(groups.map((group) => [group.date, group.items.map((entry) => entry.name)])).toEqual([
      ["2026-12-05", ["saturday late", "saturday early"]],
      ["2026-12-06", ["sunday"]],
    ]);
  });

  it("gives no groups for no items", () => {
    expect(groupByDay([])).toEqual([]);
  });
});
