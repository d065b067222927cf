import { describe, expect, it } from "vitest";
import { CITY_BOUNDS, distanceMiles, isInsideCity, sortByDistance, walkingMinutes } from "./geo";

const HANLEY_TOWN_HALL = { lat: 53.0232, lng: -2.1751 };
const BURSLEM_OLD_TOWN_HALL = { lat: 53.0457, lng: -2.1979 };

// The furthest south, north, west and east of the 34 places with coordinates in stoke-places.csv.
const OUTERMOST_PLACES = [
  { name: "Hem Heath Woods", lat: 52.9622, lng: -2.1698 },
  { name: "Whitfield Valley (Ford Green) Nature Reserve", lat: 53.0665, lng: -2.1742 },
  { name: "Westport Lake", lat: 53.04806, lng: -2.21472 },
  { name: "Park Hall Country Park", lat: 53.00017, lng: -2.10583 },
];

describe("isInsideCity", () => {
  it("includes Hanley and Burslem town halls", () => {
    expect(isInsideCity(HANLEY_TOWN_HALL)).toBe(true);
    expect(isInsideCity(BURSLEM_OLD_TOWN_HALL)).toBe(true);
  });

  it("includes the furthest places in every direction from the city's reference list", () => {
    for (const place of OUTERMOST_PLACES) expect(isInsideCity(place), place.name).toBe(true);
  });

  it("excludes Stafford, Leek and Crewe", () => {
    expect(isInsideCity({ lat: 52.8066, lng: -2.1171 })).toBe(false);
    expect(isInsideCity({ lat: 53.1048, lng: -2.0236 })).toBe(false);
    expect(isInsideCity({ lat: 53.0979, lng: -2.4416 })).toBe(false);
  });

  it("excludes a point with latitude and longitude swapped", () => {
    expect(isInsideCity({ lat: -2.1751, lng: 53.0232 })).toBe(false);
  });

  it("stays tight: under 12 miles north to south and 8 miles east to west", () => {
    const northSouth = distanceMiles({ lat: CITY_BOUNDS.south, lng: -2.17 }, { lat: CITY_BOUNDS.north, lng: -2.17 });
    const eastWest = distanceMiles({ lat: 53.02, lng: CITY_BOUNDS.west }, { lat: 53.02, lng: CITY_BOUNDS.east });
    expect(northSouth).toBeLessThan(12.5);
    expect(eastWest).toBeLessThan(8);
  });
});

describe("distanceMiles", () => {
  it("puts Hanley about 1.8 miles from Burslem, town hall to town hall", () => {
    expect(distanceMiles(HANLEY_TOWN_HALL, BURSLEM_OLD_TOWN_HALL)).toBeCloseTo(1.82, 1);
  });

  it("is the same both ways and zero to itself", () => {
    expect(distanceMiles(BURSLEM_OLD_TOWN_HALL, HANLEY_TOWN_HALL)).toBe(
      distanceMiles(HANLEY_TOWN_HALL, BURSLEM_OLD_TOWN_HALL),
    );
    expect(distanceMiles(HANLEY_TOWN_HALL, HANLEY_TOWN_HALL)).toBe(0);
  });

  it("measures a degree of latitude as about 69 miles", () => {
    expect(distanceMiles({ lat: 53, lng: -2 }, { lat: 54, lng: -2 })).toBeCloseTo(69.1, 1);
  });
});

describe("walkingMinutes", () => {
  it("walks a mile in 20 minutes at 3 mph", () => {
    expect(walkingMinutes(1)).toBe(20);
  });

  it("rounds part of a minute up", () => {
    expect(walkingMinutes(1.82)).toBe(37);
  });

  it("does not add a minute for floating-point noise (1.05 / 3 * 60 is 21.000000000000004)", () => {
    expect(walkingMinutes(1.05)).toBe(21);
  });

  it("is zero for no distance", () => {
    expect(walkingMinutes(0)).toBe(0);
  });
});

describe("sortByDistance", () => {
  const hanley = { lat: 53.0232, lng: -2.1751 };
  const items = [
    { id: "tunstall", geo: { lat: 53.0588, lng: -2.2069 } },
    { id: "no-position" },
    { id: "hanley-park", geo: { lat: 53.0171, lng: -2.1772 } },
    { id: "burslem", geo: { lat: 53.0457, lng: -2.1979 } },
  ];
  const geoOf = (item: (typeof items)[number]) => ("geo" in item ? item.geo : undefined);

  it("puts the nearest first, with miles and walking minutes", () => {
    const { located } = sortByDistance(items, hanley, geoOf);
    expect(located.map((entry) => entry.item.id)).toEqual(["hanley-park", "burslem", "tunstall"]);
    expect(located[0]!.minutes).toBe(walkingMinutes(located[0]!.miles));
  });

  it("keeps places without a position apart instead of guessing where they are", () => {
    const { located, unlocated } = sortByDistance(items, hanley, geoOf);
    expect(unlocated.map((item) => item.id)).toEqual(["no-position"]);
    expect(located).toHaveLength(3);
  });

  it("keeps only what is within the distance asked for", () => {
    expect(sortByDistance(items, hanley, geoOf, 1).located.map((entry) => entry.item.id)).toEqual(["hanley-park"]);
    expect(sortByDistance(items, hanley, geoOf, 2).located.map((entry) => entry.item.id)).toEqual([
      "hanley-park",
      "burslem",
    ]);
  });
});
