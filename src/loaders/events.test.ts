import { describe, expect, it } from "vitest";
import { toParagraphs } from "./events";

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
