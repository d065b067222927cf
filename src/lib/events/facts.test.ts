import { describe, expect, it } from "vitest";
import type { Event, Place } from "../domain";
import { CITY_CENTRE, sunsetAt } from "../time/sun";
import { parseLocal } from "../time/zone";
import { matchesFilter } from "../listings/filters";
import { filterFacts, placeEvents, sunFacts, sunPointOf, type SunsetCache } from "./facts";

const BURSLEM = { lat: 53.0457, lng: -2.1979 };
const PARK = { lat: 53.01457, lng: -2.17688 };
const centres = (town: string) => (town === "burslem" ? BURSLEM : undefined);

describe("sunPointOf", () => {
  it("is the place's own position when it has one", () => {
    expect(sunPointOf({ geo: PARK, town: "burslem" }, centres)).toEqual(PARK);
  });

  it("is the town's centre for a place with no position", () => {
    expect(sunPointOf({ town: "burslem" }, centres)).toEqual(BURSLEM);
  });

  it("is the city centre for a place between towns with no position", () => {
    expect(sunPointOf({}, centres)).toEqual(CITY_CENTRE);
  });
});

describe("sunFacts (finishes before dark)", () => {
  it("is true for a summer walk ending at 20:00", () => {
    expect(sunFacts(parseLocal("2027-06-21T20:00"), CITY_CENTRE).beforeDark).toBe(true);
  });

  it("is false for a December walk ending at 16:30", () => {
    expect(sunFacts(parseLocal("2026-12-05T16:30"), CITY_CENTRE).beforeDark).toBe(false);
  });

  it("is true at the moment of sunset and false a minute after", () => {
    const sunset = sunsetAt("2026-12-05", CITY_CENTRE);
    expect(sunFacts(sunset, CITY_CENTRE).beforeDark).toBe(true);
    expect(sunFacts(sunset.plus({ minutes: 1 }), CITY_CENTRE).beforeDark).toBe(false);
  });

  it("gives the sunset of the day the occurrence ends, and a cache gives the same answer", () => {
    const cache: SunsetCache = new Map();
    const end = parseLocal("2026-12-05T16:30");
    const first = sunFacts(end, PARK, cache);
    expect(first.sunset.toISO()).toBe(sunsetAt("2026-12-05", PARK).toISO());
    expect(cache.size).toBe(1);
    expect(sunFacts(end, PARK, cache)).toEqual(first);
  });
});

describe("placeEvents", () => {
  const event = { place: "hanley-park", organizer: "walkers" } as unknown as Event;
  const place = { name: "Hanley Park", town: "hanley" } as unknown as Place;
  const content = {
    events: [{ id: "walk", data: event }],
    places: [{ id: "hanley-park", data: place }],
    groups: [{ id: "walkers", data: { name: "Hanley walkers" } }],
    towns: [{ id: "hanley", data: { centre: BURSLEM } }],
  };

  it("finds the place and organiser, and measures sunset at the town's centre when the place has no position", () => {
    const [placed] = placeEvents(content);
    expect(placed).toMatchObject({ id: "walk", organizerName: "Hanley walkers", sunPoint: BURSLEM });
    expect(placed?.location).toMatchObject({ kind: "place", place: { id: "hanley-park" } });
  });

  it("names the event and the missing place or group", () => {
    expect(() => placeEvents({ ...content, places: [] })).toThrow(
      'Event "walk" names the place "hanley-park", which does not exist.',
    );
    expect(() => placeEvents({ ...content, groups: [] })).toThrow(
      'Event "walk" names the group "walkers", which does not exist.',
    );
  });

  it("gives filters the event's facts with the occurrence's own before-dark answer", () => {
    const [placed] = placeEvents({
      ...content,
      events: [
        {
          id: "walk",
          data: {
            ...event,
            categories: ["nature-outdoors"],
            audiences: ["everyone"],
            isAccessibleForFree: true,
            payWhatYouCan: false,
            accessibilitySupport: [],
            buddyUp: true,
          } as unknown as Event,
        },
      ],
    });
    expect(filterFacts(placed!, false)).toMatchObject({
      town: "hanley",
      categories: ["nature-outdoors"],
      free: true,
      beforeDark: false,
      buddyUp: true,
    });
  });

  it("keeps an event at a location in words or online, in no town, with sunset measured at the city centre", () => {
    const events = [
      { id: "quiz", data: { organizer: "walkers", locationText: "The Red Lion, Hanley", online: false } },
      { id: "talk", data: { organizer: "walkers", online: true } },
    ] as unknown as { id: string; data: Event }[];
    const [quiz, talk] = placeEvents({ ...content, events });
    expect(quiz).toMatchObject({ location: { kind: "text", text: "The Red Lion, Hanley" }, sunPoint: CITY_CENTRE });
    expect(talk).toMatchObject({ location: { kind: "online" }, sunPoint: CITY_CENTRE });
    const facts = filterFacts(
      { ...quiz!, event: { ...quiz!.event, categories: [], audiences: [], accessibilitySupport: [] } },
      true,
    );
    expect(facts.town).toBeUndefined();
    expect(facts.ward).toBeUndefined();
    expect(matchesFilter(facts, { town: "hanley" })).toBe(false);
    expect(matchesFilter(facts, {})).toBe(true);
  });
});
