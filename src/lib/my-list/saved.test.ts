import { describe, expect, it } from "vitest";
import { customFeedPath } from "../ical/catalogue";
import {
  MAX_SAVED,
  mergeSaved,
  readSavedList,
  readSharedParam,
  savedFeedPath,
  toggleSaved,
  toSharedParam,
  type SavedListing,
} from "./saved";

const cafe: SavedListing = { kind: "events", id: "burslem-carers-cafe", title: "Burslem carers cafe" };
const makers: SavedListing = { kind: "groups", id: "burslem-makers", title: "Burslem Makers" };

describe("the list kept on the device", () => {
  it("reads back what it wrote", () => {
    expect(readSavedList(JSON.stringify([cafe, makers]))).toEqual([cafe, makers]);
  });

  it("reads nothing, never throws, from missing or damaged storage", () => {
    expect(readSavedList(null)).toEqual([]);
    expect(readSavedList("{not json")).toEqual([]);
    expect(readSavedList('{"kind":"events"}')).toEqual([]);
  });

  it("leaves out entries it cannot use and keeps each listing once", () => {
    const stored = [
      cafe,
      { kind: "pubs", id: "the-leopard", title: "The Leopard" },
      { kind: "events", id: "../../admin", title: "x" },
      { kind: "events", id: "burslem-carers-cafe", title: "again" },
      "events:quiz",
      { kind: "places", id: "hanley-park" },
    ];
    expect(readSavedList(JSON.stringify(stored))).toEqual([cafe, { kind: "places", id: "hanley-park", title: "" }]);
  });

  it("adds a listing at the end, and takes it out when pressed again", () => {
    const added = toggleSaved([cafe], makers);
    expect(added).toEqual({ list: [cafe, makers], saved: true });
    expect(toggleSaved(added.list, { ...makers, title: "renamed" })).toEqual({ list: [cafe], saved: false });
  });

  it(`keeps the ${MAX_SAVED} most recently saved`, () => {
    const many = Array.from({ length: MAX_SAVED }, (_, n) => ({ kind: "events" as const, id: `e${n}`, title: "" }));
    const { list } = toggleSaved(many, cafe);
    expect(list).toHaveLength(MAX_SAVED);
    expect(list.at(-1)).toEqual(cafe);
    expect(list[0]?.id).toBe("e1");
  });

  it("keeps a shared list's listings after its own, each once", () => {
    expect(mergeSaved([cafe], [{ ...cafe, title: "" }, makers])).toEqual([cafe, makers]);
  });
});

describe("the list in a link", () => {
  it("carries kinds and ids, short and readable, and reads back the same listings", () => {
    const param = toSharedParam([cafe, makers]);
    expect(param).toBe("events:burslem-carers-cafe,groups:burslem-makers");
    expect(readSharedParam(param)).toEqual([
      { ...cafe, title: "" },
      { ...makers, title: "" },
    ]);
  });

  it("leaves out what it cannot read", () => {
    expect(readSharedParam("events:a,,pubs:b,events:,events:c:d, places:hanley-park ")).toEqual([
      { kind: "events", id: "a", title: "" },
      { kind: "places", id: "hanley-park", title: "" },
    ]);
    expect(readSharedParam(null)).toEqual([]);
  });
});

describe("the saved events' calendar feed", () => {
  it("is the custom feed limited to their ids", () => {
    const ids = ["burslem-carers-cafe", "quiz-night"];
    expect(savedFeedPath(ids)).toBe(customFeedPath({ events: ids }));
    expect(savedFeedPath(ids)).toBe("/api/calendar.ics?event=burslem-carers-cafe,quiz-night");
  });
});
