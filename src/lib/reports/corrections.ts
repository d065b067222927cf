/**
 * Corrections a moderator records when a report about an event is fixed: one date cancelled, one date moved,
 * or the whole event cancelled. Each is stored once (in the reports store, under REPORT_KEYS.corrections) and
 * the build's events loader applies them, oldest first, to the event as its file or feed gives it, the way it
 * publishes approved submissions; so the page changes with the next build, and only once a moderator acts.
 */
import { z } from "zod";
import { LocalDateSchema, LocalDateTimeSchema, plainLine } from "../domain/common";

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
}

/**
 * The event with one correction made. A date of a repeating event is cancelled or moved on its own; a one-off's
 * only date cancelled cancels it, and moved moves it. Answers a reason instead when the correction cannot apply
 * (a one-off's date that is not its date).
 * @example applyCorrection(event, { kind: "cancel-event" }).status // "cancelled"
 */
export function applyCorrection<E extends CorrectableEvent>(event: E, correction: EventCorrection): E | string {
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
