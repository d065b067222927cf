/**
 * The VTIMEZONE for Europe/London (RFC 5545 §3.6.5): British Summer Time from 01:00 GMT on the last
 * Sunday of March to 01:00 GMT on the last Sunday of October, the rule in force since 1996. Written
 * out rather than generated because ical-generator has no zone database; vtimezone.test.ts checks
 * every clock change it implies against the IANA database (through Luxon) for years ahead.
 */
import { CITY_ZONE } from "../time/zone";

/** The VTIMEZONE component for the city's zone, lines joined with CRLF. */
export const EUROPE_LONDON_VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${CITY_ZONE}`,
  `X-LIC-LOCATION:${CITY_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0000",
  "TZOFFSETTO:+0100",
  "TZNAME:BST",
  "DTSTART:19700329T010000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0000",
  "TZNAME:GMT",
  "DTSTART:19701025T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

/**
 * A VTimezone generator for ical-generator: the component for the city's zone, null for any other.
 * @example toVTimezone("Europe/London")?.startsWith("BEGIN:VTIMEZONE") // true
 */
export function toVTimezone(zone: string): string | null {
  return zone === CITY_ZONE ? EUROPE_LONDON_VTIMEZONE : null;
}
