/**
 * What the importer reads out of a source, before it becomes a listing: events as their feed gives them
 * (one per UID, a series kept whole with its rule), services with Open Referral UK's field names, and every
 * problem met, each with the source, the event's UID or line where known, and a reason in plain words.
 * This is also the shape of `npm run import -- --dry-run --json` (see the README), so keep it stable.
 */

/** The kinds of source the importer reads. */
export const SOURCE_KINDS = ["ical", "jsonld", "oruk", "rpde"] as const;
/** A kind of source: an iCalendar feed, a page with schema.org Event JSON-LD, an ORUK /services API, an OpenActive RPDE feed. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Whether an event, or one occurrence of it, goes ahead. */
export type ImportedStatus = "scheduled" | "cancelled";

/** One occurrence of an event within the import window. */
export interface ImportedOccurrence {
  /** When it starts, ISO 8601 with the Europe/London offset, e.g. 2027-04-06T18:30:00+01:00. */
  start: string;
  /** When it ends, the same way. */
  end: string;
  status: ImportedStatus;
}

/** Where the feed says an event is, before it is matched to a known place. */
export interface ImportedLocation {
  /** The location as the feed writes it, e.g. "Tunstall Library, The Boulevard, ST6 6BW". */
  text?: string;
  /** A UK postcode found in the feed's own location fields, upper case with one space. */
  postcode?: string;
  /** Coordinates the feed gives (iCalendar GEO, schema.org geo). */
  geo?: { lat: number; lng: number };
}

/** One event as a source publishes it. */
export interface ImportedEvent {
  /** The event's key across the import: its source, then its UID. */
  key: string;
  /** The feed's own identifier (iCalendar UID, JSON-LD @id or url, RPDE id). */
  uid: string;
  /** The source it came from: a source's id, or the file or URL read in a dry run. */
  source: string;
  title: string;
  /** Plain text, as the feed gives it, without HTML. */
  description?: string;
  /** The event's own page, when the feed gives one (http or https only). */
  url?: string;
  status: ImportedStatus;
  allDay: boolean;
  /** The first occurrence's start and end, ISO 8601 with the Europe/London offset. */
  start: string;
  end: string;
  /** The RFC 5545 recurrence rule, as the feed writes it, when the event is a series. */
  rrule?: string;
  location: ImportedLocation;
  /** The id of the known place the location matched (content/places/), when it matched one. */
  place?: string;
  /** Occurrences inside the window, oldest first, each with its own status (a cancelled date stays, marked). */
  occurrences: ImportedOccurrence[];
  /** When the feed last changed the event (LAST-MODIFIED, DTSTAMP, dateModified), ISO 8601, when it says. */
  lastModified?: string;
}

/** A problem met while reading a source: nothing else from the source is lost because of it. */
export interface ImportProblem {
  source: string;
  /** The event's UID (or a service's id) when known. */
  uid?: string;
  /** The line in the file, when known (1 for the first). */
  line?: number;
  reason: string;
}

/** The window of time an import keeps: occurrences that start on or after `from` and before `to`. */
export interface ImportWindow {
  /** ISO 8601 instant. */
  from: string;
  /** ISO 8601 instant. */
  to: string;
}

/**
 * What reading one body gave. `complete` is false when the body was readable only in part (a broken
 * calendar, a page of a paginated API missing): such a read never counts as a successful fetch for removing
 * events that vanished, and never replaces a good copy of an event with a worse one.
 */
export interface SourceRead {
  kind: SourceKind;
  events: ImportedEvent[];
  /** Services, with Open Referral UK field names (ORUK sources only). */
  services: OrukService[];
  problems: ImportProblem[];
  complete: boolean;
}

/** A service as an Open Referral UK (HSDS) `/services` API gives it, with its field names. */
export interface OrukService {
  id: string;
  source: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status?: string;
  fees?: string;
  eligibility?: string[];
  cost_options?: { amount?: number; amount_description?: string; option?: string }[];
  organization?: { id?: string; name: string; url?: string };
  languages?: string[];
  regular_schedules?: { freq?: string; byday?: string; opens_at?: string; closes_at?: string; description?: string }[];
  locations?: { name?: string; address?: string; postcode?: string; latitude?: number; longitude?: number }[];
  contacts?: { name?: string; email?: string; phone?: string }[];
  /** When the service was last assured or updated, as the API says, YYYY-MM-DD or ISO 8601. */
  last_updated?: string;
}
