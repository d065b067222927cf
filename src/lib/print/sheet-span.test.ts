import { describe, expect, it } from "vitest";
import { parseLocal } from "../time/zone";
import { sheetSpan, spanWords } from "./sheet-span";

describe("the days a sheet covers", () => {
  it("runs from the day it is made to the Sunday after next", () => {
    const { from, to } = sheetSpan(parseLocal("2026-12-05T09:30"));
    expect(from.toISODate()).toBe("2026-12-05");
    expect(to.toISODate()).toBe("2026-12-13");
    expect(sheetSpan(parseLocal("2026-12-07T09:30")).to.toISODate()).toBe("2026-12-20");
  });

  it("says them in English with the month and year once", () => {
    const { from, to } = sheetSpan(parseLocal("2026-12-07T09:30"));
    expect(spanWords(from, to)).toBe("Monday 7 to Sunday 20 December 2026");
    const turn = sheetSpan(parseLocal("2026-12-28T09:30"));
    expect(spanWords(turn.from, turn.to)).toBe("Monday 28 December 2026 to Sunday 10 January 2027");
  });

  it("says them in the sheet's language", () => {
    const { from, to } = sheetSpan(parseLocal("2026-12-07T09:30"));
    expect(spanWords(from, to, "pl")).toBe("poniedziałek, 7 grudnia – niedziela, 20 grudnia");
    expect(spanWords(from, to, "ur")).toMatch(/^.*7 دسمبر سے .*20 دسمبر تک$/);
  });
});
