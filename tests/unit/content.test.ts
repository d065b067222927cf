/**
 * Checks over the whole of content/: every file is valid, every reference resolves, places are inside
 * the city, and the listings keep every town alive for the coming year without edits.
 */
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { content, loadProblems } from "../support/content";
import { findBrokenReferences } from "../../src/lib/content/references";
import { expandOccurrences } from "../../src/lib/events/occurrences";
import { isInsideCity } from "../../src/lib/geo/geo";
import { AUDIENCES, CATEGORIES, TOWNS } from "../../src/lib/domain/vocab";
import { CITY_ZONE } from "../../src/lib/time/zone";

const placeTown = new Map(content.places.map((place) => [place.id, place.data.town]));

describe("content", () => {
  it("has only valid files", () => {
    expect(loadProblems).toEqual([]);
  });

  it("has every reference resolving", () => {
    expect(findBrokenReferences(content)).toEqual([]);
  });

  it("has the six towns, every ward and every sourced place", () => {
    expect(content.towns.map((town) => town.id).sort()).toEqual([...TOWNS].sort());
    expect(content.wards).toHaveLength(34);
    expect(content.places).toHaveLength(42);
    expect(content.places.filter((place) => place.data.geo === undefined)).toHaveLength(8);
  });

  it("puts every place with coordinates inside the city", () => {
    const outside = content.places.filter((place) => place.data.geo && !isInsideCity(place.data.geo));
    expect(outside.map((place) => place.id)).toEqual([]);
  });

  it("has enough listings to fill every filter", () => {
    expect(content.groups.length).toBeGreaterThanOrEqual(15);
    expect(content.services.length).toBeGreaterThanOrEqual(20);
    expect(content.events.length).toBeGreaterThanOrEqual(60);
    expect(content.events.filter((event) => event.data.recurrence).length).toBeGreaterThanOrEqual(25);
    const used = (pick: (event: (typeof content.events)[number]) => readonly string[]) =>
      new Set(content.events.flatMap(pick));
    expect(CATEGORIES.filter((category) => !used((event) => event.data.categories).has(category))).toEqual([]);
    expect(AUDIENCES.filter((audience) => !used((event) => event.data.audiences).has(audience))).toEqual([]);
    expect(content.events.some((event) => event.data.isAccessibleForFree)).toBe(true);
    expect(content.events.some((event) => !event.data.isAccessibleForFree)).toBe(true);
    expect(content.events.some((event) => event.data.status === "cancelled")).toBe(true);
    expect(content.events.some((event) => event.data.cancelledDates.length > 0)).toBe(true);
    expect(content.events.some((event) => event.data.buddyUp)).toBe(true);
  });

  it("gives every town upcoming events in the following 30 days for any day in the coming 12 months", () => {
    const today = DateTime.now().setZone(CITY_ZONE).startOf("day");
    const until = today.plus({ days: 365 + 30 });
    const startsByTown = new Map(TOWNS.map((town) => [town, [] as number[]]));
    for (const event of content.events) {
      const town = event.data.place ? placeTown.get(event.data.place) : undefined;
      if (!town) continue;
      for (const occurrence of expandOccurrences(event.data, today, until)) {
        if (occurrence.status !== "cancelled") startsByTown.get(town)?.push(occurrence.start.toMillis());
      }
    }
    const gaps: string[] = [];
    for (let day = 0; day < 365; day += 1) {
      const from = today.plus({ days: day });
      const to = from.plus({ days: 30 });
      for (const [town, starts] of startsByTown) {
        if (!starts.some((start) => start >= from.toMillis() && start < to.toMillis())) {
          gaps.push(`${town} from ${from.toISODate()}`);
        }
      }
    }
    expect(gaps.slice(0, 10)).toEqual([]);
  });
});
