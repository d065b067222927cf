import { describe, expect, it } from "vitest";
import { rootWithSources } from "../../tests/support/source-files";
import { EventSchema } from "../lib/domain/event";
import { SourceSchema } from "../lib/domain/source";
import { FETCHED, places, resultOf } from "../../tests/support/import-results";
import { importedListings } from "./imported-events";
import type { Review } from "../lib/import/review";
import type { KnownPlace } from "../lib/import/places";

/** A project root whose content/sources/ holds these sources. */
const rootWith = (sources: Record<string, string>) =>
  rootWithSources(
    (id) => [
      `name: "${id} calendar"`,
      `url: "https://example.org/${id}.ics"`,
      "group: tunstall-neighbours",
      "place: tunstall-library",
      "categories: [learning-skills]",
      "free: true",
    ],
    sources,
  );

const quiet = () => {
  const said: string[] = [];
  return { said, logger: { info: (text: string) => said.push(text), warn: (text: string) => said.push(text) } };
};

describe("imported events as listings", () => {
  it("lists a trusted source's events with the schema's fields, their provenance, and a series kept whole", () => {
    const { logger } = quiet();
    const listings = importedListings(
      [resultOf("library", "google-calendar.ics")],
      { root: rootWith({ library: "trusted: true\n" }), places },
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
    expect(
      importedListings(
        [resultOf("library", "google-calendar.ics")],
        { root: rootWith({ library: "" }), places },
        logger,
      ),
    ).toEqual([]);
    expect(said).toEqual(["5 imported event(s) from moderated sources wait for a moderator."]);
  });

  it("lists a moderated source's events a moderator approved, and not those declined or still waiting", () => {
    const { said, logger } = quiet();
    const result = resultOf("library", "google-calendar.ics");
    const keyOf = (title: string) => result.events.find((kept) => kept.event.title === title)!.event.key;
    const at = "2027-03-01T11:00:00.000Z";
    const listings = importedListings(
      [result],
      {
        root: rootWith({ library: "" }),
        places,
        review: {
          decisions: [
            { key: keyOf("Book club"), decision: "approved", by: "sam", at },
            { key: keyOf("Local history talk"), decision: "declined", by: "sam", at },
          ],
          splits: [],
        },
      },
      logger,
    );
    expect(listings.map((listing) => listing.label)).toEqual(['Imported event "Book club" from library']);
    expect(said).toEqual(["3 imported event(s) from moderated sources wait for a moderator."]);
  });

  it("lists both events of a pair a moderator split, each crediting only its own source", () => {
    const { logger } = quiet();
    const results = [resultOf("calendar", "google-calendar.ics"), resultOf("page", "event-page-library.html")];
    const root = rootWith({ calendar: "trusted: true\n", page: "trusted: true\n" });
    const stories = (review?: Review) =>
      importedListings(results, { root, places, ...(review ? { review } : {}) }, logger).filter((listing) =>
        /stories/i.test(listing.label),
      );
    const joined = stories();
    expect(joined).toHaveLength(1);
    const keys = [
      results[0]!.events.find((kept) => /stories/i.test(kept.event.title))!.event.key,
      results[1]!.events.find((kept) => /stories/i.test(kept.event.title))!.event.key,
    ] as [string, string];
    const split = stories({ decisions: [], splits: [{ keys, by: "sam", at: "2027-03-01T11:00:00.000Z" }] });
    expect(split).toHaveLength(2);
    for (const listing of split) {
      expect(listing.result.ok && listing.result.fields["importedFrom"]).toMatchObject({ alsoFrom: [] });
    }
  });

  it("lists the same event from two sources once, crediting both", () => {
    const { logger } = quiet();
    const listings = importedListings(
      [resultOf("calendar", "google-calendar.ics"), resultOf("page", "event-page-library.html")],
      { root: rootWith({ calendar: "trusted: true\n", page: "trusted: true\n" }), places },
      logger,
    );
    const stories = listings.filter((listing) => /stories/i.test(listing.label));
    expect(stories).toHaveLength(1);
    expect(stories[0]!.result.ok && stories[0]!.result.fields["importedFrom"]).toMatchObject({
      source: "calendar",
      alsoFrom: [{ source: "page", name: "page calendar" }],
    });
  });

  it("lists an event at a place the site does not know with its location as the feed writes it", () => {
    const { logger } = quiet();
    const listings = importedListings(
      [resultOf("carers", "outlook-calendar.ics")],
      { root: rootWith({ carers: "trusted: true\n" }), places },
      logger,
    );
    const cafe = listings.find((listing) => listing.label.includes("Carers' café"))!;
    expect(cafe.result.ok).toBe(true);
    if (!cafe.result.ok) return;
    const event = EventSchema.parse(cafe.result.fields);
    expect(event.place).toBeUndefined();
    expect(event.locationText).toBe("Longton Community Centre, Commerce Street, Longton ST3 1NZ");
    // Its "Microsoft Teams Meeting" is an online meeting, not a place to add.
    const teams = listings.find((listing) => listing.label.includes("Carers across Europe"))!;
    expect(teams.result.ok && EventSchema.parse(teams.result.fields)).toMatchObject({ online: true });
  });

  it("lists every event of an online source as online, at no place", () => {
    const { logger } = quiet();
    const listings = importedListings(
      [resultOf("library", "google-calendar.ics")],
      { root: rootWith({ library: "trusted: true\nlocation: online\n" }), places },
      logger,
    );
    expect(listings.length).toBeGreaterThan(0);
    for (const listing of listings) {
      expect(listing.result.ok).toBe(true);
      if (!listing.result.ok) continue;
      const event = EventSchema.parse(listing.result.fields);
      expect([event.online, event.place, event.locationText]).toEqual([true, undefined, undefined]);
    }
  });

  it("finds a place added to content/places/ after the feed was read", () => {
    const { logger } = quiet();
    const before = places.filter((place) => place.id !== "tunstall-park");
    const stored = resultOf("library", "google-calendar.ics", before);
    const funDay = (known: readonly KnownPlace[]) => {
      const listing = importedListings(
        [stored],
        { root: rootWith({ library: "trusted: true\n" }), places: known },
        logger,
      ).find((each) => each.label.includes("Family fun day"))!;
      return listing.result.ok ? EventSchema.parse(listing.result.fields) : undefined;
    };
    expect(funDay(before)).toMatchObject({ locationText: "Tunstall Park, Stoke-on-Trent ST6 5PZ" });
    expect(funDay(places)).toMatchObject({ place: "tunstall-park" });
  });

  it("leaves out a result whose source is no longer in content/sources/", () => {
    const { said, logger } = quiet();
    expect(importedListings([resultOf("gone", "google-calendar.ics")], { root: rootWith({}), places }, logger)).toEqual(
      [],
    );
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
    const listings = importedListings(
      [resultOf("library", "google-calendar.ics")],
      { root: rootWith({}), places, added: [added] },
      logger,
    );
    expect(listings.filter((listing) => listing.result.ok)).toHaveLength(5);
  });
});
