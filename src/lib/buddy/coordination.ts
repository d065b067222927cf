/**
 * What the coordination API and the /coordinate/ console decide about requests and welcomers: which
 * requests are still open, their order and grouping, which welcomers can be chosen, what a plan still
 * lacks, and how a plan reads in the audit trail. No clock and no time-zone library: callers pass today's
 * date in the city, so the browser console need not load Luxon.
 */
import type { BuddyOptions, CoordinationAuditEntry, MeetingPlan, RequestView, Welcomer } from "./model";
import { MONTH_NAMES, weekdayOfDate } from "../time/names";

/**
 * A request's reference, as residents and coordinators quote it: its id in capitals.
 * @example requestReference("0mwx1abc2de") // "BU-0MWX1ABC2DE"
 */
export function requestReference(id: string): string {
  return `BU-${id.toUpperCase()}`;
}

/** The audit actions taken on a request, whose target is the request's id. */
const REQUEST_ACTIONS: ReadonlySet<CoordinationAuditEntry["action"]> = new Set([
  "requested",
  "planned",
  "matched",
  "closed",
  "cancelled",
  "deleted",
]);

/**
 * The request an audit entry is about, by reference, for the whole audit log; undefined for welcomers and
 * reports, whose entries say what they are about in their detail.
 * @example auditSubject({ action: "matched", target: "0mwx1abc2de" }) // "BU-0MWX1ABC2DE"
 */
export function auditSubject(entry: Pick<CoordinationAuditEntry, "action" | "target">): string | undefined {
  return REQUEST_ACTIONS.has(entry.action) ? requestReference(entry.target) : undefined;
}

/** The request statuses that still need a coordinator. */
const OPEN_STATUSES: ReadonlySet<RequestView["status"]> = new Set(["waiting", "matched"]);

/**
 * True when a request still needs a coordinator: waiting or matched, on `today` (YYYY-MM-DD in the city) or later.
 * @example isOpenRequest({ status: "waiting", date: "2026-12-01" }, "2026-11-30") // true
 */
export function isOpenRequest(request: Pick<RequestView, "status" | "date">, today: string): boolean {
  return OPEN_STATUSES.has(request.status) && request.date >= today;
}

/** Orders requests by date, start time, event title, then when they arrived. */
export function compareRequests(
  a: Pick<RequestView, "date" | "startTime" | "eventTitle" | "receivedAt">,
  b: Pick<RequestView, "date" | "startTime" | "eventTitle" | "receivedAt">,
): number {
  return (
    a.date.localeCompare(b.date) ||
    a.startTime.localeCompare(b.startTime) ||
    a.eventTitle.localeCompare(b.eventTitle, "en-GB") ||
    a.receivedAt.localeCompare(b.receivedAt)
  );
}

/** Requests split into open (still to arrange or meet) and past (everything else), each in order. */
export function splitRequests<T extends RequestView>(requests: readonly T[], today: string): { open: T[]; past: T[] } {
  const sorted = [...requests].sort(compareRequests);
  return {
    open: sorted.filter((request) => isOpenRequest(request, today)),
    past: sorted.filter((request) => !isOpenRequest(request, today)),
  };
}

/** Requests for one event, by date. */
export interface EventRequests<T> {
  eventId: string;
  eventTitle: string;
  dates: { date: string; startTime: string; requests: T[] }[];
}

/**
 * Requests grouped by event (the event with the soonest request first), then by date and start time.
 * @example groupByEvent([coffeeOn1st, walkOn1st, coffeeOn8th]) // [{ coffee: [1st, 8th] }, { walk: [1st] }]
 */
export function groupByEvent<T extends RequestView>(requests: readonly T[]): EventRequests<T>[] {
  const events = new Map<string, EventRequests<T>>();
  for (const request of [...requests].sort(compareRequests)) {
    let event = events.get(request.eventId);
    if (!event) {
      event = { eventId: request.eventId, eventTitle: request.eventTitle, dates: [] };
      events.set(request.eventId, event);
    }
    let day = event.dates.find((entry) => entry.date === request.date && entry.startTime === request.startTime);
    if (!day) {
      day = { date: request.date, startTime: request.startTime, requests: [] };
      event.dates.push(day);
    }
    day.requests.push(request);
  }
  return [...events.values()];
}

/**
 * The wall-clock time `minutes` before a start time, never before midnight: the suggested meeting time.
 * @example meetingTimeBefore("10:30") // "10:20"
 */
export function meetingTimeBefore(startTime: string, minutes = 10): string {
  const match = /^(\d{2}):(\d{2})$/.exec(startTime);
  if (!match) return "";
  const total = Math.max(0, Number(match[1]) * 60 + Number(match[2]) - minutes);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** The welcomers a coordinator can choose: active ones only, the event's own group first, then by name. */
export function welcomerChoices(welcomers: readonly Welcomer[], groupId?: string): Welcomer[] {
  return welcomers
    .filter((welcomer) => welcomer.status === "active")
    .sort(
      (a, b) =>
        Number(b.groupId === groupId) - Number(a.groupId === groupId) ||
        a.groupName.localeCompare(b.groupName, "en-GB") ||
        a.name.localeCompare(b.name, "en-GB"),
    );
}

/** The buddy-up event a request is for, from the published options. */
export function optionsEventFor(options: BuddyOptions, eventId: string): BuddyOptions["events"][number] | undefined {
  return options.events.find((event) => event.id === eventId);
}

/** The fields a plan needs before a request can be matched. */
export type PlanField = "welcomerId" | "meetingPoint" | "meetingTime";

/** What a plan still lacks before the request can be matched, as a message per field. */
export function missingFromPlan(plan: MeetingPlan): Partial<Record<PlanField, string>> {
  const missing: Partial<Record<PlanField, string>> = {};
  if (!plan.welcomerId) missing.welcomerId = "Choose a welcomer and save the plan first";
  if (!plan.meetingPoint) missing.meetingPoint = "Set a meeting point and save the plan first";
  if (!plan.meetingTime) missing.meetingTime = "Set a meeting time and save the plan first";
  return missing;
}

/**
 * A plan in words for the audit trail: it names the welcomer and the spot, never the resident.
 * @example describePlan({ welcomerName: "Amina", groupName: "Meir Welcome Circle", meetingPoint: "By the main doors", meetingTime: "10:20" })
 * // "Welcomer: Amina (Meir Welcome Circle); meet By the main doors at 10:20"
 */
export function describePlan(plan: MeetingPlan): string {
  const parts: string[] = [];
  if (plan.welcomerName) parts.push(`Welcomer: ${plan.welcomerName}${plan.groupName ? ` (${plan.groupName})` : ""}`);
  if (plan.meetingPoint || plan.meetingTime) {
    parts.push(
      ["meet", plan.meetingPoint, plan.meetingTime ? `at ${plan.meetingTime}` : undefined].filter(Boolean).join(" "),
    );
  }
  return parts.length > 0 ? parts.join("; ") : "No plan yet";
}

/** A welcomer in words: first name and group. */
export function describeWelcomer(welcomer: Pick<Welcomer, "name" | "groupName">): string {
  return `${welcomer.name} (${welcomer.groupName})`;
}

const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)|\b[a-z0-9-]+\.(?:com|net|org|co\.uk|org\.uk|gov\.uk|uk|io|me|info|biz)\b/i;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;
// Seven or more digits, however they are spaced or punctuated, read as a phone number.
const PHONE = /(?:\+?\d[\s().-]*){7,}/;

/**
 * True when text holds a web address, an email address or a phone number: none may reach a resident
 * through the site, so a meeting point is a place, never a way to get in touch.
 * @example holdsContactDetails("Text me on 07700 900123") // true
 */
export function holdsContactDetails(text: string): boolean {
  return WEB_ADDRESS.test(text) || EMAIL.test(text) || PHONE.test(text);
}

/**
 * A request's day (and start time) in words, as the console heads a group of requests.
 * @example describeDay("2026-12-01", "10:30") // "Tuesday 1 December 2026 at 10:30"
 */
export function describeDay(date: string, startTime?: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const words = `${weekdayOfDate(date)} ${day} ${MONTH_NAMES[month - 1] ?? ""} ${year}`;
  return startTime ? `${words} at ${startTime}` : words;
}
