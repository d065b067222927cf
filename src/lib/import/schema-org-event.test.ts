import { describe, expect, it } from "vitest";
import { toCityIso } from "./calendar-time";
import type { ImportWindow } from "./model";
import { readSchemaOrgEvent } from "./schema-org-event";
import { findPostcode, normalisePostcode } from "./text";
import { readIsoDuration, readIsoTime, schemaTerm, textOf } from "./schema-org-values";

const AUTUMN: ImportWindow = { from: "2027-10-01T00:00:00+01:00", to: "2028-01-01T00:00:00Z" };

function read(fields: Record<string, unknown>, window: ImportWindow = AUTUMN) {
  return readSchemaOrgEvent(
    { "@type": "Event", "@id": "https://hall.example.org/e", name: "Quiz", ...fields },
    { source: "hall", window },
  );
}

/** The event read, or the reasons it was not. */
function eventOf(fields: Record<string, unknown>, window?: ImportWindow) {
  const result = read(fields, window);
  if (!result.event) throw new Error(result.problems.map((problem) => problem.reason).join("; "));
  return result.event;
}

const reasons = (fields: Record<string, unknown>) => read(fields).problems.map((problem) => problem.reason);

/** An ISO time read, as the importer writes it, or the reason it could not be read. */
const time = (text: string) => {
  const found = readIsoTime(text);
  return found.ok ? `${toCityIso(found.at)}${found.allDay ? " all day" : ""}` : found.reason;
};

describe("readIsoTime", () => {
  it("reads times with no offset as the city's wall clock either side of both 2027 clock changes", () => {
    expect(time("2027-03-27T18:30:00")).toBe("2027-03-27T18:30:00+00:00");
    expect(time("2027-03-29T18:30")).toBe("2027-03-29T18:30:00+01:00");
    expect(time("2027-10-30T18:30:00")).toBe("2027-10-30T18:30:00+01:00");
    expect(time("2027-11-01T18:30:00")).toBe("2027-11-01T18:30:00+00:00");
  });

  it("reads offsets and Z as instants", () => {
    expect(time("2027-10-31T00:30:00Z")).toBe("2027-10-31T01:30:00+01:00");
    expect(time("2027-10-31T01:30:00Z")).toBe("2027-10-31T01:30:00+00:00");
    expect(time("2027-04-06T19:30:00+02:00")).toBe("2027-04-06T18:30:00+01:00");
    expect(time("2027-04-06T12:30:00.000-0500")).toBe("2027-04-06T18:30:00+01:00");
  });

  it("reads a date as a whole day, and says why other text is not a time", () => {
    expect(time("2027-03-28")).toBe("2027-03-28T00:00:00+00:00 all day");
    expect(time("2027-02-30")).toBe('"2027-02-30" is not a real date');
    expect(time("2027-04-06T25:00")).toBe('"2027-04-06T25:00" is not a real date and time');
    expect(time("next Tuesday")).toBe('"next Tuesday" is not an ISO 8601 date or date and time');
  });
});

describe("schema.org values", () => {
  it("reads text and terms however JSON-LD writes them", () => {
    expect(textOf([{ "@value": " Quiz ", "@language": "en" }])).toBe("Quiz");
    expect(textOf(42)).toBe("42");
    expect(textOf({})).toBeUndefined();
    expect(schemaTerm({ "@id": "http://schema.org/EventCancelled" })).toBe("EventCancelled");
    expect(schemaTerm("schema:Monday")).toBe("Monday");
  });

  it("reads durations that are not negative", () => {
    expect(readIsoDuration("PT1H30M")?.as("minutes")).toBe(90);
    expect(readIsoDuration("pt45m")?.as("minutes")).toBe(45);
    expect(readIsoDuration("PT-1H")).toBeUndefined();
    expect(readIsoDuration("two hours")).toBeUndefined();
  });

  it("writes UK postcodes upper case with one space, and finds them in addresses", () => {
    expect(normalisePostcode("st65ad")).toBe("ST6 5AD");
    expect(normalisePostcode(" ST16  2AB ")).toBe("ST16 2AB");
    expect(normalisePostcode("Stoke")).toBeUndefined();
    expect(findPostcode("Albert Square, Fenton, Stoke-on-Trent, st4 3ex")).toBe("ST4 3EX");
    expect(findPostcode("Hanley Park")).toBeUndefined();
  });
});

describe("readSchemaOrgEvent: times", () => {
  it("gives a timed event with no end two hours, and a dated one its day", () => {
    expect(eventOf({ startDate: "2027-10-31T00:30:00" })).toMatchObject({
      start: "2027-10-31T00:30:00+01:00",
      end: "2027-10-31T01:30:00+00:00",
      allDay: false,
    });
    expect(eventOf({ startDate: "2027-10-31" })).toMatchObject({
      start: "2027-10-31T00:00:00+01:00",
      end: "2027-11-01T00:00:00+00:00",
      allDay: true,
    });
  });

  it("reads a duration when there is no endDate, and an endDate that is a date as the end of that day", () => {
    expect(eventOf({ startDate: "2027-10-30T19:00", duration: "PT3H" }).end).toBe("2027-10-30T22:00:00+01:00");
    expect(eventOf({ startDate: "2027-10-30", duration: "P2D" }).end).toBe("2027-11-01T00:00:00+00:00");
    expect(eventOf({ startDate: "2027-10-30", endDate: "2027-10-31" }).end).toBe("2027-11-01T00:00:00+00:00");
    expect(eventOf({ startDate: "2027-10-30T19:00", endDate: "2027-10-30" }).end).toBe("2027-10-31T00:00:00+01:00");
  });

  it("says when a duration cannot be read, and uses the default", () => {
    const result = read({ startDate: "2027-10-30T19:00", duration: "2 hours" });
    expect(result.event?.end).toBe("2027-10-30T21:00:00+01:00");
    expect(result.problems.map((problem) => problem.reason)).toEqual([
      'its duration "2 hours" is not an ISO 8601 duration such as PT2H, so it is taken to last 2 hours',
    ]);
  });

  it("leaves out an event whose dates cannot be read, naming the field", () => {
    expect(reasons({ startDate: "Tuesday evening" })).toEqual([
      'its startDate "Tuesday evening" is not an ISO 8601 date or date and time, so it is left out',
    ]);
    expect(reasons({ startDate: "2027-10-30T19:00", endDate: "2027-13-01" })).toEqual([
      'its endDate "2027-13-01" is not a real date, so it is left out',
    ]);
    expect(read({ startDate: "2027-10-30T19:00", endDate: "2027-10-29" }).leftOut).toBe(true);
  });

  it("keeps an event outside the window without occurrences, for the reader to drop", () => {
    const result = read({ startDate: "2027-09-30T19:00" });
    expect(result.leftOut).toBe(false);
    expect(result.event?.occurrences).toEqual([]);
    expect(read({ startDate: "2027-10-01T00:00:00+01:00" }).event?.occurrences).toHaveLength(1);
    expect(read({ startDate: "2028-01-01T00:00:00Z" }).event?.occurrences).toEqual([]);
  });
});

describe("readSchemaOrgEvent: status", () => {
  const statusOf = (eventStatus: unknown) => eventOf({ startDate: "2027-10-30T19:00", eventStatus }).status;

  it("reads EventCancelled written in full, over http, or bare as cancelled", () => {
    expect(statusOf("https://schema.org/EventCancelled")).toBe("cancelled");
    expect(statusOf("http://schema.org/EventCancelled")).toBe("cancelled");
    expect(statusOf("EventCancelled")).toBe("cancelled");
  });

  it("reads a postponement as cancelled, since its date no longer holds, and a rescheduled event as scheduled", () => {
    expect(statusOf("https://schema.org/EventPostponed")).toBe("cancelled");
    expect(statusOf("https://schema.org/EventRescheduled")).toBe("scheduled");
    expect(statusOf(undefined)).toBe("scheduled");
  });

  it("reads an event moved online as online", () => {
    const moved = eventOf({
      startDate: "2027-10-30T19:00",
      eventStatus: "https://schema.org/EventMovedOnline",
      location: { "@type": "Place", name: "Fenton Town Hall" },
    });
    expect([moved.status, moved.location]).toEqual(["scheduled", { text: "Online" }]);
  });
});

describe("readSchemaOrgEvent: location", () => {
  const locationOf = (location: unknown, extra: Record<string, unknown> = {}) =>
    eventOf({ startDate: "2027-10-30T19:00", location, ...extra }).location;

  it("joins a Place's name, street, locality and postcode, with coordinates given as text", () => {
    expect(
      locationOf({
        "@type": "Place",
        name: "Fenton Town Hall",
        address: {
          "@type": "PostalAddress",
          streetAddress: "Albert Square",
          addressLocality: "Fenton",
          postalCode: "ST43EX",
        },
        geo: { "@type": "GeoCoordinates", latitude: "52.9990", longitude: "-2.1580" },
      }),
    ).toEqual({
      text: "Fenton Town Hall, Albert Square, Fenton, ST4 3EX",
      postcode: "ST4 3EX",
      geo: { lat: 52.999, lng: -2.158 },
    });
  });

  it("keeps a postcode that is not a UK one as text only, and leaves out coordinates that are not", () => {
    expect(
      locationOf({
        "@type": "Place",
        name: "Hanley Park",
        address: { "@type": "PostalAddress", postalCode: "Stoke-on-Trent" },
        geo: { latitude: "north", longitude: -2.18 },
      }),
    ).toEqual({ text: "Hanley Park, Stoke-on-Trent" });
  });

  it("reads a location given as text, or as a PostalAddress", () => {
    expect(locationOf("Burslem Town Hall, Market Place, ST6 3AB")).toEqual({
      text: "Burslem Town Hall, Market Place, ST6 3AB",
      postcode: "ST6 3AB",
    });
    expect(locationOf({ "@type": "PostalAddress", streetAddress: "Market Place", postalCode: "st6 3ab" })).toEqual({
      text: "Market Place, ST6 3AB",
      postcode: "ST6 3AB",
    });
  });

  it("reads the place of a mixed event, and an event whose only location is a VirtualLocation as Online", () => {
    const virtual = { "@type": "VirtualLocation", url: "https://meet.example.org/quiz" };
    expect(locationOf([virtual, { "@type": "Place", name: "Fenton Town Hall" }])).toEqual({ text: "Fenton Town Hall" });
    expect(locationOf(virtual)).toEqual({ text: "Online" });
    expect(locationOf(undefined)).toEqual({});
  });
});

describe("readSchemaOrgEvent: eventSchedule", () => {
  const weekly = (schedule: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    eventOf({ eventSchedule: { "@type": "Schedule", repeatFrequency: "P1W", ...schedule }, ...extra });
  const starts = (fields: { occurrences: { start: string; status: string }[] }) =>
    fields.occurrences.map(
      (occurrence) => `${occurrence.start}${occurrence.status === "cancelled" ? " cancelled" : ""}`,
    );

  it("keeps a weekly 19:00 at 19:00 when the clocks go back on 31 October 2027", () => {
    const quiz = weekly({
      byDay: "https://schema.org/Tuesday",
      startDate: "2027-10-19",
      endDate: "2027-11-09",
      startTime: "19:00",
      endTime: "21:30",
    });
    expect(quiz.rrule).toBe("FREQ=WEEKLY;BYDAY=TU;UNTIL=20271109T235959Z");
    expect([quiz.start, quiz.end, quiz.allDay]).toEqual([
      "2027-10-19T19:00:00+01:00",
      "2027-10-19T21:30:00+01:00",
      false,
    ]);
    expect(quiz.occurrences).toEqual([
      { start: "2027-10-19T19:00:00+01:00", end: "2027-10-19T21:30:00+01:00", status: "scheduled" },
      { start: "2027-10-26T19:00:00+01:00", end: "2027-10-26T21:30:00+01:00", status: "scheduled" },
      { start: "2027-11-02T19:00:00+00:00", end: "2027-11-02T21:30:00+00:00", status: "scheduled" },
      { start: "2027-11-09T19:00:00+00:00", end: "2027-11-09T21:30:00+00:00", status: "scheduled" },
    ]);
  });

  it("starts the series on the first date the schedule picks, and keeps only dates in the window", () => {
    const club = weekly(
      { byDay: ["Monday", "TH"], startDate: "2027-09-01", startTime: "18:00:00", repeatCount: 6 },
      { duration: "PT1H" },
    );
    expect(club.start).toBe("2027-09-02T18:00:00+01:00");
    expect(club.rrule).toBe("FREQ=WEEKLY;BYDAY=MO,TH;COUNT=6");
    expect(starts(club)).toEqual([]);
    const autumnClub = weekly({ byDay: "Thursday", startDate: "2027-09-23", startTime: "18:00", repeatCount: 3 });
    expect(starts(autumnClub)).toEqual(["2027-10-07T18:00:00+01:00"]);
  });

  it("reads a monthly schedule on the last Friday, and one on a date", () => {
    const lastFriday = eventOf({
      eventSchedule: {
        repeatFrequency: "P1M",
        byDay: "https://schema.org/Friday",
        byMonthWeek: -1,
        startDate: "2027-10-01",
        startTime: "19:30",
      },
    });
    expect(lastFriday.rrule).toBe("FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1");
    expect(starts(lastFriday)).toEqual([
      "2027-10-29T19:30:00+01:00",
      "2027-11-26T19:30:00+00:00",
      "2027-12-31T19:30:00+00:00",
    ]);
    const fifteenth = eventOf({
      eventSchedule: { repeatFrequency: "P2M", byMonthDay: 15, startDate: "2027-09-01", startTime: "10:00" },
    });
    expect(fifteenth.rrule).toBe("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15");
    expect(starts(fifteenth)).toEqual(["2027-11-15T10:00:00+00:00"]);
  });

  it("reads a daily schedule of whole days, and marks its except dates cancelled", () => {
    const fair = eventOf({
      eventSchedule: {
        repeatFrequency: "P1D",
        startDate: "2027-10-29",
        endDate: "2027-11-01",
        exceptDate: ["2027-10-31"],
      },
    });
    expect([fair.allDay, fair.rrule]).toEqual([true, "FREQ=DAILY;UNTIL=20271101"]);
    expect(fair.occurrences).toEqual([
      { start: "2027-10-29T00:00:00+01:00", end: "2027-10-30T00:00:00+01:00", status: "scheduled" },
      { start: "2027-10-30T00:00:00+01:00", end: "2027-10-31T00:00:00+01:00", status: "scheduled" },
      { start: "2027-10-31T00:00:00+01:00", end: "2027-11-01T00:00:00+00:00", status: "cancelled" },
      { start: "2027-11-01T00:00:00+00:00", end: "2027-11-02T00:00:00+00:00", status: "scheduled" },
    ]);
  });

  it("takes times from the event when the schedule has none, and a UTC startTime at the city's clock", () => {
    const fromEvent = weekly(
      { startDate: "2027-10-26" },
      { startDate: "2027-10-26T19:00:00+01:00", endDate: "2027-10-26T20:15:00+01:00" },
    );
    expect(starts(fromEvent).slice(0, 2)).toEqual(["2027-10-26T19:00:00+01:00", "2027-11-02T19:00:00+00:00"]);
    expect(fromEvent.occurrences[1]?.end).toBe("2027-11-02T20:15:00+00:00");
    const utc = weekly({ startDate: "2027-10-05", startTime: "18:00:00Z" });
    expect(starts(utc).slice(3, 6)).toEqual([
      "2027-10-26T19:00:00+01:00",
      "2027-11-02T19:00:00+00:00",
      "2027-11-09T19:00:00+00:00",
    ]);
  });

  it("reads an event's far-off endDate as the series' end, keeps whichever of count and end comes first, and runs past midnight", () => {
    const late = weekly(
      { startTime: "22:00", endTime: "01:00", repeatCount: 10 },
      { startDate: "2027-10-01", endDate: "2027-10-20" },
    );
    expect(late.rrule).toBe("FREQ=WEEKLY;UNTIL=20271020T225959Z");
    expect(late.occurrences.map((occurrence) => occurrence.end)).toEqual([
      "2027-10-02T01:00:00+01:00",
      "2027-10-09T01:00:00+01:00",
      "2027-10-16T01:00:00+01:00",
    ]);
    expect(weekly({ startDate: "2027-10-01", endDate: "2027-12-31", repeatCount: 2 }).rrule).toBe(
      "FREQ=WEEKLY;COUNT=2",
    );
  });

  it("cancels every date of a cancelled series", () => {
    const cancelled = weekly(
      { startDate: "2027-12-07", startTime: "19:00" },
      { eventStatus: "https://schema.org/EventCancelled" },
    );
    expect(starts(cancelled)).toEqual([
      "2027-12-07T19:00:00+00:00 cancelled",
      "2027-12-14T19:00:00+00:00 cancelled",
      "2027-12-21T19:00:00+00:00 cancelled",
      "2027-12-28T19:00:00+00:00 cancelled",
    ]);
  });

  it("says which details of a schedule it cannot read, and reads the rest", () => {
    const result = read({
      eventSchedule: {
        repeatFrequency: "P1W",
        startDate: "2027-11-30",
        startTime: "19:00",
        duration: "an hour",
        exceptDate: ["Christmas", "2027-12-14"],
      },
    });
    expect(result.event && starts(result.event)).toEqual([
      "2027-11-30T19:00:00+00:00",
      "2027-12-07T19:00:00+00:00",
      "2027-12-14T19:00:00+00:00 cancelled",
      "2027-12-21T19:00:00+00:00",
      "2027-12-28T19:00:00+00:00",
    ]);
    expect(result.event?.end).toBe("2027-11-30T21:00:00+00:00");
    expect(result.problems.map((problem) => problem.reason)).toEqual([
      'its eventSchedule\'s duration "an hour" is not an ISO 8601 duration such as PT2H, so it is not used',
      'its eventSchedule\'s exceptDate "Christmas" is not an ISO 8601 date or date and time, so that date is not marked cancelled',
    ]);
  });

  it("says which schedules it does not read yet, rather than reading them wrongly", () => {
    const refused = (schedule: unknown) => reasons({ eventSchedule: schedule });
    const base = { repeatFrequency: "P1W", startDate: "2027-10-01", startTime: "19:00" };
    expect(refused({ ...base, repeatFrequency: "PT12H" })).toEqual([
      "its eventSchedule repeats every PT12H, which this importer does not read yet, so it is left out",
    ]);
    expect(refused({ ...base, byMonth: 12 })).toEqual([
      "its eventSchedule uses byMonth, which this importer does not read yet, so it is left out",
    ]);
    expect(refused([base, base])).toEqual([
      "it has 2 eventSchedules, and this importer reads only one per event, so it is left out",
    ]);
    expect(refused({ ...base, scheduleTimezone: "America/New_York" })).toEqual([
      "its eventSchedule is in the time zone America/New_York, and this importer reads schedules in Europe/London only, so it is left out",
    ]);
    expect(refused({ ...base, repeatFrequency: "P1M", byDay: "Monday" })).toEqual([
      "its eventSchedule repeats monthly on byDay without byMonthWeek, which this importer does not read yet, so it is left out",
    ]);
    expect(refused({ ...base, repeatFrequency: "P1M", byDay: "Monday", byMonthWeek: [1, 3] })).toEqual([
      "its eventSchedule repeats on more than one day of the month, which this importer does not read yet, so it is left out",
    ]);
    expect(refused({ ...base, byDay: "PublicHolidays" })).toEqual([
      'its eventSchedule\'s byDay "PublicHolidays" is not a day of the week, so it is left out',
    ]);
    expect(refused({ repeatFrequency: "P1W" })).toEqual([
      "its eventSchedule has no startDate, and neither has the event, so it is left out",
    ]);
    expect(refused({ startDate: "2027-10-01" })).toEqual([
      "its eventSchedule has no repeatFrequency, so it is left out",
    ]);
    expect(refused({ ...base, startTime: "7pm" })).toEqual([
      'its eventSchedule\'s startTime "7pm" is not a time such as 19:00, so it is left out',
    ]);
  });
});
