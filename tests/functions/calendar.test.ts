import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { createCalendarFeed } from "../../netlify/functions/calendar";
import { builtFeedData } from "../support/feed-data";
import { expandFeed, calendarProperty } from "../support/ical";
import { content } from "../support/content";
import { expandOccurrences } from "../../src/lib/events/occurrences";
import { placeEvents, sunFacts } from "../../src/lib/events/facts";
import { seriesEndMillis } from "../../src/lib/ical/select";
import { toEtag } from "../../netlify/lib/http";

const NOW = new Date("2026-11-26T09:00:00Z");
const SITE = "https://stoketogether.org.uk";
// The feed data a build on the morning of NOW writes.
const built = builtFeedData({ now: NOW, siteUrl: SITE });
const handler = createCalendarFeed({ source: () => built, now: () => NOW, siteUrl: SITE });

const get = (query: string, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost/api/calendar.ics${query}`, { headers }));

/** The event ids (UID before the @) in a feed. */
async function idsIn(response: Response): Promise<string[]> {
  const text = await response.text();
  return [...new Set([...text.matchAll(/^UID:([^@]+)@/gm)].map((match) => match[1] ?? ""))].sort();
}

const placeOf = new Map(content.places.map((place) => [place.id, place.data]));
// Still on: something in the series has not ended yet (cancelled dates and events included).
const upcoming = content.events.filter(
  (event) => expandOccurrences(event.data, NOW, DateTime.fromJSDate(NOW).plus({ years: 5 })).length > 0,
);
const ids = (keep: (event: (typeof content.events)[number]) => boolean) =>
  upcoming
    .filter(keep)
    .map((event) => event.id)
    .sort();

describe("GET /api/calendar.ics", () => {
  it("sends an address with no filter to the site's own feed of every event, built with the site", async () => {
    const response = await get("");
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/calendar/all.ics");
  });

  it("answers as text/calendar with cache headers and an ETag", async () => {
    const response = await get("?town=burslem");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect(response.headers.get("cache-control")).toMatch(/stale-while-revalidate=\d+/);
    expect(response.headers.get("etag")).toMatch(/^"[\w-]+"$/);
    expect(await idsIn(response)).toEqual(ids((e) => placeOf.get(e.data.place ?? "")?.town === "burslem"));
  });

  it.each([
    ["town=burslem", (e: (typeof content.events)[number]) => placeOf.get(e.data.place ?? "")?.town === "burslem"],
    ["category=nature-outdoors", (e: (typeof content.events)[number]) => e.data.categories.includes("nature-outdoors")],
    [
      "audience=families",
      (e: (typeof content.events)[number]) =>
        e.data.audiences.includes("families") || e.data.audiences.includes("everyone"),
    ],
    ["free=1", (e: (typeof content.events)[number]) => e.data.isAccessibleForFree || e.data.payWhatYouCan],
    ["access=step-free", (e: (typeof content.events)[number]) => e.data.accessibilitySupport.includes("step-free")],
    [
      "access=step-free&access=hearing-loop",
      (e: (typeof content.events)[number]) =>
        e.data.accessibilitySupport.includes("step-free") && e.data.accessibilitySupport.includes("hearing-loop"),
    ],
    ["buddy=1", (e: (typeof content.events)[number]) => e.data.buddyUp],
    [
      "ward=hanley-park-joiners-square-shelton",
      (e: (typeof content.events)[number]) =>
        placeOf.get(e.data.place ?? "")?.ward === "hanley-park-joiners-square-shelton",
    ],
  ])("filters with %s as the finder does", async (query, keep) => {
    const response = await get(`?${query}`);
    expect(response.status).toBe(200);
    const found = await idsIn(response);
    expect(found).toEqual(ids(keep));
    expect(found.length).toBeGreaterThan(0);
  });

  it("keeps only occurrences that finish before dark with dark=1", async () => {
    const text = await (await get("?dark=1")).text();
    expect(calendarProperty(text, "x-wr-calname")).toContain("finishing before dark");
    const occurrences = expandFeed(text, DateTime.fromJSDate(NOW), DateTime.fromJSDate(NOW).plus({ months: 6 }));
    expect(occurrences.length).toBeGreaterThan(0);
    const placed = placeEvents(content);
    const sunPoint = (uid: string) => placed.find((event) => uid.startsWith(`${event.id}@`))!.sunPoint;
    const afterDark = occurrences.filter(
      (o) => !sunFacts(DateTime.fromMillis(o.endMs, { zone: "Europe/London" }), sunPoint(o.uid)).beforeDark,
    );
    expect(afterDark).toEqual([]);
    // Evening events are among every event's dates, so the filter did something.
    const every = upcoming.flatMap((event) =>
      expandOccurrences(event.data, NOW, DateTime.fromJSDate(NOW).plus({ months: 6 })),
    );
    expect(every.length).toBeGreaterThan(occurrences.length);
  });

  it("names the feed after its filters", async () => {
    const text = await (await get("?town=burslem&audience=families&free=1")).text();
    expect(calendarProperty(text, "x-wr-calname")).toBe(
      "Stoke Together: events in Burslem for families, free or pay what you can",
    );
  });

  it.each([
    ["?colour=blue", "colour", /not something this address understands/],
    ["?category=family", "category", /audience=families/],
    ["?town=narnia", "town", /must be one of: tunstall/],
    ["?free=maybe", "free", /1 \(yes\) or 0 \(no\)/],
    ["?ward=nowhere", "ward", /names no ward/],
    ["?q=choir", "q", /not something this address understands/],
  ])("answers 400 naming the parameter for %s", async (query, param, message) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const text = await response.text();
    expect(text).toContain(`- ${param}: `);
    expect(text).toMatch(message);
  });

  describe("a resident's saved events (event=a,b)", () => {
    const [one, two, three] = upcoming.map((event) => event.id);

    it("holds just those events, named as saved events, at an address that keeps its commas", async () => {
      const response = await get(`?event=${one},${two}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(await idsIn(new Response(text))).toEqual([one, two].sort());
      expect(calendarProperty(text, "x-wr-calname")).toBe("Stoke Together: saved events");
      expect(calendarProperty(text, "url")).toBe(`${SITE}/api/calendar.ics?event=${one},${two}`);
    });

    it("takes the filters too, and only the saved events that match them", async () => {
      const burslem = ids((e) => placeOf.get(e.data.place ?? "")?.town === "burslem");
      const saved = upcoming.slice(0, 12).map((event) => event.id);
      const response = await get(`?town=burslem&event=${saved.join(",")}`);
      expect(await idsIn(response)).toEqual(saved.filter((id) => burslem.includes(id)).sort());
    });

    it("leaves out an event no longer on the site, rather than breaking a calendar that subscribed", async () => {
      const response = await get(`?event=${three},a-quiz-night-taken-down`);
      expect(response.status).toBe(200);
      expect(await idsIn(response)).toEqual([three]);
    });

    it.each([
      [
        "?event=a-quiz-night-taken-down,another-gone",
        /names no event still on the site: a-quiz-night-taken-down, another-gone/,
      ],
      ["?event=Bad_Id,ok-one", /event ids \(lower-case letters, digits and hyphens\).*"Bad_Id"/],
      ["?event=,", /must name events by id/],
      [
        `?event=${Array.from({ length: 61 }, (_, n) => `e${n}`).join(",")}`,
        /names 61 events; one feed holds 60 at most/,
      ],
    ])("answers 400 naming the events for %s", async (query, message) => {
      const response = await get(query);
      expect(response.status).toBe(400);
      const text = await response.text();
      expect(text).toContain("- event: ");
      expect(text).toMatch(message);
    });
  });

  it("names every bad parameter at once", async () => {
    const text = await (await get("?town=narnia&free=maybe&colour=blue")).text();
    expect(text).toMatch(/- town: /);
    expect(text).toMatch(/- free: /);
    expect(text).toMatch(/- colour: /);
  });

  it("keeps its answer small however many bad parameters the address holds", async () => {
    const query = `?${Array.from({ length: 2000 }, (_, index) => `unknown${index}=1`).join("&")}&${"x".repeat(5000)}=1`;
    const response = await get(query);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(/- unknown0: /);
    expect(text).toContain("…and 1992 more problems of the same kinds.");
    expect(text.length).toBeLessThan(3000);
  });

  it("answers 304 when the calendar already has this version, and 200 when it has another", async () => {
    const first = await get("?town=hanley");
    const etag = first.headers.get("etag") ?? "";
    const again = await get("?town=hanley", { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe("");
    expect((await get("?town=hanley", { "If-None-Match": '"something-else"' })).status).toBe(200);
    expect((await get("?town=fenton")).headers.get("etag")).not.toBe(etag);
  });

  it("answers an address again from memory with the same bytes, which its ETag names", async () => {
    const first = await get("?town=hanley");
    const bytes = new Uint8Array(await first.arrayBuffer());
    for (const again of [await get("?town=hanley"), await get("?town=hanley")]) {
      expect(new Uint8Array(await again.arrayBuffer())).toEqual(bytes);
      expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    }
    expect(first.headers.get("etag")).toBe(toEtag(bytes));
  });

  it("answers afresh when the events it holds change with time, not from what it remembered", async () => {
    let now = NOW;
    const moving = createCalendarFeed({ source: () => built, now: () => now, siteUrl: SITE });
    const before = await moving(new Request("http://localhost/api/calendar.ics?town=longton"));
    now = new Date("2027-09-01T09:00:00Z");
    const after = await moving(new Request("http://localhost/api/calendar.ics?town=longton"));
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect((await idsIn(after)).length).toBeLessThan((await idsIn(before)).length);
  });

  it("leaves out an event once its last day is over, though it remembered an answer with it", async () => {
    const ending = upcoming
      .filter((event) => event.data.status === "scheduled")
      .map((event) => ({ event, end: seriesEndMillis(event.data) }))
      .filter(({ end }) => Number.isFinite(end))
      .sort((a, b) => a.end - b.end)[0];
    expect(ending, "content has an event whose series ends").toBeDefined();
    const town = placeOf.get(ending!.event.data.place ?? "")?.town;
    const query = town ? `?town=${town}` : "";
    let now = new Date(ending!.end - 60_000);
    const moving = createCalendarFeed({ source: () => built, now: () => now, siteUrl: SITE });
    const ask = () => moving(new Request(`http://localhost/api/calendar.ics${query}`));
    expect(await idsIn(await ask())).toContain(ending!.event.id);
    expect(await idsIn(await ask())).toContain(ending!.event.id);
    now = new Date(ending!.end + 60_000);
    expect(await idsIn(await ask())).not.toContain(ending!.event.id);
  });

  it("holds the events the build published that are not in content/, as imported and approved ones are", async () => {
    const listings = placeEvents(content);
    const model = listings.find((listing) => listing.location.kind === "place" && listing.event.recurrence)!;
    const imported = { ...model, id: "imported-from-a-feed-hanley-choir" };
    const withImported = builtFeedData({ now: NOW, siteUrl: SITE, listings: [...listings, imported] });
    const feed = createCalendarFeed({ source: () => withImported, now: () => NOW, siteUrl: SITE });
    const town = model.location.kind === "place" ? model.location.place.town : undefined;
    const found = await idsIn(await feed(new Request(`http://localhost/api/calendar.ics?town=${town}`)));
    expect(found).toContain(imported.id);
    expect(found).toContain(model.id);
  });

  it("answers from a new build's data once the site is rebuilt, not from what it remembered", async () => {
    const listings = placeEvents(content);
    let data = builtFeedData({ now: NOW, siteUrl: SITE, listings });
    const feed = createCalendarFeed({ source: () => data, now: () => NOW, siteUrl: SITE });
    const ask = async () => (await feed(new Request("http://localhost/api/calendar.ics?town=tunstall"))).text();
    const before = await ask();
    const renamed = listings.map((listing) =>
      listing.location.kind === "place" && listing.location.place.town === "tunstall"
        ? { ...listing, event: { ...listing.event, title: `${listing.event.title} (moved indoors)` } }
        : listing,
    );
    data = builtFeedData({ now: NOW, siteUrl: SITE, listings: renamed });
    const after = await ask();
    expect(after).not.toBe(before);
    expect(after).toContain("(moved indoors)");
  });

  it("writes its events for its own address when the build wrote them for another", async () => {
    const elsewhere = builtFeedData({ now: NOW, siteUrl: "https://deploy-preview-7--stoketogether.netlify.app" });
    const feed = createCalendarFeed({ source: () => elsewhere, now: () => NOW, siteUrl: SITE });
    const ours = await (await get("?town=burslem")).text();
    const theirs = await (await feed(new Request("http://localhost/api/calendar.ics?town=burslem"))).text();
    expect(theirs).toBe(ours);
    expect(theirs).not.toContain("netlify.app");
  });

  it("writes a before-dark feed's left-out dates into the events that have them, and no others", async () => {
    const text = await (await get("?town=hanley&dark=1")).text();
    const plain = await (await get("?town=hanley")).text();
    const blocks = (feed: string) =>
      new Map(
        feed
          .split("BEGIN:VEVENT")
          .slice(1)
          .map((b) => [/^UID:(.+)$/m.exec(b)![1], b]),
      );
    const [dark, all] = [blocks(text), blocks(plain)];
    expect(dark.size).toBeGreaterThan(0);
    const changed = [...dark].filter(([uid, block]) => block !== all.get(uid));
    expect(changed.length).toBeGreaterThan(0);
    for (const [, block] of changed) expect(block).toMatch(/^EXDATE;TZID=Europe\/London:/m);
  });

  it("answers HEAD with headers only and refuses other methods", async () => {
    const head = await handler(new Request("http://localhost/api/calendar.ics?town=burslem", { method: "HEAD" }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const post = await handler(new Request("http://localhost/api/calendar.ics", { method: "POST" }));
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
  });
});
