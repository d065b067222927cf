import { describe, expect, it } from "vitest";
import { content } from "../../../tests/support/content";
import { EventSchema } from "../domain";
import { buildSearchData } from "./build-records";
import { findListings, matchRecord, suggestLoosening } from "./find";
import type { SearchRecord } from "./record";
import { createSearchIndex, normaliseQuery, searchRecords, suggestSpelling } from "./search-index";
import { foldedWords, STOP_WORDS, stemWord } from "./text";
import { toLocalDateTime } from "../time/local";
import { upcomingOccurrences } from "../events/occurrences";

// A Wednesday in December: the recurring events keep the content alive around it.
const NOW = new Date("2026-12-02T09:00:00Z");
const data = buildSearchData(content, NOW);
const index = createSearchIndex(data.records);
const now = toLocalDateTime(NOW);
const titles = (text: string, count = 5) =>
  searchRecords(index, text)
    .slice(0, count)
    .map((hit) => hit.record.title);

describe("search over the real content", () => {
  it("forgives a typo: 'bursiem' finds Burslem", () => {
    const found = searchRecords(index, "bursiem").slice(0, 5);
    expect(found.length).toBeGreaterThan(0);
    for (const hit of found) expect(hit.record.towns).toContain("burslem");
  });

  it("finds a word inside a title: 'yoga' finds chair yoga", () => {
    expect(titles("yoga")[0]).toMatch(/chair yoga/i);
  });

  it("finds food support by everyday words: 'food bank' finds the community pantry", () => {
    expect(titles("food bank", 10).some((title) => /pantry/i.test(title))).toBe(true);
    expect(titles("foodbank", 10).some((title) => /pantry/i.test(title))).toBe(true);
  });

  it("ranks a match in a title above one in a summary", () => {
    const records: SearchRecord[] = [
      { ...data.records[0]!, id: "in-summary", title: "Tuesday club", summary: "We finish with a pottery session." },
      { ...data.records[0]!, id: "in-title", title: "Pottery session", summary: "A friendly afternoon." },
    ].map((record) => ({ ...record, keywords: "" }));
    const hits = searchRecords(createSearchIndex(records), "pottery");
    expect(hits.map((hit) => hit.record.id)).toEqual(["in-title", "in-summary"]);
  });

  it("finds a word at the end of a long field, not only in its first 64 characters", () => {
    const long = "A friendly afternoon of tea, biscuits, conversation and board games, ending with bingo.";
    const records = [{ ...data.records[0]!, id: "long", title: "Tuesday club", summary: long, keywords: "" }];
    expect(searchRecords(createSearchIndex(records), "bingo").map((hit) => hit.record.id)).toEqual(["long"]);
  });

  it("finds a partial word: 'knitt' finds knit and natter", () => {
    expect(titles("knitt", 3).some((title) => /knit/i.test(title))).toBe(true);
  });

  it("needs every word: 'chair yoga' does not bring back every chair or every listing", () => {
    const hits = searchRecords(index, "chair yoga");
    const all = (record: SearchRecord) => `${record.title} ${record.summary} ${record.text ?? ""}`.toLowerCase();
    expect(hits.length).toBeLessThan(index.records.length / 4);
    // Every result has "chair"; "yoga" or, ranked after them, a word the intent table gives for yoga.
    for (const hit of hits) expect(all(hit.record)).toMatch(/chair/);
    const literal = hits.map((hit) => /yoga/.test(all(hit.record)));
    expect(literal[0]).toBe(true);
    expect(literal.lastIndexOf(true)).toBeLessThan(literal.includes(false) ? literal.indexOf(false) : Infinity);
  });

  it("finds nothing for one letter or an empty search", () => {
    expect(searchRecords(index, "")).toEqual([]);
    expect(searchRecords(index, "a")).toEqual([]);
  });

  it("folds accents, case and apostrophes", () => {
    expect(normaliseQuery("  Café   St. John’s ")).toBe("cafe st johns");
  });
});

describe("search as residents type", () => {
  const ids = (text: string, count = 5) =>
    searchRecords(index, text)
      .slice(0, count)
      .map((hit) => `${hit.record.type}:${hit.record.id}`);

  it("counts two swapped letters as one typo: 'yoag' finds yoga, 'burselm' finds Burslem", () => {
    expect(titles("yoag", 1)[0]).toMatch(/yoga/i);
    expect(searchRecords(index, "burselm").slice(0, 5).length).toBeGreaterThan(0);
    for (const hit of searchRecords(index, "burselm").slice(0, 5)) expect(hit.record.towns).toContain("burslem");
  });

  it("finds a word that is only in a listing's description or what to expect", () => {
    const event = content.events.find((entry) => entry.id === "park-hall-geminids-stargazing")!;
    expect(`${event.data.title} ${event.data.summary}`).not.toMatch(/telescope/i);
    expect(ids("telescope")).toContain("event:park-hall-geminids-stargazing");
  });

  it("finds other forms of a word: 'gardens', 'walks' and 'volunteering'", () => {
    expect(titles("walks").some((title) => /walk/i.test(title))).toBe(true);
    expect(titles("volunteering").some((title) => /volunteer/i.test(title))).toBe(true);
    expect(stemWord("gardens")).toBe(stemWord("garden"));
  });

  it("understands residents' own words, below the words typed", () => {
    expect(ids("toddlers")[0]).toBe("service:longton-baby-and-toddler-group");
    expect(ids("little ones")).toContain("service:longton-baby-and-toddler-group");
    expect(ids("food parcel")).toContain("service:stoke-community-pantry");
    expect(ids("in Romanian")).toEqual(["service:benefits-form-help"]);
    const gp = searchRecords(index, "GP");
    expect(gp[0]?.record.categories).toContain("health-wellbeing");
    for (const hit of gp) {
      const says = /\bgp\b/i.test(`${hit.record.summary} ${hit.record.text ?? ""}`);
      expect(says || hit.record.categories.includes("health-wellbeing")).toBe(true);
    }
  });

  it("puts first the listing whose title says exactly what was asked", () => {
    expect(ids("chair yoga")[0]).toBe("service:chair-yoga-fenton");
    expect(ids("walking football")[0]).toBe("service:walking-football");
  });

  it("suggests the nearest spelling that finds something", () => {
    expect(searchRecords(index, "yogaaaa")).toEqual([]);
    expect(suggestSpelling(index, "yogaaaa")).toBe("yoga");
    expect(suggestSpelling(index, "yoga")).toBeUndefined();
    expect(suggestSpelling(index, "zumba")).toBeUndefined();
    const found = findListings(index, { q: "chiar yogaaaa" }, now);
    expect(found.total).toBe(0);
    expect(found.didYouMean).toBe("chair yoga");
    expect(findListings(index, { q: "chair yoga" }, now).total).toBeGreaterThan(0);
  });

  it("offers no spelling that the filters would still leave empty", () => {
    expect(findListings(index, { q: "yogaaaa" }, now).didYouMean).toBe("yoga");
    expect(findListings(index, { q: "yogaaaa", category: "food-support" }, now).didYouMean).toBeUndefined();
  });
});

describe("search data", () => {
  it("has every kind of listing, and no guessed positions", () => {
    const types = new Set(data.records.map((record) => record.type));
    expect([...types].sort()).toEqual(["event", "group", "place", "service"]);
    for (const place of content.places) {
      const record = data.records.find((r) => r.type === "place" && r.id === place.id);
      expect(record?.geo).toEqual(place.data.geo);
    }
  });

  it("keeps fields short", () => {
    for (const record of data.records) expect(record.summary.length).toBeLessThanOrEqual(140);
  });

  it("carries the longer fields' words once each, none already in the title, keywords or summary", () => {
    for (const record of data.records) {
      const words = foldedWords(record.text ?? "");
      const stems = words.map(stemWord);
      expect(new Set(stems).size).toBe(stems.length);
      const shown = new Set(foldedWords(`${record.title} ${record.keywords} ${record.summary}`).map(stemWord));
      for (const word of words) {
        expect(STOP_WORDS.has(word)).toBe(false);
        expect(shown.has(stemWord(word))).toBe(false);
      }
    }
  });

  it("does not index where a place's map pin comes from, only what its notes say about the place", () => {
    const places = data.records.filter((record) => record.type === "place");
    const pinless = places.find((record) => record.id === "bentilee-library");
    expect(pinless?.text ?? "").not.toMatch(/\b(source|coordinates|pin)\b/);
    for (const place of places) expect(place.text ?? "").not.toMatch(/\b(coordinates|pin)\b/);
    expect(titles("map pin coordinates")).toEqual([]);
  });

  it("holds every upcoming event, however far ahead", () => {
    const events = data.records.filter((record) => record.type === "event");
    const upcoming = content.events.filter(
      (entry) => upcomingOccurrences(entry.data, NOW, { days: 5 * 366, limit: 1 }).length > 0,
    );
    expect(events.length).toBe(upcoming.length);
    expect(events.length).toBeGreaterThan(70);
    const far = events.find((record) => record.id === "bethesda-chapel-heritage-open-afternoon");
    expect(far?.occurrences?.[0]?.start).toBe("2027-09-18T13:00");
  });
});

describe("events the site knows no place for", () => {
  const listed = (id: string, where: Record<string, unknown>) => ({
    id,
    data: EventSchema.parse({
      title: `Winter quiz ${id}`,
      summary: "A friendly quiz night.",
      startDate: "2026-12-03T19:00",
      endDate: "2026-12-03T21:00",
      organizer: content.groups[0]!.id,
      categories: ["social-meetups"],
      audiences: ["everyone"],
      isAccessibleForFree: true,
      lastChecked: "2026-12-01",
      ...where,
    }),
  });
  const withThem = buildSearchData(
    {
      ...content,
      events: [
        ...content.events,
        listed("in-words", { locationText: "Back room, The Red Lion, Hanley" }),
        listed("online", { online: true }),
      ],
    },
    NOW,
  );
  const ownIndex = createSearchIndex(withThem.records);
  const record = (id: string) => withThem.records.find((each) => each.type === "event" && each.id === id);

  it("says where they are in words, with no position and no town", () => {
    expect(record("in-words")).toMatchObject({ where: "Back room, The Red Lion, Hanley", towns: [], wards: [] });
    expect(record("in-words")?.geo).toBeUndefined();
    expect(record("online")).toMatchObject({ where: "Online", towns: [], wards: [] });
    expect(record("online")?.geo).toBeUndefined();
  });

  it("finds them by search and in the unfiltered list, but not in a town's", () => {
    expect(searchRecords(ownIndex, "red lion").map((hit) => hit.record.id)).toContain("in-words");
    const ids = (query: Parameters<typeof findListings>[1], near?: { lat: number; lng: number }) =>
      findListings(ownIndex, query, now, near).groups.flatMap((group) => group.results.map((r) => r.record.id));
    expect(ids({})).toEqual(expect.arrayContaining(["in-words", "online"]));
    expect(ids({ town: "hanley" })).not.toContain("in-words");
    const near = ids({}, { lat: 53.0232, lng: -2.1751 });
    const events = findListings(ownIndex, {}, now, { lat: 53.0232, lng: -2.1751 }).groups[0]!.results;
    const lastPlaced = events.map((result) => result.miles !== undefined).lastIndexOf(true);
    expect(near.indexOf("in-words")).toBeGreaterThan(lastPlaced);
    expect(near.indexOf("online")).toBeGreaterThan(lastPlaced);
  });
});

describe("findListings", () => {
  it("answers journey 1: this weekend, free, before dark, events only, each date in the weekend", () => {
    const results = findListings(index, { when: "weekend", free: true, beforeDark: true }, now);
    expect(results.total).toBeGreaterThan(0);
    expect(results.groups.map((group) => group.type)).toEqual(["event"]);
    for (const result of results.groups[0]!.results) {
      expect(result.record.free).toBe(true);
      expect(result.next?.beforeDark).toBe(true);
      expect(result.next!.start < "2026-12-07T00:00" && result.next!.end > "2026-12-05T00:00").toBe(true);
    }
  });

  it("lists events soonest first without a search, and best match first with one", () => {
    const all = findListings(index, {}, now).groups[0]!.results;
    const starts = all.map((result) => result.next!.start);
    expect(starts).toEqual([...starts].sort());
    const yoga = findListings(index, { q: "yoga" }, now);
    expect(yoga.groups.flatMap((group) => group.results)[0]?.record.title).toMatch(/yoga/i);
  });

  it("narrows every kind of listing by town, and keeps groups active in several towns", () => {
    const results = findListings(index, { town: "burslem" }, now);
    for (const group of results.groups)
      for (const result of group.results) expect(result.record.towns).toContain("burslem");
    expect(results.groups.find((group) => group.type === "group")?.results.length).toBeGreaterThan(0);
  });

  it("sorts by distance near someone, within the miles asked for, with unplaced listings last", () => {
    const hanley = { lat: 53.0232, lng: -2.1751 };
    const results = findListings(index, { within: 1 }, now, hanley);
    for (const group of results.groups) {
      const located = group.results.filter((result) => result.miles !== undefined);
      const miles = located.map((result) => result.miles!);
      expect(miles).toEqual([...miles].sort((a, b) => a - b));
      for (const value of miles) expect(value).toBeLessThanOrEqual(1);
      const firstUnplaced = group.results.findIndex((result) => result.miles === undefined);
      if (firstUnplaced >= 0) expect(group.results.slice(firstUnplaced).every((r) => r.miles === undefined)).toBe(true);
      for (const result of group.results.filter((r) => r.miles === undefined))
        expect(result.record.geo).toBeUndefined();
    }
  });

  it("keeps only events with a date left in the span, never a cancelled one", () => {
    const event: SearchRecord = {
      ...data.records.find((record) => record.type === "event")!,
      occurrences: [
        { start: "2026-12-05T10:00", end: "2026-12-05T12:00", beforeDark: true, cancelled: true },
        { start: "2026-12-12T10:00", end: "2026-12-12T12:00", beforeDark: true },
      ],
    };
    expect(matchRecord(event, { when: "weekend" }, now).matches).toBe(false);
    expect(matchRecord(event, { from: "2026-12-12" }, now).matches).toBe(true);
    expect(matchRecord(event, {}, "2026-12-12T13:00").matches).toBe(false);
  });

  it("keeps groups, places and services for a chosen date but not for 'finishes before dark'", () => {
    const place = data.records.find((record) => record.type === "place")!;
    expect(matchRecord(place, { when: "today" }, now).matches).toBe(true);
    expect(matchRecord(place, { beforeDark: true }, now).matches).toBe(false);
  });

  it("suggests loosening the filters in use, narrowest first", () => {
    expect(suggestLoosening({ free: true, town: "tunstall", q: "zumba" })).toEqual(["q", "town", "free"]);
    expect(suggestLoosening({}, { lat: 53, lng: -2.1 })).toEqual(["near"]);
  });
});
