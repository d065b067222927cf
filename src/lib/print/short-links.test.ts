import { describe, expect, it } from "vitest";
import { shortCode, shortLinks } from "./short-links";

describe("short links", () => {
  it("gives each id a code of seven unmistakable characters, the same every time", () => {
    const code = shortCode("tunstall-coffee-morning");
    expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{7}$/);
    expect(shortCode("tunstall-coffee-morning")).toBe(code);
    expect(shortCode("tunstall-coffee-mornings")).not.toBe(code);
  });

  it("gives 10,000 ids 10,000 codes", () => {
    const ids = Array.from({ length: 10_000 }, (_, index) => `event-${index}`);
    expect(shortLinks(ids).size).toBe(10_000);
  });

  it("refuses two ids with one code, naming both, so no printed link leads to the wrong event", () => {
    // Two ids whose codes are the same, found by trying walk-0, walk-1, … until two met.
    expect(shortCode("walk-4028517")).toBe(shortCode("walk-5485870"));
    expect(() => shortLinks(["walk-4028517", "walk-5485870"])).toThrow(
      "The events walk-4028517 and walk-5485870 have the same short link (rvvc7h7): give one of them another id.",
    );
  });
});
