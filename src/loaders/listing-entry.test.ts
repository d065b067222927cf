import { describe, expect, it } from "vitest";
import { unlisted } from "./events";
import { toParagraphs } from "./listing-entry";

describe("toParagraphs", () => {
  it("shows a submitted description as escaped paragraphs, so no markup or Markdown link survives", () => {
    const html = toParagraphs(
      `Hello <script>alert(1)</script>\nline two\n\n[click](javascript:alert(1)) " onmouseover="x`,
    );
    expect(html).toBe(
      "<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;<br>line two</p>\n" +
        "<p>[click](javascript:alert(1)) &quot; onmouseover=&quot;x</p>",
    );
  });
});

describe("unlisted", () => {
  it("names a place or group that content/ does not list", () => {
    expect(unlisted("content", { place: "tunstall-library", group: "tunstall-neighbours" })).toEqual([]);
    expect(unlisted("content", { place: "hanley-libary", group: "nobody" })).toEqual([
      'place "hanley-libary"',
      'group "nobody"',
    ]);
    expect(unlisted("content", { place: "", group: "tunstall-neighbours" })).toEqual(['place ""']);
  });

  it("has no place to miss for an event at a location in words or online", () => {
    expect(unlisted("content", { group: "tunstall-neighbours" })).toEqual([]);
  });
});
