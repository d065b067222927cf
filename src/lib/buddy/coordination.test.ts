import { describe, expect, it } from "vitest";
import { CloseInputSchema, PlanInputSchema, readInput, WelcomerInputSchema } from "./coordination-input";
import {
  auditSubject,
  describeDay,
  describePlan,
  groupByEvent,
  holdsContactDetails,
  isOpenRequest,
  meetingTimeBefore,
  missingFromPlan,
  requestReference,
  splitRequests,
  welcomerChoices,
} from "./coordination";
import type { RequestView, Welcomer } from "./model";

function request(overrides: Partial<RequestView>): RequestView {
  return {
    id: "aaaaaaaaaa",
    reference: "BU-AAAAAAAAAA",
    receivedAt: "2026-11-20T09:00:00.000Z",
    status: "waiting",
    eventId: "coffee-morning",
    eventTitle: "Coffee morning",
    date: "2026-12-01",
    startTime: "10:30",
    plan: {},
    ...overrides,
  };
}

function welcomer(overrides: Partial<Welcomer>): Welcomer {
  return {
    id: "wwwwwwwwww",
    name: "Amina",
    groupId: "meir-welcome-circle",
    groupName: "Meir Welcome Circle",
    status: "active",
    addedBy: "sam",
    addedAt: "2026-11-01T09:00:00.000Z",
    ...overrides,
  };
}

describe("isOpenRequest", () => {
  it("keeps waiting and matched requests open up to and including their day", () => {
    expect(isOpenRequest({ status: "waiting", date: "2026-12-01" }, "2026-12-01")).toBe(true);
    expect(isOpenRequest({ status: "matched", date: "2026-12-02" }, "2026-12-01")).toBe(true);
    expect(isOpenRequest({ status: "matched", date: "2026-11-30" }, "2026-12-01")).toBe(false);
  });

  it("treats closed and cancelled requests as past whatever their date", () => {
    expect(isOpenRequest({ status: "closed", date: "2027-01-01" }, "2026-12-01")).toBe(false);
    expect(isOpenRequest({ status: "cancelled", date: "2027-01-01" }, "2026-12-01")).toBe(false);
  });
});

describe("splitRequests and groupByEvent", () => {
  const walkLater = request({
    id: "b",
    eventId: "walk",
    eventTitle: "Park walk",
    date: "2026-12-08",
    startTime: "11:00",
  });
  const coffeeFirst = request({ id: "c", receivedAt: "2026-11-21T09:00:00.000Z" });
  const coffeeFirstEarlier = request({ id: "d", receivedAt: "2026-11-19T09:00:00.000Z" });
  const walkFirst = request({ id: "e", eventId: "walk", eventTitle: "Park walk", startTime: "10:30" });
  const old = request({ id: "f", date: "2026-11-01" });
  const cancelled = request({ id: "g", status: "cancelled", date: "2026-12-10" });

  it("sorts by date, start time, event title and arrival, and splits off the past", () => {
    const { open, past } = splitRequests(
      [walkLater, coffeeFirst, cancelled, walkFirst, old, coffeeFirstEarlier],
      "2026-11-26",
    );
    expect(open.map((item) => item.id)).toEqual(["d", "c", "e", "b"]);
    expect(past.map((item) => item.id)).toEqual(["f", "g"]);
  });

  it("groups by event, soonest event first, then by date", () => {
    const groups = groupByEvent([walkLater, coffeeFirst, walkFirst, coffeeFirstEarlier]);
    expect(groups.map((group) => group.eventId)).toEqual(["coffee-morning", "walk"]);
    expect(groups[0]!.dates).toHaveLength(1);
    expect(groups[0]!.dates[0]!.requests.map((item) => item.id)).toEqual(["d", "c"]);
    expect(groups[1]!.dates.map((day) => day.date)).toEqual(["2026-12-01", "2026-12-08"]);
  });
});

describe("meetingTimeBefore", () => {
  it("suggests ten minutes before the start, across the hour", () => {
    expect(meetingTimeBefore("10:30")).toBe("10:20");
    expect(meetingTimeBefore("19:05")).toBe("18:55");
  });

  it("never suggests a time on the day before", () => {
    expect(meetingTimeBefore("00:05")).toBe("00:00");
  });
});

describe("welcomerChoices", () => {
  it("offers active welcomers only, the event's group first", () => {
    const choices = welcomerChoices(
      [
        welcomer({ id: "1", name: "Zed", groupId: "a-group", groupName: "A group" }),
        welcomer({ id: "2", name: "Paused", status: "paused" }),
        welcomer({ id: "3", name: "Amina" }),
        welcomer({ id: "4", name: "Bob", groupId: "a-group", groupName: "A group" }),
      ],
      "meir-welcome-circle",
    );
    expect(choices.map((choice) => choice.name)).toEqual(["Amina", "Bob", "Zed"]);
  });
});

describe("plans", () => {
  it("names what a plan lacks before matching", () => {
    expect(Object.keys(missingFromPlan({ meetingTime: "10:20" }))).toEqual(["welcomerId", "meetingPoint"]);
    expect(missingFromPlan({ welcomerId: "x", meetingPoint: "By the doors", meetingTime: "10:20" })).toEqual({});
  });

  it("describes a plan by welcomer and spot", () => {
    expect(
      describePlan({
        welcomerName: "Amina",
        groupName: "Meir Welcome Circle",
        meetingPoint: "By the main doors",
        meetingTime: "10:20",
      }),
    ).toBe("Welcomer: Amina (Meir Welcome Circle); meet By the main doors at 10:20");
    expect(describePlan({ meetingTime: "10:20" })).toBe("meet at 10:20");
    expect(describePlan({})).toBe("No plan yet");
  });
});

describe("holdsContactDetails", () => {
  it("finds web addresses, emails and phone numbers", () => {
    expect(holdsContactDetails("See www.example.org")).toBe(true);
    expect(holdsContactDetails("https://maps.example/x")).toBe(true);
    expect(holdsContactDetails("ask for amina@example.org")).toBe(true);
    expect(holdsContactDetails("Ring 07700 900123")).toBe(true);
    expect(holdsContactDetails("Call (01782) 232-323")).toBe(true);
  });

  it("lets named places with small numbers through", () => {
    expect(holdsContactDetails("By the main doors")).toBe(false);
    expect(holdsContactDetails("Gate 3, by the bandstand")).toBe(false);
    expect(holdsContactDetails("St. John's porch, 10.20")).toBe(false);
  });
});

describe("readInput", () => {
  it("accepts a plan and treats blank boxes as not given", () => {
    expect(
      readInput(PlanInputSchema, { meetingPoint: " By the main doors ", meetingTime: "10:20", welcomerId: "" }),
    ).toEqual({
      ok: true,
      value: { meetingPoint: "By the main doors", meetingTime: "10:20" },
    });
  });

  it("names each field with its problem", () => {
    const result = readInput(PlanInputSchema, { welcomerId: "../x", meetingPoint: "<b>x</b>", meetingTime: "25:00" });
    expect(result.ok ? {} : result.fields).toEqual({
      welcomerId: "Welcomer must be chosen from the list",
      meetingPoint: "Meeting point must be plain text: remove < and >",
      meetingTime: "Meeting time must be a 24-hour time written as HH:MM (e.g. 09:30)",
    });
  });

  it("refuses a meeting point that is too short or holds a phone number", () => {
    const short = readInput(PlanInputSchema, { meetingPoint: "Up" });
    expect(short.ok ? "" : short.fields["meetingPoint"]).toMatch(/at least 3 characters/);
    const phone = readInput(PlanInputSchema, { meetingPoint: "Ring 07700 900123 when there" });
    expect(phone.ok ? "" : phone.fields["meetingPoint"]).toMatch(/no web address, email address or phone number/);
  });

  it("reads a welcomer, and refuses one without a first name or group", () => {
    expect(readInput(WelcomerInputSchema, { name: "Mary-Jo", groupId: "meir-welcome-circle", note: "" })).toEqual({
      ok: true,
      value: { name: "Mary-Jo", groupId: "meir-welcome-circle" },
    });
    const result = readInput(WelcomerInputSchema, { name: "amina@example.org", note: 4 });
    expect(result.ok ? {} : result.fields).toEqual({
      name: "First name must be a first name: letters, spaces, hyphens and apostrophes only",
      groupId: "Group must be given",
      note: "Note must be text",
    });
  });

  it("limits a closing note to 300 characters of plain text", () => {
    expect(readInput(CloseInputSchema, {}).ok).toBe(true);
    const long = readInput(CloseInputSchema, { note: "x".repeat(301) });
    expect(long.ok ? "" : long.fields["note"]).toBe("Note must be 300 characters or fewer");
  });
});

describe("describeDay", () => {
  it("writes a request's day and start time in words", () => {
    expect(describeDay("2026-12-01", "10:30")).toBe("Tuesday 1 December 2026 at 10:30");
    expect(describeDay("2027-03-28")).toBe("Sunday 28 March 2027");
  });
});

describe("requestReference and auditSubject", () => {
  it("quotes a request by its id in capitals", () => {
    expect(requestReference("0mwx1abc2de")).toBe("BU-0MWX1ABC2DE");
  });

  it("names the request for request actions, and nothing for welcomers and reports", () => {
    expect(auditSubject({ action: "matched", target: "0mwx1abc2de" })).toBe("BU-0MWX1ABC2DE");
    expect(auditSubject({ action: "deleted", target: "0mwx1abc2de" })).toBe("BU-0MWX1ABC2DE");
    expect(auditSubject({ action: "welcomer-added", target: "0mwx1abc2de" })).toBeUndefined();
    expect(auditSubject({ action: "reported", target: "0mwx1abc2de" })).toBeUndefined();
  });
});
