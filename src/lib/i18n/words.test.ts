import { describe, expect, it } from "vitest";
import { fill, splitSlots } from "./words";

describe("filling a catalogue's slots", () => {
  it("puts each value in its slot and leaves a slot with no value as it is", () => {
    expect(fill("{summary} What's on at {name}.", { summary: "A park.", name: "Hanley Park" })).toBe(
      "A park. What's on at Hanley Park.",
    );
    expect(fill("Bus {route}, stop: {stop}", { route: 4 })).toBe("Bus 4, stop: {stop}");
  });

  it("cuts text at its slots wherever the language puts them", () => {
    expect(splitSlots("{link} for a noticeboard.")).toEqual([{ slot: "link" }, { text: " for a noticeboard." }]);
    expect(splitSlots("نوٹس بورڈ کے لیے {link}۔")).toEqual([
      { text: "نوٹس بورڈ کے لیے " },
      { slot: "link" },
      { text: "۔" },
    ]);
  });
});
