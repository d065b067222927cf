import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { EventSchema } from "../domain/event";
import { toJsonLd, toSchemaOrgEvent } from "./schema-org";

const event = EventSchema.parse({
  title: "Tuesday coffee morning",
  summary: "A cuppa and a chat.",
  startDate: "2026-10-06T10:00",
  endDate: "2026-10-06T12:00",
  recurrence: { freq: "weekly", until: "2027-12-28" },
  cancelledDates: ["2026-12-29"],
  place: "tunstall-library",
  organizer: "tunstall-neighbours",
  categories: ["social-meetups"],
  audiences: ["everyone"],
  isAccessibleForFree: false,
  price: "£1 for tea and cake",
  lastChecked: "2026-11-20",
});

describe("toSchemaOrgEvent", () => {
  const start = DateTime.fromISO("2026-12-01T10:00", { zone: "Europe/London" });
  const json = toSchemaOrgEvent({
    url: "https://example.test/events/tuesday-coffee/",
    event,
    location: {
      kind: "place",
      place: {
        name: "Tunstall Library",
        address: "The Boulevard",
        postcode: undefined,
        geo: { lat: 53.0585, lng: -2.21 },
      },
    },
    organizer: { name: "Tunstall Neighbours Network" },
    organizerUrl: "https://example.test/groups/tunstall-neighbours/",
    start,
    end: start.plus({ hours: 2 }),
  });

  it("gives the next occurrence with its UTC offset", () => {
    expect(json.startDate).toBe("2026-12-01T10:00:00+00:00");
    expect(json.eventStatus).toBe("https://schema.org/EventScheduled");
  });

  it("describes the repeat as a Schedule in Europe/London with the cancelled dates", () => {
    expect(json.eventSchedule).toMatchObject({
      "@type": "Schedule",
      scheduleTimezone: "Europe/London",
      repeatFrequency: "P1W",
      startTime: "10:00:00",
      exceptDate: ["2026-12-29"],
      endDate: "2027-12-28",
    });
  });

  it("is at a Place with its postal address and position, attended in person", () => {
    expect(json.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
    expect(json.location).toMatchObject({
      "@type": "Place",
      name: "Tunstall Library",
      address: { "@type": "PostalAddress", streetAddress: "The Boulevard", addressLocality: "Stoke-on-Trent" },
      geo: { "@type": "GeoCoordinates", latitude: 53.0585 },
    });
  });

  it("offers the price when the event is not free", () => {
    expect(json.offers).toMatchObject({ "@type": "Offer", description: "£1 for tea and cake" });
    expect(json.isAccessibleForFree).toBe(false);
  });
});

describe("toSchemaOrgEvent where the site knows no place", () => {
  const { place: _place, ...rest } = event;
  const base = {
    url: "https://example.test/events/quiz/",
    organizer: { name: "Tunstall Neighbours Network" },
    organizerUrl: "https://example.test/groups/tunstall-neighbours/",
  };

  it("gives a location in words as a Place with that address and no position", () => {
    const json = toSchemaOrgEvent({
      ...base,
      event: EventSchema.parse({ ...rest, locationText: "The Red Lion, Hanley" }),
      location: { kind: "text", text: "The Red Lion, Hanley" },
    });
    expect(json.location).toEqual({ "@type": "Place", address: "The Red Lion, Hanley" });
    expect(json.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
  });

  it("gives an online event a VirtualLocation at its own address, else at its page", () => {
    const online = EventSchema.parse({ ...rest, online: true, url: "https://meet.example.org/coffee" });
    const json = toSchemaOrgEvent({ ...base, event: online, location: { kind: "online" } });
    expect(json.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    expect(json.location).toEqual({ "@type": "VirtualLocation", url: "https://meet.example.org/coffee" });
    const withoutUrl = toSchemaOrgEvent({
      ...base,
      event: { ...online, url: undefined },
      location: { kind: "online" },
    });
    expect(withoutUrl.location).toEqual({ "@type": "VirtualLocation", url: base.url });
  });
});

describe("toJsonLd", () => {
  it("cannot be used to close the script element", () => {
    expect(toJsonLd({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});

describe("toSchemaOrgEvent for a whole-day event", () => {
  it("writes its first and last days as dates", () => {
    const fair = EventSchema.parse({
      ...event,
      recurrence: undefined,
      cancelledDates: [],
      allDay: true,
      startDate: "2027-07-29T00:00",
      endDate: "2027-07-31T00:00",
    });
    const json = toSchemaOrgEvent({
      url: "https://example.test/events/fair/",
      event: fair,
      location: {
        kind: "place",
        place: { name: "Hanley Park", address: undefined, postcode: undefined, geo: undefined },
      },
      organizer: { name: "Friends of Hanley Park" },
      organizerUrl: "https://example.test/groups/friends/",
      start: DateTime.fromISO("2027-07-29T00:00", { zone: "Europe/London" }),
      end: DateTime.fromISO("2027-07-31T00:00", { zone: "Europe/London" }),
    });
    expect([json.startDate, json.endDate]).toEqual(["2027-07-29", "2027-07-30"]);
  });
});
