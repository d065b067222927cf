import { describe, expect, it } from "vitest";
import { content } from "../support/content";
import { buildMyListData, MY_LIST_DATES } from "../../src/lib/my-list/listing-data";
import { upcomingOccurrences } from "../../src/lib/events/occurrences";

const NOW = new Date("2026-11-26T09:00:00Z");
const data = buildMyListData(content, NOW);

describe("the list's data on every listing (/my-list/listings.json)", () => {
  it("names every event, group, place and service under its kind and id", () => {
    for (const kind of ["events", "groups", "places", "services"] as const) {
      for (const entry of content[kind]) expect(data.listings[`${kind}/${entry.id}`]).toBeDefined();
    }
    expect(Object.keys(data.listings)).toHaveLength(
      content.events.length + content.groups.length + content.places.length + content.services.length,
    );
    expect(data.built).toBe("2026-11-26T09:00");
  });

  it("gives each event its next dates in the city's wall-clock time, as the event's own series has them", () => {
    for (const { id, data: event } of content.events) {
      const expected = upcomingOccurrences(event, NOW, { days: 366, limit: MY_LIST_DATES });
      const dates = data.listings[`events/${id}`]!.dates!;
      expect(dates.map((date) => date.start)).toEqual(
        expected.map((o) => o.start.setZone("Europe/London").toFormat("yyyy-MM-dd'T'HH:mm")),
      );
      expect(dates.filter((date) => date.cancelled).length).toBe(
        expected.filter((o) => o.status === "cancelled").length,
      );
    }
  });

  it("says which events are cancelled or postponed, and which services are closed for now", () => {
    for (const { id, data: event } of content.events) {
      expect(data.listings[`events/${id}`]!.status).toBe(event.status === "scheduled" ? undefined : event.status);
    }
    for (const { id, data: service } of content.services) {
      expect(data.listings[`services/${id}`]!.status).toBe(service.temporarily_closed ? "closed" : undefined);
    }
    expect(content.events.some((event) => event.data.status !== "scheduled")).toBe(true);
  });

  it("marks a moved date with the day it was moved from", () => {
    const later = new Date("2026-12-10T09:00:00Z");
    const laterData = buildMyListData(content, later);
    const moved = content.events.flatMap(({ id, data: event }) =>
      upcomingOccurrences(event, later, { days: 366, limit: MY_LIST_DATES })
        .filter((o) => o.movedFrom)
        .map((o) => ({ id, movedFrom: o.movedFrom })),
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const { id, movedFrom } of moved) {
      expect(laterData.listings[`events/${id}`]!.dates!.some((date) => date.movedFrom === movedFrom)).toBe(true);
    }
  });
});
