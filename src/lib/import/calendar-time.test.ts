import { describe, expect, it } from "vitest";
import { ianaZoneFor, readCalendarTime, toCityIso } from "./calendar-time";

/** The moment read, as the importer writes it, or the reason it could not be read. */
const read = (value: string, tzid?: string) => {
  const time = readCalendarTime(value, tzid);
  return time.ok ? `${toCityIso(time.at)}${time.allDay ? " all day" : ""}` : time.reason;
};

describe("readCalendarTime", () => {
  it("reads a floating time as Stoke-on-Trent's wall clock, either side of the March 2027 clock change", () => {
    expect(read("20270327T190000")).toBe("2027-03-27T19:00:00+00:00");
    expect(read("20270328T190000")).toBe("2027-03-28T19:00:00+01:00");
  });

  it("reads UTC times either side of the October 2027 clock change", () => {
    expect(read("20271030T120000Z")).toBe("2027-10-30T13:00:00+01:00");
    expect(read("20271031T120000Z")).toBe("2027-10-31T12:00:00+00:00");
  });

  it("reads Windows zone names from Outlook, IANA names and prefixed names", () => {
    expect(read("20270406T183000", "GMT Standard Time")).toBe("2027-04-06T18:30:00+01:00");
    expect(read("20270406T193000", "W. Europe Standard Time")).toBe("2027-04-06T18:30:00+01:00");
    expect(read("20271102T193000", "Romance Standard Time")).toBe("2027-11-02T18:30:00+00:00");
    expect(read("20270406T183000", "Europe/London")).toBe("2027-04-06T18:30:00+01:00");
    expect(read("20270406T183000", "/mozilla.org/20050126_1/Europe/London")).toBe("2027-04-06T18:30:00+01:00");
    expect(read("20270406T133000", '"Eastern Standard Time"')).toBe("2027-04-06T18:30:00+01:00");
  });

  it("reads a DATE as a whole day in the city", () => {
    expect(read("20270328")).toBe("2027-03-28T00:00:00+00:00 all day");
    expect(read("20270401")).toBe("2027-04-01T00:00:00+01:00 all day");
  });

  it("moves a time in the spring-forward gap on, as clocks do", () => {
    expect(read("20270328T013000")).toBe("2027-03-28T02:30:00+01:00");
  });

  it("says why a time cannot be read", () => {
    expect(read("20270406T183000", "Mars/Olympus_Mons")).toBe(
      'the time zone "Mars/Olympus_Mons" is not one this site knows',
    );
    expect(read("20270406T183000", "Nowhere Standard Time")).toBe(
      'the time zone "Nowhere Standard Time" is not one this site knows',
    );
    expect(read("20270230T100000")).toBe("20270230T100000 is not a real date and time");
    expect(read("20270230")).toBe("20270230 is not a real date");
    expect(read("2027-04-06 18:30")).toBe("2027-04-06 18:30 is not a calendar date or time");
  });
});

describe("ianaZoneFor", () => {
  it("knows IANA names, Windows names and UTC, and nothing else", () => {
    expect(ianaZoneFor("UTC")).toBe("UTC");
    expect(ianaZoneFor("GMT Standard Time")).toBe("Europe/London");
    expect(ianaZoneFor("Pacific Standard Time")).toBe("America/Los_Angeles");
    expect(ianaZoneFor("")).toBeUndefined();
    expect(ianaZoneFor("London")).toBeUndefined();
  });
});
