import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ImportWindow } from "./model";
import { readRpdePage } from "./rpde";

const FEED = readFileSync(new URL("../../../tests/fixtures/import/rpde-sessions.json", import.meta.url), "utf8");
const PAGE = "https://activity.example.org/api/rpde/sessions?afterTimestamp=1801000000&afterId=ss-0990";
const AUTUMN: ImportWindow = { from: "2027-10-01T00:00:00+01:00", to: "2027-12-01T00:00:00Z" };
const WALK_SERIES = "https://activity.example.org/api/session-series/series-hanley-park-walk";

const HANLEY_PARK = {
  text: "Hanley Park Pavilion, Cleveland Road, Hanley, ST1 4EJ",
  postcode: "ST1 4EJ",
  geo: { lat: 53.0161, lng: -2.1831 },
};
const WALK = {
  title: "Hanley Park Health Walk",
  description:
    "A gentle 45-minute walk round the lake & through the gardens, led by trained volunteers. Meet outside the pavilion.",
  url: "https://activity.example.org/activities/hanley-park-health-walk",
  location: HANLEY_PARK,
};

/** An RPDE page with these items, and a next link. */
function feed(items: unknown[], next: unknown = "https://activity.example.org/api/rpde/sessions?afterId=2"): string {
  return JSON.stringify({ next, items, license: "https://creativecommons.org/licenses/by/4.0/" });
}

function session(id: string | number, data: Record<string, unknown>, kind = "ScheduledSession") {
  return { state: "updated", kind, id, modified: 1, data: { "@type": kind, startDate: "2027-10-28T10:00", ...data } };
}

describe("readRpdePage: a page of OpenActive sessions", () => {
  const read = readRpdePage(FEED, { source: "active-stoke", window: AUTUMN, pageUrl: PAGE });

  it("reads each session as an event keyed by its item id, taking what it lacks from its series on the page", () => {
    expect(read.events).toEqual([
      {
        key: "active-stoke#ss-1001",
        uid: "ss-1001",
        source: "active-stoke",
        ...WALK,
        status: "scheduled",
        allDay: false,
        start: "2027-10-28T10:00:00+01:00",
        end: "2027-10-28T10:45:00+01:00",
        occurrences: [{ start: "2027-10-28T10:00:00+01:00", end: "2027-10-28T10:45:00+01:00", status: "scheduled" }],
      },
      {
        key: "active-stoke#ss-1002",
        uid: "ss-1002",
        source: "active-stoke",
        ...WALK,
        status: "cancelled",
        allDay: false,
        start: "2027-11-04T10:00:00+00:00",
        end: "2027-11-04T10:45:00+00:00",
        occurrences: [{ start: "2027-11-04T10:00:00+00:00", end: "2027-11-04T10:45:00+00:00", status: "cancelled" }],
        lastModified: "2027-10-30T17:05:00+01:00",
      },
      {
        key: "active-stoke#ss-1003",
        uid: "ss-1003",
        source: "active-stoke",
        title: "Chair Yoga",
        status: "scheduled",
        allDay: false,
        start: "2027-10-29T14:00:00+01:00",
        end: "2027-10-29T15:00:00+01:00",
        location: { text: "Fenton Town Hall, Albert Square, Fenton, ST4 3EX", postcode: "ST4 3EX" },
        occurrences: [{ start: "2027-10-29T14:00:00+01:00", end: "2027-10-29T15:00:00+01:00", status: "scheduled" }],
      },
    ]);
  });

  it("returns deleted items by id, resolves the relative next link, and is not the last page", () => {
    expect(read.deleted).toEqual(["ss-0998"]);
    expect(read.next).toBe(
      "https://activity.example.org/api/rpde/sessions?afterTimestamp=1801234500&afterId=fu-burslem-sports-hall",
    );
    expect(read.lastPage).toBe(false);
  });

  it("skips the facility booking with one problem for its kind, and is still complete", () => {
    expect(read.kind).toBe("rpde");
    expect(read.services).toEqual([]);
    expect(read.problems).toEqual([
      { source: "active-stoke", reason: "1 FacilityUse item is skipped: this importer reads sessions and events only" },
    ]);
    expect(read.complete).toBe(true);
  });

  it("keeps only the sessions that start in the window", () => {
    const october = readRpdePage(FEED, {
      source: "active-stoke",
      window: { from: "2027-10-01T00:00:00+01:00", to: "2027-10-29T00:00:00+01:00" },
      pageUrl: PAGE,
    });
    expect(october.events.map((found) => found.uid)).toEqual(["ss-1001"]);
    expect(october.deleted).toEqual(["ss-0998"]);
  });
});

describe("readRpdePage: sessions and their series", () => {
  it("reports a session with no name whose series is not on the page", () => {
    const read = readRpdePage(feed([session("ss-1", { superEvent: WALK_SERIES })]), {
      source: "active-stoke",
      window: AUTUMN,
    });
    expect(read.events).toEqual([]);
    expect(read.problems).toEqual([
      {
        source: "active-stoke",
        uid: "ss-1",
        reason: `the ScheduledSession has no name, and its series ${WALK_SERIES} is not on this page, so it is left out`,
      },
    ]);
    expect(read.complete).toBe(true);
  });

  it("reads a series embedded in the session, and finds one on the page by its item id, whichever comes first", () => {
    const embedded = session("ss-1", {
      superEvent: { "@type": "SessionSeries", name: "Burslem Parkrun Warm-up", location: "Burslem Park, ST6 4AB" },
    });
    const byItemId = session("ss-2", { superEvent: "series-7" });
    const series = {
      state: "updated",
      kind: "SessionSeries",
      id: "series-7",
      modified: 2,
      data: { name: "Walking Netball" },
    };
    const read = readRpdePage(feed([embedded, byItemId, series]), { source: "active-stoke", window: AUTUMN });
    expect(read.events.map((found) => [found.title, found.location.postcode])).toEqual([
      ["Burslem Parkrun Warm-up", "ST6 4AB"],
      ["Walking Netball", undefined],
    ]);
  });

  it("reads Event items too, and a numeric id as text", () => {
    const read = readRpdePage(feed([session(42, { name: "Fenton Fun Run" }, "Event")]), {
      source: "active-stoke",
      window: AUTUMN,
    });
    expect(read.events.map((found) => found.key)).toEqual(["active-stoke#42"]);
  });

  it("summarises each kind it cannot read once, however many items there are", () => {
    const slots = [1, 2, 3].map((n) => session(`slot-${n}`, {}, "Slot"));
    const read = readRpdePage(feed([...slots, session("fu-1", {}, "FacilityUse")]), { source: "s", window: AUTUMN });
    expect(read.problems.map((problem) => problem.reason)).toEqual([
      "3 Slot items are skipped: this importer reads sessions and events only",
      "1 FacilityUse item is skipped: this importer reads sessions and events only",
    ]);
  });

  it("reports items it cannot read, and counts the page incomplete when one has no id", () => {
    const read = readRpdePage(
      feed([
        { state: "updated", kind: "ScheduledSession", modified: 1, data: { name: "Lost" } },
        { state: "updated", kind: "ScheduledSession", id: "ss-2", modified: 2 },
        { state: "changed", kind: "ScheduledSession", id: "ss-3", modified: 3, data: {} },
        session("ss-4", { name: "Yoga", startDate: "soon" }),
      ]),
      { source: "s", window: AUTUMN },
    );
    expect(read.problems).toEqual([
      { source: "s", reason: "item 1 has no id, so it is skipped" },
      { source: "s", uid: "ss-2", reason: "the item is updated but has no data, so it is skipped" },
      {
        source: "s",
        uid: "ss-3",
        reason: 'the item\'s state "changed" is neither "updated" nor "deleted", so it is skipped',
      },
      {
        source: "s",
        uid: "ss-4",
        reason: 'its startDate "soon" is not an ISO 8601 date or date and time, so it is left out',
      },
    ]);
    expect(read.complete).toBe(false);
  });
});

describe("readRpdePage: paging", () => {
  it("ends the feed at a page with no items", () => {
    const read = readRpdePage(feed([], `${PAGE}`), { source: "s", window: AUTUMN, pageUrl: PAGE });
    expect([read.lastPage, read.complete, read.next]).toEqual([true, true, PAGE]);
  });

  it("ends the feed when next is the page itself", () => {
    const read = readRpdePage(
      feed([session("ss-1", { name: "Yoga" })], "/api/rpde/sessions?afterTimestamp=1801000000&afterId=ss-0990"),
      {
        source: "s",
        window: AUTUMN,
        pageUrl: PAGE,
      },
    );
    expect([read.lastPage, read.next]).toEqual([true, PAGE]);
  });

  it("says so when it cannot follow next: missing, relative with no page address, or not a web address", () => {
    const items = [session("ss-1", { name: "Yoga" })];
    const missing = readRpdePage(feed(items, null), { source: "s", window: AUTUMN, pageUrl: PAGE });
    expect([missing.lastPage, missing.complete, missing.problems]).toEqual([
      true,
      false,
      [{ source: "s", reason: "the page has no next link, so the rest of the feed cannot be read" }],
    ]);
    const relative = readRpdePage(feed(items, "/api/rpde/sessions?afterId=ss-1"), { source: "s", window: AUTUMN });
    expect(relative.problems.map((problem) => problem.reason)).toEqual([
      'the next link "/api/rpde/sessions?afterId=ss-1" is not a full web address, and this page\'s address is not known',
    ]);
    const script = readRpdePage(feed(items, "javascript:alert(1)"), { source: "s", window: AUTUMN, pageUrl: PAGE });
    expect([script.next, script.lastPage, script.complete]).toEqual([undefined, true, false]);
  });

  it("reads a body that is not JSON, or not an RPDE page, as an incomplete last page", () => {
    const broken = readRpdePage('{"items": [', { source: "s", window: AUTUMN, pageUrl: PAGE });
    expect(broken).toEqual({
      kind: "rpde",
      events: [],
      services: [],
      problems: [{ source: "s", reason: expect.stringMatching(/^the page is not valid JSON \(.+\)$/) }],
      complete: false,
      lastPage: true,
      deleted: [],
    });
    const notRpde = readRpdePage('{"data": []}', { source: "s", window: AUTUMN });
    expect(notRpde.problems.map((problem) => problem.reason)).toEqual([
      'the page is not an RPDE page: it has no "items" list',
    ]);
  });
});
