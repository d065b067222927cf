/**
 * Reports that a listing is wrong, as stored: what a report names and says, where it lives in the Blobs store,
 * and where it is in moderation. The report function, the status page and the moderation console read it here.
 */
import type { Locale } from "../i18n/locales";
import type { ReportableListing } from "./listings";

/** Where the report form is posted. */
export const REPORT_ENDPOINT = "/api/report";

/** The Blobs store that holds reports of wrong listings. */
export const REPORTS_STORE = "listing-reports";

/** Where things live in the reports store: one key each, so concurrent writes never overwrite a list. */
export const REPORT_KEYS = {
  /** Every report, under a key that sorts by time. */
  reports: "reports/",
  report: (id: string) => `reports/${id}`,
  /** A report's audit trail: one key per line, append-only. */
  audit: (id: string) => `audit/${id}/`,
  /** A correction a moderator recorded for an event, under a key that sorts by time (./corrections.ts). */
  corrections: "corrections/",
  correction: (id: string) => `corrections/${id}`,
  /** One key per report a client sent, to count them in a window. */
  rate: "rate/",
} as const;

/** The kinds of listing a report can name, as their addresses spell them. */
export const LISTING_KINDS = ["events", "groups", "places", "services"] as const;
/** A kind of listing. */
export type ListingKind = (typeof LISTING_KINDS)[number];

/** What a resident can say is wrong, in the order the form offers it. */
export const REPORT_REASONS = ["time", "cancelled", "place", "unsafe", "other"] as const;
/** What is wrong with a listing. */
export type ReportReason = (typeof REPORT_REASONS)[number];

/**
 * The reasons whose report needs details to be acted on: a new time, the right place, what seems unsafe. A
 * cancellation is clear without them.
 */
export const DETAILS_NEEDED: ReadonlySet<ReportReason> = new Set(["time", "place", "unsafe", "other"]);

/** Where a report is: waiting, or what a moderator did. */
export const REPORT_STATUSES = ["open", "fixed", "not-a-problem", "passed-on"] as const;
/** Where a report is. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A listing a report is about: its kind and id. */
export interface ListingRef {
  kind: ListingKind;
  id: string;
}

/** How the reporter may be reached, if they chose to say. Private: only moderators see it. */
export type ReportContact = { email: string; phone?: undefined } | { phone: string; email?: undefined };

/** Days after a moderator's decision that a report's private words (what was written, the contact) are kept. */
export const REPORT_PRIVATE_DAYS = 90;

/**
 * A report past its time, without what the reporter wrote or how to reach them; its listing, reason and decision
 * stay, so its status link still says how it ended. Unchanged (the same object) when nothing is due at `now`.
 * @example withoutPrivateWords(closedLongAgo, now).details // ""
 */
export function withoutPrivateWords(report: StoredReport, now: Date): StoredReport {
  if (report.status === "open" || !report.decision) return report;
  const due = Date.parse(report.decision.at) + REPORT_PRIVATE_DAYS * 24 * 60 * 60 * 1000;
  if (now.getTime() < due || report.privateWordsRemovedAt !== undefined) return report;
  const { contact: _contact, ...kept } = report;
  return { ...kept, details: "", privateWordsRemovedAt: now.toISOString() };
}

/** A report as stored. */
export interface StoredReport {
  id: string;
  reference: string;
  receivedAt: string;
  status: ReportStatus;
  listing: ListingRef;
  /** The listing as the site showed it when reported: its name, how it reached the site, who runs it. */
  about: ReportableListing;
  reason: ReportReason;
  /** What the reporter wrote, as typed (may be empty for a cancellation). Private. */
  details: string;
  contact?: ReportContact | undefined;
  /** The language of the page the report was sent from, for words to the reporter. */
  locale: Locale;
  tokenHash: string;
  decision?: { by: string; at: string; reason: string } | undefined;
  /** When what the reporter wrote and their contact were deleted (REPORT_PRIVATE_DAYS after the decision). */
  privateWordsRemovedAt?: string | undefined;
}

/** One line of a report's audit trail. */
export interface ReportAuditEntry {
  at: string;
  by: string;
  /** "private-words-removed": what the reporter wrote and their contact, deleted REPORT_PRIVATE_DAYS after the decision. */
  action: "reported" | ReportStatus | "private-words-removed";
  reason?: string;
}

/**
 * A listing's public address on the site, in English.
 * @example listingPath({ kind: "events", id: "fenton-chair-yoga" }) // "/events/fenton-chair-yoga/"
 */
export function listingPath(listing: ListingRef): string {
  return `/${listing.kind}/${listing.id}/`;
}

/**
 * A listing named as the form carries it: its kind and id with a slash between.
 * @example parseListing("events/fenton-chair-yoga") // { kind: "events", id: "fenton-chair-yoga" }
 */
export function parseListing(text: string): ListingRef | undefined {
  const match = /^(events|groups|places|services)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(text);
  if (!match || match[2]!.length > 120) return undefined;
  return { kind: match[1] as ListingKind, id: match[2]! };
}

/**
 * The reference a reporter is given, from the report's id.
 * @example reportReference("0mx6sg000ab12cd34") // "RP-0MX6SG000AB12CD34"
 */
export function reportReference(id: string): string {
  return `RP-${id.toUpperCase()}`;
}
