// Fails the build when a built page uses a Latin letter, punctuation mark or currency sign that the site's
// subset web fonts (scripts/subset-fonts.mjs) do not carry: such a character would be drawn in another font in
// the middle of a word. Characters of other scripts are meant for the system's fonts and pass. Reads the text
// of every page (and the finder's search index, whose titles the finder shows) with an HTML parser.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "parse5";
import { EXTENDED_CHARACTERS, FONT_CHARACTERS, LATIN_OR_PUNCTUATION } from "./font-characters.mjs";

const CARRIED = new Set(FONT_CHARACTERS + EXTENDED_CHARACTERS);
/** Elements whose text is never drawn. */
const UNDRAWN = new Set(["script", "style", "title", "head"]);
/** Attributes whose text is drawn on the page. */
const DRAWN_ATTRIBUTES = new Set(["placeholder", "value"]);

/** The text a page draws: text nodes, template contents and drawn attributes, entities decoded. */
export function drawnText(html) {
  const parts = [];
  const visit = (node) => {
    if (UNDRAWN.has(node.tagName)) return;
    if (node.nodeName === "#text") parts.push(node.value);
    for (const attr of node.attrs ?? []) if (DRAWN_ATTRIBUTES.has(attr.name)) parts.push(attr.value);
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(parse(html));
  return parts.join(" ");
}

/** The characters in the text that the web fonts should draw and do not carry, e.g. ["ł"]. */
export function findMissing(text) {
  const missing = new Set();
  for (const character of text) {
    if (character === "\n" || character === "\t" || character === "\r") continue;
    if (LATIN_OR_PUNCTUATION.test(character) && !CARRIED.has(character)) missing.add(character);
  }
  return [...missing];
}

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

const describe = (character) => `"${character}" (U+${character.codePointAt(0).toString(16).toUpperCase()})`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? "dist";
  const failures = files(folder).flatMap((file) => {
    const missing = findMissing(drawnText(readFileSync(file, "utf8")));
    return missing.length ? [`${relative(".", file)}: ${missing.map(describe).join(", ")}`] : [];
  });
  // The finder draws its results from the search files: the first holds titles and places, the second summaries.
  for (const name of ["search-index.json", "search-details.json"]) {
    const index = join(folder, name);
    try {
      const strings = [];
      JSON.parse(readFileSync(index, "utf8"), (_key, value) => {
        if (typeof value === "string") strings.push(value);
        return value;
      });
      const missing = findMissing(strings.join(" "));
      if (missing.length) failures.push(`${relative(".", index)}: ${missing.map(describe).join(", ")}`);
    } catch (error) {
      if (error.code !== "ENOENT") throw error;
    }
  }
  if (failures.length > 0) {
    console.error(
      "Built pages use characters the web fonts do not carry. Add them to FONT_CHARACTERS in " +
        `scripts/font-characters.mjs and run node scripts/subset-fonts.mjs:\n- ${failures.join("\n- ")}`,
    );
    process.exit(1);
  }
  console.log("Web fonts: every built page's Latin text is in the subsets.");
}
