/** Where things are: whether a point is in the city, how far apart two points are, how long a walk takes. */
import type { Geo } from "../domain/common";

/**
 * A box around Stoke-on-Trent: every place with coordinates in the city's reference list lies inside.
 * A rectangle also takes in edges of Newcastle-under-Lyme and Staffordshire, so use it to catch mistyped
 * coordinates, not as the city boundary.
 */
export const CITY_BOUNDS = { south: 52.93, north: 53.1, west: -2.26, east: -2.08 } as const;

/** Mean radius of the Earth in statute miles (IUGG). */
const EARTH_RADIUS_MILES = 3958.8;
const WALKING_MPH = 3;

/** True when a point lies inside the box around the city. */
export function isInsideCity(geo: Geo): boolean {
  return (
    geo.lat >= CITY_BOUNDS.south &&
    geo.lat <= CITY_BOUNDS.north &&
    geo.lng >= CITY_BOUNDS.west &&
    geo.lng <= CITY_BOUNDS.east
  );
}

/**
 * The distance between two points along the Earth's surface (haversine), in miles.
 * @example distanceMiles({ lat: 53.0232, lng: -2.1751 }, { lat: 53.0457, lng: -2.1979 }) // about 1.8
 */
export function distanceMiles(a: Geo, b: Geo): number {
  const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
  const dLat = toRadians(b.lat - a.lat);
  const dLng = toRadians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Minutes to walk a distance at 3 mph, rounded up to a whole minute.
 * @example walkingMinutes(1.7) // 34
 */
export function walkingMinutes(miles: number): number {
  // Rounding to a millionth first stops floating-point noise (1.05 / 3 * 60 = 21.000000000000004) adding a minute.
  const minutes = Math.round((miles / WALKING_MPH) * 60 * 1e6) / 1e6;
  return Math.max(0, Math.ceil(minutes));
}

/** An item with its distance from a point, in miles and walking minutes. */
export interface Distanced<T> {
  item: T;
  miles: number;
  minutes: number;
}

/**
 * Items by distance from a point, nearest first, optionally only those within `withinMiles`. Items with
 * no position are returned apart, in their given order: they are never sorted by a guessed position.
 * @example sortByDistance(places, hanley, (place) => place.geo, 2)
 */
export function sortByDistance<T>(
  items: readonly T[],
  from: Geo,
  geoOf: (item: T) => Geo | undefined,
  withinMiles?: number,
): { located: Distanced<T>[]; unlocated: T[] } {
  const located: Distanced<T>[] = [];
  const unlocated: T[] = [];
  for (const item of items) {
    const geo = geoOf(item);
    if (!geo) {
      unlocated.push(item);
      continue;
    }
    const miles = distanceMiles(from, geo);
    if (withinMiles !== undefined && miles > withinMiles) continue;
    located.push({ item, miles, minutes: walkingMinutes(miles) });
  }
  located.sort((a, b) => a.miles - b.miles);
  return { located, unlocated };
}
