import { describe, expect, it } from "vitest";
import { parseLocal } from "../time/zone";
import { toGoogleCalendarUrl, toOutlookCalendarUrl } from "./links";

const summer = {
  title: "Choir & friends",
  start: parseLocal("2027-07-05T19:00"),
  end: parseLocal("2027-07-05T21:00"),
  details: "Free. Step-free access.",
  location: "Victoria Hall, Hanley",
};
const winter = { ...summer, start: parseLocal("2027-01-04T19:00"), end: parseLocal("2027-01-04T21:00") };

describe("toGoogleCalendarUrl", () => {
  it("writes Europe/London wall-clock times with ctz, in summer and winter", () => {
    const url = new URL(toGoogleCalendarUrl(summer));
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("text")).toBe("Choir & friends");
    expect(url.searchParams.get("dates")).toBe("20270705T190000/20270705T210000");
    expect(url.searchParams.get("ctz")).toBe("Europe/London");
    expect(url.searchParams.get("location")).toBe("Victoria Hall, Hanley");
    expect(new URL(toGoogleCalendarUrl(winter)).searchParams.get("dates")).toBe("20270104T190000/20270104T210000");
  });
});

describe("toOutlookCalendarUrl", () => {
  it("writes UTC instants: 19:00 BST is 18:00Z and 19:00 GMT is 19:00Z", () => {
    const url = new URL(toOutlookCalendarUrl(summer));
    expect(url.origin + url.pathname).toBe("https://outlook.live.com/calendar/0/action/compose");
    expect(url.searchParams.get("rru")).toBe("addevent");
    expect(url.searchParams.get("subject")).toBe("Choir & friends");
    expect(url.searchParams.get("startdt")).toBe("2027-07-05T18:00:00Z");
    expect(url.searchParams.get("enddt")).toBe("2027-07-05T20:00:00Z");
    expect(new URL(toOutlookCalendarUrl(winter)).searchParams.get("startdt")).toBe("2027-01-04T19:00:00Z");
  });
});
