import { describe, expect, it } from "vitest";
import { content } from "../../../tests/support/content";
import { RELEVANCE_SET } from "../../../tests/fixtures/search/relevance-set";
import { toLocalDateTime } from "../time/local";
import { buildSearchData } from "./build-records";
import { findListings, keepShownFirst } from "./find";
import type { SearchRecord } from "./record";
import {
  decodeDates,
  encodeDates,
  readSearchData,
  readSearchIndex,
  readSearchIndexInSteps,
  toSearchFiles,
} from "./search-file";
import { createSearchIndex, searchRecords } from "./search-index";

const NOW = new Date("2026-12-02T09:00:00Z");
const now = toLocalDateTime(NOW);
const data = buildSearchData(content, NOW);
const files = toSearchFiles(data);
const json = JSON.stringify(files.first);
const detailsJson = JSON.stringify(files.details);

/**
 * A record with its longer fields' words and its codes as sorted sets: the order they are shipped in (the
 * words most used first, the codes in the domain's order) is no part of them.
 */
const comparable = (record: SearchRecord) => ({
  ...record,
  text: (record.text ?? "").split(" ").filter(Boolean).sort().join(" "),
  towns: [...record.towns].sort(),
  categories: [...record.categories].sort(),
  audiences: [...record.audiences].sort(),
  accessibility: [...record.accessibility].sort(),
  occurrences: record.occurrences ? [...record.occurrences] : undefined,
});

describe("the shipped search files", () => {
  it("keeps every record's searchable text, facts and dates through the round trip of both files", () => {
    const read = readSearchData(json, detailsJson);
    expect(read.records).toHaveLength(data.records.length);
    read.records.forEach((record, number) => expect(comparable(record)).toEqual(comparable(data.records[number]!)));
    expect(read.wards).toEqual(data.wards);
    expect(read.builtAt).toBe(data.builtAt);
  });

  it("finds what the records themselves find, in the same order and with the same scores", () => {
    const fromFile = readSearchIndex(json, detailsJson);
    const fromRecords = createSearchIndex(data.records);
    const ranked = (index: typeof fromFile, q: string) =>
      searchRecords(index, q, 10).map((hit) => `${hit.record.id} ${hit.score.toFixed(6)}`);
    for (const { q } of RELEVANCE_SET) expect(ranked(fromFile, q), q).toEqual(ranked(fromRecords, q));
  });

  it("builds the index of every field in steps, with pauses between them, finding what it finds at once", async () => {
    let pauses = 0;
    const stepped = await readSearchIndexInSteps(json, detailsJson, async () => {
      pauses++;
    });
    const atOnce = readSearchIndex(json, detailsJson);
    expect(pauses).toBeGreaterThan(2);
    expect(stepped.partial).toBeUndefined();
    const ranked = (index: typeof atOnce, q: string) =>
      searchRecords(index, q, 10).map((hit) => `${hit.record.id} ${hit.score.toFixed(6)}`);
    for (const { q } of RELEVANCE_SET) expect(ranked(stepped, q), q).toEqual(ranked(atOnce, q));
  });

  it("reads the parsed file as well as its text", () => {
    const index = readSearchIndex(JSON.parse(json), JSON.parse(detailsJson));
    expect(findListings(index, { q: "chair yoga" }, now).total).toBeGreaterThan(0);
  });

  it("refuses a file in another format, saying what to do", () => {
    expect(() => readSearchIndex(JSON.stringify({ ...data }))).toThrow(/build the site again/);
  });

  it("refuses a second file from another build", () => {
    const other = JSON.stringify({ ...files.details, builtAt: "2026-01-01T00:00:00Z" });
    expect(() => readSearchIndex(json, other)).toThrow(/different builds/);
  });

  it("finds listings by their titles from the first file alone", () => {
    const partial = readSearchIndex(json);
    expect(partial.partial).toBe(true);
    for (const record of data.records.slice(0, 40)) {
      const found = findListings(partial, { q: record.title }, now);
      const ids = found.groups.flatMap((group) => group.results.map((result) => result.record.id));
      if (record.type === "event" && found.total === 0) continue; // an event whose dates are all past
      expect(ids, record.title).toContain(record.id);
    }
  });

  it("finds words only in descriptions once the second file is read, and not before", () => {
    const partial = readSearchIndex(json);
    const complete = readSearchIndex(json, detailsJson);
    expect(complete.partial).toBeUndefined();
    const hits = (index: typeof partial, word: string) => index.search(word).map((hit) => hit.record.id);
    let checked = 0;
    for (const record of data.records) {
      for (const word of (record.text ?? "").split(" ").filter((each) => each.length >= 6)) {
        if (hits(partial, word).length > 0) continue;
        expect(hits(complete, word), word).toContain(record.id);
        checked++;
        break;
      }
      if (checked >= 10) break;
    }
    expect(checked).toBe(10);
  });

  it("keeps the results shown from the first file in place once the second is read, adding the rest after them", () => {
    const partial = readSearchIndex(json);
    const complete = readSearchIndex(json, detailsJson);
    const ids = (results: ReturnType<typeof findListings>) =>
      results.groups.map((group) => group.results.map((result) => `${result.record.type}/${result.record.id}`));
    let grew = 0;
    for (const q of ["walk", "yoga", "library", "garden", "coffee"]) {
      const shown = findListings(partial, { q }, now);
      const fuller = findListings(complete, { q }, now);
      const kept = keepShownFirst(shown, fuller);
      const before = ids(shown).flat();
      expect(
        ids(kept)
          .flat()
          .filter((id) => before.includes(id)),
        q,
      ).toEqual(before);
      for (const [at, group] of ids(kept).entries()) {
        const shownGroup = shown.groups.find((each) => each.type === kept.groups[at]!.type);
        const count = shownGroup?.results.length ?? 0;
        expect(group.slice(0, count), q).toEqual(ids(shown)[shown.groups.indexOf(shownGroup!)] ?? []);
      }
      expect(kept.total, q).toBeGreaterThanOrEqual(fuller.total);
      expect(kept.groups.every((group) => group.results.every((result) => result.record.summary !== ""))).toBe(true);
      if (kept.total > shown.total) grew++;
    }
    expect(grew, "searches that the longer fields find more for").toBeGreaterThan(0);
  });

  it("gives the first file's records no summary, and the second's their summaries", () => {
    expect(readSearchIndex(json).records.every((record) => record.summary === "")).toBe(true);
    expect(readSearchIndex(json, detailsJson).records.map((record) => record.summary)).toEqual(
      data.records.map((record) => record.summary),
    );
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
