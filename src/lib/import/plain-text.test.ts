import { describe, expect, it } from "vitest";
import { toPlainLine, toPlainText } from "./plain-text";

describe("toPlainText", () => {
  it("decodes entities and drops tags, keeping paragraphs and line breaks apart", () => {
    expect(toPlainText("<p>Songs &amp; stories</p><p>Free&nbsp;entry<br>All welcome</p>")).toBe(
      "Songs & stories\n\nFree entry\nAll welcome",
    );
    expect(toPlainText("<ul><li>Tea</li><li>Caf&eacute; cake</li></ul>")).toBe("Tea\nCafé cake");
  });

  it("drops what a reader never sees, and leaves plain text as it is, trimmed", () => {
    expect(toPlainText('Hi<script>alert("x")</script><style>p{}</style> there')).toBe("Hi there");
    expect(toPlainText("  Under 5s  club \n")).toBe("Under 5s club");
    expect(toPlainText("Ages 3 < 5 & up")).toBe("Ages 3 < 5 & up");
  });
});

describe("toPlainLine", () => {
  it("puts the text on one line", () => {
    expect(toPlainLine("Caf&eacute; <b>Stories</b>\n &amp; Rhymes")).toBe("Café Stories & Rhymes");
  });
});
