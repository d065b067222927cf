import type { Store } from "@netlify/blobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOpenActiveFeeds, rpdeStateKey } from "../../netlify/functions/openactive";
import { withSiteHeaders } from "../../netlify/lib/http";
import type { FeedData } from "../../src/lib/ical/feed-data";
import { readRpdePage } from "../../src/lib/import/rpde";
import { RPDE_FEEDS, RPDE_LICENCE, type RpdeFeed } from "../../src/lib/open-data/rpde";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";
import { content } from "../support/content";
import { builtFeedData } from "../support/feed-data";

const NOW = new Date("2026-12-04T09:00:00Z");
const ORIGIN = "http://localhost";

interface Item {
  state: "updated" | "deleted";
  kind: string;
  id: string;
  modified: number;
  data?: Record<string, unknown>;
}
interface Page {
  next: string;
  items: Item[];
  license: string;
}

let blobs: LocalBlobs;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(() => blobs.stop());

let stores = 0;
/** A new store, as a new site has. */
const freshStore = () => blobs.open(`open-data-${(stores += 1)}`);

type Content = typeof content;
const real = (from: Content): Content => ({
  ...from,
  events: from.events.map((entry) => ({ ...entry, data: { ...entry.data, example: false } })),
});

function feeds(store: Store, data: FeedData) {
  return createOpenActiveFeeds({ source: () => data, store: () => store });
}

async function get(handler: ReturnType<typeof feeds>, address: string, init: RequestInit = {}) {
  const response = await handler(new Request(address, init));
  return { response, page: (response.status === 200 ? await response.json() : undefined) as Page };
}

/** Every page of a feed from `address`, to the last (no items, its next itself). */
async function readAll(handler: ReturnType<typeof feeds>, address: string) {
  const pages: Page[] = [];
  for (let next = address; ;) {
    const { response, page } = await get(handler, next);
    expect(response.status).toBe(200);
    pages.push(page);
    if (page.items.length === 0) {
      expect(page.next).toBe(next);
      return { pages, items: pages.flatMap((each) => each.items), last: next };
    }
    next = page.next;
    expect(pages.length).toBeLessThan(200);
  }
}

const address = (feed: RpdeFeed, query = "") => `${ORIGIN}/api/openactive/${feed}${query}`;

describe("the OpenActive feeds", () => {
  const data = builtFeedData({ now: NOW });

  it("leaves illustrative listings out unless the reader asks for them", async () => {
    const handler = feeds(freshStore(), data);
    const { page } = await get(handler, address("session-series"));
    expect(page).toEqual({
      next: address("session-series"),
      items: [],
      license: RPDE_LICENCE,
      about: `${ORIGIN}/open-data/`,
    });
    const { items } = await readAll(handler, address("session-series", "?examples=1"));
    expect(items.length).toBeGreaterThan(5);
  });

  it("gives each series, session and one-off event once, in order of modified and id, to a last page that repeats itself", async () => {
    const handler = feeds(freshStore(), builtFeedData({ now: NOW, from: real(content) }));
    const all = new Map<RpdeFeed, Item[]>();
    for (const feed of Object.keys(RPDE_FEEDS) as RpdeFeed[]) {
      const { items } = await readAll(handler, address(feed));
      all.set(feed, items);
      expect(items.length).toBeGreaterThan(0);
      expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
      for (const [position, item] of items.entries()) {
        expect(item).toMatchObject({ state: "updated", kind: RPDE_FEEDS[feed], data: { "@type": RPDE_FEEDS[feed] } });
        expect(Number.isInteger(item.modified)).toBe(true);
        const before = items[position - 1];
        if (before)
          expect(before.modified < item.modified || (before.modified === item.modified && before.id < item.id)).toBe(
            true,
          );
      }
    }
    const series = new Set(all.get("session-series")!.map((item) => item.data!["@id"]));
    const sessions = all.get("scheduled-sessions")!;
    expect(sessions.every((item) => series.has(item.data!.superEvent))).toBe(true);
    expect(sessions.every((item) => /[+-]\d\d:\d\d$/.test(String(item.data!.startDate)))).toBe(true);
    const seriesIds = new Set(all.get("session-series")!.map((item) => item.id));
    expect(all.get("events")!.every((item) => !seriesIds.has(item.id))).toBe(true);
  });

  it("is read back by the site's own OpenActive importer: each session with its name, times and place", async () => {
    const handler = feeds(freshStore(), builtFeedData({ now: NOW, from: real(content) }));
    const first = await get(handler, address("scheduled-sessions"));
    const read = readRpdePage(JSON.stringify(first.page), {
      source: "stoke-together",
      window: { from: "2026-12-01T00:00:00Z", to: "2027-02-01T00:00:00Z" },
      pageUrl: address("scheduled-sessions"),
    });
    expect(read.problems).toEqual([]);
    expect(read.events.length).toBe(first.page.items.length);
    const [event] = read.events;
    const [item] = first.page.items;
    expect(event).toMatchObject({
      uid: item!.id,
      title: item!.data!.name,
      url: item!.data!.url,
      start: item!.data!.startDate,
    });
    expect(read.next).toBe(first.page.next);
  });

  it("after a new build, gives only what changed: a changed event updated, a removed one deleted, with later stamps", async () => {
    const store = freshStore();
    const before = real(content);
    const oneOffs = before.events.filter((entry) => entry.data.recurrence === undefined);
    const [removed, changed] = oneOffs;
    const firstBuild = feeds(store, builtFeedData({ now: NOW, from: before }));
    const { items: seen, last } = await readAll(firstBuild, address("events"));
    expect(seen.map((item) => item.id)).toEqual(expect.arrayContaining([removed!.id, changed!.id]));

    const after: Content = {
      ...before,
      events: before.events
        .filter((entry) => entry.id !== removed!.id)
        .map((entry) =>
          entry.id === changed!.id ? { ...entry, data: { ...entry.data, title: "A new name" } } : entry,
        ),
    };
    const later = new Date(NOW.getTime() + 86_400_000);
    const secondBuild = feeds(store, builtFeedData({ now: later, from: after }));
    const { items: news } = await readAll(secondBuild, last);
    expect(news.map((item) => [item.id, item.state])).toEqual(
      [
        [removed!.id, "deleted"],
        [changed!.id, "updated"],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    expect(news.every((item) => item.modified === later.getTime())).toBe(true);
    expect(news.find((item) => item.state === "deleted")).not.toHaveProperty("data");
    expect(news.find((item) => item.state === "updated")!.data!.name).toBe("A new name");
    // A reader from the start sees every item once, the removed one as deleted, last.
    const { items: everything } = await readAll(secondBuild, address("events"));
    expect(everything.length).toBe(seen.length);
    // Another instance meeting the same build reads the state the first wrote: the same pages.
    const other = feeds(store, builtFeedData({ now: later, from: after }));
    expect((await readAll(other, address("events"))).items).toEqual(everything);
  });

  it("agrees on one state when two instances meet a new build at once", async () => {
    const store = freshStore();
    const build = builtFeedData({ now: NOW, from: real(content) });
    const one = feeds(store, build);
    const two = feeds(store, build);
    const [a, b] = await Promise.all([
      get(one, address("scheduled-sessions")),
      get(two, address("scheduled-sessions")),
    ]);
    expect(a.page).toEqual(b.page);
    const stored = (await store.get(rpdeStateKey("scheduled-sessions"), { type: "json" })) as { items: unknown[] };
    expect(stored.items.length).toBeGreaterThan(0);
  });

  it("names every problem with an address in a 400, and says where the feeds are for an unknown one", async () => {
    const handler = feeds(freshStore(), data);
    for (const [query, params] of [
      ["?afterId=walk", ["afterId"]],
      ["?afterTimestamp=soon&afterId=walk", ["afterTimestamp"]],
      ["?afterTimestamp=12", ["afterTimestamp"]],
      ["?page=2&examples=yes", ["page", "examples"]],
    ] as const) {
      const response = await handler(new Request(address("events", query)));
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { fields: Record<string, string> };
      expect(Object.keys(body.fields)).toEqual(params);
    }
    const unknown = await handler(new Request(`${ORIGIN}/api/openactive/facility-uses`));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { feeds: string[] }).feeds).toContain(address("session-series"));
  });

  it("lets any site read it; keeps full pages an hour and the last page seconds, with 304 for the same ETag", async () => {
    const handler = feeds(freshStore(), data);
    const full = await get(handler, address("session-series", "?examples=1"));
    expect(full.response.headers.get("access-control-allow-origin")).toBe("*");
    expect(full.response.headers.get("cache-control")).toBe("public, max-age=3600");
    const etag = full.response.headers.get("etag")!;
    const again = await handler(
      new Request(address("session-series", "?examples=1"), { headers: { "if-none-match": etag } }),
    );
    expect(again.status).toBe(304);
    const last = await get(handler, full.page.next);
    expect(last.page.items).toEqual([]);
    expect(last.response.headers.get("cache-control")).toBe("public, max-age=8");
  });

  it("answers 503 when the state cannot be read", async () => {
    const broken = {
      getWithMetadata: () => Promise.reject(new Error("down")),
    } as unknown as Store;
    const handler = withSiteHeaders(createOpenActiveFeeds({ source: () => data, store: () => broken }));
    const response = await handler(new Request(address("events")));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
  });
});
