/**
 * The words the coordination console shows: its sections, a request's status, the actions in an audit
 * trail, how a message was delivered, and when something happened.
 */
import type { CoordinationAuditEntry, OutboxMessage, RequestStatus } from "../../lib/buddy/model";
import { toLocalDateTime } from "../../lib/time/local";
import { LOCALE_INFO, type Locale } from "../../lib/i18n/locales";

/** A section of the console, as named in its navigation. */
export type Section = "open" | "welcomers" | "reports" | "outbox" | "audit" | "past";

export const SECTIONS: { id: Section; label: string; heading: string }[] = [
  { id: "open", label: "Open requests", heading: "Open requests" },
  { id: "welcomers", label: "Welcomers", heading: "Welcomers" },
  { id: "reports", label: "Reports", heading: "Reports of concern" },
  { id: "outbox", label: "Outbox", heading: "Outbox" },
  { id: "audit", label: "Audit log", heading: "Audit log" },
  { id: "past", label: "Past requests", heading: "Past requests" },
];

/** The heading a section is shown under. */
export function headingOf(section: Section): string {
  return SECTIONS.find((entry) => entry.id === section)?.heading ?? "";
}

export const STATUS_LABELS: Record<RequestStatus, string> = {
  waiting: "Waiting for a welcomer",
  matched: "Matched",
  closed: "Closed",
  cancelled: "Cancelled",
};

export const ACTION_LABELS: Record<CoordinationAuditEntry["action"], string> = {
  requested: "Requested",
  planned: "Plan saved",
  matched: "Matched",
  closed: "Closed",
  cancelled: "Cancelled",
  deleted: "Deleted",
  reported: "Concern reported",
  "report-read": "Report read",
  "welcomer-added": "Welcomer added",
  "welcomer-paused": "Welcomer paused",
  "welcomer-resumed": "Welcomer resumed",
  "welcomer-removed": "Welcomer removed",
};

export const DELIVERY_LABELS: Record<OutboxMessage["delivery"], string> = {
  outbox: "Kept here only: not sent",
  sent: "Sent",
  failed: "Could not be sent: kept here",
};

/** When something happened, as a date and time in the city. */
export function when(instant: string): string {
  return toLocalDateTime(new Date(instant)).replace("T", " ");
}

/** The language a request was asked in, as English names it and as it names itself; the resident's messages are in it. */
export function askedIn(lang: Locale | undefined): { english: string; own: string; tag: string } {
  const info = LOCALE_INFO[lang ?? "en"];
  return { english: info.englishName, own: info.name, tag: info.tag };
}
