import { describe, expect, it } from "vitest";
import type { Recurrence } from "../domain/event";
import { describeRecurrence, describeRecurrenceEnd, describeSchedule, describeWhen } from "./describe";

// 2027-01-05 is a Tuesday.
function repeating(fields: Partial<Recurrence> & Pick<Recurrence, "freq">, startDate = "2027-01-05T10:00") {
  return { startDate, recurrence: { interval: 1, count: 10, ...fields } };
}

describe("describeRecurrence", () => {
  it("says nothing for a one-off event", () => {
    expect(describeRecurrence({ startDate: "2027-01-05T10:00" })).toBeUndefined();
  });

  it("takes the day from startDate for a plain weekly event", () => {
    expect(describeRecurrence(repeating({ freq: "weekly" }))).toBe("Every Tuesday");
  });

  it("lists two days in week order", () => {
    expect(describeRecurrence(repeating({ freq: "weekly", byday: ["TH", "MO"] }))).toBe("Every Monday and Thursday");
  });

  it("lists three days with commas and 'and'", () => {
    expect(describeRecurrence(repeating({ freq: "weekly", byday: ["FR", "MO", "WE"] }))).toBe(
      "Every Monday, Wednesday and Friday",
    );
  });

  it("says every day for all seven", () => {
    expect(describeRecurrence(repeating({ freq: "weekly", byday: ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] }))).toBe(
      "Every day",
    );
  });

  it("says every other for a fortnightly event", () => {
    expect(describeRecurrence(repeating({ freq: "weekly", interval: 2 }, "2027-01-06T18:00"))).toBe(
      "Every other Wednesday",
    );
  });

  it("counts weeks for a longer interval", () => {
    expect(describeRecurrence(repeating({ freq: "weekly", interval: 3, byday: ["FR"] }))).toBe(
      "Every 3 weeks on Friday",
    );
  });

  it("names the last Friday of the month", () => {
    expect(describeRecurrence(repeating({ freq: "monthly", byday: ["FR"], bysetpos: -1 }))).toBe(
      "Last Friday of the month",
    );
  });

  it("names the first Saturday of the month", () => {
    expect(describeRecurrence(repeating({ freq: "monthly", byday: ["SA"], bysetpos: 1 }))).toBe(
      "First Saturday of the month",
    );
  });

  it("names an nth weekday every few months", () => {
    expect(describeRecurrence(repeating({ freq: "monthly", interval: 3, byday: ["TU"], bysetpos: 2 }))).toBe(
      "Every 3 months on the second Tuesday",
    );
  });

  it("gives the date for a monthly event, taken from startDate", () => {
    expect(describeRecurrence(repeating({ freq: "monthly" }, "2027-01-12T10:00"))).toBe("On the 12th of every month");
  });

  it("uses 1st, 2nd, 3rd, 11th and 21st correctly", () => {
    const onThe = (bymonthday: number) => describeRecurrence(repeating({ freq: "monthly", bymonthday }));
    expect([1, 2, 3, 11, 12, 13, 21, 22, 23].map(onThe)).toEqual([
      "On the 1st of every month",
      "On the 2nd of every month",
      "On the 3rd of every month",
      "On the 11th of every month",
      "On the 12th of every month",
      "On the 13th of every month",
      "On the 21st of every month",
      "On the 22nd of every month",
      "On the 23rd of every month",
    ]);
  });

  it("counts months for a longer interval", () => {
    expect(describeRecurrence(repeating({ freq: "monthly", interval: 2, bymonthday: 3 }))).toBe(
      "Every 2 months on the 3rd",
    );
  });
});

describe("describeRecurrenceEnd", () => {
  it("gives the last date in full", () => {
    expect(describeRecurrenceEnd({ recurrence: { freq: "weekly", interval: 1, until: "2027-12-31" } })).toBe(
      "until 31 December 2027",
    );
  });

  it("gives the number of times", () => {
    expect(describeRecurrenceEnd({ recurrence: { freq: "weekly", interval: 1, count: 10 } })).toBe("10 times");
  });

  it("says once and twice in words", () => {
    expect(describeRecurrenceEnd({ recurrence: { freq: "weekly", interval: 1, count: 1 } })).toBe("once");
    expect(describeRecurrenceEnd({ recurrence: { freq: "weekly", interval: 1, count: 2 } })).toBe("twice");
  });

  it("says nothing for a one-off event", () => {
    expect(describeRecurrenceEnd({})).toBeUndefined();
  });
});

describe("describeSchedule", () => {
  const hours = { opens_at: "10:00", closes_at: "12:00" };

  it("gives a weekly day in the plural, with hours", () => {
    expect(describeSchedule({ freq: "WEEKLY", interval: 1, byday: ["TU"], ...hours })).toBe("Tuesdays, 10:00 to 12:00");
  });

  it("gives two days in week order", () => {
    expect(
      describeSchedule({ freq: "WEEKLY", interval: 1, byday: ["WE", "MO"], opens_at: "09:30", closes_at: "12:30" }),
    ).toBe("Mondays and Wednesdays, 09:30 to 12:30");
  });

  it("says every other for a fortnightly session", () => {
    expect(
      describeSchedule({ freq: "WEEKLY", interval: 2, byday: ["TH"], opens_at: "18:00", closes_at: "20:00" }),
    ).toBe("Every other Thursday, 18:00 to 20:00");
  });

  it("names the first Monday of the month", () => {
    expect(describeSchedule({ freq: "MONTHLY", interval: 1, byday: ["MO"], bysetpos: 1, ...hours })).toBe(
      "First Monday of the month, 10:00 to 12:00",
    );
  });

  it("names the last Wednesday of the month", () => {
    expect(describeSchedule({ freq: "MONTHLY", interval: 1, byday: ["WE"], bysetpos: -1, ...hours })).toBe(
      "Last Wednesday of the month, 10:00 to 12:00",
    );
  });

  it("says every day for all seven", () => {
    expect(
      describeSchedule({ freq: "WEEKLY", interval: 1, byday: ["SU", "MO", "TU", "WE", "TH", "FR", "SA"], ...hours }),
    ).toBe("Every day, 10:00 to 12:00");
  });
});

describe("describeWhen", () => {
  it("writes a one-off event in full, with its year", () => {
    expect(describeWhen({ startDate: "2027-03-28T10:00", endDate: "2027-03-28T12:00" })).toBe(
      "28 March 2027, 10:00 to 12:00",
    );
    expect(describeWhen({ startDate: "2027-10-30T22:00", endDate: "2027-10-31T01:00" })).toBe(
      "30 October 2027, 22:00 to 31 October 2027, 01:00",
    );
  });

  it("writes a whole-day event without times, naming its last day", () => {
    expect(describeWhen({ startDate: "2027-05-01T00:00", endDate: "2027-05-02T00:00", allDay: true })).toBe(
      "1 May 2027, all day",
    );
    expect(describeWhen({ startDate: "2027-05-01T00:00", endDate: "2027-05-04T00:00", allDay: true })).toBe(
      "1 May 2027 to 3 May 2027",
    );
  });

  it("adds how a series repeats", () => {
    expect(
      describeWhen({
        startDate: "2027-01-05T10:00",
        endDate: "2027-01-05T11:30",
        recurrence: { freq: "weekly", interval: 1, byday: ["TU"], until: "2027-12-28" },
      }),
    ).toBe("5 January 2027, 10:00 to 11:30; every Tuesday until 28 December 2027");
  });
});
