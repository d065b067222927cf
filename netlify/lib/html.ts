/** Writing HTML safely in functions: every value from a request or a listing goes through escapeHtml. */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made safe for HTML content and quoted attributes.
 * @example escapeHtml('<b>"Tea & cake"</b>') // "&lt;b&gt;&quot;Tea &amp; cake&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/** A page frame with markers, as the build writes dist/calendar/link-template/index.html. */
export const FALLBACK_FRAME = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>__FEED_LINK_TITLE__ | Stoke Together</title></head>
<body><a href="#main">Skip to main content</a><main id="main"><h1>__FEED_LINK_TITLE__</h1><div>__FEED_LINK_RESULT__</div><p><a href="/calendar/">Calendar feeds</a></p></main></body>
</html>`;

/** Fills a page frame's markers: the title (as text) and the result (as HTML already escaped). */
export function fillFrame(frame: string, title: string, resultHtml: string): string {
  return frame.replaceAll("__FEED_LINK_TITLE__", escapeHtml(title)).replace("__FEED_LINK_RESULT__", resultHtml);
}
