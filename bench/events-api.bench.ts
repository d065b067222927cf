/**
 * The events API over 10,000 events (synthetic, made from the site's own as the search benchmark makes them, and
 * all shared), answering real Requests from the files a build of them writes: the functions' event data and the
 * finder's search files, read from disk as the function reads them on the platform.
 * Budgets: a fresh function instance's first answer (a page of 20), including reading those files, within 300 ms;
 * a warm instance's answer (median of several runs after the first) within 100 ms. A search with words reads the
 * second search file too (the longer fields' words, 2 MB at this size) and builds the index of every field, as
 * the finder does, so a fresh instance's first answer to one has a budget of its own, 1,000 ms; warm, the same
 * 100 ms. Run with `npm run bench`; it prints each figure against its budget and fails over budget.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { createEventsApi } from "../netlify/functions/events-api";
import { BUILT_FEED_DATA } from "../netlify/lib/feed-source";
import { BUILT_SEARCH_FILES, builtOpenEventsSource } from "../netlify/lib/open-events-source";
import { placeEvents } from "../src/lib/events/facts";
import { writeFeedData } from "../src/lib/ical/feed-data";
import { toOpenEvent } from "../src/lib/open-data/events";
import { sourceTermsFrom } from "../src/lib/open-data/terms";
import { buildSearchData } from "../src/lib/search/build-records";
import { toSearchFiles } from "../src/lib/search/search-file";
import { content } from "../tests/support/content";
import { syntheticContent } from "./corpus";

const EVENTS = 10_000;
const BUDGET = { coldMs: 300, coldWordsMs: 1_000, warmMs: 100 };
const RUNS = 7;
const NOW = new Date("2026-12-02T09:00:00Z");
const SITE = "https://stoketogether.org.uk";
const QUERIES = ["", "?town=burslem&free=1", "?when=week&category=nature-outdoors", "?q=walk", "?limit=100"];

/** Synthetic content with at least 10,000 events, each shared (none an example). */
function syntheticEvents() {
  const all = content.events.length + content.groups.length + content.places.length + content.services.length;
  const synthetic = syntheticContent(content, Math.ceil((EVENTS * all) / content.events.length));
  const events = synthetic.events
    .slice(0, EVENTS)
    .map((entry) => ({ ...entry, data: { ...entry.data, example: false } }));
  return { ...content, ...synthetic, events } as typeof content;
}

// The files a build of the 10,000 events writes, in a site root of their own.
const root = mkdtempSync(join(tmpdir(), "events-api-bench-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const synthetic = syntheticEvents();
const sourceTerms = sourceTermsFrom(synthetic.sources);
mkdirSync(join(root, BUILT_FEED_DATA), { recursive: true });
for (const [name, text] of Object.entries(
  writeFeedData(placeEvents(synthetic), synthetic.wards, {
    siteUrl: SITE,
    now: NOW,
    open: (listing) => toOpenEvent(listing, { siteUrl: SITE, sourceTerms }),
  }),
))
  writeFileSync(join(root, BUILT_FEED_DATA, name), text);
const searchFiles = toSearchFiles(buildSearchData(synthetic, NOW));
mkdirSync(join(root, dirname(BUILT_SEARCH_FILES.first)), { recursive: true });
writeFileSync(join(root, BUILT_SEARCH_FILES.first), JSON.stringify(searchFiles.first));
writeFileSync(join(root, BUILT_SEARCH_FILES.details), JSON.stringify(searchFiles.details));

/** A fresh function instance: nothing read yet; its first request reads the files. */
const freshHandler = () => createEventsApi({ source: builtOpenEventsSource(root), now: () => NOW });

// The runtime's own fetch classes, loaded as the platform has them before any function runs.
await new Response(new Request("http://localhost/").body).arrayBuffer();

async function answer(handler: ReturnType<typeof freshHandler>, address: string) {
  const request = new Request(address);
  const start = performance.now();
  const response = await handler(request);
  const text = await response.text();
  return {
    ms: performance.now() - start,
    status: response.status,
    body: JSON.parse(text) as { total: number; items: unknown[]; next: string | null },
  };
}

async function warmMedian(handler: ReturnType<typeof freshHandler>, address: string) {
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) times.push((await answer(handler, address)).ms);
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const figure = (ms: number, budget: number) => `${ms.toFixed(1)} ms (budget ${budget} ms)`;

describe(`events API over ${EVENTS.toLocaleString("en-GB")} events`, () => {
  it.each(QUERIES)("answers %s from a fresh instance and then a warm one within budget", async (query) => {
    const handler = freshHandler();
    const address = `http://localhost/api/events${query}`;
    const cold = await answer(handler, address);
    expect(cold.status).toBe(200);
    expect(cold.body.items.length).toBeGreaterThan(0);
    const coldBudget = query.includes("q=") ? BUDGET.coldWordsMs : BUDGET.coldMs;
    const warm = await warmMedian(handler, address);
    // The next page, from a warm instance: the cursor's place found in the same search.
    const next = cold.body.next ? await warmMedian(handler, cold.body.next) : 0;
    console.log(
      `/api/events${query}: ${cold.body.total} events; first answer of a fresh instance ` +
        `${figure(cold.ms, coldBudget)}, warm ${figure(warm, BUDGET.warmMs)}, next page warm ${figure(next, BUDGET.warmMs)}`,
    );
    expect(cold.body.total).toBeGreaterThan(query.startsWith("?q=") || query.includes("when=") ? 10 : 100);
    expect(cold.ms).toBeLessThanOrEqual(coldBudget);
    expect(warm).toBeLessThanOrEqual(BUDGET.warmMs);
    expect(next).toBeLessThanOrEqual(BUDGET.warmMs);
  });
});
