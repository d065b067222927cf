import { describe, expect, it } from "vitest";
import { EventSchema } from "../domain";
import { content } from "../../../tests/support/content";
import { EventCorrectionSchema, applyCorrection, type EventCorrection } from "./corrections";

const events = content.events;
const repeating = events.find((entry) => entry.data.recurrence !== undefined)!;
const oneOff = events.find((entry) => entry.data.recurrence === undefined)!;

/** The event with a correction made, parsed again with the schema the build uses (as the loader does). */
function corrected(event: typeof repeating.data, correction: EventCorrection) {
  const result = applyCorrection(event, correction);
  if (typeof result === "string") throw new Error(result);
  return EventSchema.parse(result);
}

describe("applyCorrection", () => {
  it("cancels or moves one date of a repeating event, and the result still fits the schema", () => {
    const first = repeating.data.startDate.slice(0, 10);
    const cancelled = corrected(repeating.data, { kind: "cancel-date", date: first });
    expect(cancelled.cancelledDates).toContain(first);
    expect(cancelled.status).toBe(repeating.data.status);

    const move = {
      kind: "move-date",
      date: first,
      startDate: `${first}T11:00`,
      endDate: `${first}T12:30`,
      note: "Moved an hour later",
    } as const;
    const moved = corrected(repeating.data, move);
    expect(moved.rescheduled).toContainEqual({
      date: first,
      startDate: `${first}T11:00`,
      endDate: `${first}T12:30`,
      note: "Moved an hour later",
    });
    // Moved twice, the later move wins.
    const again = corrected(moved, { ...move, startDate: `${first}T14:00`, endDate: `${first}T15:00` });
    expect(again.rescheduled.filter((change) => change.date === first)).toHaveLength(1);
    expect(again.rescheduled.find((change) => change.date === first)?.startDate).toBe(`${first}T14:00`);
  });

  it("moves or cancels a one-off event's only date, and refuses another date", () => {
    const date = oneOff.data.startDate.slice(0, 10);
    const moved = corrected(oneOff.data, {
      kind: "move-date",
      date,
      startDate: `${date}T18:00`,
      endDate: `${date}T20:00`,
    });
    expect([moved.startDate, moved.endDate]).toEqual([`${date}T18:00`, `${date}T20:00`]);
    expect(corrected(oneOff.data, { kind: "cancel-date", date }).status).toBe("cancelled");
    expect(applyCorrection(oneOff.data, { kind: "cancel-date", date: "2099-01-01" })).toMatch(/one-off event/);
  });

  it("puts an event's details right: where it is in words takes its place's, and a price makes it cost", () => {
    const atPlace = events.find(
      (entry) => entry.data.place !== undefined && entry.data.buddyUp && entry.data.isAccessibleForFree,
    )!;
    const result = corrected(atPlace.data, {
      kind: "edit-details",
      locationText: "Back room, Fenton Library, Baker Street",
      price: "£2 for tea",
      accessibilityNotes: "Step-free through the side door on Baker Street.",
    });
    expect(result).toMatchObject({
      title: atPlace.data.title,
      locationText: "Back room, Fenton Library, Baker Street",
      online: false,
      buddyUp: false,
      isAccessibleForFree: false,
      price: "£2 for tea",
      accessibilityNotes: "Step-free through the side door on Baker Street.",
    });
    expect(result.place).toBeUndefined();
    const renamed = corrected(atPlace.data, { kind: "edit-details", title: "Carers' coffee morning" });
    expect(renamed).toMatchObject({ title: "Carers' coffee morning", place: atPlace.data.place, buddyUp: true });
  });

  it("cancels a whole event with its note", () => {
    const result = corrected(repeating.data, { kind: "cancel-event", note: "The group has stopped meeting" });
    expect(result).toMatchObject({ status: "cancelled", statusNote: "The group has stopped meeting" });
  });
});

describe("EventCorrectionSchema", () => {
  it("refuses a move that ends before it starts, and a made-up kind", () => {
    const bad = EventCorrectionSchema.safeParse({
      kind: "move-date",
      date: "2026-12-01",
      startDate: "2026-12-01T12:00",
      endDate: "2026-12-01T11:00",
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(["endDate"]);
    expect(EventCorrectionSchema.safeParse({ kind: "delete" }).success).toBe(false);
  });

  it("checks each detail as the event's own field, and refuses an edit that changes nothing or names another field", () => {
    const empty = EventCorrectionSchema.safeParse({ kind: "edit-details" });
    expect(empty.error?.issues[0]).toMatchObject({ path: ["kind"], message: expect.stringContaining("at least one") });
    const markup = EventCorrectionSchema.safeParse({ kind: "edit-details", title: "<b>Yoga</b>" });
    expect(markup.error?.issues[0]?.path).toEqual(["title"]);
    const tooLong = EventCorrectionSchema.safeParse({ kind: "edit-details", title: "y".repeat(121) });
    expect(tooLong.error?.issues[0]?.path).toEqual(["title"]);
    expect(EventCorrectionSchema.safeParse({ kind: "edit-details", organizer: "someone-else" }).success).toBe(false);
  });
});
