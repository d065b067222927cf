/**
 * Event submissions as stored, in one place for the submit and moderation functions, the moderation console
 * and the events collection's loader: the stored record's schema and type, where records live in the Blobs
 * store, what the console is sent, and how an approved submission becomes a published event.
 */
import { z } from "zod";
import { EventSchema, type Event } from "../domain";
import { FLAGS, type Flag } from "./flags";
import { fieldForPath } from "./form";
import { eventIdFor } from "./publish";
import { SubmittedEventFields, toEventFields, type Submission, type SubmittedEvent } from "./schema";

/** The Blobs store that holds submissions, shared by the functions and the build's content loader. */
export const SUBMISSIONS_STORE = "submissions";

/** Where things live in the submissions store: one key each, so concurrent writes never overwrite a list. */
export const SUBMISSION_KEYS = {
  /** Every submission record, under a key that sorts by time. */
  submissions: "submissions/",
  submission: (id: string) => `submissions/${id}`,
  /** A submission's audit trail: one key per line, append-only. */
  audit: (id: string) => `audit/${id}/`,
  /** One key per request a client made, to count them in a window. */
  rate: "rate/",
  /** The hashed title, place and start of an event already submitted, to flag likely duplicates. */
  seenEvent: (keyHash: string) => `seen-events/${keyHash}`,
  /** Groups a moderator trusted. */
  trustedGroups: "trusted-groups/",
} as const;

/** Where a submission is in moderation. */
export const SUBMISSION_STATUSES = ["pending", "approved", "rejected", "withdrawn"] as const;
/** Where a submission is in moderation. */
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** A submission as stored: what was sent, the moderators' working copy, and what was decided. */
export const StoredSubmissionSchema = z.object({
  id: z.string().min(1),
  reference: z.string().min(1),
  receivedAt: z.string().min(1),
  status: z.enum(SUBMISSION_STATUSES),
  /** The moderators' working copy of the event; starts as sent and changes with each edit. */
  event: SubmittedEventFields,
  /** Private: shown only in the moderation console. */
  contactEmail: z.string(),
  emailHash: z.string(),
  clientHash: z.string(),
  tokenHash: z.string(),
  flags: z.array(z.enum(FLAGS)),
  decision: z
    .object({ by: z.string(), at: z.string(), reason: z.string().optional(), eventId: z.string().optional() })
    .optional(),
});
/** A submission as stored. */
export type StoredSubmission = z.output<typeof StoredSubmissionSchema>;

/** One line of a submission's audit trail. */
export interface AuditEntry {
  at: string;
  by: string;
  action: "submitted" | "edited" | "approved" | "rejected" | "withdrawn" | "trusted-group";
  changes?: Record<string, { from: unknown; to: unknown }>;
  reason?: string;
}

/** The event part of a checked form, as a submission stores it: everything but the contact and consent. */
export function toEventPart(submission: Submission): SubmittedEvent {
  const { contactEmail: _email, consent: _consent, ...event } = submission;
  return event;
}

/** What the moderation console lists for each submission. */
export interface SubmissionSummary {
  id: string;
  reference: string;
  receivedAt: string;
  status: SubmissionStatus;
  title: string;
  startDate: string;
  flags: Flag[];
}

/** What the moderation console shows of one submission: everything but its hashes, and its audit trail. */
export interface SubmissionDetail {
  submission: SubmissionSummary & Pick<StoredSubmission, "event" | "contactEmail" | "decision">;
  audit: AuditEntry[];
}

/**
 * A submission as the console lists it.
 * @example toSummary(record).title // "Tuesday coffee morning"
 */
export function toSummary(record: StoredSubmission): SubmissionSummary {
  return {
    id: record.id,
    reference: record.reference,
    receivedAt: record.receivedAt,
    status: record.status,
    title: record.event.title,
    startDate: record.event.startDate,
    flags: record.flags,
  };
}

/** A submission ready to publish, or the problems, by form field, that stop it. */
export type PublishedEvent =
  | {
      ok: true;
      /** The listing's id: the one decided on approval, else made from the title and the submission's id. */
      id: string;
      /** The event's fields as a content file would hold them (what a content loader parses). */
      fields: z.input<typeof EventSchema>;
      event: Event;
      /** The description, plain text: the listing's body. */
      description: string;
    }
  | { ok: false; problems: Record<string, string> };

/**
 * A stored submission as the event it publishes, checked with the same EventSchema as content/events/. Its
 * place and group must be listed ones; `lastChecked` is the day it was approved.
 * @example toPublishedEvent(record, "2026-12-03").ok // true once the place and group are listed ones
 */
export function toPublishedEvent(
  record: Pick<StoredSubmission, "id" | "event" | "decision">,
  lastChecked: string,
): PublishedEvent {
  const problems: Record<string, string> = {};
  if (record.event.place.kind !== "known")
    problems["placeId"] = "Choose a listed place (or add the new one to content/places/) first";
  if (record.event.group.kind !== "known")
    problems["groupId"] = "Choose a listed group (or add the new one to content/groups/) first";
  if (record.event.place.kind !== "known" || record.event.group.kind !== "known") return { ok: false, problems };
  const fields = toEventFields(record.event, record.event.place.id, record.event.group.id, lastChecked);
  const parsed = EventSchema.safeParse(fields);
  if (!parsed.success) {
    return {
      ok: false,
      problems: Object.fromEntries(parsed.error.issues.map((issue) => [fieldForPath(issue.path), issue.message])),
    };
  }
  return {
    ok: true,
    id: record.decision?.eventId ?? eventIdFor(record.event.title, record.id),
    fields,
    event: parsed.data,
    description: record.event.description,
  };
}
