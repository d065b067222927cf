import { describe, expect, it } from "vitest";
import { EventSchema } from "./event";

const base = {
  title: "Coffee morning",
  summary: "A cuppa and a chat.",
  startDate: "2026-12-05T10:00",
  endDate: "2026-12-05T12:00",
  place: "tunstall-library",
  organizer: "tunstall-neighbours",
  categories: ["social-meetups"],
  audiences: ["everyone"],
  isAccessibleForFree: true,
  lastChecked: "2026-11-20",
};

function messages(input: unknown): Record<string, string> {
  const result = EventSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("EventSchema", () => {
  it("accepts a minimal one-off event and fills defaults", () => {
    const event = EventSchema.parse(base);
    expect(event.status).toBe("scheduled");
    expect(event.cancelledDates).toEqual([]);
    expect(event.whatToExpect.fineToComeAlone).toBe(true);
    expect(event.example).toBe(false);
  });

  it("takes a location in words or online in place of a known place", () => {
    const { place: _place, ...nowhere } = base;
    const inWords = EventSchema.parse({ ...nowhere, locationText: "Back room, The Red Lion, Hanley" });
    expect(inWords.place).toBeUndefined();
    expect(inWords.locationText).toBe("Back room, The Red Lion, Hanley");
    expect(inWords.online).toBe(false);
    expect(EventSchema.parse({ ...nowhere, online: true }).online).toBe(true);
  });

  it("names place when an event says nowhere at all", () => {
    const { place: _place, ...nowhere } = base;
    expect(messages(nowhere).place).toMatch(/say where it happens: place .*, locationText .* or online: true/);
    expect(messages({ ...nowhere, online: false }).place).toMatch(/say where it happens/);
  });

  it("names the second of two places given", () => {
    expect(messages({ ...base, locationText: "The Red Lion" }).locationText).toMatch(
      /give only one of place, locationText and online: this event has place and locationText/,
    );
    expect(messages({ ...base, online: true }).online).toMatch(/only one of/);
    const { place: _place, ...nowhere } = base;
    expect(messages({ ...nowhere, locationText: "The Red Lion", online: true }).online).toMatch(/only one of/);
  });

  it("keeps a location in words to one plain line", () => {
    const { place: _place, ...nowhere } = base;
    expect(messages({ ...nowhere, locationText: "Upstairs\nThe Red Lion" }).locationText).toMatch(/single line/);
    expect(messages({ ...nowhere, locationText: "x".repeat(201) }).locationText).toBeDefined();
  });

  it("offers buddy-up only at a known place", () => {
    const { place: _place, ...nowhere } = base;
    expect(messages({ ...nowhere, online: true, buddyUp: true }).buddyUp).toMatch(/needs a place on the site/);
  });

  it("reads a YAML date (parsed as midnight UTC) back as the date written", () => {
    const event = EventSchema.parse({ ...base, lastChecked: new Date("2026-11-20T00:00:00Z") });
    expect(event.lastChecked).toBe("2026-11-20");
  });

  it("says how to fix an end before its start", () => {
    expect(messages({ ...base, endDate: "2026-12-05T09:00" }).endDate).toMatch(/must be after startDate/);
  });

  it("allows an event that crosses midnight", () => {
    expect(EventSchema.safeParse({ ...base, startDate: "2026-12-05T22:00", endDate: "2026-12-06T01:00" }).success).toBe(
      true,
    );
  });

  it("asks for an end to a recurrence", () => {
    expect(messages({ ...base, recurrence: { freq: "weekly" } })["recurrence.until"]).toMatch(/needs an end/);
  });

  it("refuses a price on a free event", () => {
    expect(messages({ ...base, price: "£3" }).price).toMatch(/free event has no price/);
  });

  it("asks for a price when the event is not free", () => {
    expect(messages({ ...base, isAccessibleForFree: false }).price).toMatch(/say what it costs/);
  });

  it("names an unknown category and lists the allowed ones", () => {
    expect(messages({ ...base, categories: ["knitting"] })["categories.0"]).toMatch(
      /one of the categories: arts-crafts/,
    );
  });

  it("refuses HTML in text fields", () => {
    expect(messages({ ...base, title: "<script>alert(1)</script>" }).title).toMatch(/plain text/);
  });

  it("refuses a date that does not exist", () => {
    expect(messages({ ...base, startDate: "2026-02-30T10:00" }).startDate).toMatch(/does not exist/);
  });

  it("needs exactly one weekday for a monthly nth-weekday rule", () => {
    const recurrence = { freq: "monthly", byday: ["FR", "SA"], bysetpos: -1, until: "2027-12-31" };
    expect(messages({ ...base, recurrence })["recurrence.byday"]).toMatch(/exactly one day/);
  });

  it("keeps cancelled dates to repeating events", () => {
    expect(messages({ ...base, cancelledDates: ["2026-12-12"] }).cancelledDates).toMatch(/repeating events/);
  });
});

describe("EventSchema first date and repeat rule", () => {
  const weekly = { ...base, startDate: "2026-12-01T10:00", endDate: "2026-12-01T12:00" };
  it("accepts a first date that is one of the rule's days", () => {
    const recurrence = { freq: "weekly", byday: ["TU"], until: "2027-12-28" };
    expect(EventSchema.safeParse({ ...weekly, recurrence }).success).toBe(true);
  });
  it("refuses a weekly first date on a day the rule does not name", () => {
    const recurrence = { freq: "weekly", byday: ["WE"], until: "2027-12-28" };
    expect(messages({ ...weekly, recurrence }).startDate).toMatch(/is a Tuesday, not one of the days in byday/);
  });
  it("checks the last Friday of the month", () => {
    const recurrence = { freq: "monthly", byday: ["FR"], bysetpos: -1, until: "2027-12-31" };
    const lastFriday = { ...base, startDate: "2026-12-25T19:00", endDate: "2026-12-25T21:00", recurrence };
    expect(EventSchema.safeParse(lastFriday).success).toBe(true);
    const notLast = { ...lastFriday, startDate: "2026-12-18T19:00", endDate: "2026-12-18T21:00" };
    expect(messages(notLast).startDate).toMatch(/is not the last FR of its month/);
  });
  it("checks the first Saturday and a date in the month", () => {
    const first = { freq: "monthly", byday: ["SA"], bysetpos: 1, until: "2027-12-31" };
    expect(
      EventSchema.safeParse({ ...base, startDate: "2026-12-05T10:00", endDate: "2026-12-05T12:00", recurrence: first })
        .success,
    ).toBe(true);
    const byDate = { freq: "monthly", bymonthday: 12, until: "2027-12-31" };
    expect(messages({ ...weekly, recurrence: byDate }).startDate).toMatch(/not the 12th/);
  });
});

describe("an all-day event", () => {
  it("starts and ends at 00:00, its end the day after its last day", () => {
    const festival = { ...base, allDay: true, startDate: "2027-07-29T00:00", endDate: "2027-07-31T00:00" };
    expect(EventSchema.parse(festival).allDay).toBe(true);
    expect(messages({ ...festival, startDate: "2027-07-29T10:00" })).toEqual({
      startDate: "an all-day event starts and ends at 00:00 (endDate is the day after its last day)",
    });
  });
});
