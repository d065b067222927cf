// npm run bench: page weights and search speed, in Node and in Chromium. Needs a build (npm run build).
// The JavaScript a page has a browser fetch before interaction is also counted statically from the build
// (bench/page-scripts.mjs): every script, module preload and island, and their static imports.
// Writes bench-results/bench.json and prints the tables the README quotes. Budgets are checked here, not in
// timed tests: the command exits non-zero when one is over.
/* global SearchBench */
import { Buffer } from "node:buffer";
import { build } from "esbuild";
import { chromium } from "@playwright/test";
import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { scriptsBeforeInteraction } from "./page-scripts.mjs";
import { embedWeights } from "./embed-weight.mjs";

const OUT = "bench-results";
const PORT = Number(process.env.BENCH_PORT ?? 4333);
const SIZES = [1_000, 2_000, 10_000, 50_000];
const gz = (text) => gzipSync(text).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

if (!existsSync("dist/search-index.json") || !existsSync("dist/search-details.json")) {
  console.error("No build found: run npm run build first.");
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

// One benchmark, bundled twice: for Node and for the browser.
const common = { entryPoints: ["bench/search-bench.ts"], bundle: true, logLevel: "error" };
await build({ ...common, platform: "node", format: "esm", outfile: `${OUT}/search-bench.node.mjs` });
await build({
  ...common,
  platform: "browser",
  format: "iife",
  globalName: "SearchBench",
  outfile: `${OUT}/search-bench.browser.js`,
});
await build({
  entryPoints: ["bench/search-corpora.ts"],
  bundle: true,
  logLevel: "error",
  platform: "node",
  format: "esm",
  packages: "external",
  outfile: `${OUT}/search-corpora.node.mjs`,
});
const bench = await import(pathToFileURL(`${OUT}/search-bench.node.mjs`).href);
const { corpusJson } = await import(pathToFileURL(`${OUT}/search-corpora.node.mjs`).href);

// Each corpus is written as the two files a phone would download, and measured from their text in Node and
// in Chromium. Before the first result, the finder needs the first file only.
const corpora = [
  [
    "real content",
    ["dist/search-index.json", "dist/search-details.json"],
    ["/search-index.json", "/search-details.json"],
  ],
];
for (const n of SIZES) {
  const { first, details } = corpusJson(n);
  const files = [`${OUT}/synthetic-${n}.json`, `${OUT}/synthetic-${n}-details.json`];
  writeFileSync(files[0], first);
  writeFileSync(files[1], details);
  corpora.push([
    `synthetic ${n.toLocaleString("en-GB")}`,
    files,
    files.map((file) => `/__bench/${file.slice(OUT.length + 1)}`),
  ]);
}

// Search in Node.
const node = corpora.map(([name, files]) => {
  const [first, details] = files.map((file) => readFileSync(file, "utf8"));
  return { ...bench.measure(name, first, details), firstGzipBytes: gz(first), gzipBytes: gz(first) + gz(details) };
});

// JavaScript before interaction, from the build: the finder and an event page with a map.
const eventId = readdirSync("dist/events").find(
  (id) =>
    existsSync(`dist/events/${id}/index.html`) &&
    readFileSync(`dist/events/${id}/index.html`, "utf8").includes("data-map"),
);
const staticScripts = {
  finder: scriptsBeforeInteraction("dist", "find/index.html"),
  event: scriptsBeforeInteraction("dist", `events/${eventId}/index.html`),
};
// An embeddable list on another site: the heaviest <iframe> page with all it loads, and the script form.
const embed = embedWeights("dist");

// A static server for the built site, for Chromium.
const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
  let file = path.startsWith("/__bench/") ? join(OUT, path.slice("/__bench/".length)) : join("dist", path);
  if (path.endsWith("/")) file = join(file, "index.html");
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(PORT, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${PORT}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});

// Search in Chromium: the same bundle, the same corpora.
const page = await browser.newPage();
await page.goto(`${base}/404.html`);
await page.addScriptTag({ content: readFileSync(`${OUT}/search-bench.browser.js`, "utf8") });
const chromiumSearch = [];
for (const [name, , urls] of corpora) {
  // The downloads are done before the clock starts: load and ready count from the JSON text.
  const figures = await page.evaluate(
    async ([label, addresses]) =>
      SearchBench.measure(label, ...(await Promise.all(addresses.map(async (url) => (await fetch(url)).text())))),
    [name, urls],
  );
  chromiumSearch.push(figures);
}
await page.close();

/** Loads a page at phone width and sums the gzip size of every script it has fetched so far. */
async function weigh(path, steps = async () => {}) {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.fulfill({ status: 200, contentType: "image/png", body: Buffer.alloc(0) }),
  );
  const tab = await context.newPage();
  const scripts = new Map();
  tab.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    try {
      scripts.set(response.url(), gz(await response.body()));
    } catch {
      // A script the page abandoned (navigation) has no body to weigh.
    }
  });
  const response = await tab.goto(base + path, { waitUntil: "networkidle" });
  const html = gz(await response.body());
  await tab.waitForTimeout(1500);
  const sum = () => [...scripts.values()].reduce((a, b) => a + b, 0);
  const before = sum();
  const leafletBefore = [...scripts.keys()].some((url) => /leaflet/.test(url));
  const after = await steps(tab, sum);
  await context.close();
  return { path, html, jsBeforeMap: before, leafletBefore, ...after };
}

const eventPage = await weigh(`/events/${eventId}/`, async (tab, sum) => {
  await tab.locator(".place-map").scrollIntoViewIfNeeded();
  await tab.locator(".leaflet-marker-icon").first().waitFor();
  await tab.waitForLoadState("networkidle");
  return { jsWithMap: sum() };
});
const finderPage = await weigh("/find/", async (tab, sum) => {
  await tab.getByRole("searchbox").fill("yoga");
  await tab
    .getByRole("status")
    .filter({ hasText: /results?:/ })
    .waitFor();
  await tab.waitForLoadState("networkidle");
  const jsAfterFirstSearch = sum();
  await tab.getByRole("button", { name: "Map", exact: true }).click();
  await tab.locator(".leaflet-marker-icon").first().waitFor();
  await tab.waitForLoadState("networkidle");
  return { jsAfterFirstSearch, jsWithMap: sum() };
});
await browser.close();
server.close();

const corpus = (figures, name) => figures.find((f) => f.corpus === name);
const at10k = (figures) => corpus(figures, "synthetic 10,000");
const budgets = [
  ["finder JavaScript before interaction (static)", staticScripts.finder.total, 80 * 1024],
  ["event page JavaScript before interaction (static)", staticScripts.event.total, 20 * 1024],
  ["event page JavaScript before the map", eventPage.jsBeforeMap, 20 * 1024],
  ["event page HTML", eventPage.html, 14 * 1024],
  ["finder JavaScript before the map (after the first search)", finderPage.jsAfterFirstSearch, 100 * 1024],
  ["search at 2,000 records, median (Node)", corpus(node, "synthetic 2,000").medianMs, 10],
  ["search at 2,000 records, median (Chromium)", corpus(chromiumSearch, "synthetic 2,000").medianMs, 10],
  ["search at 10,000 records, median (Node)", at10k(node).medianMs, 50],
  ["search at 10,000 records, median (Chromium)", at10k(chromiumSearch).medianMs, 50],
  ["search ready at 10,000 records, from the first file's JSON text (Chromium)", at10k(chromiumSearch).readyMs, 300],
  ["search data before the first result at 10,000 records, gzip", at10k(node).firstGzipBytes, 300 * 1024],
  ["embeddable list's iframe page and all it loads, gzip (heaviest)", embed.page.total, 5 * 1024],
  ["embeddable list's script, gzip", embed.script, 5 * 1024],
];
const isBytes = (name) => !name.startsWith("search") || name.includes("gzip");
const scriptRows = (name, scripts) =>
  `| ${name} | ${kb(scripts.total)} | ${Object.entries(scripts.files)
    .sort((a, b) => b[1] - a[1])
    .map(([file, bytes]) => `${file.replace(/^.*\//, "")} ${kb(bytes)}`)
    .join(", ")} |`;
const lines = [
  "| JavaScript before interaction (static, gzip) | total | files |",
  "| --- | --- | --- |",
  scriptRows("finder (/find/)", staticScripts.finder),
  scriptRows(`event page (/events/${eventId}/)`, staticScripts.event),
  "",
  "| embeddable list (static, gzip) | total | files |",
  "| --- | --- | --- |",
  scriptRows(`iframe page (/${embed.page.path.replace(/index\.html$/, "")})`, embed.page),
  `| script (/embed/embed.js) | ${kb(embed.script)} | embed.js ${kb(embed.script)} |`,
  "",
  "| page (375 px, gzip) | HTML | JS before the map | JS after first search | JS with the map |",
  "| --- | --- | --- | --- | --- |",
  `| event page | ${kb(eventPage.html)} | ${kb(eventPage.jsBeforeMap)} | n/a | ${kb(eventPage.jsWithMap)} |`,
  `| finder (/find/) | ${kb(finderPage.html)} | ${kb(finderPage.jsBeforeMap)} | ${kb(finderPage.jsAfterFirstSearch)} | ${kb(finderPage.jsWithMap)} |`,
  "",
  "| corpus | records | first file / both (gzip) | load / ready / complete, Node | median / p95, Node | load / ready / complete, Chromium | median / p95, Chromium |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...node.map((f, i) => {
    const c = chromiumSearch[i];
    return `| ${f.corpus} | ${f.records.toLocaleString("en-GB")} | ${kb(f.firstGzipBytes)} / ${kb(f.gzipBytes)} | ${ms(f.loadMs)} / ${ms(f.readyMs)} / ${ms(f.completeMs)} | ${ms(f.medianMs)} / ${ms(f.p95Ms)} | ${ms(c.loadMs)} / ${ms(c.readyMs)} / ${ms(c.completeMs)} | ${ms(c.medianMs)} / ${ms(c.p95Ms)} |`;
  }),
  "",
  "| budget | measured | limit | |",
  "| --- | --- | --- | --- |",
  ...budgets.map(
    ([name, value, limit]) =>
      `| ${name} | ${isBytes(name) ? kb(value) : ms(value)} | ${isBytes(name) ? kb(limit) : ms(limit)} | ${value <= limit ? "within" : "OVER"} |`,
  ),
];
writeFileSync(
  `${OUT}/bench.json`,
  JSON.stringify({ staticScripts, embed, eventPage, finderPage, node, chromium: chromiumSearch }, null, 2),
);
writeFileSync(`${OUT}/bench.md`, `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
if (eventPage.leafletBefore || finderPage.leafletBefore) console.error("Leaflet loaded before a map was shown.");
const over = budgets.filter(([, value, limit]) => value > limit);
if (over.length > 0 || eventPage.leafletBefore || finderPage.leafletBefore) process.exit(1);
