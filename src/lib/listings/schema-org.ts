/** schema.org JSON-LD for listings, so search engines and other tools can read them. */
import type { DateTime } from "luxon";
import type { Event, Group, Place } from "../domain";
import { CATEGORY_LABELS } from "../domain/vocab";
import type { EventLocation } from "../events/location";
import { parseLocal } from "../time/zone";

const STATUS = {
  scheduled: "https://schema.org/EventScheduled",
  cancelled: "https://schema.org/EventCancelled",
  postponed: "https://schema.org/EventPostponed",
} as const;

const BYDAY_TO_SCHEMA = {
  MO: "https://schema.org/Monday",
  TU: "https://schema.org/Tuesday",
  WE: "https://schema.org/Wednesday",
  TH: "https://schema.org/Thursday",
  FR: "https://schema.org/Friday",
  SA: "https://schema.org/Saturday",
  SU: "https://schema.org/Sunday",
} as const;

/** What the JSON-LD of an event is built from. */
export interface SchemaOrgEventInput {
  url: string;
  event: Event;
  location: EventLocation<Pick<Place, "name" | "address" | "postcode" | "geo">>;
  organizer: Pick<Group, "name">;
  organizerUrl: string;
  /** The languages it is run in, as BCP 47 codes. */
  languages?: readonly string[] | undefined;
  /** The occurrence the page leads with (the next one), if any. */
  start?: DateTime | undefined;
  end?: DateTime | undefined;
}

function isoWithOffset(dt: DateTime): string {
  return dt.toISO({ suppressMilliseconds: true, suppressSeconds: false, includeOffset: true }) ?? "";
}

/**
 * Where the event is, for schema.org: a `Place` with its address for a known place, a `Place` with the
 * address as the organiser wrote it, or a `VirtualLocation` at the event's own address (else its page).
 */
function toSchemaOrgLocation(input: SchemaOrgEventInput): Record<string, unknown> {
  const where = input.location;
  if (where.kind === "online") return { "@type": "VirtualLocation", url: input.event.url ?? input.url };
  if (where.kind === "text") return { "@type": "Place", address: where.text };
  const place = where.place;
  return {
    "@type": "Place",
    name: place.name,
    address: {
      "@type": "PostalAddress",
      ...(place.address ? { streetAddress: place.address } : {}),
      ...(place.postcode ? { postalCode: place.postcode } : {}),
      addressLocality: "Stoke-on-Trent",
      addressCountry: "GB",
    },
    ...(place.geo ? { geo: { "@type": "GeoCoordinates", latitude: place.geo.lat, longitude: place.geo.lng } } : {}),
  };
}

/**
 * An occurrence's `startDate` and `endDate` as schema.org writes them: with the offset in force for a timed
 * event, and as the first and last days for a whole-day one (not the day after, as iCalendar ends it). Without
 * an occurrence, the event's first, as written.
 * @example schemaOrgDates(event, start, end).startDate // "2026-12-06T10:00:00+00:00"
 */
export function schemaOrgDates(
  event: Pick<Event, "allDay" | "startDate" | "endDate">,
  start?: DateTime,
  end?: DateTime,
): { startDate: string; endDate: string } {
  const startDate = event.allDay
    ? (start?.toISODate() ?? event.startDate.slice(0, 10))
    : start
      ? isoWithOffset(start)
      : `${event.startDate}:00`;
  const endDate = event.allDay
    ? ((end ?? parseLocal(event.endDate)).minus({ days: 1 }).toISODate() ?? event.endDate.slice(0, 10))
    : end
      ? isoWithOffset(end)
      : `${event.endDate}:00`;
  return { startDate, endDate };
}

/**
 * A schema.org `Event` for an event page, with `eventSchedule` for a repeating event.
 * @example toSchemaOrgEvent({ url, event, location, organizer, organizerUrl, start, end })["@type"] // "Event"
 */
export function toSchemaOrgEvent(input: SchemaOrgEventInput): Record<string, unknown> {
  const { event } = input;
  const { startDate, endDate } = schemaOrgDates(event, input.start, input.end);
  const json: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    description: event.summary,
    url: input.url,
    startDate,
    endDate,
    eventStatus: STATUS[event.status],
    eventAttendanceMode:
      input.location.kind === "online"
        ? "https://schema.org/OnlineEventAttendanceMode"
        : "https://schema.org/OfflineEventAttendanceMode",
    location: toSchemaOrgLocation(input),
    organizer: { "@type": "Organization", name: input.organizer.name, url: input.organizerUrl },
    isAccessibleForFree: event.isAccessibleForFree,
    keywords: event.categories.map((category) => CATEGORY_LABELS[category]).join(", "),
  };
  // schema.org's inLanguage: one language as text, several as a list.
  if (input.languages && input.languages.length > 0)
    json.inLanguage = input.languages.length === 1 ? input.languages[0] : [...input.languages];
  if (!event.isAccessibleForFree) {
    json.offers = {
      "@type": "Offer",
      description: event.payWhatYouCan ? `Pay what you can${event.price ? ` (${event.price})` : ""}` : event.price,
      url: input.url,
      availability: "https://schema.org/InStock",
    };
  }
  if (event.ageRange) {
    json.typicalAgeRange = `${event.ageRange.minValue ?? 0}-${event.ageRange.maxValue ?? ""}`;
  }
  if (event.recurrence) {
    const rule = event.recurrence;
    json.eventSchedule = {
      "@type": "Schedule",
      scheduleTimezone: "Europe/London",
      startDate: event.startDate.slice(0, 10),
      ...(rule.until ? { endDate: rule.until } : {}),
      startTime: `${event.startDate.slice(11)}:00`,
      endTime: `${event.endDate.slice(11)}:00`,
      repeatFrequency: rule.freq === "weekly" ? `P${rule.interval}W` : `P${rule.interval}M`,
      ...(rule.byday ? { byDay: rule.byday.map((day) => BYDAY_TO_SCHEMA[day]) } : {}),
      ...(rule.bymonthday ? { byMonthDay: rule.bymonthday } : {}),
      ...(rule.bysetpos ? { byMonthWeek: rule.bysetpos } : {}),
      ...(rule.count ? { repeatCount: rule.count } : {}),
      ...(event.cancelledDates.length > 0 ? { exceptDate: event.cancelledDates } : {}),
    };
  }
  return json;
}

/**
 * JSON-LD as text safe to place inside a script element: `<` is escaped so no text can close the tag.
 * @example toJsonLd({ name: "</script>" }) // '{"name":"\\u003c/script>"}'
 */
export function toJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
