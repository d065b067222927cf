// The JavaScript a built page has a browser fetch before anyone interacts with it: every <script src>,
// <link rel="modulepreload"> and island's component-url and renderer-url in the HTML, followed through the
// static imports of each file (`import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`), never
// through dynamic import(). Each file is counted once, gzipped on its own, as a server sends it.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { gzipSync } from "node:zlib";

const IN_HTML = [
  /<script\b[^>]*\bsrc="([^"]+)"/g,
  /<link\b(?=[^>]*\brel="modulepreload")[^>]*\bhref="([^"]+)"/g,
  /<astro-island\b[^>]*\bcomponent-url="([^"]+)"/g,
  /<astro-island\b[^>]*\brenderer-url="([^"]+)"/g,
];
// Minified static imports and re-exports; `import(` (dynamic) never matches, as it has no `from` or bare string.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.m?js)["']/g;

/** Every script file a built page loads before interaction, with each one's gzip size in bytes. */
export function scriptsBeforeInteraction(dist, pagePath) {
  const html = readFileSync(join(dist, pagePath), "utf8");
  const pending = [];
  for (const pattern of IN_HTML) {
    for (const match of html.matchAll(pattern)) pending.push(match[1]);
  }
  const files = new Map();
  while (pending.length > 0) {
    const url = pending.pop();
    if (!url.startsWith("/") || files.has(url)) continue;
    const file = join(dist, url);
    if (!existsSync(file)) throw new Error(`${pagePath} loads ${url}, which is not in ${dist}.`);
    const code = readFileSync(file);
    files.set(url, gzipSync(code).length);
    for (const match of code.toString("utf8").matchAll(STATIC_IMPORT)) {
      const target = match[1];
      if (target.startsWith(".")) pending.push(posix.join(dirname(url), target));
      else if (target.startsWith("/")) pending.push(target);
    }
  }
  return { files: Object.fromEntries(files), total: [...files.values()].reduce((sum, bytes) => sum + bytes, 0) };
}
