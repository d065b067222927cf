import { describe, expect, it } from "vitest";
import { createEventsApi } from "../../netlify/functions/events-api";
import { LICENCES, OWN_ATTRIBUTION } from "../../src/lib/domain/licence";
import { placeEvents } from "../../src/lib/events/facts";
import { writeFeedData } from "../../src/lib/ical/feed-data";
import { parseListingQuery } from "../../src/lib/listings/query";
import { toOpenEvent } from "../../src/lib/open-data/events";
import { sourceTermsFrom } from "../../src/lib/open-data/terms";
import { buildSearchData } from "../../src/lib/search/build-records";
import { findListings } from "../../src/lib/search/find";
import { readSearchIndex, toSearchFiles } from "../../src/lib/search/search-file";
import { toLocalDateTime } from "../../src/lib/time/local";
import { content } from "../support/content";
import { builtOpenEvents } from "../support/feed-data";

const NOW = new Date("2026-12-04T09:00:00Z");
const SITE = "https://stoketogether.org.uk";

type Item = Record<string, unknown> & { identifier: string; startDate: string; endDate: string };
interface Body {
  total: number;
  items: Item[];
  next: string | null;
  terms: string;
}

// content/ with real listings besides its examples: one of our own, one imported from a source that shares its
// listings under CC BY with a credit of its own, and one from a source that names no licence.
const [first, second, third] = content.events.filter((entry) => entry.data.recurrence !== undefined);
const [source] = content.sources;
const imported = (entry: typeof first & object, from: string) => ({
  ...entry.data,
  example: false,
  source: "imported" as const,
  importedFrom: {
    source: from,
    name: `${from} calendar`,
    uid: `${entry.id}@${from}`,
    checkedAt: "2026-12-01T09:00:00Z",
    changedAt: "2026-12-01T09:00:00Z",
  },
});
const mixed = {
  ...content,
  events: [
    ...content.events,
    { ...first!, id: "our-own-real-event", data: { ...first!.data, example: false } },
    { ...second!, id: "shared-imported-event", data: imported(second!, "open-feed") },
    { ...third!, id: "unshared-imported-event", data: imported(third!, "closed-feed") },
  ],
  sources: [
    ...content.sources,
    {
      ...source!,
      id: "open-feed",
      data: { ...source!.data, example: false, licence: "cc-by-4.0" as const, attribution: "Events from Open Feed" },
    },
    { ...source!, id: "closed-feed", data: { ...source!.data, example: false } },
  ],
} as typeof content;

const contentApi = createEventsApi({ source: builtOpenEvents({ now: NOW }), now: () => NOW });
const mixedApi = createEventsApi({ source: builtOpenEvents({ now: NOW, from: mixed }), now: () => NOW });

async function get(api: typeof contentApi, query: string, init: RequestInit = {}) {
  const response = await api(new Request(`http://localhost/api/events${query}`, init));
  return { response, body: (response.status === 200 ? await response.json() : undefined) as Body };
}

/** Every page of an address, following each "next" link. */
async function allPages(api: typeof contentApi, query: string) {
  const pages: Body[] = [];
  let address: string | null = `http://localhost/api/events${query}`;
  while (address) {
    const response = await api(new Request(address));
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    pages.push(body);
    address = body.next;
    expect(pages.length).toBeLessThan(100);
  }
  return pages;
}

/** The events the finder finds for the same address, soonest first, then by id. */
function finderEvents(query: string) {
  const parsed = parseListingQuery(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const files = toSearchFiles(buildSearchData(content, NOW));
  const index = readSearchIndex(files.first, files.details);
  const results = findListings(index, parsed.query, toLocalDateTime(NOW), parsed.query.near);
  return (results.groups.find((group) => group.type === "event")?.results ?? [])
    .map((result) => ({ id: result.record.id, start: result.next!.start }))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
}

describe("the events API", () => {
  it("leaves illustrative listings out unless the reader asks for them", async () => {
    const { response, body } = await get(contentApi, "");
    expect(response.status).toBe(200);
    expect(content.events.every((entry) => entry.data.example)).toBe(true);
    expect(body).toMatchObject({ total: 0, items: [], next: null });
    const withExamples = await get(contentApi, "?examples=1");
    expect(withExamples.body.total).toBeGreaterThan(10);
  });

  it.each([
    "",
    "town=burslem",
    "free=1&audience=families",
    "category=nature-outdoors",
    "when=weekend",
    "from=2026-12-10&to=2026-12-20",
    "dark=1",
    "q=walk",
    "access=step-free&buddy=1",
    "near=53.0456,-2.1997&within=2",
  ])("chooses the events the finder finds for ?%s, soonest first, each at its next matching date", async (query) => {
    const expected = finderEvents(query);
    const pages = await allPages(contentApi, `?examples=1&limit=7${query ? `&${query}` : ""}`);
    const items = pages.flatMap((page) => page.items);
    expect(items.map((item) => item.identifier)).toEqual(expected.map((event) => event.id));
    expect(pages.every((page) => page.total === expected.length)).toBe(true);
    items.forEach((item, position) => {
      // The finder's local start, with the offset in force then: London is on GMT in December and BST in summer.
      const local = expected[position]!.start;
      expect(item.startDate.startsWith(local) || item.startDate === local.slice(0, 10)).toBe(true);
      if (item.startDate.length > 10) expect(item.startDate).toMatch(/:00(\+00:00|\+01:00)$/);
    });
    // Each address finds some events, and all but one narrow the list.
    expect(expected.length).toBeGreaterThan(0);
    if (query === "") expect(expected.length).toBeGreaterThan(7);
  });

  it("pages with a cursor that holds its place: every event once, the last page without a next link", async () => {
    const pages = await allPages(contentApi, "?examples=1&limit=3");
    const ids = pages.flatMap((page) => page.items.map((item) => item.identifier));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(pages[0]!.total);
    expect(pages.slice(0, -1).every((page) => page.items.length === 3)).toBe(true);
    expect(pages.at(-1)!.next).toBeNull();
    expect(pages[0]!.next).toMatch(/^http:\/\/localhost\/api\/events\?limit=3&examples=1&cursor=/);
  });

  it("gives each event with schema.org Event field names, its place, organiser and licence", async () => {
    const { body } = await get(contentApi, "?examples=1&limit=100");
    for (const item of body.items) {
      expect(item["@type"]).toBe("Event");
      expect(item).toMatchObject({
        url: `${SITE}/events/${item.identifier}/`,
        eventStatus: expect.stringMatching(/^https:\/\/schema\.org\/Event/),
        organizer: {
          "@type": "Organization",
          name: expect.any(String),
          url: expect.stringContaining(`${SITE}/groups/`),
        },
        license: LICENCES["ogl-3.0"].url,
        creditText: OWN_ATTRIBUTION,
      });
      expect(typeof item.isAccessibleForFree).toBe("boolean");
      expect(item).not.toHaveProperty("@context");
    }
    const series = body.items.find((item) => item.eventSchedule);
    expect(series?.eventSchedule).toMatchObject({ "@type": "Schedule", scheduleTimezone: "Europe/London" });
    const placed = body.items.find((item) => (item.location as { geo?: unknown }).geo);
    expect(placed?.location).toMatchObject({
      "@type": "Place",
      address: { "@type": "PostalAddress", addressLocality: "Stoke-on-Trent" },
      geo: { "@type": "GeoCoordinates", latitude: expect.any(Number), longitude: expect.any(Number) },
    });
    expect(body.items.some((item) => Array.isArray(item.accessibilitySupport))).toBe(true);
  });

  it("shares the site's own listings and those a source allows, under their terms, and never one it does not", async () => {
    const { body } = await get(mixedApi, "?limit=100");
    expect(body.items.map((item) => item.identifier).sort()).toEqual(["our-own-real-event", "shared-imported-event"]);
    const imported = body.items.find((item) => item.identifier === "shared-imported-event")!;
    expect(imported).toMatchObject({
      license: LICENCES["cc-by-4.0"].url,
      creditText: "Events from Open Feed",
      isBasedOn: { name: "open-feed calendar" },
    });
    const all = await get(mixedApi, "?limit=100&examples=1");
    expect(all.body.items.map((item) => item.identifier)).not.toContain("unshared-imported-event");
    const found = new Set(finderEvents("").map((event) => event.id));
    expect(all.body.total).toBe(body.total + content.events.filter((entry) => found.has(entry.id)).length);
  });

  it("writes nothing of an event that may not be shared into the data the build leaves for the function", () => {
    const sourceTerms = sourceTermsFrom(mixed.sources);
    const files = writeFeedData(placeEvents(mixed), mixed.wards, {
      siteUrl: SITE,
      now: NOW,
      open: (listing) => toOpenEvent(listing, { siteUrl: SITE, sourceTerms }),
    });
    const open = JSON.parse(files["open.json"]) as (Item | null)[];
    const ids = (JSON.parse(files["index.json"]) as { ids: string[] }).ids;
    expect(open[ids.indexOf("unshared-imported-event")]).toBeNull();
    expect(open.filter((item) => item === null)).toHaveLength(1);
    expect(files["open.json"]).not.toContain("unshared-imported-event");
    expect(open[ids.indexOf("shared-imported-event")]).toMatchObject({ identifier: "shared-imported-event" });
  });

  it("names every problem with an address in a 400, never a 500", async () => {
    const cases: [string, string[]][] = [
      ["?cursor=page-2", ["cursor"]],
      ["?limit=0", ["limit"]],
      ["?limit=101&examples=yes", ["limit", "examples"]],
      ["?ward=nowhere", ["ward"]],
      ["?near=53.0,-2.1", ["near"]],
      ["?town=atlantis&colour=blue", ["town", "colour"]],
      ["?limit=5&limit=6", ["limit"]],
    ];
    for (const [query, params] of cases) {
      const response = await contentApi(new Request(`http://localhost/api/events${query}`));
      expect(response.status, query).toBe(400);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const body = (await response.json()) as { fields: Record<string, string>; help: string };
      expect(Object.keys(body.fields)).toEqual(params);
      expect(body.help).toBe("http://localhost/open-data/");
    }
    const unknown = await contentApi(new Request("http://localhost/api/events?colour=blue"));
    const { fields } = (await unknown.json()) as { fields: Record<string, string> };
    expect(fields.colour).toContain("cursor, limit, examples");
  });

  it("lets any site read it, and answers again with 304 for the same ETag", async () => {
    const { response } = await get(contentApi, "?examples=1&town=hanley");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toBe("ETag");
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const etag = response.headers.get("etag")!;
    const again = await contentApi(
      new Request("http://localhost/api/events?examples=1&town=hanley", { headers: { "if-none-match": etag } }),
    );
    expect(again.status).toBe(304);
    const other = await get(contentApi, "?examples=1&town=burslem");
    expect(other.response.headers.get("etag")).not.toBe(etag);
    const preflight = await contentApi(new Request("http://localhost/api/events", { method: "OPTIONS" }));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    const posted = await contentApi(new Request("http://localhost/api/events", { method: "POST", body: "x" }));
    expect(posted.status).toBe(405);
  });
});
