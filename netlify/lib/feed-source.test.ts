import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { placeEvents } from "../../src/lib/events/facts";
import { writeFeedData } from "../../src/lib/ical/feed-data";
import { content } from "../../tests/support/content";
import { BUILT_FEED_DATA, builtFeedSource } from "./feed-source";

const root = mkdtempSync(join(tmpdir(), "feed-source-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("builtFeedSource", () => {
  /** Writes the feed data a build at `now` writes, into a new folder under `site`, as a rebuild swaps one in. */
  function build(site: string, now: string, listings = placeEvents(content)) {
    const folder = join(site, BUILT_FEED_DATA);
    const next = `${folder}-next`;
    mkdirSync(next, { recursive: true });
    const files = writeFeedData(listings, content.wards, {
      siteUrl: "https://stoketogether.org.uk",
      now: new Date(now),
    });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(next, name), text);
    rmSync(folder, { recursive: true, force: true });
    renameSync(next, folder);
  }

  it("reads the feed data the build wrote under the site's root, and keeps it while the build is the same", () => {
    const site = join(root, "site");
    build(site, "2026-11-26T09:00:00Z");
    const source = builtFeedSource(site);
    const data = source();
    expect(data.candidates.length).toBeGreaterThan(0);
    expect(new TextDecoder().decode(data.text(0))).toMatch(/^BEGIN:VEVENT\r\n/);
    expect(data.candidates[0]!.item().id).toBe(data.candidates[0]!.id);
    expect(source()).toBe(data);
  });

  it("reads a new build's data once the site is rebuilt", () => {
    const site = join(root, "rebuilt");
    build(site, "2026-11-26T09:00:00Z");
    const source = builtFeedSource(site);
    const before = source();
    const extra = { ...placeEvents(content)[0]!, id: "approved-after-the-first-build" };
    build(site, "2026-11-26T09:00:00Z", [...placeEvents(content), extra]);
    const after = source();
    expect(after).not.toBe(before);
    expect(after.candidates.map((candidate) => candidate.id)).toContain(extra.id);
    expect(before.candidates.map((candidate) => candidate.id)).not.toContain(extra.id);
  });

  it("reads each event's data from the build it read the index of, though the site is rebuilt meanwhile", () => {
    const site = join(root, "mixed");
    build(site, "2026-11-26T09:00:00Z");
    const data = builtFeedSource(site)();
    const renamed = placeEvents(content).map((listing) => ({ ...listing, id: `renamed-${listing.id}` }));
    build(site, "2026-11-26T09:00:00Z", renamed);
    expect(data.candidates[0]!.item().id).toBe(data.candidates[0]!.id);
    expect(data.candidates[0]!.id).not.toMatch(/^renamed-/);
  });

  it("says the data is missing, and to build the site, when there is none", () => {
    expect(() => builtFeedSource(join(root, "never-built"))()).toThrow(
      "The calendar feed data is missing (dist/calendar/feed-data): build the site first.",
    );
    const site = join(root, "half");
    mkdirSync(join(site, BUILT_FEED_DATA), { recursive: true });
    expect(() => builtFeedSource(site)()).toThrow(
      "The calendar feed data is missing (dist/calendar/feed-data/index.json): build the site first.",
    );
  });
});
