import { describe, expect, it } from "vitest";
import { allFinderPresets, fromFinderPath, toFinderPath } from "./finder-path";

describe("finder paths", () => {
  it("writes the journey's search as a path", () => {
    expect(toFinderPath({ when: "weekend", free: true, beforeDark: true })).toBe(
      "/find/weekend/all-towns/free/before-dark/",
    );
    expect(toFinderPath({})).toBe("/find/");
  });

  it("reads every pre-rendered path back to the preset it came from", () => {
    const presets = allFinderPresets();
    expect(presets).toHaveLength(6 * 7 * 2 * 2);
    expect(new Set(presets.map(toFinderPath)).size).toBe(presets.length);
    for (const preset of presets) expect(fromFinderPath(toFinderPath(preset))).toEqual(preset);
  });

  it("refuses paths that are not finder pages", () => {
    expect(fromFinderPath("/find/someday/all-towns/free/any-time/")).toBeUndefined();
    expect(fromFinderPath("/find/today/newcastle/free/any-time/")).toBeUndefined();
    expect(fromFinderPath("/find/today/hanley/cheap/any-time/")).toBeUndefined();
    expect(fromFinderPath("/events/")).toBeUndefined();
  });
});
