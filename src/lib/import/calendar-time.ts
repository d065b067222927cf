/**
 * Times as calendar exports write them, read as moments in Stoke-on-Trent: a `DATE` (all day), a
 * `DATE-TIME` in UTC (`…Z`), one with a `TZID` (an IANA name, a Windows name from Outlook such as
 * `GMT Standard Time`, or a name behind a publisher's prefix), or a floating time with no zone, which is read
 * as Europe/London's wall clock, as a resident would read it. Clock changes are the zone rules' to apply.
 */
import { DateTime, IANAZone } from "luxon";
import { findIana } from "windows-iana";
import { CITY_ZONE } from "../time/zone";

/** A calendar time read: a moment in the city's zone, and whether it is a whole day. */
export type CalendarTime = { ok: true; allDay: boolean; at: DateTime } | { ok: false; reason: string };

/**
 * The IANA zone a `TZID` names, or undefined when it names none this site knows.
 * @example ianaZoneFor("GMT Standard Time") // "Europe/London"
 * @example ianaZoneFor("/mozilla.org/20050126_1/Europe/London") // "Europe/London"
 */
export function ianaZoneFor(tzid: string): string | undefined {
  const name = tzid.trim().replace(/^"|"$/g, "");
  if (name === "") return undefined;
  if (isZone(name)) return name;
  const windows = findIana(name)[0];
  if (windows && isZone(windows)) return windows;
  // Some publishers put a path before the zone's name: try its last two and three parts (Area/Location).
  const parts = name.split("/");
  return [2, 3].map((count) => parts.slice(-count).join("/")).find((tail) => parts.length > 2 && isZone(tail));
}

function isZone(name: string): boolean {
  return (name.includes("/") || name === "UTC") && IANAZone.isValidZone(name);
}

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;

/**
 * Reads an iCalendar `DATE` or `DATE-TIME` value with its `TZID`, if any, as a moment in the city's zone.
 * @example readCalendarTime("20270406T183000", "GMT Standard Time").at.toISO() // "2027-04-06T18:30:00.000+01:00"
 */
export function readCalendarTime(value: string, tzid?: string): CalendarTime {
  const text = value.trim();
  const date = DATE.exec(text);
  if (date) {
    const at = DateTime.fromObject(
      { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) },
      { zone: CITY_ZONE },
    );
    return at.isValid ? { ok: true, allDay: true, at } : { ok: false, reason: `${text} is not a real date` };
  }
  const parts = DATE_TIME.exec(text);
  if (!parts) return { ok: false, reason: `${text.slice(0, 40)} is not a calendar date or time` };
  let zone = CITY_ZONE;
  if (parts[7] === "Z") zone = "UTC";
  else if (tzid !== undefined) {
    const found = ianaZoneFor(tzid);
    if (!found) return { ok: false, reason: `the time zone "${tzid.slice(0, 60)}" is not one this site knows` };
    zone = found;
  }
  const at = DateTime.fromObject(
    {
      year: Number(parts[1]),
      month: Number(parts[2]),
      day: Number(parts[3]),
      hour: Number(parts[4]),
      minute: Number(parts[5]),
      second: Number(parts[6]),
    },
    { zone },
  );
  // A time in a clock change's gap (01:30 on the last Sunday in March) is moved forward, as clocks are.
  if (!at.isValid) return { ok: false, reason: `${text} is not a real date and time` };
  return { ok: true, allDay: false, at: at.setZone(CITY_ZONE) };
}

/**
 * A moment as the importer writes it: ISO 8601 with the city's offset, to the second.
 * @example toCityIso(readCalendarTime("20271031T120000Z").at) // "2027-10-31T12:00:00+00:00"
 */
export function toCityIso(at: DateTime): string {
  return at.setZone(CITY_ZONE).toISO({ suppressMilliseconds: true, includeOffset: true }) ?? "";
}
