import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EventSchema } from "../lib/domain/event";
import { SourceSchema } from "../lib/domain/source";
import { readICalendar } from "../lib/import/ical";
import { readJsonLdPage } from "../lib/import/json-ld";
import { emptyResult, mergeFetch, type SourceResult } from "../lib/import/merge";
import { matchPlace } from "../lib/import/places";
import { knownPlaces } from "../../netlify/functions/import-sources";
import { importedListings } from "./imported-events";

const window = { from: "2027-03-01T00:00:00+00:00", to: "2028-03-01T00:00:00+00:00" };
const FETCHED = new Date("2027-03-01T10:00:00Z");
const places = knownPlaces(".");

/** A source's stored result after one fetch of a fixture, with places matched as the importer does. */
function resultOf(source: string, file: string): SourceResult {
  const text = readFileSync(`tests/fixtures/import/${file}`, "utf8");
  const read = file.endsWith(".ics")
    ? readICalendar(text, { source, window })
    : readJsonLdPage(text, { source, window, pageUrl: "https://tunstall-library.example.org/whats-on" });
  const events = read.events.map((event) => {
    const place = matchPlace(event.location, places);
    return place ? { ...event, place } : event;
  });
  const outcome = { ...read, events, notModified: false, deleted: [] };
  return mergeFetch(emptyResult(source, `https://example.org/${file}`), outcome, FETCHED).result;
}

/** A project root whose content/sources/ holds these sources. */
function rootWith(sources: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "stoke-sources-"));
  mkdirSync(join(root, "content", "sources"), { recursive: true });
  for (const [id, extra] of Object.entries(sources)) {
    writeFileSync(
      join(root, "content", "sources", `${id}.md`),
      `---\nname: "${id} calendar"\nurl: "https://example.org/${id}.ics"\ngroup: tunstall-neighbours\nplace: tunstall-library\ncategories: [learning-skills]\nfree: true\nlastChecked: "2027-03-01"\n${extra}---\n`,
    );
  }
  return root;
}

const quiet = () => {
  const said: string[] = [];
  return { said, logger: { info: (text: string) => said.push(text), warn: (text: string) => said.push(text) } };
};

describe("imported events as listings", () => {
  it("lists a trusted source's events with the schema's fields, their provenance, and a series kept whole", () => {
    const { logger } = quiet();
    const listings = importedListings(
      [resultOf("library", "google-calendar.ics")],
      rootWith({ library: "trusted: true\n" }),
      logger,
    );
    const club = listings.find((listing) => listing.label.includes("Book club"))!;
    expect(club.result.ok).toBe(true);
    if (!club.result.ok) return;
    const event = EventSchema.parse(club.result.fields);
    expect(event).toMatchObject({
      title: "Book club",
      startDate: "2027-03-16T18:30",
      endDate: "2027-03-16T20:00",
      recurrence: { freq: "weekly", interval: 1, byday: ["TU"], until: "2027-04-27" },
      // 6 April is an EXDATE and 20 April was cancelled; 30 March moved to Wednesday the 31st.
      cancelledDates: ["2027-04-06", "2027-04-20"],
      rescheduled: [{ date: "2027-03-30", startDate: "2027-03-31T18:30", endDate: "2027-03-31T20:00" }],
      place: "tunstall-library",
      organizer: "tunstall-neighbours",
      categories: ["learning-skills"],
      isAccessibleForFree: true,
      source: "imported",
      example: false,
      lastChecked: "2027-03-01",
      importedFrom: {
        source: "library",
        name: "library calendar",
        uid: "7kq2b3c4d5e6f7g8h9i0j1k2l3@google.com",
        checkedAt: FETCHED.toISOString(),
        alsoFrom: [],
      },
    });
    expect(club.id).toMatch(/^book-club-[0-9a-f]{5}$/);
    expect(club.result.description).toContain("Tea and biscuits provided.");
    const talk = listings.find((listing) => listing.label.includes("Local history talk"))!;
    expect(talk.result.ok && EventSchema.parse(talk.result.fields).status).toBe("cancelled");
  });

  it("holds a moderated source's events for a moderator", () => {
    const { said, logger } = quiet();
    expect(importedListings([resultOf("library", "google-calendar.ics")], rootWith({ library: "" }), logger)).toEqual(
      [],
    );
    expect(said).toEqual(["5 imported event(s) from moderated sources wait for a moderator."]);
  });

  it("lists the same event from two sources once, crediting both", () => {
    const { logger } = quiet();
    const listings = importedListings(
      [resultOf("calendar", "google-calendar.ics"), resultOf("page", "event-page-library.html")],
      rootWith({ calendar: "trusted: true\n", page: "trusted: true\n" }),
      logger,
    );
    const stories = listings.filter((listing) => /stories/i.test(listing.label));
    expect(stories).toHaveLength(1);
    expect(stories[0]!.result.ok && stories[0]!.result.fields["importedFrom"]).toMatchObject({
      source: "calendar",
      alsoFrom: [{ source: "page", name: "page calendar" }],
    });
  });

  it("leaves out, with the reason, an event at a place the site does not know", () => {
    const { logger } = quiet();
    const listings = importedListings(
      [resultOf("carers", "outlook-calendar.ics")],
      rootWith({ carers: "trusted: true\n" }),
      logger,
    );
    const reasons = listings.map((listing) => (listing.result.ok ? "ok" : listing.result.reason));
    expect(reasons).toContain(
      'its place is "Longton Community Centre, Commerce Street, Longton ST3 1NZ", which is not a place the site knows yet',
    );
  });

  it("leaves out a result whose source is no longer in content/sources/", () => {
    const { said, logger } = quiet();
    expect(importedListings([resultOf("gone", "google-calendar.ics")], rootWith({}), logger)).toEqual([]);
    expect(said[0]).toBe('Imported events from "gone" are left out: it is no longer a source.');
  });

  it("lists the events of a trusted source added from the console", () => {
    const { logger } = quiet();
    const added = {
      id: "library",
      addedBy: "sam",
      addedAt: "2027-03-01T09:00:00.000Z",
      data: SourceSchema.parse({
        name: "Library calendar, added in the console",
        url: "https://example.org/library.ics",
        group: "tunstall-neighbours",
        categories: ["learning-skills"],
        free: true,
        trusted: true,
        lastChecked: "2027-03-01",
      }),
    };
    const listings = importedListings([resultOf("library", "google-calendar.ics")], rootWith({}), logger, [added]);
    expect(listings.filter((listing) => listing.result.ok)).toHaveLength(5);
  });
});
