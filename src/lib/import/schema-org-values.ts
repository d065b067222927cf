/**
 * Reading single schema.org property values as JSON-LD and OpenActive write them: text that may come as
 * a string, a number, a `{"@value"}` or a list; terms as full URLs or short names; ISO 8601 dates, times
 * and durations, read as moments in Stoke-on-Trent.
 */
import { DateTime, Duration } from "luxon";
import { CITY_ZONE } from "../time/zone";
import type { CalendarTime } from "./calendar-time";

/** A JSON object as `JSON.parse` gives it. */
export type JsonObject = { [key: string]: unknown };

/**
 * Whether a JSON value is an object (not an array, not null).
 * @example isJsonObject({ name: "Quiz" }) // true
 */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A property's values as a list: schema.org allows one value or many for any property.
 * @example listOf("Monday") // ["Monday"]
 */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The text of a value: a string, a number, a JSON-LD `{"@value": …}`, or the first of a list that has text.
 * @example textOf([{ "@value": "Quiz night", "@language": "en" }]) // "Quiz night"
 */
export function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() === "" ? undefined : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item);
      if (text !== undefined) return text;
    }
    return undefined;
  }
  return isJsonObject(value) ? textOf(value["@value"]) : undefined;
}

const SCHEMA_PREFIXES = ["https://schema.org/", "http://schema.org/", "schema:"];

/**
 * The short name of a schema.org term, written in full, with the `schema:` prefix or bare; also an `{"@id"}`.
 * @example schemaTerm("https://schema.org/EventCancelled") // "EventCancelled"
 */
export function schemaTerm(value: unknown): string | undefined {
  const text = isJsonObject(value) ? textOf(value["@id"]) : textOf(value);
  if (text === undefined) return undefined;
  const prefix = SCHEMA_PREFIXES.find((start) => text.toLowerCase().startsWith(start));
  return prefix === undefined ? text : text.slice(prefix.length);
}

/**
 * The types an object declares in `@type` (a string or a list), as short names.
 * @example typesOf({ "@type": ["Event", "schema:SocialEvent"] }) // ["Event", "SocialEvent"]
 */
export function typesOf(object: JsonObject): string[] {
  return listOf(object["@type"]).flatMap((type) => {
    const term = typeof type === "string" ? schemaTerm(type) : undefined;
    return term === undefined ? [] : [term];
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads an ISO 8601 date (a whole day in the city), a date and time with an offset or `Z` (that instant),
 * or one without (the city's wall clock), as a moment in Europe/London.
 * @example readIsoTime("2027-03-29T18:30:00").at.toISO() // "2027-03-29T18:30:00.000+01:00"
 * @example readIsoTime("2027-04-10") // { ok: true, allDay: true, at: 2027-04-10T00:00+01:00 }
 */
export function readIsoTime(value: string): CalendarTime {
  const text = value.trim();
  if (ISO_DATE.test(text)) {
    const at = DateTime.fromISO(text, { zone: CITY_ZONE });
    return at.isValid ? { ok: true, allDay: true, at } : { ok: false, reason: `"${text}" is not a real date` };
  }
  const parts = ISO_DATE_TIME.exec(text);
  if (!parts) return { ok: false, reason: `"${text.slice(0, 40)}" is not an ISO 8601 date or date and time` };
  const offset = parts[3]?.toUpperCase() ?? "";
  // A time in the spring-forward gap (01:30 on the last Sunday in March) is moved on, as clocks are.
  const at = DateTime.fromISO(`${parts[1]}T${parts[2]}${offset}`, { zone: CITY_ZONE });
  return at.isValid ? { ok: true, allDay: false, at } : { ok: false, reason: `"${text}" is not a real date and time` };
}

/**
 * Reads an ISO 8601 duration that is not negative, or undefined when it is not one.
 * @example readIsoDuration("PT1H30M")?.as("minutes") // 90
 */
export function readIsoDuration(value: unknown): Duration | undefined {
  const text = textOf(value);
  if (text === undefined) return undefined;
  const duration = Duration.fromISO(text.toUpperCase());
  if (!duration.isValid) return undefined;
  return Object.values(duration.toObject()).every((amount) => amount >= 0) ? duration : undefined;
}
