import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readWindow, startsInWindow } from "./window";

describe("readWindow", () => {
  it("reads a time without an offset as the city's wall clock", () => {
    const window = readWindow({ from: "2027-03-01", to: "2027-05-01T00:00:00Z" });
    expect(window.from.toISO()).toBe("2027-03-01T00:00:00.000+00:00");
    expect(window.to.toISO()).toBe("2027-05-01T01:00:00.000+01:00");
  });

  it("refuses a window it cannot read, since the caller chose it", () => {
    expect(() => readWindow({ from: "March", to: "2027-05-01" })).toThrow(
      'The import window\'s from, "March", is not an ISO 8601 time.',
    );
    expect(() => readWindow({ from: "2027-05-01", to: "2027-03-01" })).toThrow(
      "The import window ends (2027-03-01) before it starts (2027-05-01).",
    );
  });
});

describe("startsInWindow", () => {
  it("keeps a start on from, and not one on to", () => {
    const window = readWindow({ from: "2027-03-01T00:00:00Z", to: "2027-04-01T00:00:00+01:00" });
    expect(startsInWindow(DateTime.fromISO("2027-03-01T00:00:00Z"), window)).toBe(true);
    expect(startsInWindow(DateTime.fromISO("2027-03-31T23:59:59Z"), window)).toBe(false);
    expect(startsInWindow(DateTime.fromISO("2027-03-31T22:59:59Z"), window)).toBe(true);
  });
});
