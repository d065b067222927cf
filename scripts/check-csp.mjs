// Fails the build when a built page has an inline script, event handler or style that the
// Content-Security-Policy in netlify.toml would block: every inline script needs its sha256 hash listed in
// script-src. Pages are read with an HTML parser, so text that only looks like a script (inside an
// attribute, say, from a submitted web address) is never taken for one.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "parse5";

/** The Content-Security-Policy header value set for every page in netlify.toml. */
export function readPolicy(toml) {
  const match = /Content-Security-Policy\s*=\s*"([^"]+)"/.exec(toml);
  if (!match?.[1]) throw new Error("netlify.toml sets no Content-Security-Policy header.");
  return match[1];
}

/** The sources a directive allows, e.g. sources(policy, "script-src") → ["'self'", "'sha256-…'"]. */
export function sources(policy, directive) {
  const part = policy
    .split(";")
    .map((text) => text.trim())
    .find((text) => text.startsWith(`${directive} `) || text === directive);
  return part ? part.split(/\s+/).slice(1) : [];
}

/** JavaScript's MIME types and "module": a script of any other type is a data block, never run. */
const SCRIPT_TYPES = new Set(["", "module", "text/javascript", "application/javascript", "text/ecmascript"]);

/** Every element in a parsed document, template contents included. */
function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child);
  }
  if (node.content) yield* elements(node.content);
}

const attribute = (element, name) => element.attrs.find((attr) => attr.name === name)?.value;
const textOf = (element) => (element.childNodes ?? []).map((child) => child.value ?? "").join("");
const hashOf = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/**
 * Problems in one page, read with a real HTML parser (parse5), as a browser reads it: inline scripts
 * without a listed hash, inline event handlers, inline styles where only listed hashes are allowed. Text
 * inside an attribute is only text, whatever it looks like.
 */
export function findViolations(html, policy) {
  const problems = [];
  const scriptSources = sources(policy, "script-src");
  const styleSources = sources(policy, "style-src");
  const styleAttributesAllowed = styleSources.includes("'unsafe-inline'");
  for (const element of elements(parse(html))) {
    if (element.tagName === "script" && attribute(element, "src") === undefined) {
      const type = (attribute(element, "type") ?? "").trim().toLowerCase();
      if (SCRIPT_TYPES.has(type)) {
        const hash = hashOf(textOf(element));
        if (!scriptSources.includes(hash)) problems.push(`an inline script whose hash ${hash} is not in script-src`);
      }
    }
    if (element.tagName === "style" && !styleAttributesAllowed) {
      const hash = hashOf(textOf(element));
      if (!styleSources.includes(hash))
        problems.push(`an inline <style> element whose hash ${hash} is not in style-src`);
    }
    for (const { name } of element.attrs) {
      if (name === "style" && !styleAttributesAllowed) {
        problems.push(`an inline style attribute on <${element.tagName}> (style-src allows none)`);
      } else if (/^on[a-z]+$/.test(name)) {
        problems.push(`an inline event handler (${name}) on <${element.tagName}> (script-src allows none)`);
      }
    }
  }
  return problems;
}

function htmlFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith(".html") ? [path] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const policy = readPolicy(readFileSync("netlify.toml", "utf8"));
  const folder = process.argv[2] ?? "dist";
  const failures = htmlFiles(folder).flatMap((file) =>
    findViolations(readFileSync(file, "utf8"), policy).map((problem) => `${relative(".", file)}: ${problem}`),
  );
  if (failures.length > 0) {
    console.error(
      `The Content-Security-Policy in netlify.toml would block parts of the built site:\n- ${failures.join("\n- ")}`,
    );
    process.exit(1);
  }
  console.log("Content-Security-Policy: every built page passes.");
}
