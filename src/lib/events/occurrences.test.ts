import { describe, expect, it } from "vitest";
import type { Recurrence } from "../domain/event";
import { parseLocal } from "../time/zone";
import {
  expandOccurrences,
  nextOccurrence,
  upcomingOccurrences,
  type Occurrence,
  type RecurringEventLike,
} from "./occurrences";

function event(
  fields: Partial<RecurringEventLike> & Pick<RecurringEventLike, "startDate" | "endDate">,
): RecurringEventLike {
  return { cancelledDates: [], rescheduled: [], status: "scheduled", ...fields };
}

function rule(fields: Partial<Recurrence> & Pick<Recurrence, "freq">): Recurrence {
  return { interval: 1, ...fields };
}

/** Local wall-clock starts, the easiest thing to read in a failing test. */
function starts(occurrences: Occurrence[]): string[] {
  return occurrences.map((occurrence) => occurrence.start.toFormat("yyyy-MM-dd HH:mm"));
}

function between(from: string, to: string): [Date, Date] {
  return [parseLocal(from).toJSDate(), parseLocal(to).toJSDate()];
}

describe("expandOccurrences: the clocks changing", () => {
  // Sundays at 19:00, either side of the last Sundays of March and October 2027.
  const sundayEvening = event({
    startDate: "2027-03-14T19:00",
    endDate: "2027-03-14T21:00",
    recurrence: rule({ freq: "weekly", until: "2027-11-28" }),
  });

  it("keeps a weekly 19:00 event at 19:00 after the clocks go forward, so its UTC hour moves from 19 to 18", () => {
    const found = expandOccurrences(sundayEvening, ...between("2027-03-21", "2027-04-05"));
    expect(starts(found)).toEqual(["2027-03-21 19:00", "2027-03-28 19:00", "2027-04-04 19:00"]);
    expect(found.map((occurrence) => occurrence.start.toUTC().hour)).toEqual([19, 18, 18]);
    expect(found.map((occurrence) => occurrence.end.toFormat("HH:mm"))).toEqual(["21:00", "21:00", "21:00"]);
  });

  it("keeps a weekly 19:00 event at 19:00 after the clocks go back, so its UTC hour moves from 18 to 19", () => {
    const found = expandOccurrences(sundayEvening, ...between("2027-10-24", "2027-11-08"));
    expect(starts(found)).toEqual(["2027-10-24 19:00", "2027-10-31 19:00", "2027-11-07 19:00"]);
    expect(found.map((occurrence) => occurrence.start.toUTC().hour)).toEqual([18, 19, 19]);
  });

  it("moves an event at 01:30 to 02:30 on the night the clocks skip that hour", () => {
    const lateNight = event({
      startDate: "2027-03-21T01:30",
      endDate: "2027-03-21T03:00",
      recurrence: rule({ freq: "weekly", count: 3 }),
    });
    const found = expandOccurrences(lateNight, ...between("2027-03-27", "2027-03-29"));
    expect(starts(found)).toEqual(["2027-03-28 02:30"]);
    expect(found[0]?.end.toFormat("HH:mm")).toBe("03:00");
  });
});

describe("expandOccurrences: monthly rules", () => {
  it("finds the last Friday of each month, whether the month has four or five Fridays", () => {
    const lastFriday = event({
      startDate: "2027-01-29T19:00",
      endDate: "2027-01-29T22:00",
      recurrence: rule({ freq: "monthly", byday: ["FR"], bysetpos: -1, until: "2027-12-31" }),
    });
    const found = expandOccurrences(lastFriday, ...between("2027-01-01", "2027-06-01"));
    expect(starts(found)).toEqual([
      "2027-01-29 19:00",
      "2027-02-26 19:00",
      "2027-03-26 19:00",
      "2027-04-30 19:00",
      "2027-05-28 19:00",
    ]);
  });

  it("finds the first Saturday of each month, including one that falls on the 1st", () => {
    const firstSaturday = event({
      startDate: "2027-01-02T10:00",
      endDate: "2027-01-02T12:00",
      recurrence: rule({ freq: "monthly", byday: ["SA"], bysetpos: 1, count: 12 }),
    });
    const found = expandOccurrences(firstSaturday, ...between("2027-03-01", "2027-06-01"));
    expect(starts(found)).toEqual(["2027-03-06 10:00", "2027-04-03 10:00", "2027-05-01 10:00"]);
  });

  it("repeats on the same date every month, taking the date from startDate", () => {
    const onThe12th = event({
      startDate: "2027-01-12T14:00",
      endDate: "2027-01-12T16:00",
      recurrence: rule({ freq: "monthly", until: "2027-12-31" }),
    });
    const found = expandOccurrences(onThe12th, ...between("2027-01-01", "2027-04-30"));
    expect(starts(found)).toEqual(["2027-01-12 14:00", "2027-02-12 14:00", "2027-03-12 14:00", "2027-04-12 14:00"]);
  });

  it("repeats every other month on bymonthday", () => {
    const everyOtherMonth = event({
      startDate: "2027-01-03T14:00",
      endDate: "2027-01-03T16:00",
      recurrence: rule({ freq: "monthly", interval: 2, bymonthday: 3, until: "2027-12-31" }),
    });
    const found = expandOccurrences(everyOtherMonth, ...between("2027-01-01", "2027-08-01"));
    expect(starts(found)).toEqual(["2027-01-03 14:00", "2027-03-03 14:00", "2027-05-03 14:00", "2027-07-03 14:00"]);
  });

  it("skips months without the 31st, as RFC 5545 does, rather than moving the date", () => {
    const onThe31st = event({
      startDate: "2027-01-31T10:00",
      endDate: "2027-01-31T11:00",
      recurrence: rule({ freq: "monthly", until: "2027-06-30" }),
    });
    expect(starts(expandOccurrences(onThe31st, ...between("2027-01-01", "2027-07-01")))).toEqual([
      "2027-01-31 10:00",
      "2027-03-31 10:00",
      "2027-05-31 10:00",
    ]);
  });
});

describe("expandOccurrences: weekly rules", () => {
  it("repeats fortnightly, counting weeks from startDate", () => {
    const fortnightly = event({
      startDate: "2027-01-06T18:00",
      endDate: "2027-01-06T20:00",
      recurrence: rule({ freq: "weekly", interval: 2, until: "2027-12-31" }),
    });
    expect(starts(expandOccurrences(fortnightly, ...between("2027-01-01", "2027-02-15")))).toEqual([
      "2027-01-06 18:00",
      "2027-01-20 18:00",
      "2027-02-03 18:00",
    ]);
  });

  it("repeats on two days a week, in date order", () => {
    const twiceWeekly = event({
      startDate: "2027-01-04T10:00",
      endDate: "2027-01-04T11:00",
      recurrence: rule({ freq: "weekly", byday: ["TH", "MO"], until: "2027-12-31" }),
    });
    expect(starts(expandOccurrences(twiceWeekly, ...between("2027-01-01", "2027-01-15")))).toEqual([
      "2027-01-04 10:00",
      "2027-01-07 10:00",
      "2027-01-11 10:00",
      "2027-01-14 10:00",
    ]);
  });

  it("counts fortnights from the week of startDate, weeks starting on Monday", () => {
    const fortnightlyTwoDays = event({
      startDate: "2027-01-07T18:00",
      endDate: "2027-01-07T20:00",
      recurrence: rule({ freq: "weekly", interval: 2, byday: ["MO", "TH"], until: "2027-12-31" }),
    });
    expect(starts(expandOccurrences(fortnightlyTwoDays, ...between("2027-01-01", "2027-02-01")))).toEqual([
      "2027-01-07 18:00",
      "2027-01-18 18:00",
      "2027-01-21 18:00",
    ]);
  });

  it("counts startDate as the first occurrence even when it is not on a rule day, as RFC 5545 does", () => {
    const startsOnAWednesday = event({
      startDate: "2027-01-06T10:00",
      endDate: "2027-01-06T11:00",
      recurrence: rule({ freq: "weekly", byday: ["MO"], count: 3 }),
    });
    expect(starts(expandOccurrences(startsOnAWednesday, ...between("2027-01-01", "2028-01-01")))).toEqual([
      "2027-01-06 10:00",
      "2027-01-11 10:00",
      "2027-01-18 10:00",
    ]);
  });

  it("includes the until date itself", () => {
    const tuesdays = event({
      startDate: "2027-01-05T10:00",
      endDate: "2027-01-05T12:00",
      recurrence: rule({ freq: "weekly", until: "2027-01-19" }),
    });
    expect(starts(expandOccurrences(tuesdays, ...between("2027-01-01", "2028-01-01")))).toEqual([
      "2027-01-05 10:00",
      "2027-01-12 10:00",
      "2027-01-19 10:00",
    ]);
  });

  it("stops after count occurrences, with startDate as the first", () => {
    const fourTimes = event({
      startDate: "2027-01-05T10:00",
      endDate: "2027-01-05T12:00",
      recurrence: rule({ freq: "weekly", count: 4 }),
    });
    expect(starts(expandOccurrences(fourTimes, ...between("2027-01-01", "2028-01-01")))).toEqual([
      "2027-01-05 10:00",
      "2027-01-12 10:00",
      "2027-01-19 10:00",
      "2027-01-26 10:00",
    ]);
  });

  it("counts the occurrences before the range towards count", () => {
    const fourTimes = event({
      startDate: "2027-01-05T10:00",
      endDate: "2027-01-05T12:00",
      recurrence: rule({ freq: "weekly", count: 4 }),
    });
    expect(starts(expandOccurrences(fourTimes, ...between("2027-01-15", "2028-01-01")))).toEqual([
      "2027-01-19 10:00",
      "2027-01-26 10:00",
    ]);
  });

  it("counts a cancelled date towards count, as RFC 5545 does with EXDATE", () => {
    const threeTimes = event({
      startDate: "2027-01-05T10:00",
      endDate: "2027-01-05T12:00",
      recurrence: rule({ freq: "weekly", count: 3 }),
      cancelledDates: ["2027-01-12"],
    });
    const found = expandOccurrences(threeTimes, ...between("2027-01-01", "2028-01-01"));
    expect(found.map((occurrence) => [occurrence.originalDate, occurrence.status])).toEqual([
      ["2027-01-05", "scheduled"],
      ["2027-01-12", "cancelled"],
      ["2027-01-19", "scheduled"],
    ]);
  });
});

describe("expandOccurrences: changes to single dates", () => {
  const tuesdays = event({
    startDate: "2027-01-05T10:00",
    endDate: "2027-01-05T12:00",
    recurrence: rule({ freq: "weekly", until: "2027-12-28" }),
    cancelledDates: ["2027-01-12"],
    rescheduled: [
      {
        date: "2027-01-19",
        startDate: "2027-01-21T14:00",
        endDate: "2027-01-21T16:00",
        note: "Moved for the room booking",
      },
    ],
  });

  it("keeps a cancelled date in the list, marked cancelled", () => {
    const found = expandOccurrences(tuesdays, ...between("2027-01-10", "2027-01-17"));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ originalDate: "2027-01-12", status: "cancelled" });
    expect(starts(found)).toEqual(["2027-01-12 10:00"]);
  });

  it("shows a moved date at its new time, saying where it moved from", () => {
    const found = expandOccurrences(tuesdays, ...between("2027-01-18", "2027-01-25"));
    expect(starts(found)).toEqual(["2027-01-21 14:00"]);
    expect(found[0]).toMatchObject({
      originalDate: "2027-01-19",
      movedFrom: "2027-01-19",
      status: "scheduled",
      note: "Moved for the room booking",
    });
    expect(found[0]?.end.toFormat("yyyy-MM-dd HH:mm")).toBe("2027-01-21 16:00");
  });

  it("finds a moved date in a range that holds its new time but not its old date", () => {
    expect(starts(expandOccurrences(tuesdays, ...between("2027-01-20", "2027-01-22")))).toEqual(["2027-01-21 14:00"]);
  });

  it("leaves a moved date out of a range that holds only its old date", () => {
    expect(expandOccurrences(tuesdays, ...between("2027-01-19", "2027-01-20"))).toEqual([]);
  });

  it("ignores a reschedule for a date the event does not happen on", () => {
    const wrongDate = event({
      ...tuesdays,
      rescheduled: [{ date: "2027-01-20", startDate: "2027-01-21T14:00", endDate: "2027-01-21T16:00" }],
    });
    expect(starts(expandOccurrences(wrongDate, ...between("2027-01-18", "2027-01-25")))).toEqual(["2027-01-19 10:00"]);
  });

  it("marks every occurrence cancelled, with the reason, when the whole event is cancelled", () => {
    const cancelled = event({ ...tuesdays, status: "cancelled", statusNote: "The group has closed" });
    const found = expandOccurrences(cancelled, ...between("2027-02-01", "2027-02-28"));
    expect(found).toHaveLength(4);
    expect(new Set(found.map((occurrence) => occurrence.status))).toEqual(new Set(["cancelled"]));
    expect(new Set(found.map((occurrence) => occurrence.note))).toEqual(new Set(["The group has closed"]));
  });

  it("marks a postponed one-off event postponed", () => {
    const postponed = event({ startDate: "2027-02-06T10:00", endDate: "2027-02-06T12:00", status: "postponed" });
    const found = expandOccurrences(postponed, ...between("2027-02-01", "2027-02-28"));
    expect(found).toEqual([expect.objectContaining({ status: "postponed", originalDate: "2027-02-06" })]);
    expect(found[0]).not.toHaveProperty("note");
  });
});

describe("expandOccurrences: ranges", () => {
  it("gives a one-off event its single occurrence, and nothing outside it", () => {
    const oneOff = event({ startDate: "2026-12-05T10:00", endDate: "2026-12-05T12:00" });
    expect(starts(expandOccurrences(oneOff, ...between("2026-12-05", "2026-12-06")))).toEqual(["2026-12-05 10:00"]);
    expect(expandOccurrences(oneOff, ...between("2026-12-05T12:00", "2026-12-06"))).toEqual([]);
  });

  it("reads a one-off event's times as parseLocal does, the hour the clocks skip included", () => {
    const skipped = event({ startDate: "2027-03-28T01:30", endDate: "2027-03-28T03:00" });
    const [found] = expandOccurrences(skipped, ...between("2027-03-27", "2027-03-29"));
    expect(found?.start.toISO()).toBe(parseLocal("2027-03-28T01:30").toISO());
    expect(found?.start.toFormat("HH:mm")).toBe("02:30");
    const spaced = event({ startDate: " 2026-12-05T10:00 ", endDate: "2026-12-05T12:00" });
    expect(starts(expandOccurrences(spaced, ...between("2026-12-05", "2026-12-06")))).toEqual(["2026-12-05 10:00"]);
  });

  it("refuses a date that does not exist, as parseLocal does", () => {
    const impossible = event({ startDate: "2027-02-30T10:00", endDate: "2027-02-30T12:00" });
    expect(() => expandOccurrences(impossible, ...between("2027-02-01", "2027-04-01"))).toThrow(/not a real date/);
    const moved = event({
      startDate: "2027-02-06T10:00",
      endDate: "2027-02-06T12:00",
      recurrence: rule({ freq: "weekly", count: 4 }),
      rescheduled: [{ date: "2027-02-13", startDate: "2027-02-31T10:00", endDate: "2027-02-31T12:00" }],
    });
    expect(() => expandOccurrences(moved, ...between("2027-02-01", "2027-04-01"))).toThrow(/not a real date/);
  });

  it("steps a monthly series across the turn of the year", () => {
    const monthly = event({
      startDate: "2026-11-15T10:00",
      endDate: "2026-11-15T11:00",
      recurrence: rule({ freq: "monthly", interval: 1 }),
    });
    expect(starts(expandOccurrences(monthly, ...between("2026-12-01", "2027-03-01")))).toEqual([
      "2026-12-15 10:00",
      "2027-01-15 10:00",
      "2027-02-15 10:00",
    ]);
  });

  it("ends an event that crosses midnight on the next day, every time", () => {
    const lateShow = event({
      startDate: "2027-01-08T22:00",
      endDate: "2027-01-09T01:00",
      recurrence: rule({ freq: "weekly", until: "2027-12-31" }),
    });
    const found = expandOccurrences(lateShow, ...between("2027-01-15", "2027-01-23"));
    expect(
      found.map(
        (occurrence) =>
          `${occurrence.start.toFormat("yyyy-MM-dd HH:mm")} to ${occurrence.end.toFormat("yyyy-MM-dd HH:mm")}`,
      ),
    ).toEqual(["2027-01-15 22:00 to 2027-01-16 01:00", "2027-01-22 22:00 to 2027-01-23 01:00"]);
  });

  it("includes an occurrence from the day before that is still going on at the start of the range", () => {
    const lateShow = event({
      startDate: "2027-01-08T22:00",
      endDate: "2027-01-09T01:00",
      recurrence: rule({ freq: "weekly", until: "2027-12-31" }),
    });
    expect(starts(expandOccurrences(lateShow, ...between("2027-01-16", "2027-01-17")))).toEqual(["2027-01-15 22:00"]);
  });

  it("jumps to a range years into a long series without walking through it", () => {
    const fortnightly = event({
      startDate: "2027-01-06T18:00",
      endDate: "2027-01-06T20:00",
      recurrence: rule({ freq: "weekly", interval: 2, until: "2099-12-31" }),
    });
    expect(starts(expandOccurrences(fortnightly, ...between("2095-06-01", "2095-07-01")))).toEqual([
      "2095-06-08 18:00",
      "2095-06-22 18:00",
    ]);
  });

  it("finds the last Friday of a month far into a series", () => {
    const lastFriday = event({
      startDate: "2027-01-29T19:00",
      endDate: "2027-01-29T22:00",
      recurrence: rule({ freq: "monthly", byday: ["FR"], bysetpos: -1, until: "2060-12-31" }),
    });
    expect(starts(expandOccurrences(lastFriday, ...between("2055-12-01", "2056-01-01")))).toEqual(["2055-12-31 19:00"]);
  });

  it("gives nothing after the series ends", () => {
    const tuesdays = event({
      startDate: "2027-01-05T10:00",
      endDate: "2027-01-05T12:00",
      recurrence: rule({ freq: "weekly", until: "2027-03-30" }),
    });
    expect(expandOccurrences(tuesdays, ...between("2030-01-01", "2031-01-01"))).toEqual([]);
  });

  it("skips straight to a range twelve centuries into a series, past any walk from the start", () => {
    // No until or count, which the schema forbids, so only skipping ahead can reach these dates.
    const endless = event({
      startDate: "2027-01-05T10:00",
      endDate: "2027-01-05T12:00",
      recurrence: rule({ freq: "weekly" }),
    });
    expect(starts(expandOccurrences(endless, ...between("3227-01-01", "3227-02-01")))).toEqual([
      "3227-01-05 10:00",
      "3227-01-12 10:00",
      "3227-01-19 10:00",
      "3227-01-26 10:00",
    ]);
  });
});

describe("upcomingOccurrences", () => {
  const tuesdays = event({
    startDate: "2027-01-05T10:00",
    endDate: "2027-01-05T12:00",
    recurrence: rule({ freq: "weekly", until: "2027-12-28" }),
  });

  it("includes the occurrence in progress at now", () => {
    expect(starts(upcomingOccurrences(tuesdays, parseLocal("2027-01-12T11:00"), { limit: 2 }))).toEqual([
      "2027-01-12 10:00",
      "2027-01-19 10:00",
    ]);
  });

  it("leaves out the occurrence that ended at now", () => {
    expect(starts(upcomingOccurrences(tuesdays, parseLocal("2027-01-12T12:00"), { limit: 1 }))).toEqual([
      "2027-01-19 10:00",
    ]);
  });

  it("looks only as many days ahead as asked", () => {
    expect(upcomingOccurrences(tuesdays, parseLocal("2027-01-12T13:00"), { days: 14 })).toHaveLength(2);
  });

  it("looks a year ahead by default", () => {
    expect(upcomingOccurrences(tuesdays, parseLocal("2027-01-01T00:00"))).toHaveLength(52);
  });
});

describe("nextOccurrence", () => {
  it("skips a cancelled date", () => {
    const tuesdays = event({
      startDate: "2027-01-05T10:00",
      endDate: "2027-01-05T12:00",
      recurrence: rule({ freq: "weekly", until: "2027-12-28" }),
      cancelledDates: ["2027-01-12"],
    });
    expect(nextOccurrence(tuesdays, parseLocal("2027-01-06T09:00"))?.originalDate).toBe("2027-01-19");
  });

  it("finds a one-off event more than a year away", () => {
    const farOff = event({ startDate: "2029-05-05T10:00", endDate: "2029-05-05T12:00" });
    expect(nextOccurrence(farOff, parseLocal("2027-01-01T00:00"))?.originalDate).toBe("2029-05-05");
  });

  it("gives undefined once a series is over", () => {
    const fourTimes = event({
      startDate: "2027-01-05T10:00",
      endDate: "2027-01-05T12:00",
      recurrence: rule({ freq: "weekly", count: 4 }),
    });
    expect(nextOccurrence(fourTimes, parseLocal("2027-01-26T12:00"))).toBeUndefined();
  });

  it("gives undefined for a cancelled event", () => {
    const cancelled = event({
      startDate: "2027-01-05T10:00",
      endDate: "2027-01-05T12:00",
      recurrence: rule({ freq: "weekly", until: "2099-12-31" }),
      status: "cancelled",
    });
    expect(nextOccurrence(cancelled, parseLocal("2027-01-06T09:00"))).toBeUndefined();
  });

  it("finds a moved date that now comes before an earlier one in the series", () => {
    const tuesdays = event({
      startDate: "2027-01-05T10:00",
      endDate: "2027-01-05T12:00",
      recurrence: rule({ freq: "weekly", until: "2027-12-28" }),
      rescheduled: [{ date: "2027-01-19", startDate: "2027-01-11T10:00", endDate: "2027-01-11T12:00" }],
    });
    expect(nextOccurrence(tuesdays, parseLocal("2027-01-06T09:00"))).toMatchObject({ movedFrom: "2027-01-19" });
  });

  it("gives undefined when every remaining date is cancelled", () => {
    const twoLeft = event({
      startDate: "2027-01-05T10:00",
      endDate: "2027-01-05T12:00",
      recurrence: rule({ freq: "weekly", until: "2027-01-19" }),
      cancelledDates: ["2027-01-12", "2027-01-19"],
    });
    expect(nextOccurrence(twoLeft, parseLocal("2027-01-06T09:00"))).toBeUndefined();
  });
});
