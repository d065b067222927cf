import { describe, expect, it } from "vitest";
import { content } from "../../../tests/support/content";
import { placeEvents, type PlacedEvent } from "../events/facts";
import { readFeedData, writeFeedData } from "./feed-data";
import { chooseFeedEvents, feedCandidates } from "./select";
import { toEventBlock } from "./to-icalendar";
import type { Filterable, ListingFilter } from "../listings/filters";

const SITE = "https://stoketogether.org.uk";
const NOW = new Date("2026-11-26T09:00:00Z");
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const placed = placeEvents(content);
// An event whose words are far from ASCII, so its text and data take more bytes than characters.
const faraway: PlacedEvent = {
  ...placed.find((listing) => listing.event.recurrence !== undefined)!,
  id: "zz-cafe-cymraeg",
};
faraway.event = {
  ...faraway.event,
  title: "Caffi Cymraeg — ☕ croeso, witaj, ласкаво просимо 😀",
  summary: "Ŵyn ŷd ĉ.",
};
const oneOff = placed.find((listing) => listing.event.recurrence === undefined)!;
// One that was over before the build, and a series with no end.
const ended: PlacedEvent = {
  ...oneOff,
  id: "zz-ended",
  event: { ...oneOff.event, startDate: "2025-06-01T10:00", endDate: "2025-06-01T12:00" },
};
const endless: PlacedEvent = {
  ...oneOff,
  id: "zz-endless",
  event: {
    ...oneOff.event,
    startDate: "2026-01-05T10:00",
    endDate: "2026-01-05T11:00",
    recurrence: { freq: "weekly", interval: 1, byday: ["MO"] },
  },
};
const listings = [...placed, faraway, ended, endless];

/** A candidate's facts with each list sorted. */
function asSets<T extends { facts: Filterable }>(candidate: T): T {
  const { facts } = candidate;
  return {
    ...candidate,
    facts: {
      ...facts,
      categories: [...facts.categories].sort(),
      audiences: [...facts.audiences].sort(),
      accessibility: [...facts.accessibility].sort(),
    },
  };
}

function written(now = NOW, siteUrl = SITE) {
  const files = writeFeedData(listings, content.wards, { siteUrl, now });
  return {
    files,
    data: readFeedData({
      index: files["index.json"],
      events: encoder.encode(files["events.ics"]),
      listings: encoder.encode(files["listings.json"]),
    }),
  };
}

describe("the calendar feed data the build writes for the functions", () => {
  const { files, data } = written();
  const still = feedCandidates(listings).filter((candidate) => candidate.seriesEnd > NOW.getTime());

  it("holds every event still on, and only those", () => {
    expect(data.candidates.map((candidate) => candidate.id)).toEqual(still.map((candidate) => candidate.id));
    expect(still.length).toBeLessThan(listings.length);
    expect(data.candidates.map((candidate) => candidate.id)).toContain(faraway.id);
    expect(data.candidates.map((candidate) => candidate.id)).not.toContain(ended.id);
  });

  it("gives each event's text as the feeds write it, to the byte", () => {
    data.candidates.forEach((candidate, position) => {
      const listing = listings.find((entry) => entry.id === candidate.id)!;
      expect(decoder.decode(data.text(position))).toBe(toEventBlock(listing, SITE));
    });
    expect(files["events.ics"].length).toBeLessThan(encoder.encode(files["events.ics"]).byteLength);
  });

  it("gives each event's facts, series end and sun point as they are worked out from the listing", () => {
    data.candidates.forEach((candidate, position) => {
      const { item, ...facts } = still[position]!;
      const { item: readItem, ...readFacts } = candidate;
      // Lists are sets to a filter: the data holds them in the site's own order.
      expect(asSets(readFacts)).toEqual(asSets(facts));
      expect(item().id).toBe(readItem().id);
    });
    expect(data.candidates.some((candidate) => candidate.seriesEnd === Number.POSITIVE_INFINITY)).toBe(true);
  });

  it("gives each event as a feed writes it, parsed once", () => {
    data.candidates.forEach((candidate, position) => {
      const item = candidate.item();
      const listing = still[position]!.item();
      expect(item.event).toEqual(JSON.parse(JSON.stringify(listing.event)));
      expect(item.organizerName).toBe(listing.organizerName);
      expect(toEventBlock(item, "https://example.org")).toBe(toEventBlock(listing, "https://example.org"));
      expect(candidate.item()).toBe(item);
    });
  });

  it("has the wards' names and the site address the text was written for", () => {
    expect(data.siteUrl).toBe(SITE);
    expect([...data.wards]).toEqual(content.wards.map((ward) => [ward.id, ward.data.name]));
  });

  const filters: ListingFilter[] = [
    {},
    { town: "burslem" },
    { category: "nature-outdoors" },
    { audience: "families", free: true },
    { ward: "hanley-park-joiners-square-shelton" },
    { accessibility: ["step-free"], buddyUp: true },
    { town: "hanley", beforeDark: true },
    { beforeDark: true },
  ];
  it.each(filters.map((filter) => [JSON.stringify(filter), filter] as const))(
    "chooses the same events and dates as the listings themselves for %s",
    (_name, filter) => {
      const later = new Date("2027-02-10T18:00:00Z");
      const fromListings = chooseFeedEvents(feedCandidates(listings), filter, later).map((choice) => ({
        id: feedCandidates(listings)[choice.position]!.id,
        hidden: choice.hiddenDates,
      }));
      const fromData = chooseFeedEvents(data.candidates, filter, later).map((choice) => ({
        id: data.candidates[choice.position]!.id,
        hidden: choice.hiddenDates,
      }));
      expect(fromData).toEqual(fromListings);
      expect(fromData.length).toBeGreaterThan(0);
    },
  );

  it("refuses files of another layout, saying to build again", () => {
    const index = JSON.stringify({ ...JSON.parse(files["index.json"]), format: 0 });
    expect(() => readFeedData({ index, events: new Uint8Array(), listings: new Uint8Array() })).toThrow(
      /not in the layout this code reads.*build the site again/,
    );
  });
});
