/**
 * Moderators and imported events, through the moderation function with a real local Blobs store: a moderated
 * source's events wait until approved (or declined, or taken off again), a pair judged the same event can be
 * split, every change asks for a rebuild, and what the build then lists follows the decisions.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SourceSchema, type Source } from "../../src/lib/domain/source";
import { createImportStore, type ImportStore } from "../../netlify/lib/import-store";
import { createModerationHandler } from "../../netlify/functions/moderation";
import type { SubmissionStore } from "../../netlify/lib/submission-store";
import type { ImportOverview as Overview } from "../../netlify/lib/import-review";
import { importedListings } from "../../src/loaders/imported-events";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";
import { places, resultOf } from "../support/import-results";

const TOKEN = "0123456789abcdef0123456789";
let blobs: LocalBlobs;
let store: ImportStore;
let rebuilds: string[];
let sources: { id: string; data: Source }[];

beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(async () => {
  await blobs.stop();
});

const sourceData = (name: string, trusted: boolean) =>
  SourceSchema.parse({
    name,
    url: `https://example.org/${name.replace(/\W+/g, "-")}.ics`,
    group: "tunstall-neighbours",
    place: "tunstall-library",
    categories: ["learning-skills"],
    free: true,
    trusted,
    lastChecked: "2027-03-01",
  });

beforeEach(async () => {
  store = createImportStore(blobs.open(`imports-${Math.random().toString(36).slice(2)}`));
  rebuilds = [];
  sources = [
    { id: "library", data: sourceData("Tunstall Library's own calendar", false) },
    { id: "calendar", data: sourceData("Tunstall Neighbours calendar", true) },
    { id: "page", data: sourceData("Tunstall Library events page", true) },
  ];
  await store.write(resultOf("library", "google-calendar.ics"));
});

function call(path: string, init: { method?: string; token?: string | null; body?: unknown } = {}) {
  const handler = createModerationHandler({
    store: {} as SubmissionStore,
    tokens: [{ name: "sam", token: TOKEN }],
    now: () => new Date("2027-03-02T10:00:00Z"),
    rebuild: async () => ({ status: "requested" }),
    imports: {
      sources: async () => sources,
      places: () => places,
      store,
      now: () => new Date("2027-03-02T10:00:00Z"),
      rebuild: async (reason) => {
        rebuilds.push(reason);
        return { status: "requested" };
      },
    },
  });
  return handler(
    new Request(`https://stoketogether.test/api/moderation/imports${path}`, {
      method: init.method ?? "GET",
      headers: {
        ...(init.token === null ? {} : { authorization: `Bearer ${init.token ?? TOKEN}` }),
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    }),
  );
}

const overview = async () => (await (await call("")).json()) as Overview;

/** What the next build would list from the store. */
async function built(): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), "stoke-review-"));
  mkdirSync(join(root, "content", "sources"), { recursive: true });
  for (const source of sources) {
    // JSON is YAML: the source's fields as the front matter of its file.
    writeFileSync(join(root, "content", "sources", `${source.id}.md`), `---\n${JSON.stringify(source.data)}\n---\n`);
  }
  const review = { decisions: await store.decisions(), splits: await store.splits() };
  const quiet = { info: () => {}, warn: () => {} };
  return importedListings(await store.all(), { root, places, review }, quiet)
    .filter((listing) => listing.result.ok)
    .map((listing) => listing.label)
    .sort();
}

describe("imported events waiting for moderators", () => {
  it("lists a moderated source's events as waiting, in date order, with what a moderator needs to judge them", async () => {
    const { waiting, approved, pairs } = await overview();
    expect(waiting.map((event) => event.title)).toEqual([
      "Book club",
      "Family fun day in the park",
      "Local history talk",
      "Cafe stories and rhymes (half term)",
      "Halloween craft morning",
    ]);
    expect(approved).toEqual([]);
    expect(pairs).toEqual([]);
    const club = waiting[0]!;
    expect(club).toMatchObject({
      source: { id: "library", name: "Tunstall Library's own calendar", trusted: false },
      place: "tunstall-library",
      allDay: false,
      cancelled: false,
    });
    expect(club.rrule).toMatch(/^FREQ=WEEKLY/);
    expect(await built()).toEqual([]);
  });

  it("publishes an approved event at the next build, and takes it off again when declined", async () => {
    const key = (await overview()).waiting.find((event) => event.title === "Book club")!.key;
    const approve = await call("/approve", { method: "POST", body: { key } });
    expect(approve.status).toBe(200);
    expect(await approve.json()).toMatchObject({ decision: { key, decision: "approved", by: "sam" }, rebuild: true });
    expect(rebuilds).toEqual(['Publish imported event "Book club"']);
    let now = await overview();
    expect(now.waiting).toHaveLength(4);
    expect(now.approved.map((event) => event.title)).toEqual(["Book club"]);
    expect(await built()).toEqual(['Imported event "Book club" from library']);

    const decline = await call("/decline", { method: "POST", body: { key } });
    expect(decline.status).toBe(200);
    expect(rebuilds).toEqual(['Publish imported event "Book club"', 'Withdraw imported event "Book club"']);
    now = await overview();
    expect(now).toMatchObject({ approved: [], declined: 1 });
    expect(now.waiting).toHaveLength(4);
    expect(await built()).toEqual([]);
  });

  it("declines a waiting event without a rebuild, since it was never on the site", async () => {
    const key = (await overview()).waiting[0]!.key;
    const response = await call("/decline", { method: "POST", body: { key } });
    expect(await response.json()).toMatchObject({ rebuild: false });
    expect(rebuilds).toEqual([]);
    expect((await overview()).waiting).toHaveLength(4);
  });

  it("keeps an approval when the event changes in its feed, and its place on the site", async () => {
    const result = resultOf("library", "google-calendar.ics");
    const key = result.events[0]!.event.key;
    await call("/approve", { method: "POST", body: { key } });
    const changed = { ...result.events[0]!, event: { ...result.events[0]!.event, title: "Book club (new room)" } };
    await store.write({ ...result, events: [changed, ...result.events.slice(1)] });
    expect((await overview()).approved.map((event) => event.title)).toEqual(["Book club (new room)"]);
  });

  it("refuses a decision it cannot act on, naming the field, and stores nothing", async () => {
    const missing = await call("/approve", { method: "POST", body: {} });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ fields: { key: expect.stringContaining("is needed") } });
    const unknown = await call("/approve", { method: "POST", body: { key: "library#no-such-event" } });
    expect(unknown.status).toBe(404);
    const trusted = resultOf("calendar", "google-calendar.ics");
    await store.write(trusted);
    const fromTrusted = await call("/decline", { method: "POST", body: { key: trusted.events[0]!.event.key } });
    expect(fromTrusted.status).toBe(404);
    const notJson = await call("/approve", { method: "POST", body: "approve everything" });
    expect(notJson.status).toBe(400);
    expect(await store.decisions()).toEqual([]);
    expect(rebuilds).toEqual([]);
  });

  it("needs a moderator's token and the right method", async () => {
    expect((await call("", { token: null })).status).toBe(401);
    expect((await call("", { token: "wrong-token-wrong-token-00" })).status).toBe(403);
    expect((await call("/approve")).status).toBe(405);
    expect((await call("", { method: "POST", body: {} })).status).toBe(405);
    expect((await call("/publish-all", { method: "POST", body: {} })).status).toBe(404);
  });
});

describe("the same event from two sources", () => {
  beforeEach(async () => {
    await store.write(resultOf("calendar", "google-calendar.ics"));
    await store.write(resultOf("page", "event-page-library.html"));
  });

  it("shows moderators each pair judged the same, and lists both once split", async () => {
    const { pairs } = await overview();
    const stories = pairs.find((pair) => pair.events.some((event) => /stories/i.test(event.title)))!;
    expect(stories.events.map((event) => event.source.id).sort()).toEqual(["calendar", "page"]);
    const before = (await built()).filter((label) => /stories/i.test(label));
    expect(before).toHaveLength(1);

    const response = await call("/split", { method: "POST", body: { keys: [...stories.keys].reverse() } });
    expect(response.status).toBe(200);
    expect(rebuilds).toEqual(["Split two imported events judged the same"]);
    const after = await overview();
    expect(after.pairs.some((pair) => pair.keys.join() === stories.keys.join())).toBe(false);
    expect(after.splits).toBe(1);
    expect((await built()).filter((label) => /stories/i.test(label))).toHaveLength(2);
  });

  it("refuses to split what is not a pair, naming the field", async () => {
    const bad = await call("/split", { method: "POST", body: { keys: "calendar#a" } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ fields: { keys: expect.stringContaining("two keys") } });
    const notPair = await call("/split", { method: "POST", body: { keys: ["calendar#a", "page#b"] } });
    expect(notPair.status).toBe(404);
    expect(await store.splits()).toEqual([]);
  });
});
