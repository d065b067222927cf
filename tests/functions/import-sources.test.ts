/**
 * The hourly import against a local HTTP server that serves a group's calendar and then fails in every way a
 * real one can (too slow, 500, a page instead of a calendar, 50 MB, a redirect loop, a redirect into this
 * machine), with a real local Blobs store: the last good listings survive every fault, the result is stored
 * whole, and a rebuild is asked for only when the listings changed. Names resolve through the test's lookup.
 */
import { createServer, type Server } from "node:http";
import type { LookupAddress } from "node:dns";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SourceSchema, type Source } from "../../src/lib/domain/source";
import { IMPORT_KEYS } from "../../src/lib/import/store-keys";
import { createImportHandler, describeRun } from "../../netlify/functions/import-sources";
import { knownPlaces } from "../../netlify/lib/content-files";
import type { KnownPlace } from "../../src/lib/import/places";
import { createImportStore, type ImportStore } from "../../netlify/lib/import-store";
import { runImport } from "../../netlify/lib/import-run";
import { createModerationHandler } from "../../netlify/functions/moderation";
import type { SubmissionStore } from "../../netlify/lib/submission-store";
import { diskListedIds } from "../../netlify/lib/listed-ids";
import { withAddedSources } from "../../src/lib/import/added-sources";
import { fetchSource, publicAddressesOnly } from "../../netlify/lib/source-fetch";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";

const GOOGLE = readFileSync("tests/fixtures/import/google-calendar.ics", "utf8");
const OUTLOOK = readFileSync("tests/fixtures/import/outlook-calendar.ics", "utf8");

/** What the feed does now. */
let behaviour = "calendar";
let served = GOOGLE;
let requests: { path: string; etag?: string | undefined }[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((request, response): void => {
    requests.push({ path: request.url ?? "", etag: request.headers["if-none-match"] });
    const etag = `"${served.length}"`;
    switch (behaviour) {
      case "calendar":
        if (request.headers["if-none-match"] === etag) return void response.writeHead(304).end();
        return void response.writeHead(200, { "content-type": "text/calendar", etag }).end(served);
      case "slow":
        return; // never answers
      case "error":
        return void response.writeHead(500).end("Internal Server Error");
      case "page":
        return void response
          .writeHead(200, { "content-type": "text/html" })
          .end("<!doctype html><title>Sign in</title><p>Please sign in to see this calendar.</p>");
      case "huge": {
        response.writeHead(200, { "content-type": "text/calendar" });
        const piece = Buffer.alloc(1024 * 1024, "X");
        let sent = 0;
        const write = (): void => {
          while (sent < 50) {
            sent++;
            if (!response.write(piece)) return void response.once("drain", write);
          }
          response.end();
        };
        return write();
      }
      case "loop":
        return void response.writeHead(302, { location: request.url === "/a" ? "/b" : "/a" }).end();
      case "inside":
        return void response.writeHead(302, { location: "http://127.0.0.1:9/admin" }).end();
      case "cut-off":
        return void response
          .writeHead(200, { "content-type": "text/calendar" })
          .end(served.slice(0, served.length / 2));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Lookup = NonNullable<NonNullable<Parameters<typeof fetchSource>[1]>["lookup"]>;
const lookup = ((name: string, _options: unknown, callback: (error: Error | null, found: LookupAddress[]) => void) => {
  if (name === "calendar.example.org") return callback(null, [{ address: "127.0.0.1", family: 4 }]);
  callback(Object.assign(new Error("not found"), { code: "ENOTFOUND" }), []);
}) as unknown as Lookup;

/** Fetches as the import does, but reaching only the test server, and quicker to give up on a slow one. */
const testFetch: typeof fetchSource = (address, options) =>
  fetchSource(address, {
    ...options,
    lookup,
    timeoutMs: 800,
    allow: (address, to) => (address === "127.0.0.1" && to === port) || publicAddressesOnly(address, to),
  });

let blobs: LocalBlobs;
let store: ImportStore;
let rebuilds: string[];
let clock: Date;
let source: { id: string; data: Source };

beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(async () => {
  await blobs.stop();
});
beforeEach(async () => {
  store = createImportStore(blobs.open(`imports-${Math.random().toString(36).slice(2)}`));
  rebuilds = [];
  requests = [];
  behaviour = "calendar";
  served = GOOGLE;
  clock = new Date("2027-03-01T09:00:00Z");
  source = {
    id: "tunstall-library",
    data: SourceSchema.parse({
      name: "Tunstall Library's own calendar",
      url: `http://calendar.example.org:${port}/library.ics`,
      group: "tunstall-neighbours",
      place: "tunstall-library",
      categories: ["learning-skills"],
      free: true,
      lastChecked: "2027-03-01",
    }),
  };
});

const places = knownPlaces(process.cwd());
function run(sources = [source]) {
  clock = new Date(clock.getTime() + 60 * 60 * 1000);
  return runImport({
    sources,
    store,
    places,
    now: () => clock,
    budgetMs: 20_000,
    rebuild: async (reason) => {
      rebuilds.push(reason);
      return { status: "requested" };
    },
    fetch: testFetch,
  });
}
const titles = async () => ((await store.read("tunstall-library"))?.events ?? []).map((kept) => kept.event.title);
const ALL = [
  "Book club",
  "Family fun day in the park",
  "Halloween craft morning",
  "Local history talk",
  "Cafe stories and rhymes (half term)",
];

describe("the hourly import", () => {
  it("stores a source's events with their places, and asks for one rebuild when they first arrive", async () => {
    const report = await run();
    expect(report.fetched).toEqual([
      { source: "tunstall-library", ok: true, changes: { added: 5, updated: 0, removed: 0 }, events: 5, services: 0 },
    ]);
    expect(await titles()).toEqual(ALL);
    const result = (await store.read("tunstall-library"))!;
    expect(result.events[0]!.event.place).toBe("tunstall-library");
    expect(result.events[1]!.event.place).toBe("tunstall-park");
    expect(rebuilds).toEqual(["Imported listings changed: tunstall-library"]);
    expect(describeRun(report)).toBe("import: 1 sources fetched; 1 changed; rebuild requested");
  });

  it("sends the feed's ETag back, and asks for no rebuild when nothing changed", async () => {
    await run();
    await run();
    expect(requests.map((request) => request.etag)).toEqual([undefined, `"${GOOGLE.length}"`]);
    expect(rebuilds).toHaveLength(1);
    expect((await store.read("tunstall-library"))!.history.map((fetch) => fetch.ok)).toEqual([true, true]);
  });

  it.each([
    ["takes too long", "slow", "took longer than 0.8 seconds"],
    ["answers 500", "error", "answered 500"],
    [
      "answers a web page instead of a calendar",
      "page",
      "it could not be read: this is not an iCalendar feed: it does not start with BEGIN:VCALENDAR",
    ],
    ["sends 50 MB", "huge", "is larger than 5 MB"],
    ["redirects in a loop", "loop", "redirects in a loop"],
    ["redirects into this machine", "inside", "points inside a private network or this machine"],
    ["is cut off half way", "cut-off", "it could be read only in part: the calendar stops before END:VCALENDAR"],
  ])("keeps the last good listings when the feed %s, three times over", async (_what, fault, reason) => {
    await run();
    behaviour = fault;
    for (let fetch = 0; fetch < 3; fetch++) await run();
    expect(await titles()).toEqual(ALL);
    const result = (await store.read("tunstall-library"))!;
    expect(result.history.at(-1)!.ok).toBe(false);
    expect(result.history.at(-1)!.reason).toContain(reason);
    expect(result.failingSince).toBe(result.history[1]!.at);
    expect(rebuilds).toHaveLength(1);
    // And once the feed is back, so is the source.
    behaviour = "calendar";
    await run();
    expect((await store.read("tunstall-library"))!.failingSince).toBeUndefined();
  });

  it("removes an event only after two successful fetches without it, and asks for a rebuild then", async () => {
    await run();
    served = GOOGLE.replace(/BEGIN:VEVENT\r\nDTSTART:20271031T100000Z[\s\S]*?END:VEVENT\r\n/, "");
    await run();
    expect(await titles()).toContain("Halloween craft morning");
    expect(rebuilds).toHaveLength(1);
    await run();
    expect(await titles()).not.toContain("Halloween craft morning");
    expect(rebuilds).toHaveLength(2);
  });

  it("stores each source's result as one object, and leaves paused sources alone", async () => {
    const other = {
      id: "longton-carers",
      data: { ...source.data, url: `http://calendar.example.org:${port}/carers.ics` },
    };
    const paused = { id: "paused", data: { ...source.data, paused: true } };
    served = OUTLOOK;
    const report = await run([source, other, paused]);
    expect(report.fetched.map((each) => each.source)).toEqual(["longton-carers", "tunstall-library"]);
    const { blobs: keys } = await blobs.open("x").list(); // an unrelated store stays empty
    expect(keys).toEqual([]);
    expect((await store.all()).map((result) => result.source).sort()).toEqual(["longton-carers", "tunstall-library"]);
    expect(IMPORT_KEYS.result("longton-carers")).toBe("results/longton-carers");
  });

  it("starts the least recently fetched sources first, and leaves the rest for the next run when time is up", async () => {
    const sources = ["a", "b", "c"].map((id) => ({ id, data: source.data }));
    await run(sources.slice(0, 2));
    const report = await runImport({
      sources,
      store,
      places,
      now: () => clock,
      budgetMs: -1,
      rebuild: async () => ({ status: "requested" }),
      fetch: testFetch,
    });
    expect(report.fetched).toEqual([]);
    expect(report.skipped).toEqual(["c", "a", "b"]);
  });

  it("runs as the scheduled function, reading the sources in content/ (whose example is paused)", async () => {
    const handler = createImportHandler(() => ({
      root: process.cwd(),
      store,
      now: () => clock,
      budgetMs: 20_000,
      rebuild: async () => ({ status: "requested" }),
    }));
    const response = await handler();
    expect(response.status).toBe(204);
    expect(await store.all()).toEqual([]);
  });
});

describe("source health for moderators", () => {
  const TOKEN = "0123456789abcdef0123456789";
  /** The places in content/places/ as the function reads them now. */
  let placesNow: readonly KnownPlace[] = places;
  beforeEach(() => {
    placesNow = places;
  });
  function moderation() {
    return createModerationHandler({
      store: {} as SubmissionStore,
      tokens: [{ name: "sam", token: TOKEN }],
      now: () => clock,
      rebuild: async () => ({ status: "requested" }),
      sources: {
        sources: async () =>
          withAddedSources(
            [source, { id: "never-fetched", data: { ...source.data, name: "A new calendar" } }],
            await store.addedSources(),
          ),
        listed: diskListedIds(process.cwd()),
        store,
        now: () => clock,
        places: () => placesNow,
        run: () => ({
          budgetMs: 20_000,
          rebuild: async (reason) => {
            rebuilds.push(reason);
            return { status: "requested" };
          },
          fetch: testFetch,
        }),
      },
    });
  }
  const call = (path: string, init: { method?: string; token?: string | null; body?: object } = {}) =>
    moderation()(
      new Request(`https://stoketogether.test/api/moderation/sources${path}`, {
        method: init.method ?? "GET",
        headers: {
          ...(init.token === null ? {} : { authorization: `Bearer ${init.token ?? TOKEN}` }),
          ...(init.body ? { "content-type": "application/json" } : {}),
        },
        ...(init.body ? { body: JSON.stringify(init.body) } : {}),
      }),
    );
  type Health = {
    id: string;
    state: string;
    events: number;
    lastFailure?: string;
    problems: unknown[];
    placesToAdd: { text: string; postcode?: string; events: number }[];
  };

  it("lists every source, and fetches one now, reading its events and asking for a rebuild", async () => {
    const before = (await (await call("")).json()) as { sources: Health[] };
    expect(before.sources.map(({ id, state, events }) => ({ id, state, events }))).toEqual([
      { id: "never-fetched", state: "never", events: 0 },
      { id: "tunstall-library", state: "never", events: 0 },
    ]);
    const fetched = await call("/tunstall-library/fetch", { method: "POST" });
    expect(fetched.status).toBe(200);
    expect(await fetched.json()).toMatchObject({
      source: { id: "tunstall-library", state: "ok", events: 5, kind: "ical" },
      changes: { added: 5, updated: 0, removed: 0 },
      rebuild: "requested",
    });
  });

  it("shows a source with problems, then as failing after three days without a good fetch", async () => {
    await call("/tunstall-library/fetch", { method: "POST" });
    behaviour = "error";
    await call("/tunstall-library/fetch", { method: "POST" });
    let row = ((await (await call("")).json()) as { sources: Health[] }).sources[0]!;
    expect(row).toMatchObject({
      id: "tunstall-library",
      state: "problems",
      events: 5,
      lastFailure: `${source.data.url} answered 500`,
    });
    clock = new Date(clock.getTime() + 3 * 24 * 60 * 60 * 1000);
    await call("/tunstall-library/fetch", { method: "POST" });
    row = ((await (await call("")).json()) as { sources: Health[] }).sources[0]!;
    expect(row).toMatchObject({ id: "tunstall-library", state: "failing", events: 5 });
  });

  it("lists the locations that match no known place as places to add, until one is added", async () => {
    served = OUTLOOK;
    const fetched = (await (await call("/tunstall-library/fetch", { method: "POST" })).json()) as { source: Health };
    // Two events at the community centre; the Teams meeting is online, not a place.
    const toAdd = [
      { text: "Longton Community Centre, Commerce Street, Longton ST3 1NZ", postcode: "ST3 1NZ", events: 2 },
    ];
    expect(fetched.source.placesToAdd).toEqual(toAdd);
    const listed = async () =>
      ((await (await call("")).json()) as { sources: Health[] }).sources.find((row) => row.id === "tunstall-library")!;
    expect((await listed()).placesToAdd).toEqual(toAdd);
    // Once content/places/ has it, its events are there, with nothing left to add.
    placesNow = [...places, { id: "longton-community-centre", name: "Longton Community Centre", postcode: "ST3 1NZ" }];
    expect((await listed()).placesToAdd).toEqual([]);
    // A source whose events are online has no places to add.
    placesNow = places;
    source = { ...source, data: { ...source.data, location: "online" } };
    expect((await listed()).placesToAdd).toEqual([]);
  });

  it("shows no places to add for a source not fetched yet, nor for one whose places all matched", async () => {
    const rows = ((await (await call("")).json()) as { sources: Health[] }).sources;
    expect(rows.map((row) => row.placesToAdd)).toEqual([[], []]);
    await call("/tunstall-library/fetch", { method: "POST" });
    const fetched = ((await (await call("")).json()) as { sources: Health[] }).sources;
    expect(fetched.find((row) => row.id === "tunstall-library")).toMatchObject({ events: 5, placesToAdd: [] });
  });

  const carers = {
    name: "Longton Carers Hub calendar",
    url: `webcal://calendar.example.org:${0}/carers.ics`,
    group: "stoke-money-matters",
    place: "longton-library",
    categories: ["advice-support"],
    free: true,
    trusted: true,
  };

  it("adds a source from the console, which the hourly import then reads", async () => {
    const body = { ...carers, url: `http://calendar.example.org:${port}/carers.ics` };
    const added = await call("", { method: "POST", body });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({
      source: { id: "longton-carers-hub-calendar", state: "never", trusted: true, name: body.name },
    });
    expect(await store.addedSources()).toMatchObject([
      { id: "longton-carers-hub-calendar", addedBy: "sam", data: { url: body.url, location: "feed" } },
    ]);
    // The same name, or the same address, again is refused.
    expect((await call("", { method: "POST", body })).status).toBe(400);
    expect((await call("", { method: "POST", body: { ...body, url: `${body.url}?again` } })).status).toBe(409);
    // The hourly run reads it with the sources in content/.
    served = OUTLOOK;
    const handler = createImportHandler(() => ({
      root: process.cwd(),
      store,
      now: () => clock,
      budgetMs: 20_000,
      rebuild: async () => ({ status: "requested" }),
      fetch: testFetch,
    }));
    expect((await handler()).status).toBe(204);
    expect((await store.read("longton-carers-hub-calendar"))?.events.map((kept) => kept.event.title)).toEqual([
      "Carers' café",
      "Seated exercise",
      "Carers across Europe (online)",
    ]);
  });

  it("keeps the licence a source's listings may be shared under, and shows it; a credit needs a licence", async () => {
    const body = { ...carers, url: "https://calendar.example.org/shared.ics", licence: "ogl-3.0" };
    const added = await call("", { method: "POST", body: { ...body, attribution: "Thanks to the carers' hub" } });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ source: { licence: "ogl-3.0" } });
    expect(await store.addedSources()).toMatchObject([
      { data: { licence: "ogl-3.0", attribution: "Thanks to the carers' hub" } },
    ]);
    const creditOnly = await call("", {
      method: "POST",
      body: { ...carers, name: "Another", url: "https://calendar.example.org/other.ics", attribution: "Thanks" },
    });
    expect(creditOnly.status).toBe(400);
    expect(Object.keys(((await creditOnly.json()) as { fields: Record<string, string> }).fields)).toEqual([
      "attribution",
    ]);
  });

  it("refuses a source it could not read, naming each field", async () => {
    const refused = await call("", {
      method: "POST",
      body: { ...carers, url: "http://127.0.0.1/feed.ics", group: "no-such-group", categories: [], free: false },
    });
    expect(refused.status).toBe(400);
    const { fields } = (await refused.json()) as { fields: Record<string, string> };
    expect(Object.keys(fields).sort()).toEqual(["categories", "url"]);
    const unlisted = await call("", {
      method: "POST",
      body: { ...carers, url: "https://example.org/x.ics", group: "no-such-group" },
    });
    expect(((await unlisted.json()) as { fields: Record<string, string> }).fields).toEqual({
      group: "is not a listed group: choose one from the list",
    });
    expect(await store.addedSources()).toEqual([]);
  });

  it("needs a moderator's token, a listed source and the right method", async () => {
    expect((await call("", { token: null })).status).toBe(401);
    expect((await call("", { token: "not-the-token-at-all-here" })).status).toBe(403);
    expect((await call("/nowhere/fetch", { method: "POST" })).status).toBe(404);
    expect((await call("/tunstall-library/fetch")).status).toBe(405);
    expect((await call("", { method: "DELETE" })).status).toBe(405);
  });
});
