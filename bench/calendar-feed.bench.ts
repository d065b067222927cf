/**
 * The custom feed function over 10,000 events (the site's own events, repeated under new ids across every
 * town), answering real Requests. An answer is timed until its body has been read chunk by chunk as bytes, as
 * the platform reads it to send it; gathering 13 MB into one buffer or decoding it into a JavaScript string is a
 * client's work, not the function's.
 * Budgets: a fresh function instance's first answer, including reading the feed data the build wrote (from files,
 * as the function reads them on the platform), within 300 ms; a warm instance's answer (median of several runs after the first)
 * within 50 ms. The Request is made before the clock starts, and the fetch classes are loaded before any
 * instance is timed: on the platform the runtime has them loaded, and it makes the Request. An address with no
 * filter is sent to the feed of every event that the site builds as a static file: that answer, a redirect, has the
 * warm budget. Run with `npm run bench`; it prints each figure against its budget and fails over budget.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createCalendarFeed } from "../netlify/functions/calendar";
import { BUILT_FEED_DATA, builtFeedSource } from "../netlify/lib/feed-source";
import { placeEvents } from "../src/lib/events/facts";
import { writeFeedData } from "../src/lib/ical/feed-data";
import { content } from "../tests/support/content";

const EVENTS = 10_000;
const BUDGET = { coldMs: 300, warmMs: 50 };
const RUNS = 7;
const NOW = new Date("2026-11-26T09:00:00Z");
const QUERIES = ["?town=burslem&audience=families&free=1", "?category=nature-outdoors", "?town=hanley&dark=1"];

const SITE = "https://stoketogether.org.uk";

/** 10,000 events (the site's own, under new ids), placed as the build places them. */
function syntheticListings() {
  const events = Array.from({ length: EVENTS }, (_, index) => {
    const entry = content.events[index % content.events.length]!;
    return { id: `${entry.id}-${index}`, data: structuredClone(entry.data) };
  });
  return placeEvents({ ...content, events });
}

// The feed data a build of the 10,000 events writes, in a site root of its own.
const root = mkdtempSync(join(tmpdir(), "feed-bench-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, BUILT_FEED_DATA), { recursive: true });
for (const [name, text] of Object.entries(
  writeFeedData(syntheticListings(), content.wards, { siteUrl: SITE, now: NOW }),
))
  writeFileSync(join(root, BUILT_FEED_DATA, name), text);

/** A fresh function instance: nothing read, selected or written yet; its first request reads the files. */
function freshHandler() {
  return createCalendarFeed({ source: builtFeedSource(root), now: () => NOW, siteUrl: SITE });
}

// The runtime's own fetch classes, loaded as the platform has them before any function runs.
await new Response(new Request("http://localhost/").body).arrayBuffer();

async function answer(handler: ReturnType<typeof freshHandler>, query: string) {
  const request = new Request(`http://localhost/api/calendar.ics${query}`);
  const start = performance.now();
  const response = await handler(request);
  const chunks: Uint8Array[] = [];
  for await (const chunk of response.body ?? []) chunks.push(chunk);
  const ms = performance.now() - start;
  return { ms, chunks };
}

const kib = (chunks: Uint8Array[]) =>
  `${(chunks.reduce((size, chunk) => size + chunk.byteLength, 0) / 1024).toFixed(0)} KiB`;

async function warmMedian(handler: ReturnType<typeof freshHandler>, query: string) {
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) times.push((await answer(handler, query)).ms);
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const figure = (ms: number, budget: number) => `${ms.toFixed(1)} ms (budget ${budget} ms)`;

describe(`custom feed over ${EVENTS.toLocaleString("en-GB")} events`, () => {
  it.each(QUERIES)("answers %s from a fresh instance and then a warm one within budget", async (query) => {
    const handler = freshHandler();
    const cold = await answer(handler, query);
    expect(Buffer.concat(cold.chunks).subarray(0, 15).toString()).toBe("BEGIN:VCALENDAR");
    const warm = await warmMedian(handler, query);
    console.log(
      `/api/calendar.ics${query}: first answer of a fresh instance ${figure(cold.ms, BUDGET.coldMs)}, ` +
        `warm ${figure(warm, BUDGET.warmMs)}, ${kib(cold.chunks)}`,
    );
    expect(cold.ms).toBeLessThanOrEqual(BUDGET.coldMs);
    expect(warm).toBeLessThanOrEqual(BUDGET.warmMs);
  });

  it("sends the address with no filter to the static feed of every event, within the warm budget", async () => {
    const handler = freshHandler();
    const first = await handler(new Request("http://localhost/api/calendar.ics"));
    expect(first.status).toBe(301);
    expect(first.headers.get("location")).toBe("/calendar/all.ics");
    const warm = await warmMedian(handler, "");
    console.log(`/api/calendar.ics: sent to /calendar/all.ics (a static file), warm ${figure(warm, BUDGET.warmMs)}`);
    expect(warm).toBeLessThanOrEqual(BUDGET.warmMs);
  });
});
