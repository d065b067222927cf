// What an embeddable list costs the site that shows it, counted from the build, each file gzipped on its own as
// a server sends it: an <iframe> list's page and everything it loads before it is drawn (its stylesheets and any
// script), for the heaviest list the build wrote (each holds up to 12 events, more than the 8 shown unless a
// site asks), and the script form's one file. Each has a budget of 5 KB (bench/run.mjs).
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { scriptsBeforeInteraction } from "./page-scripts.mjs";

const STYLESHEET = /<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="([^"]+)"/g;

/** One list's page: its HTML, each stylesheet and script it loads, and their total, in gzipped bytes. */
export function embedPageWeight(dist, pagePath) {
  const html = readFileSync(join(dist, pagePath));
  const files = { [`/${pagePath}`]: gzipSync(html).length };
  for (const match of html.toString("utf8").matchAll(STYLESHEET)) {
    files[match[1]] = gzipSync(readFileSync(join(dist, match[1]))).length;
  }
  Object.assign(files, scriptsBeforeInteraction(dist, pagePath).files);
  return { files, total: Object.values(files).reduce((sum, bytes) => sum + bytes, 0) };
}

/** The heaviest list page in the build, and the script that draws a list into another site's page. */
export function embedWeights(dist) {
  const pages = ["group", "place", "town"].flatMap((kind) =>
    existsSync(join(dist, "embed", kind))
      ? readdirSync(join(dist, "embed", kind)).map((id) => `embed/${kind}/${id}/index.html`)
      : [],
  );
  if (pages.length === 0) throw new Error(`${dist} has no embeddable lists: run npm run build first.`);
  const weighed = pages.map((path) => ({ path, ...embedPageWeight(dist, path) }));
  const heaviest = weighed.reduce((a, b) => (b.total > a.total ? b : a));
  return { page: heaviest, script: gzipSync(readFileSync(join(dist, "embed", "embed.js"))).length };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(embedWeights("dist"), null, 2));
