/**
 * Buddy-up's records and the coordination API's shapes, shared by the functions and the /coordinate/
 * console. A request holds the least a coordinator needs to arrange a meeting; its personal details are
 * removed at once when it is cancelled, and the whole request seven days after its date.
 */
import type { Locale } from "../i18n/locales";

/** Where a request is: waiting for a welcomer, matched (meeting arranged), closed by a coordinator, or cancelled. */
export type RequestStatus = "waiting" | "matched" | "closed" | "cancelled";

/** How the coordinator can reach the resident: exactly one of email or phone. Coordinators only. */
export type ResidentContact = { email: string; phone?: undefined } | { phone: string; email?: undefined };

/** The resident's personal details; removed whole on cancellation and by retention. */
export interface ResidentDetails {
  /** First name or what they like to be called. */
  name: string;
  contact: ResidentContact;
  accessNeeds?: string;
  preferences?: string;
}

/** The arrangement a coordinator makes; the resident sees it once the request is matched. */
export interface MeetingPlan {
  welcomerId?: string;
  /** Copied when assigned, so the status page still shows it if the welcomer is later removed. */
  welcomerName?: string;
  groupId?: string;
  groupName?: string;
  /** A public, named spot at the venue, e.g. "By the main doors of the library". */
  meetingPoint?: string;
  /** Local time (HH:MM) on the request's date. */
  meetingTime?: string;
}

/** A buddy-up request, as stored. */
export interface BuddyRequest {
  id: string;
  reference: string;
  receivedAt: string;
  status: RequestStatus;
  eventId: string;
  eventTitle: string;
  /** The occurrence's local date (YYYY-MM-DD) and start time (HH:MM) in Stoke-on-Trent. */
  date: string;
  startTime: string;
  /** Absent once cancelled. */
  resident?: ResidentDetails;
  plan: MeetingPlan;
  /** A note for the resident when a coordinator closes the request, e.g. "No welcomer is free that day". */
  closedNote?: string;
  tokenHash: string;
  clientHash: string;
  /** Keyed hash of the contact, to limit open requests per person without reading every request. */
  contactHash?: string;
  /** The language the resident asked in, which messages to them are written in; absent for English. */
  lang?: Locale | undefined;
}

/** What a coordinator sees of a request (never its token or hashes). */
export type RequestView = Omit<BuddyRequest, "tokenHash" | "clientHash" | "contactHash">;

/** A welcomer: a trained volunteer of a verified group that offers welcomers. */
export interface Welcomer {
  id: string;
  /** First name only: it is what the resident is told. */
  name: string;
  groupId: string;
  groupName: string;
  status: "active" | "paused";
  /** How the coordinator reaches them (coordinators only). */
  note?: string;
  addedBy: string;
  addedAt: string;
}

/** A concern reported from a status page or the public form. */
export interface Report {
  id: string;
  receivedAt: string;
  message: string;
  /** Set when reported from a request's status page (the token proves it is theirs). */
  requestId?: string;
  requestReference?: string;
  eventTitle?: string;
  /** Set when it is a listing report of the "seems unsafe" kind (src/lib/reports/), passed on from moderation. */
  listing?: { reference: string; title: string; path: string };
  /** Optional, for a coordinator to reply. */
  contact?: string;
  status: "new" | "read";
  readBy?: string;
  readAt?: string;
}

/** A message sent, or (with no mail service configured) kept in the outbox for coordinators to see. */
export interface OutboxMessage {
  id: string;
  at: string;
  /** "coordinators", or the resident's email or phone. */
  to: string;
  subject: string;
  text: string;
  /** The request it is about, so it is deleted with the request. */
  requestId?: string;
  /** "outbox" when kept here only; "sent" when a mail service took it too. */
  delivery: "outbox" | "sent" | "failed";
}

/** One line of the coordination audit trail; never holds a resident's details. */
export interface CoordinationAuditEntry {
  at: string;
  by: string;
  action:
    | "requested"
    | "planned"
    | "matched"
    | "closed"
    | "cancelled"
    | "deleted"
    | "reported"
    | "report-read"
    | "welcomer-added"
    | "welcomer-paused"
    | "welcomer-resumed"
    | "welcomer-removed";
  /** The request, welcomer or report acted on. */
  target: string;
  /** What changed, in words without personal details, e.g. "Welcomer: Amina (Meir Welcome Circle)". */
  detail?: string;
}

/** Groups and buddy-up events, as the build publishes them in /buddy-up/options.json (all public). */
export interface BuddyOptions {
  /** Verified groups that offer welcomers. */
  groups: { id: string; name: string }[];
  /** Events where buddy-up is available, with their upcoming dates. */
  events: {
    id: string;
    title: string;
    groupId: string;
    groupName: string;
    placeName?: string;
    /** The event's own "where to go when you arrive", a starting point for the meeting point. */
    meetingPoint?: string;
    dates: { date: string; startTime: string; label: string }[];
  }[];
}
