/**
 * Text as feeds give it, made fit to show: descriptions that carry HTML become plain text (read by parse5,
 * a real HTML parser), postcodes are found in free-text locations, and web addresses are kept only when
 * they are public http(s) addresses, as the site stores every address.
 */
import { parseFragment } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { WebAddressSchema } from "../domain/web-address";

type Node = DefaultTreeAdapterMap["node"];

/** Elements after which text starts on a new line. */
const BLOCKS = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "section",
  "article",
  "blockquote",
]);
/** Elements whose content is never text for a reader. */
const HIDDEN = new Set(["script", "style", "template", "noscript"]);

function collect(node: Node, out: string[]): void {
  if (node.nodeName === "#text" && "value" in node) {
    out.push(node.value);
    return;
  }
  if (HIDDEN.has(node.nodeName)) return;
  if ("childNodes" in node) for (const child of node.childNodes) collect(child, out);
  if (BLOCKS.has(node.nodeName)) out.push("\n");
}

/**
 * A text with any HTML read as a browser would and turned into plain text, paragraphs kept as blank lines,
 * spaces tidied. Text with no markup is kept as it is, apart from tidied spaces.
 * @example plainTextOf("<p>Tea &amp; cake</p><p>All welcome</p>") // "Tea & cake\n\nAll welcome"
 */
export function plainTextOf(text: string): string {
  const hasMarkup = /<[a-z!/]|&[a-z#0-9]+;/i.test(text);
  const flat = hasMarkup
    ? (() => {
        const out: string[] = [];
        collect(parseFragment(text) as unknown as Node, out);
        return out.join("");
      })()
    : text;
  return flat
    .replace(/\r\n?/g, "\n")
    .split(/\n/)
    .map((line) => line.replace(/[ \t\u00A0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// A UK postcode: outward code (area, district) and inward code (sector, unit), with or without the space.
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[A-Z]{2})\b/i;

/**
 * The first UK postcode in a free-text location, upper case with one space, or undefined.
 * @example findPostcode("Tunstall Library, The Boulevard, st6 5ad") // "ST6 5AD"
 */
export function findPostcode(text: string): string | undefined {
  const match = POSTCODE.exec(text);
  return match ? `${match[1]!.toUpperCase()} ${match[2]!.toUpperCase()}` : undefined;
}

/**
 * A web address kept only when it is one the site would store (public, http or https, no credentials),
 * normalised; anything else is dropped.
 * @example publicWebAddress("javascript:alert(1)") // undefined
 */
export function publicWebAddress(address: string | undefined, base?: string): string | undefined {
  if (!address) return undefined;
  let absolute: string;
  try {
    absolute = new URL(address.trim(), base).href;
  } catch {
    return undefined;
  }
  const parsed = WebAddressSchema.safeParse(absolute);
  return parsed.success ? parsed.data : undefined;
}
