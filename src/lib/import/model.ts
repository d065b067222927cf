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

/** The statuses Open Referral UK (and HSDS 3) give a service. */
export const ORUK_STATUSES = ["active", "inactive", "defunct", "temporarily closed"] as const;
/** A service's status, as Open Referral UK writes it. */
export type OrukStatus = (typeof ORUK_STATUSES)[number];

/** What using a service costs, one option of it (ORUK `cost_options[]`). */
export interface OrukCostOption {
  /** Who or what this price is for, e.g. "Under 18s". */
  option?: string;
  /** The price in pounds; 0 means free. */
  amount?: number;
  /** The price in words, e.g. "per session". */
  amount_description?: string;
}

/**
 * When a service runs (ORUK 1.0 `regular_schedules[]`, HSDS 3 `schedules[]`), iCalendar-style. Times are
 * as the API writes them ("10:00" or "10:00:00"). ORUK 1.0's `weekday` name, when a source gives it in
 * place of `byday`, is read as `byday`.
 */
export interface OrukSchedule {
  /** WEEKLY or MONTHLY in the specification; other values are kept, so that they can be reported. */
  freq?: string;
  interval?: number;
  /** Days as RFC 5545 `BYDAY`, e.g. "TU,FR", or with a week of the month, e.g. "1WE" or "-1FR". */
  byday?: string;
  /** Days of the month, e.g. "15". */
  bymonthday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
}

/** Where a service runs (ORUK `service_at_locations[].location`), before it is matched to a known place. */
export interface OrukLocation {
  id?: string;
  name?: string;
  /** The address lines and town, joined with commas (ORUK 1.0 `physical_addresses`, HSDS 3 `addresses`). */
  address?: string;
  /** A UK postcode, upper case with one space, e.g. "ST1 3DW". */
  postcode?: string;
  latitude?: number;
  longitude?: number;
  /** Times the API gives for the service at this location only; the service's own times apply here too. */
  regular_schedules?: OrukSchedule[];
}

/** Who runs a service (ORUK `organization`). */
export interface OrukOrganization {
  id?: string;
  name: string;
  /** Its web site (ORUK 1.0 `url`, HSDS 3 `website`), http or https only. */
  url?: string;
}

/** Someone to contact about a service (ORUK `contacts[]`). */
export interface OrukContact {
  name?: string;
  email?: string;
  phones?: { number: string }[];
}

/**
 * A service as an Open Referral UK (ORUK 1.0) or HSDS 3 `/services` API gives it, with its field names.
 * Text is plain (any HTML is read and only its text kept), trimmed and in Unicode NFC; fields the API
 * leaves empty or null are absent; web addresses are http or https only.
 */
export interface OrukService {
  id: string;
  source: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status?: OrukStatus;
  /** What it costs, in words (ORUK 1.0 `fees`, HSDS 3 `fees_description` or its older `fees`). */
  fees?: string;
  /** A short-term notice about the service (HSDS 3 `alert`), e.g. why it is closed and until when. */
  alert?: string;
  /** How people get in (ORUK 1.0): "referral", "appointment", "membership" or "drop-in". */
  attending_access?: string;
  /**
   * The ways in the directory states as taxonomy terms (HSDS 3 `attributes` with `link_type: access` whose term's
   * code is drop-in, appointment or referral, as this site's own API gives them).
   */
  access_terms?: string[];
  /** The steps needed to use the service, in words (HSDS 3 `application_process`). */
  application_process?: string;
  /** Who it is for, one entry each (ORUK 1.0 `eligibilitys[].eligibility`), e.g. "adult". */
  eligibility?: string[];
  /** Who it is for, in words (HSDS 3 `eligibility_description`). */
  eligibility_description?: string;
  /** The youngest and oldest ages it is for (HSDS 3; ORUK 1.0's `eligibilitys[]` ages, widest range). */
  minimum_age?: number;
  maximum_age?: number;
  cost_options?: OrukCostOption[];
  organization?: OrukOrganization;
  /** Language names (ORUK 1.0 `languages[].language`, HSDS 3 `languages[].name`, or its `code` in English). */
  languages?: string[];
  /** Times that apply wherever the service runs (ORUK 1.0 `regular_schedules`, HSDS 3 `schedules`). */
  regular_schedules?: OrukSchedule[];
  locations?: OrukLocation[];
  contacts?: OrukContact[];
  /** When the service was last updated or assured (HSDS 3 `last_modified`, else `assured_date`), YYYY-MM-DD or ISO 8601. */
  last_updated?: string;
}
