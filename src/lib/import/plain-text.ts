/**
 * Plain text out of the HTML that feeds put in names and descriptions: parsed by parse5 as a browser
 * would, so entities are decoded (`&amp;`, `&#8217;`) and tags dropped, with paragraphs kept apart.
 * JSON-LD sits in a script element, whose text the HTML parser leaves raw, so its values need this too.
 */
import { parseFragment, type DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.ChildNode;

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(["script", "style", "template", "noscript", "iframe", "object", "head", "title"]);
/** Elements that start a new line (a list item, a table row, a line break). */
const LINES = new Set(["br", "li", "dt", "dd", "tr", "td", "th"]);
/** Elements that stand apart as paragraphs. */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "div",
  "dl",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "ul",
]);

/** The text of the nodes in document order; a loop, not recursion, so no nesting is too deep. */
function collect(nodes: readonly Node[]): string {
  const parts: string[] = [];
  // Nodes still to visit, and the breaks to write after a block's children, last first.
  const stack: (Node | string)[] = [];
  const pushReversed = (children: readonly Node[]) => {
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const child = children[index];
      if (child) stack.push(child);
    }
  };
  pushReversed(nodes);
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (typeof next === "string") {
      parts.push(next);
    } else if (next.nodeName === "#text" && "value" in next) {
      parts.push(next.value);
    } else if ("tagName" in next && !HIDDEN.has(next.tagName)) {
      const block = BLOCKS.has(next.tagName);
      parts.push(block ? "\n\n" : LINES.has(next.tagName) ? "\n" : "");
      if (block) stack.push("\n\n");
      pushReversed(next.childNodes);
    }
  }
  return parts.join("");
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The text of an HTML fragment: entities decoded, tags dropped, paragraphs as blank lines, lines trimmed.
 * @example toPlainText("<p>Stories &amp; rhymes</p><p>Free</p>") // "Stories & rhymes\n\nFree"
 */
export function toPlainText(html: string): string {
  if (!html.includes("<") && !html.includes("&")) return tidy(html);
  return tidy(collect(parseFragment(html).childNodes));
}

/**
 * The text of an HTML fragment on one line, for names and addresses.
 * @example toPlainLine("Caf&eacute; <b>Stories</b>\n &amp; Rhymes") // "Café Stories & Rhymes"
 */
export function toPlainLine(html: string): string {
  return toPlainText(html).replace(/\s+/g, " ");
}
