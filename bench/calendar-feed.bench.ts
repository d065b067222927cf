/**
 * The custom feed function over 10,000 events (the site's own events, repeated under new ids across
 * every town), answering real Requests: budget 500 ms per answer from a warm function instance (median
 * of several runs after the first); the first answer's time is printed too. Run with `npm run bench`; it prints each figure and fails over budget.
 */
import { describe, expect, it } from "vitest";
import { performance } from "node:perf_hooks";
import { createCalendarFeed } from "../netlify/functions/calendar";
import type { FeedContent } from "../netlify/lib/feed-source";
import { placeEvents } from "../src/lib/events/facts";
import { content } from "../tests/support/content";

const EVENTS = 10_000;
const BUDGET_MS = 500;
const RUNS = 7;

const listings = placeEvents(content);
const synthetic: FeedContent = {
  listings: Array.from({ length: EVENTS }, (_, index) => {
    const listing = listings[index % listings.length]!;
    return { ...listing, id: `${listing.id}-${index}` };
  }),
  wards: new Map(content.wards.map((ward) => [ward.id, ward.data.name])),
};
const handler = createCalendarFeed({
  source: () => synthetic,
  now: () => new Date("2026-11-26T09:00:00Z"),
  siteUrl: "https://stoketogether.org.uk",
});

async function medianMs(query: string): Promise<{ median: number; bytes: number; cold: number }> {
  const run = async () => (await handler(new Request(`http://localhost/api/calendar.ics${query}`))).text();
  // The first answer renders every event it holds; later ones reuse them (see eventBlock).
  const coldStart = performance.now();
  const bytes = (await run()).length;
  const cold = performance.now() - coldStart;
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(RUNS / 2)]!, bytes, cold };
}

/** A fresh function instance: new listing objects, so nothing has been rendered or worked out yet. */
function freshHandler() {
  const fresh: FeedContent = {
    ...synthetic,
    listings: synthetic.listings.map((listing) => ({ ...listing, event: { ...listing.event } })),
  };
  return createCalendarFeed({
    source: () => fresh,
    now: () => new Date("2026-11-26T09:00:00Z"),
    siteUrl: "https://stoketogether.org.uk",
  });
}

describe(`custom feed over ${EVENTS.toLocaleString("en-GB")} events`, () => {
  it.each([["?town=burslem&audience=families&free=1"], ["?category=nature-outdoors"], ["?town=hanley&dark=1"], [""]])(
    "answers %s within budget",
    async (query) => {
      const { median, bytes, cold } = await medianMs(query);
      console.log(
        `/api/calendar.ics${query}: ${median.toFixed(0)} ms median (first answer ${cold.toFixed(0)} ms), ${(bytes / 1024).toFixed(0)} KiB`,
      );
      expect(median).toBeLessThanOrEqual(BUDGET_MS);
    },
  );
});

describe("a fresh function instance (nothing rendered yet)", () => {
  it.each([["?town=burslem&audience=families&free=1"], [""]])(
    "reports its first answer for %s (no budget: it happens once per instance)",
    async (query) => {
      const fresh = freshHandler();
      const start = performance.now();
      const body = await (await fresh(new Request(`http://localhost/api/calendar.ics${query}`))).text();
      console.log(`fresh instance, /api/calendar.ics${query}: ${(performance.now() - start).toFixed(0)} ms`);
      expect(body.startsWith("BEGIN:VCALENDAR")).toBe(true);
    },
  );
});
