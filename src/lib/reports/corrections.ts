/**
 * Corrections a moderator records when a report about an event is fixed: one date cancelled, one date moved,
 * the whole event cancelled, or its details put right (its name, summary, where it is, what it costs, access). Each is stored once (in the reports store, under REPORT_KEYS.corrections) and
 * the build's events loader applies them, oldest first, to the event as its file or feed gives it, the way it
 * publishes approved submissions; so the page changes with the next build, and only once a moderator acts.
 */
import { z } from "zod";
import { LocalDateSchema, LocalDateTimeSchema, plainLine } from "../domain/common";
import { EventFields } from "../domain/event";

/**
 * The details of an event a moderator can put right from a report, each checked as the event's own field is.
 * Where it is, given in words, takes the place of the place on the site (and of "online").
 */
export const EDITABLE_EVENT_DETAILS = ["title", "summary", "locationText", "price", "accessibilityNotes"] as const;
/** One of those details. */
export type EditableEventDetail = (typeof EDITABLE_EVENT_DETAILS)[number];

const EditDetailsSchema = EventFields.pick({
  title: true,
  summary: true,
  locationText: true,
  price: true,
  accessibilityNotes: true,
})
  .partial()
  .extend({ kind: z.literal("edit-details") })
  .refine((edit) => EDITABLE_EVENT_DETAILS.some((field) => edit[field] !== undefined), {
    path: ["kind"],
    error: `give at least one of ${EDITABLE_EVENT_DETAILS.join(", ")} to change`,
  });

/** What a moderator can record about an event. */
export const EventCorrectionSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("cancel-date"), date: LocalDateSchema }),
  z
    .strictObject({
      kind: z.literal("move-date"),
      date: LocalDateSchema,
      startDate: LocalDateTimeSchema,
      endDate: LocalDateTimeSchema,
      note: plainLine(200).optional(),
    })
    .refine((move) => move.endDate > move.startDate, { path: ["endDate"], error: "must be after startDate" }),
  z.strictObject({ kind: z.literal("cancel-event"), note: plainLine(200).optional() }),
  EditDetailsSchema,
]);
/** A correction to an event. */
export type EventCorrection = z.output<typeof EventCorrectionSchema>;

/** A correction as stored: which event, what, and who recorded it for which report. */
export interface StoredCorrection {
  eventId: string;
  correction: EventCorrection;
  reportId: string;
  by: string;
  at: string;
}

/** The parts of an event a correction changes. */
export interface CorrectableEvent {
  startDate: string;
  endDate: string;
  recurrence?: unknown;
  cancelledDates: string[];
  rescheduled: { date: string; startDate: string; endDate: string; note?: string | undefined }[];
  status: string;
  statusNote?: string | undefined;
  title?: string;
  summary?: string;
  place?: string | undefined;
  locationText?: string | undefined;
  online?: boolean;
  buddyUp?: boolean;
  isAccessibleForFree?: boolean;
  price?: string | undefined;
  accessibilityNotes?: string | undefined;
}

/**
 * The event with one correction made. A date of a repeating event is cancelled or moved on its own; a one-off's
 * only date cancelled cancels it, and moved moves it. Details put right replace the event's own; where it is in
 * words replaces its place on the site or "online", and turns buddy-up off (a welcomer meets people at a place on
 * the site); a price given makes it an event with a cost. Answers a reason instead when the correction cannot
 * apply (a one-off's date that is not its date).
 * @example applyCorrection(event, { kind: "cancel-event" }).status // "cancelled"
 */
export function applyCorrection<E extends CorrectableEvent>(event: E, correction: EventCorrection): E | string {
  if (correction.kind === "edit-details") {
    const { kind: _kind, ...details } = correction;
    const edited: E = { ...event, ...details };
    if (details.locationText !== undefined) {
      delete edited.place;
      if (edited.online !== undefined) edited.online = false;
      if (edited.buddyUp !== undefined) edited.buddyUp = false;
    }
    if (details.price !== undefined && edited.isAccessibleForFree !== undefined) edited.isAccessibleForFree = false;
    return edited;
  }
  if (correction.kind === "cancel-event") {
    return { ...event, status: "cancelled", ...(correction.note ? { statusNote: correction.note } : {}) };
  }
  const first = event.startDate.slice(0, 10);
  if (!event.recurrence) {
    if (correction.date !== first) return `it is a one-off event on ${first}, not on ${correction.date}`;
    if (correction.kind === "cancel-date") return { ...event, status: "cancelled" };
    return { ...event, startDate: correction.startDate, endDate: correction.endDate };
  }
  if (correction.date < first) return `${correction.date} is before its first date (${first})`;
  if (correction.kind === "cancel-date") {
    if (event.cancelledDates.includes(correction.date)) return event;
    return { ...event, cancelledDates: [...event.cancelledDates, correction.date].sort() };
  }
  const { kind: _kind, ...move } = correction;
  return {
    ...event,
    rescheduled: [...event.rescheduled.filter((change) => change.date !== correction.date), move],
  };
}
