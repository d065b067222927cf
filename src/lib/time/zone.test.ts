import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { CITY_ZONE, cityNow, parseLocal, toLocalDate } from "./zone";

describe("parseLocal", () => {
  it("reads a winter wall-clock time as GMT", () => {
    expect(parseLocal("2026-12-06T10:00").toISO()).toBe("2026-12-06T10:00:00.000+00:00");
  });

  it("reads a summer wall-clock time as BST", () => {
    expect(parseLocal("2027-07-01T19:00").toUTC().toISO()).toBe("2027-07-01T18:00:00.000Z");
  });

  it("reads a date alone as local midnight", () => {
    const midnight = parseLocal("2027-07-01");
    expect(midnight.toFormat("yyyy-MM-dd HH:mm")).toBe("2027-07-01 00:00");
    expect(midnight.zoneName).toBe(CITY_ZONE);
  });

  it("reads the time in another zone when asked", () => {
    expect(parseLocal("2027-07-01T19:00", "UTC").toUTC().hour).toBe(19);
  });

  it("says how to write it when the text is not a date and time", () => {
    expect(() => parseLocal("6 December")).toThrow(/YYYY-MM-DDTHH:MM/);
  });

  it("rejects a date that does not exist", () => {
    expect(() => parseLocal("2027-02-30T10:00")).toThrow(/not a real date/);
  });
});

describe("toLocalDate", () => {
  it("gives the city's date for an instant late on a summer evening in UTC", () => {
    expect(toLocalDate(DateTime.fromISO("2027-06-30T23:30:00Z"))).toBe("2027-07-01");
  });

  it("gives the same date as UTC in winter", () => {
    expect(toLocalDate(DateTime.fromISO("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });
});

describe("cityNow", () => {
  it("turns a Date into city time", () => {
    const now = cityNow(new Date("2027-06-30T12:00:00Z"));
    expect(now.zoneName).toBe(CITY_ZONE);
    expect(now.hour).toBe(13);
  });

  it("moves a DateTime in another zone into the city without changing the instant", () => {
    const elsewhere = DateTime.fromISO("2027-06-30T12:00:00", { zone: "America/New_York" });
    const now = cityNow(elsewhere);
    expect(now.hour).toBe(17);
    expect(now.toMillis()).toBe(elsewhere.toMillis());
  });

  it("refuses an invalid Date", () => {
    expect(() => cityNow(new Date("not a date"))).toThrow(/invalid/);
  });
});
