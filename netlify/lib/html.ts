/** The feed builder's answer page: its frame when the build wrote none, and filling its marks. */
import { escapeHtml, FEED_LINK_RESULT_MARK, FEED_LINK_TITLE_MARK } from "../../src/lib/pages/contract";

/** A page frame with marks, as the build writes it from src/pages/calendar/link-template.astro. */
export const FALLBACK_FRAME = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${FEED_LINK_TITLE_MARK} | Stoke Together</title></head>
<body><a href="#main">Skip to main content</a><main id="main"><h1>${FEED_LINK_TITLE_MARK}</h1><div>${FEED_LINK_RESULT_MARK}</div><p><a href="/calendar/">Calendar feeds</a></p></main></body>
</html>`;

/** Fills a page frame's marks: the title (as text) and the result (as HTML already escaped). */
export function fillFrame(frame: string, title: string, resultHtml: string): string {
  return frame.replaceAll(FEED_LINK_TITLE_MARK, escapeHtml(title)).replace(FEED_LINK_RESULT_MARK, resultHtml);
}
