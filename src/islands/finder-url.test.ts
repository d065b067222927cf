import { describe, expect, it } from "vitest";
import { fromFinderForm, readFinderUrl, toFinderUrl } from "./finder-url";

describe("reading the finder's address as its form sends it", () => {
  it("leaves out the fields left empty, which mean any", () => {
    expect(fromFinderForm(new URLSearchParams("q=yoga&when=&town=&ward=&from=&to=&free=1")).toString()).toBe(
      "q=yoga&free=1",
    );
  });

  it("takes the dates only when Choose dates is the when chosen", () => {
    expect(fromFinderForm(new URLSearchParams("when=dates&from=2026-12-05&to=")).toString()).toBe("from=2026-12-05");
    expect(fromFinderForm(new URLSearchParams("when=weekend&from=2026-12-05")).toString()).toBe("when=weekend");
    // A link written by hand, with no when, keeps its dates.
    expect(fromFinderForm(new URLSearchParams("from=2026-12-05")).toString()).toBe("from=2026-12-05");
  });

  it("reads a form's search as the same query as the finder's own address for it", () => {
    const sent = readFinderUrl("?q=walk&when=week&from=&to=&town=hanley&ward=&access=step-free&access=seating");
    expect(sent).toEqual({
      query: { q: "walk", when: "week", town: "hanley", accessibility: ["step-free", "seating"] },
      view: "list",
      problems: [],
    });
    expect(toFinderUrl(sent.query, "list")).toBe("/find/?q=walk&when=week&town=hanley&access=step-free%2Cseating");
  });

  it("names a field it cannot read", () => {
    expect(readFinderUrl("?town=narnia").problems.map((problem) => problem.param)).toEqual(["town"]);
  });
});
