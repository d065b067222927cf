/**
 * A submitted description, exported as Markdown for content/events/, renders (CommonMark with GitHub's
 * extensions, as the reference parser micromark reads it) as the same plain paragraphs the site showed.
 */
import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, it } from "vitest";
import { plainTextAsMarkdown, toEventMarkdown } from "../../src/lib/submissions/publish";
import { toParagraphs } from "../../src/loaders/listing-entry";

/** HTML with one spelling of line breaks and of escaped quotes, so two renderers can be compared. */
const normalised = (html: string) =>
  html
    .replace(/<br \/>\n?/g, "<br>")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .trim();

const asMarkdown = (text: string) =>
  normalised(micromark(plainTextAsMarkdown(text), { extensions: [gfm()], htmlExtensions: [gfmHtml()] }));

const HOSTILE = [
  "[Book here](javascript:alert(1)) and ![x](https://example.org/x.png)",
  "<script>alert(1)</script> <img src=x onerror=alert(1)> &amp; &lt;",
  "# Not a heading\n- not a list\n1. not a list either\n> not a quote",
  "Visit https://example.org/page or www.example.org or mail someone@example.org",
  "    four spaces, not code\n```\nnot a fence\n```",
  "*not emphasis* _nor this_ ~~nor this~~ `nor code` | not | a | table |\n|---|---|",
  "Line one\nLine two\n\n\n  Second paragraph  \n\n===\nSetext? No.",
  "Back\\slash at the end\\\nand a trailing backslash \\",
  "[ref]: https://example.org\n[ref]",
  "Tea & biscuits, £2 (or pay what you can!) — everyone's welcome: 10:00–11:30.",
];

describe("plainTextAsMarkdown", () => {
  it.each(HOSTILE)("renders %j as the site shows it, with no link or markup", (text) => {
    expect(asMarkdown(text)).toBe(normalised(toParagraphs(text)));
    expect(asMarkdown(text)).not.toMatch(/<(a|img|script|h\d|ul|ol|li|blockquote|pre|code|em|strong|del|table)\b/);
  });

  it("puts the escaped description after the front matter", () => {
    const file = toEventMarkdown({ title: "Coffee" } as never, "[Book](javascript:alert(1))");
    expect(file.endsWith("\n---\n\n\\[Book\\]\\(javascript\\:alert\\(1\\)\\)\n")).toBe(true);
  });
});
