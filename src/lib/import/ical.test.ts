import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readICalendar } from "./ical";

const window = { from: "2027-01-01T00:00:00+00:00", to: "2028-01-01T00:00:00+00:00" };
const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`, "utf8");
const read = (name: string, options: Partial<{ window: typeof window }> = {}) =>
  readICalendar(fixture(name), { source: name, window, ...options });
const starts = (event: { occurrences: { start: string; status: string }[] }) =>
  event.occurrences.map((occurrence) => `${occurrence.start} ${occurrence.status}`);

describe("a Google Calendar export", () => {
  const result = read("google-calendar.ics");

  it("reads every event in the window, completely, with no problems", () => {
    expect(result.complete).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.events.map((event) => event.title)).toEqual([
      "Book club",
      "Family fun day in the park",
      "Halloween craft morning",
      "Local history talk",
      "Cafe stories and rhymes (half term)",
    ]);
  });

  it("keeps a weekly series whole, across the March clock change, with EXDATE and RECURRENCE-ID overrides", () => {
    const club = result.events[0]!;
    expect(club).toMatchObject({
      key: "google-calendar.ics#7kq2b3c4d5e6f7g8h9i0j1k2l3@google.com",
      uid: "7kq2b3c4d5e6f7g8h9i0j1k2l3@google.com",
      status: "scheduled",
      allDay: false,
      start: "2027-03-16T18:30:00+00:00",
      end: "2027-03-16T20:00:00+00:00",
      rrule: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270427T173000Z",
      location: {
        text: "Tunstall Library, The Boulevard, Tunstall, Stoke-on-Trent ST6 6BW, UK",
        postcode: "ST6 6BW",
      },
      lastModified: "2026-11-15T10:15:00+00:00",
    });
    // 30 March moves to Wednesday 31st; 6 April is an EXDATE; 20 April is cancelled; UNTIL (17:30 UTC) keeps 27 April.
    expect(starts(club)).toEqual([
      "2027-03-16T18:30:00+00:00 scheduled",
      "2027-03-23T18:30:00+00:00 scheduled",
      "2027-03-31T18:30:00+01:00 scheduled",
      "2027-04-13T18:30:00+01:00 scheduled",
      "2027-04-20T18:30:00+01:00 cancelled",
      "2027-04-27T18:30:00+01:00 scheduled",
    ]);
    expect(club.occurrences[2]!.end).toBe("2027-03-31T20:00:00+01:00");
  });

  it("turns HTML in a description into plain paragraphs, unfolding long lines", () => {
    expect(result.events[0]!.description).toBe(
      "Bring a book you loved, or one you didn't. Tea and biscuits provided.\n\nEveryone welcome: you do not need to have finished the book.",
    );
    expect(result.events[1]!.description).toBe(
      "Stories, crafts and the summer reading challenge launch. Café open all day — cakes from Tunstall Bakehouse.",
    );
  });

  it("reads all-day dates, UTC times after the October clock change, URLs and whole-event cancellations", () => {
    const [, funDay, halloween, talk] = result.events;
    expect(funDay).toMatchObject({
      allDay: true,
      start: "2027-05-01T00:00:00+01:00",
      end: "2027-05-02T00:00:00+01:00",
      url: "https://library.example.org/events/fun-day",
    });
    expect(starts(halloween!)).toEqual(["2027-10-31T10:00:00+00:00 scheduled"]);
    expect(talk!.status).toBe("cancelled");
    expect(talk!.rrule).toBeUndefined();
    expect(starts(talk!)).toEqual(["2027-06-12T10:00:00+01:00 cancelled"]);
  });

  it("leaves out what is outside the window, and keeps a series' occurrences within it", () => {
    const spring = read("google-calendar.ics", {
      window: { from: "2027-03-25T00:00:00+00:00", to: "2027-04-15T00:00:00+01:00" },
    });
    expect(spring.events.map((event) => event.title)).toEqual(["Book club"]);
    expect(starts(spring.events[0]!)).toEqual([
      "2027-03-31T18:30:00+01:00 scheduled",
      "2027-04-13T18:30:00+01:00 scheduled",
    ]);
  });
});

describe("an Outlook export", () => {
  const result = read("outlook-calendar.ics");

  it("reads Windows zone names, monthly rules on a weekday, and DURATION in place of DTEND", () => {
    expect(result.problems).toEqual([]);
    const [cafe, exercise, online] = result.events;
    expect(cafe).toMatchObject({ title: "Carers' café", rrule: "FREQ=MONTHLY;COUNT=12;BYDAY=1TH" });
    // Twelve first Thursdays from March 2027; the window ends before the last two.
    expect(starts(cafe!)).toEqual([
      "2027-03-04T10:00:00+00:00 scheduled",
      "2027-04-01T10:00:00+01:00 scheduled",
      "2027-05-06T10:00:00+01:00 scheduled",
      "2027-06-03T10:00:00+01:00 scheduled",
      "2027-07-01T10:00:00+01:00 scheduled",
      "2027-08-05T10:00:00+01:00 scheduled",
      "2027-09-02T10:00:00+01:00 scheduled",
      "2027-10-07T10:00:00+01:00 scheduled",
      "2027-11-04T10:00:00+00:00 scheduled",
      "2027-12-02T10:00:00+00:00 scheduled",
    ]);
    expect(cafe!.description).toBe(
      "A relaxed morning for unpaid carers: a cuppa, a chat and advice from the carers' support team.\n\nNo need to book.",
    );
    // Saturdays at 10:00 on the wall clock, across the 31 October clock change, each an hour long.
    expect(exercise!.occurrences).toEqual([
      { start: "2027-10-16T10:00:00+01:00", end: "2027-10-16T11:00:00+01:00", status: "scheduled" },
      { start: "2027-10-23T10:00:00+01:00", end: "2027-10-23T11:00:00+01:00", status: "scheduled" },
      { start: "2027-10-30T10:00:00+01:00", end: "2027-10-30T11:00:00+01:00", status: "scheduled" },
      { start: "2027-11-06T10:00:00+00:00", end: "2027-11-06T11:00:00+00:00", status: "scheduled" },
    ]);
    // 19:00 in Rotterdam is 18:00 in Stoke-on-Trent.
    expect(online).toMatchObject({ start: "2027-04-15T18:00:00+01:00", location: { text: "Microsoft Teams Meeting" } });
  });
});

describe("an Apple calendar with floating times", () => {
  const result = read("apple-calendar.ics");

  it("reads floating times as Stoke-on-Trent's wall clock, LF line ends and GEO", () => {
    expect(result.problems).toEqual([]);
    const [gardening, festival, bats] = result.events;
    expect(gardening).toMatchObject({
      rrule: "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270417",
      location: {
        text: "Hanley Park Pavilion, Cleveland Road, Stoke-on-Trent ST1 4DS",
        postcode: "ST1 4DS",
        geo: { lat: 53.018672, lng: -2.172436 },
      },
    });
    // Fortnightly at 10:00 local, until 17 April inclusive (a DATE UNTIL is the whole day).
    expect(starts(gardening!)).toEqual([
      "2027-03-20T10:00:00+00:00 scheduled",
      "2027-04-03T10:00:00+01:00 scheduled",
      "2027-04-17T10:00:00+01:00 scheduled",
    ]);
    expect(festival).toMatchObject({
      allDay: true,
      start: "2027-07-29T00:00:00+01:00",
      end: "2027-07-31T00:00:00+01:00",
    });
    expect(bats).toMatchObject({ start: "2027-03-27T19:00:00+00:00", end: "2027-03-27T21:00:00+00:00" });
  });
});

describe("a feed broken in several ways", () => {
  const result = read("broken-calendar.ics");

  it("imports the good event and reports every other one, with its UID, line and reason", () => {
    expect(result.complete).toBe(false);
    expect(result.events.map((event) => event.uid)).toEqual(["fenton-good@example.org"]);
    expect(result.problems.map(({ uid, line, reason }) => ({ uid, line, reason }))).toEqual([
      { uid: undefined, line: undefined, reason: "the calendar stops before END:VCALENDAR: it may have been cut off" },
      { uid: "fenton-no-start@example.org", line: 4, reason: "has no DTSTART" },
      {
        uid: "fenton-bad-rule@example.org",
        line: 9,
        reason: expect.stringMatching(/^its RRULE cannot be read: invalid frequency "SOMETIMES"/),
      },
      {
        uid: "fenton-mars@example.org",
        line: 16,
        reason: 'its DTSTART cannot be read: the time zone "Mars/Olympus_Mons" is not one this site knows',
      },
      {
        uid: "fenton-garbled@example.org",
        line: 22,
        reason: expect.stringMatching(/^the event cannot be read: invalid line/),
      },
      { uid: "fenton-backwards@example.org", line: 28, reason: "its DTEND is before its DTSTART" },
      { uid: undefined, line: 42, reason: "a VEVENT is not finished (no END line): it may have been cut off" },
    ]);
    expect(result.problems.every((problem) => problem.source === "broken-calendar.ics")).toBe(true);
  });

  it("drops a web address that is not a public http(s) one", () => {
    expect(result.events[0]!.url).toBeUndefined();
  });

  it("says plainly when a body is not a calendar at all", () => {
    const page = readICalendar("<!doctype html><title>Sorry</title>", { source: "page", window });
    expect(page).toMatchObject({ complete: false, events: [] });
    expect(page.problems[0]!.reason).toBe("this is not an iCalendar feed: it does not start with BEGIN:VCALENDAR");
  });
});

describe("rules and overrides at the edges", () => {
  const calendar = (...events: string[]) =>
    ["BEGIN:VCALENDAR", "VERSION:2.0", ...events.flatMap((event) => event.split("\n")), "END:VCALENDAR"].join("\r\n");

  it("stops a rule with no end at the window, and refuses one that repeats more often than daily", () => {
    const text = calendar(
      "BEGIN:VEVENT\nUID:forever\nSUMMARY:Walk\nDTSTART;TZID=Europe/London:20270104T090000\nRRULE:FREQ=WEEKLY\nEND:VEVENT",
      "BEGIN:VEVENT\nUID:hourly\nSUMMARY:Chimes\nDTSTART:20270104T090000Z\nRRULE:FREQ=HOURLY\nEND:VEVENT",
    );
    const result = readICalendar(text, { source: "s", window });
    expect(result.events).toHaveLength(1);
    expect(result.events[0]!.occurrences).toHaveLength(52);
    expect(result.events[0]!.occurrences.at(-1)!.start).toBe("2027-12-27T09:00:00+00:00");
    expect(result.problems).toEqual([
      { source: "s", uid: "hourly", line: 9, reason: "its RRULE repeats HOURLY, more often than daily" },
    ]);
  });

  it("keeps an override whose series is not in the feed as an event of its own", () => {
    const text = calendar(
      "BEGIN:VEVENT\nUID:lonely\nRECURRENCE-ID:20270301T100000Z\nSUMMARY:Moved session\nDTSTART:20270302T100000Z\nDTEND:20270302T110000Z\nEND:VEVENT",
    );
    const result = readICalendar(text, { source: "s", window });
    expect(result.events.map((event) => [event.key, event.start])).toEqual([
      ["s#lonely#20270301T100000Z", "2027-03-02T10:00:00+00:00"],
    ]);
  });

  it("reports an override for a date the series does not have", () => {
    const text = calendar(
      "BEGIN:VEVENT\nUID:weekly\nSUMMARY:Yoga\nDTSTART:20270301T100000Z\nRRULE:FREQ=WEEKLY;COUNT=2\nEND:VEVENT",
      "BEGIN:VEVENT\nUID:weekly\nRECURRENCE-ID:20270304T100000Z\nSUMMARY:Yoga\nDTSTART:20270305T100000Z\nEND:VEVENT",
    );
    const result = readICalendar(text, { source: "s", window });
    expect(result.events[0]!.occurrences).toHaveLength(2);
    expect(result.problems.map((problem) => problem.reason)).toEqual([
      "a changed occurrence names a date the series does not have, and was skipped",
    ]);
  });

  it("reads a feed of thousands of events quickly enough to keep only the window", () => {
    const many = Array.from(
      { length: 3000 },
      (_, index) =>
        `BEGIN:VEVENT\nUID:e${index}\nSUMMARY:Event ${index}\nDTSTART:${2020 + (index % 10)}0601T100000Z\nEND:VEVENT`,
    );
    const result = readICalendar(calendar(...many), { source: "s", window });
    expect(result.events).toHaveLength(300);
    expect(result.complete).toBe(true);
  });
});
