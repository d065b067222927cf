/** Sunset in the city, so listings can say whether an outdoor event finishes in daylight. */
import { DateTime } from "luxon";
import { getTimes } from "suncalc";
import type { Geo } from "../domain/common";
import { CITY_ZONE, parseLocal } from "./zone";

/** Hanley Town Hall, Albion Square: the point used for a venue with no coordinates. */
export const CITY_CENTRE: Readonly<Geo> = { lat: 53.0232, lng: -2.1751 };

/**
 * When the sun sets on a local date at a point, in the city's zone.
 * @example formatTime(sunsetAt("2027-06-21", CITY_CENTRE)) // "21:38"
 */
export function sunsetAt(date: string, geo: Geo): DateTime {
  // Noon local keeps suncalc on the intended solar day whatever the offset.
  const noon = parseLocal(date).set({ hour: 12 });
  const { sunset } = getTimes(noon.toJSDate(), geo.lat, geo.lng);
  if (sunset === null) throw new Error(`The sun does not set on ${date} at ${geo.lat}, ${geo.lng}`);
  return DateTime.fromJSDate(sunset, { zone: CITY_ZONE });
}
