import { describe, expect, it } from "vitest";
import { content } from "../../../tests/support/content";
import { RELEVANCE_SET } from "../../../tests/fixtures/search/relevance-set";
import { toLocalDateTime } from "../time/local";
import { buildSearchData } from "./build-records";
import { findListings } from "./find";
import type { SearchRecord } from "./record";
import { decodeDates, encodeDates, readSearchData, readSearchIndex, toSearchFile } from "./search-file";
import { createSearchIndex, searchRecords } from "./search-index";

const NOW = new Date("2026-12-02T09:00:00Z");
const now = toLocalDateTime(NOW);
const data = buildSearchData(content, NOW);
const json = JSON.stringify(toSearchFile(data));

/** A record with its longer fields' words as a sorted set, the order they are shipped in being no part of them. */
const comparable = (record: SearchRecord) => ({
  ...record,
  text: (record.text ?? "").split(" ").filter(Boolean).sort().join(" "),
  occurrences: record.occurrences ? [...record.occurrences] : undefined,
});

describe("the shipped search file", () => {
  it("keeps every record's searchable text, facts and dates through the round trip", () => {
    const read = readSearchData(json);
    expect(read.records).toHaveLength(data.records.length);
    read.records.forEach((record, number) => expect(comparable(record)).toEqual(comparable(data.records[number]!)));
    expect(read.wards).toEqual(data.wards);
    expect(read.builtAt).toBe(data.builtAt);
  });

  it("finds what the records themselves find, in the same order and with the same scores", () => {
    const fromFile = readSearchIndex(json);
    const fromRecords = createSearchIndex(data.records);
    const ranked = (index: typeof fromFile, q: string) =>
      searchRecords(index, q, 10).map((hit) => `${hit.record.id} ${hit.score.toFixed(6)}`);
    for (const { q } of RELEVANCE_SET) expect(ranked(fromFile, q), q).toEqual(ranked(fromRecords, q));
  });

  it("reads the parsed file as well as its text", () => {
    const index = readSearchIndex(JSON.parse(json));
    expect(findListings(index, { q: "chair yoga" }, now).total).toBeGreaterThan(0);
  });

  it("refuses a file in another format, saying what to do", () => {
    expect(() => readSearchIndex(JSON.stringify({ ...data }))).toThrow(/build the site again/);
  });

  it("finds a weekly event on a chosen date many weeks ahead, past its first fourteen dates", () => {
    const weekly = data.records.find((record) => (record.occurrences?.length ?? 0) > 40);
    expect(weekly, "a weekly event over the next three years").toBeDefined();
    const far = weekly!.occurrences![30]!;
    const day = far.start.slice(0, 10);
    const found = findListings(readSearchIndex(json), { from: day, to: day }, now);
    const result = found.groups[0]!.results.find((hit) => hit.record.id === weekly!.id);
    expect(result?.next?.start).toBe(far.start);
  });
});

describe("event dates as numbers", () => {
  const dates = [
    { start: "2027-03-24T19:00", end: "2027-03-24T21:00", beforeDark: false },
    // The clocks go forward on 28 March: still 19:00 to 21:00 on the wall clock, and now before dark.
    { start: "2027-03-31T19:00", end: "2027-03-31T21:00", beforeDark: true },
    { start: "2027-04-07T19:00", end: "2027-04-07T21:00", beforeDark: true, cancelled: true as const },
    // Moved to the afternoon, then a weekend away that ends the next day.
    { start: "2027-04-14T14:30", end: "2027-04-14T16:00", beforeDark: true },
    { start: "2027-05-01T10:00", end: "2027-05-02T16:00", beforeDark: true },
  ];

  it("reads back the same wall-clock dates, flags, moved times and dates that end on a later day", () => {
    expect(decodeDates(encodeDates(dates, "2026-12-02"), "2026-12-02")).toEqual(dates);
  });

  it("writes a weekly series as one number a date after its time", () => {
    const numbers = encodeDates(dates.slice(0, 2), "2027-03-24");
    expect(numbers).toEqual([-1 - 19 * 60, 120, 0, 7 * 4 + 1]);
  });
});
