import { describe, expect, it } from "vitest";
import { findDuplicates, similarTitles } from "./dedup";
import type { ImportedEvent } from "./model";

function event(
  source: string,
  uid: string,
  title: string,
  starts: string[],
  where: { place?: string | undefined; location?: ImportedEvent["location"] } = {},
): ImportedEvent {
  const place = "place" in where ? where.place : "tunstall-library";
  return {
    key: `${source}#${uid}`,
    uid,
    source,
    title,
    status: "scheduled",
    allDay: false,
    start: starts[0]!,
    end: starts[0]!,
    location: where.location ?? {},
    ...(place ? { place } : {}),
    occurrences: starts.map((start) => ({ start, end: start, status: "scheduled" })),
  };
}

describe("the same event from two sources", () => {
  it("pairs events at the same place, starting within 15 minutes, with similar titles", () => {
    const events = [
      event("library", "a", "Book club", ["2027-04-06T18:30:00+01:00"]),
      event("group", "b", "Tunstall Library book club", ["2027-04-06T18:40:00+01:00"]),
    ];
    expect(findDuplicates(events)).toEqual([["group#b", "library#a"]]);
  });

  it("meets a one-off date inside another source's series", () => {
    const series = event("library", "series", "Knit and natter", [
      "2027-04-06T10:00:00+01:00",
      "2027-04-13T10:00:00+01:00",
      "2027-04-20T10:00:00+01:00",
    ]);
    const single = event("group", "once", "Knit & Natter", ["2027-04-13T10:05:00+01:00"]);
    expect(findDuplicates([series, single])).toEqual([["group#once", "library#series"]]);
  });

  it("pairs two unmatched locations by postcode, or by the same words", () => {
    const unmatched = { place: undefined, location: { text: "The Old Chapel, ST6 1AA", postcode: "ST6 1AA" } } as const;
    const sameWords = { place: undefined, location: { text: "the old chapel" } } as const;
    expect(
      findDuplicates([
        event("one", "a", "Open mic", ["2027-05-01T19:00:00+01:00"], unmatched),
        event("two", "b", "Open mic night", ["2027-05-01T19:00:00+01:00"], unmatched),
        event("three", "c", "Open mic night", ["2027-05-01T19:00:00+01:00"], {
          place: undefined,
          location: { text: "Old Chapel" },
        }),
        event("four", "d", "Open mic", ["2027-05-01T19:00:00+01:00"], sameWords),
      ]),
    ).toEqual([
      ["four#d", "three#c"],
      ["one#a", "two#b"],
    ]);
  });

  it("pairs two online events, whichever way their feeds say so, and never one online with one at a place", () => {
    const at = (text: string) => ({ place: undefined, location: { text } });
    expect(
      findDuplicates([
        event("online-source", "a", "Carers' coffee", ["2027-05-01T11:00:00+01:00"], at("Online")),
        event("group", "b", "Carers' coffee", ["2027-05-01T11:00:00+01:00"], at("https://meet.example.org/carers")),
        event("venue", "c", "Carers' coffee", ["2027-05-01T11:00:00+01:00"]),
      ]),
    ).toEqual([["group#b", "online-source#a"]]);
  });

  it("does not pair events from the same source, at other places, further apart in time, or with other titles", () => {
    const base = event("library", "a", "Book club", ["2027-04-06T18:30:00+01:00"]);
    expect(findDuplicates([base, event("library", "b", "Book club", ["2027-04-06T18:30:00+01:00"])])).toEqual([]);
    expect(
      findDuplicates([
        base,
        event("group", "b", "Book club", ["2027-04-06T18:30:00+01:00"], { place: "longton-library" }),
      ]),
    ).toEqual([]);
    expect(findDuplicates([base, event("group", "b", "Book club", ["2027-04-06T18:46:00+01:00"])])).toEqual([]);
    expect(findDuplicates([base, event("group", "b", "Lego club", ["2027-04-06T18:30:00+01:00"])])).toEqual([]);
    expect(
      findDuplicates([base, event("group", "b", "Book club", ["2027-04-06T18:30:00+01:00"], { place: undefined })]),
    ).toEqual([]);
  });

  it("judges titles by their words, not their case, punctuation or small words", () => {
    expect(similarTitles("Knit & Natter", "knit and natter!")).toBe(true);
    expect(similarTitles("Carers' café", "Carers cafe")).toBe(true);
    expect(similarTitles("Carers' café", "Carers' walk")).toBe(false);
    expect(similarTitles("Carers' café", "Carers' Café (Longton)")).toBe(true);
    expect(similarTitles("Toddler time", "Rhyme time")).toBe(false);
  });
});
