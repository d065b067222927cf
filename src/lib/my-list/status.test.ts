import { describe, expect, it } from "vitest";
import type { MyListData } from "./listing-data";
import { feedEventIds, standingOf } from "./status";

const data: MyListData = {
  built: "2026-12-05T09:00",
  listings: {
    "events/cafe": {
      title: "Carers cafe",
      dates: [
        { start: "2026-12-05T10:30", end: "2026-12-05T12:30" },
        { start: "2026-12-12T10:30", end: "2026-12-12T12:30", cancelled: true },
        { start: "2026-12-18T10:30", end: "2026-12-18T12:30", movedFrom: "2026-12-19" },
      ],
    },
    "events/fun-run": { title: "Festive fun run", status: "cancelled", dates: [] },
    "events/planting": { title: "Crocus planting", status: "postponed", dates: [] },
    "events/wreaths": { title: "Wreath workshop", dates: [{ start: "2026-12-01T10:00", end: "2026-12-01T12:00" }] },
    "services/pantry": { title: "Community pantry", status: "closed" },
    "groups/makers": { title: "Burslem Makers" },
  },
};

describe("how a saved listing stands now", () => {
  it("gives an event's dates still to come, with their cancelled and moved marks, under its name now", () => {
    const standing = standingOf({ kind: "events", id: "cafe", title: "Old name" }, data, "2026-12-05T13:00");
    expect(standing).toEqual({
      state: "on",
      title: "Carers cafe",
      dates: [
        { start: "2026-12-12T10:30", end: "2026-12-12T12:30", cancelled: true },
        { start: "2026-12-18T10:30", end: "2026-12-18T12:30", movedFrom: "2026-12-19" },
      ],
    });
  });

  it("keeps a date that has started but not ended", () => {
    const standing = standingOf({ kind: "events", id: "cafe", title: "" }, data, "2026-12-05T11:00");
    expect(standing.state === "on" && standing.dates[0]?.start).toBe("2026-12-05T10:30");
  });

  it("says an event is cancelled or postponed, and a service closed for now", () => {
    expect(standingOf({ kind: "events", id: "fun-run", title: "" }, data, "2026-12-05T09:00").state).toBe("cancelled");
    expect(standingOf({ kind: "events", id: "planting", title: "" }, data, "2026-12-05T09:00").state).toBe("postponed");
    expect(standingOf({ kind: "services", id: "pantry", title: "" }, data, "2026-12-05T09:00").state).toBe("closed");
  });

  it("says an event whose dates have all passed has finished", () => {
    expect(standingOf({ kind: "events", id: "wreaths", title: "" }, data, "2026-12-05T09:00")).toEqual({
      state: "finished",
      title: "Wreath workshop",
    });
  });

  it("names a listing taken off the site by the name it had when it was saved", () => {
    expect(standingOf({ kind: "events", id: "quiz", title: "Quiz night" }, data, "2026-12-05T09:00")).toEqual({
      state: "removed",
      title: "Quiz night",
    });
    // A kind and id the site has, under another kind, is another listing.
    expect(standingOf({ kind: "places", id: "makers", title: "" }, data, "2026-12-05T09:00").state).toBe("removed");
  });

  it("puts in the feed only the saved events still to come", () => {
    const list = ["cafe", "fun-run", "wreaths", "quiz"].map((id) => ({ kind: "events" as const, id, title: "" }));
    expect(feedEventIds([...list, { kind: "groups", id: "makers", title: "" }], data, "2026-12-05T09:00")).toEqual([
      "cafe",
      "fun-run",
    ]);
  });
});
