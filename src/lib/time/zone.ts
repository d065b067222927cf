/** The city's time zone, and conversions between wall-clock text, instants and local dates. */
import { DateTime, IANAZone } from "luxon";
import { CITY_ZONE } from "./zone-name";

export { CITY_ZONE };

const QUARTER_HOUR_MS = 15 * 60 * 1000;
const MAX_REMEMBERED_OFFSETS = 100_000;

/**
 * An IANA zone that remembers its offsets by quarter-hour. Luxon asks Intl for the offset each time it
 * builds a DateTime, and that dominates expanding thousands of events; every offset change in
 * Europe/London falls on the hour, so one answer holds for the whole quarter-hour.
 */
class RememberingZone extends IANAZone {
  readonly #offsets = new Map<number, number>();

  override offset(ts: number): number {
    const key = Math.floor(ts / QUARTER_HOUR_MS);
    const known = this.#offsets.get(key);
    if (known !== undefined) return known;
    const offset = super.offset(ts);
    if (this.#offsets.size >= MAX_REMEMBERED_OFFSETS) this.#offsets.clear();
    this.#offsets.set(key, offset);
    return offset;
  }
}

/** The city's zone as a Luxon zone (equal to `CITY_ZONE`), quick to build many DateTimes in. */
export const cityZone = new RememberingZone(CITY_ZONE);

function zoneFor(name: string): string | IANAZone {
  return name === CITY_ZONE ? cityZone : name;
}

const LOCAL_TEXT = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

/**
 * Reads a wall-clock date and time (or a date, as its midnight) in the zone; throws if it is not one.
 * @example parseLocal("2026-12-06T10:00").toISO() // "2026-12-06T10:00:00.000+00:00"
 */
export function parseLocal(text: string, zone: string = CITY_ZONE): DateTime {
  const trimmed = text.trim();
  if (!LOCAL_TEXT.test(trimmed)) {
    throw new Error(
      `"${text}" is not a local date and time: write it as YYYY-MM-DDTHH:MM (e.g. 2026-12-06T10:00) or YYYY-MM-DD`,
    );
  }
  const parsed = DateTime.fromISO(trimmed, { zone: zoneFor(zone) });
  if (!parsed.isValid) {
    throw new Error(
      `"${text}" is not a real date and time in ${zone}: ${parsed.invalidExplanation ?? parsed.invalidReason}`,
    );
  }
  return parsed;
}

/**
 * The calendar date of an instant in the city.
 * @example toLocalDate(DateTime.fromISO("2027-06-30T23:30:00Z")) // "2027-07-01"
 */
export function toLocalDate(dt: DateTime): string {
  return toDateText(dt.setZone(cityZone));
}

const pad = (value: number, digits: number) =>
  value < 0 ? `-${String(-value).padStart(digits, "0")}` : String(value).padStart(digits, "0");

/**
 * The calendar date of a DateTime in its own zone, as `toFormat("yyyy-MM-dd")` writes it but without a formatter.
 * @example toDateText(DateTime.utc(2027, 7, 1, 23, 30)) // "2027-07-01"
 */
export function toDateText(dt: DateTime): string {
  if (!dt.isValid) return dt.toFormat("yyyy-MM-dd");
  return `${pad(dt.year, 4)}-${pad(dt.month, 2)}-${pad(dt.day, 2)}`;
}

/**
 * An instant as a date and time in the city.
 * @example cityNow(new Date("2027-06-30T12:00:00Z")).hour // 13
 */
export function cityNow(now: Date | DateTime): DateTime {
  const converted = DateTime.isDateTime(now) ? now.setZone(cityZone) : DateTime.fromJSDate(now, { zone: cityZone });
  if (!converted.isValid) throw new Error(`cityNow was given an invalid instant: ${converted.invalidReason}`);
  return converted;
}
