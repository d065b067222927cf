import { describe, expect, it } from "vitest";
import { fromFinderPath } from "./finder-path";

describe("the finder's old addresses", () => {
  it("reads the search each one stood for", () => {
    expect(fromFinderPath("/find/weekend/all-towns/free/before-dark/")).toEqual({
      when: "weekend",
      free: true,
      beforeDark: true,
    });
    expect(fromFinderPath("/find/today/hanley/any-cost/any-time/")).toEqual({ when: "today", town: "hanley" });
    expect(fromFinderPath("/find/any-day/all-towns/any-cost/any-time")).toEqual({});
  });

  it("refuses addresses that were not finder searches", () => {
    expect(fromFinderPath("/find/")).toBeUndefined();
    expect(fromFinderPath("/find/results/")).toBeUndefined();
    expect(fromFinderPath("/find/someday/all-towns/free/any-time/")).toBeUndefined();
    expect(fromFinderPath("/find/today/newcastle/free/any-time/")).toBeUndefined();
    expect(fromFinderPath("/find/today/hanley/cheap/any-time/")).toBeUndefined();
    expect(fromFinderPath("/find/today/hanley/free/late/")).toBeUndefined();
    expect(fromFinderPath("/events/")).toBeUndefined();
  });
});
