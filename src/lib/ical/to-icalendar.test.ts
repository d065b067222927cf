import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { EventSchema, type Event } from "../domain";
import { expandOccurrences } from "../events/occurrences";
import { content } from "../../../tests/support/content";
import { calendarProperty, expandFeed, parseFeed, type ParsedOccurrence } from "../../../tests/support/ical";
import { eventFilePath, listFeeds, renderFeed } from "./catalogue";
import { placeEvents, type PlacedEvent } from "../events/facts";
import { selectFeedEvents } from "./select";
import { toEventICalendar, toEventUid, toICalendar, type FeedEvent } from "./to-icalendar";

const SITE = "https://stoketogether.org.uk";
const ZONE = "Europe/London";
const NOW = DateTime.fromISO("2026-11-26T09:00:00Z");
const YEAR_AHEAD = NOW.plus({ months: 12 });

/** What the site itself says happens: expandOccurrences, less cancelled and hidden dates. */
function expected(items: readonly FeedEvent[], from: DateTime, to: DateTime) {
  const status = { scheduled: "CONFIRMED", cancelled: "CANCELLED", postponed: "TENTATIVE" } as const;
  return items
    .flatMap((item) => {
      const hidden = new Set([...(item.hiddenDates ?? []), ...item.event.cancelledDates]);
      return expandOccurrences(item.event, from, to)
        .filter((occurrence) => !hidden.has(occurrence.originalDate))
        .map((occurrence) => ({
          uid: toEventUid(item.id, SITE),
          start: occurrence.start.toFormat("yyyy-MM-dd HH:mm"),
          end: occurrence.end.toFormat("yyyy-MM-dd HH:mm"),
          startMs: occurrence.start.toMillis(),
          status: status[item.event.status],
        }));
    })
    .sort((a, b) => a.startMs - b.startMs || a.uid.localeCompare(b.uid));
}

function seen(parsed: ParsedOccurrence[]) {
  return parsed.map(({ uid, start, end, startMs, status }) => ({ uid, start, end, startMs, status }));
}

const makeEvent = (fields: Record<string, unknown>): Event =>
  EventSchema.parse({
    title: "Choir rehearsal",
    summary: "Sing with friends.",
    startDate: "2027-03-01T19:00",
    endDate: "2027-03-01T21:00",
    place: "victoria-hall",
    organizer: "six-towns-community-choir",
    categories: ["music-performance"],
    audiences: ["adults"],
    isAccessibleForFree: true,
    lastChecked: "2026-11-01",
    ...fields,
  });

const hall = {
  name: "Victoria Hall",
  address: "Bagnall Street, Hanley",
  postcode: "ST1 3AD",
  geo: { lat: 53.024, lng: -2.176 },
};
const item = (id: string, event: Event): FeedEvent => ({
  id,
  event,
  location: { kind: "place", place: hall },
  organizerName: "Six Towns Community Choir",
});

const weekly = item(
  "choir",
  makeEvent({
    recurrence: { freq: "weekly", byday: ["MO"], until: "2027-12-31" },
    cancelledDates: ["2027-04-05"],
    rescheduled: [
      {
        date: "2027-05-03",
        startDate: "2027-05-04T18:30",
        endDate: "2027-05-04T20:30",
        note: "Moved for the bank holiday",
      },
    ],
  }),
);

describe("toICalendar", () => {
  it(`keeps a weekly 19:00 event at 19:00 after both clock changes (process zone ${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
    const feed = toICalendar([weekly], { name: "Choir", siteUrl: SITE });
    const from = DateTime.fromISO("2027-03-01T00:00", { zone: ZONE });
    const occurrences = expandFeed(feed, from, from.plus({ months: 12 }));
    const byDate = new Map(occurrences.map((o) => [o.start.slice(0, 10), o]));
    // Before and after the clocks go forward (28 March 2027) and back (31 October 2027).
    for (const date of ["2027-03-22", "2027-03-29", "2027-10-25", "2027-11-01"]) {
      expect(byDate.get(date)?.start).toBe(`${date} 19:00`);
      expect(byDate.get(date)?.end).toBe(`${date} 21:00`);
    }
    expect(DateTime.fromMillis(byDate.get("2027-03-22")!.startMs, { zone: "utc" }).hour).toBe(19);
    expect(DateTime.fromMillis(byDate.get("2027-03-29")!.startMs, { zone: "utc" }).hour).toBe(18);
    expect(seen(occurrences)).toEqual(expected([weekly], from, from.plus({ months: 12 })));
  });

  it("leaves a cancelled date out and shows a moved occurrence at its new time", () => {
    const feed = toICalendar([weekly], { name: "Choir", siteUrl: SITE });
    expect(feed).toContain("EXDATE;TZID=Europe/London:20270405T190000\r\n");
    expect(feed).toContain("RECURRENCE-ID;TZID=Europe/London:20270503T190000\r\n");
    const starts = expandFeed(
      feed,
      DateTime.fromISO("2027-03-01", { zone: ZONE }),
      DateTime.fromISO("2027-06-01", { zone: ZONE }),
    ).map((o) => o.start);
    expect(starts).not.toContain("2027-04-05 19:00");
    expect(starts).not.toContain("2027-05-03 19:00");
    expect(starts).toContain("2027-05-04 18:30");
  });

  it("writes one VEVENT per series, local times with TZID, DTSTAMP in UTC and a VTIMEZONE", () => {
    const feed = toICalendar([weekly], { name: "Choir", siteUrl: SITE });
    expect(feed.match(/^BEGIN:VEVENT/gm)).toHaveLength(2); // the series and its one moved date
    expect(feed).toMatch(/^DTSTART;TZID=Europe\/London:20270301T190000\r$/m);
    expect(feed).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
    expect(feed).not.toMatch(/^DTSTAMP:\d{8}T\d{6}\r$/m);
    expect(feed).toMatch(/^RRULE:FREQ=WEEKLY;UNTIL=20271231T235959Z;BYDAY=MO;WKST=MO\r$/m);
    expect(feed).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n");
    expect(feed).toContain("X-WR-CALNAME:Choir\r\n");
    expect(feed).toContain("X-WR-TIMEZONE:Europe/London\r\n");
    expect(feed).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n");
    expect(feed).toContain("GEO:53.024;-2.176\r\n");
    expect(feed).toContain("UID:choir@stoketogether.org.uk\r\n");
    const vevent = parseFeed(feed).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("url")).toBe(`${SITE}/events/choir/`);
    expect(vevent.getFirstProperty("categories")?.getValues()).toEqual(["Music and performance"]);
    const description = String(vevent.getFirstPropertyValue("description"));
    expect(description).toContain("Cost: Free.");
    expect(description).toContain("Accessibility: the organiser has not told us yet.");
  });

  it("writes a location in words as LOCATION, with no address or GEO", () => {
    const { place: _place, ...rest } = makeEvent({});
    const event = EventSchema.parse({ ...rest, locationText: "Back room, The Red Lion; Hanley" });
    const feed = toEventICalendar(
      { ...item("quiz", event), location: { kind: "text", text: "Back room, The Red Lion; Hanley" } },
      { siteUrl: SITE },
    );
    const vevent = parseFeed(feed).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("location")).toBe("Back room, The Red Lion; Hanley");
    expect(feed).not.toContain("GEO:");
    expect(feed).not.toContain("X-APPLE-STRUCTURED-LOCATION");
  });

  it("writes an online event's LOCATION as Online and says where to join", () => {
    const { place: _place, ...rest } = makeEvent({});
    const event = EventSchema.parse({ ...rest, online: true, url: "https://meet.example.org/choir" });
    const feed = toEventICalendar({ ...item("online", event), location: { kind: "online" } }, { siteUrl: SITE });
    const vevent = parseFeed(feed).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("location")).toBe("Online");
    expect(String(vevent.getFirstPropertyValue("description"))).toContain(
      "Online: join or book at https://meet.example.org/choir",
    );
    expect(feed).not.toContain("GEO:");
  });

  it("says when there is a cost, access support and buddy-up, and leaves GEO out without coordinates", () => {
    const event = makeEvent({
      isAccessibleForFree: false,
      price: "£3",
      accessibilitySupport: ["step-free", "hearing-loop"],
      buddyUp: true,
    });
    const feed = toEventICalendar(
      { ...item("paid", event), location: { kind: "place", place: { name: "Fenton Park" } } },
      { siteUrl: SITE },
    );
    const description = String(parseFeed(feed).getFirstSubcomponent("vevent")!.getFirstPropertyValue("description"));
    expect(description).toContain("Cost: £3.");
    expect(description).toContain("Accessibility: Step-free access, Hearing loop.");
    expect(description).toContain("Buddy-up:");
    expect(feed).not.toContain("GEO:");
    expect(feed).toContain("LOCATION:Fenton Park\r\n");
  });

  it("marks a cancelled event CANCELLED and a postponed one TENTATIVE", () => {
    const cancelled = toEventICalendar(item("off", makeEvent({ status: "cancelled", statusNote: "Hall closed" })), {
      siteUrl: SITE,
    });
    expect(cancelled).toContain("STATUS:CANCELLED\r\n");
    const postponed = toEventICalendar(item("later", makeEvent({ status: "postponed" })), { siteUrl: SITE });
    expect(postponed).toContain("STATUS:TENTATIVE\r\n");
    expect(postponed).toContain("SUMMARY:Postponed: Choir rehearsal\r\n");
  });

  it("moves SEQUENCE and LAST-MODIFIED when the listing changes, and never the UID", () => {
    const before = toEventICalendar(weekly, { siteUrl: SITE });
    const after = toEventICalendar(
      item("choir", { ...weekly.event, title: "Choir practice", lastChecked: "2026-11-20" }),
      { siteUrl: SITE },
    );
    const read = (feed: string, name: string) =>
      String(parseFeed(feed).getFirstSubcomponent("vevent")!.getFirstPropertyValue(name));
    expect(Number(read(after, "sequence"))).toBeGreaterThan(Number(read(before, "sequence")));
    expect(read(after, "last-modified")).not.toBe(read(before, "last-modified"));
    expect(read(after, "uid")).toBe(read(before, "uid"));
    expect(toEventICalendar(weekly, { siteUrl: SITE })).toBe(before);
  });

  it("writes the same bytes under every TZ (this file runs under TZ=UTC and TZ=America/New_York)", async () => {
    const monthly = item(
      "monthly",
      makeEvent({
        startDate: "2027-01-29T18:00",
        endDate: "2027-01-29T20:00",
        recurrence: { freq: "monthly", byday: ["FR"], bysetpos: -1, count: 12 },
      }),
    );
    const oneOff = item("one-off", makeEvent({ startDate: "2027-07-01T23:30", endDate: "2027-07-02T01:00" }));
    const feed = toICalendar([weekly, monthly, oneOff], {
      name: "Fixture",
      siteUrl: SITE,
      feedUrl: `${SITE}/calendar/all.ics`,
    });
    await expect(feed).toMatchFileSnapshot("__fixtures__/fixture-feed.ics");
  });
});

describe("every kind of event", () => {
  it("is written with the same bytes as the committed feed, the kinds the site's own content lacks included", async () => {
    const { place: _place, ...placeless } = makeEvent({});
    const kinds: FeedEvent[] = [
      item(
        "fair",
        makeEvent({
          allDay: true,
          startDate: "2027-07-03T00:00",
          endDate: "2027-07-04T00:00",
          recurrence: { freq: "weekly", byday: ["SA"], until: "2027-09-25" },
          cancelledDates: ["2027-07-17"],
          rescheduled: [{ date: "2027-07-24", startDate: "2027-07-25T00:00", endDate: "2027-07-26T00:00" }],
        }),
      ),
      {
        ...item("online", EventSchema.parse({ ...placeless, online: true, url: "https://meet.example.org/a;b,c" })),
        location: { kind: "online" },
      },
      {
        ...item(
          "words",
          EventSchema.parse({ ...placeless, locationText: "Back room; The Red Lion, Hanley \\ upstairs" }),
        ),
        location: { kind: "text", text: "Back room; The Red Lion, Hanley \\ upstairs" },
      },
      item(
        "later",
        makeEvent({
          status: "postponed",
          statusNote: "Hall flooded",
          title: "Café société: crème brûlée 🎶 evening with a title long enough to fold more than once over",
          summary: "Ünïcödé 🎶 ".repeat(12),
        }),
      ),
      item("off", makeEvent({ status: "cancelled", price: "£3, under-16s free", isAccessibleForFree: false })),
      item(
        "fortnightly",
        makeEvent({
          startDate: "2027-03-28T01:30",
          endDate: "2027-03-28T03:00",
          recurrence: { freq: "monthly", bymonthday: 28, interval: 2, count: 6 },
          rescheduled: [
            { date: "2027-05-28", startDate: "2027-10-31T01:30", endDate: "2027-10-31T02:30", note: "Moved" },
          ],
        }),
      ),
      { ...weekly, id: "hidden", hiddenDates: ["2027-03-08", "2027-04-05", "2027-05-03"] },
      { ...item("no-geo", makeEvent({})), location: { kind: "place", place: { name: "Fenton Park" } } },
    ];
    const feed = toICalendar(kinds, { name: "Every kind", siteUrl: SITE });
    await expect(feed).toMatchFileSnapshot("__fixtures__/every-kind.ics");
  });
});

describe("every feed the site publishes", () => {
  const listings: PlacedEvent[] = placeEvents(content);
  const feeds = listFeeds(content);

  it("lists all events, each town, category, group and place", () => {
    expect(feeds.map((feed) => feed.path)).toContain("/calendar/all.ics");
    expect(feeds.map((feed) => feed.path)).toContain("/calendar/town/burslem.ics");
    expect(feeds).toHaveLength(1 + 6 + 15 + content.groups.length + content.places.length);
  });

  it.each(feeds.map((feed) => [feed.path, feed] as const))(
    "%s agrees with the site's own dates for the next 12 months",
    (_path, feed) => {
      const text = renderFeed(feed, listings, { siteUrl: SITE, now: NOW });
      expect(calendarProperty(text, "x-wr-calname")).toBe(feed.name);
      const items = selectFeedEvents(listings, feed.filter, NOW, feed.only);
      expect(seen(expandFeed(text, NOW, YEAR_AHEAD))).toEqual(expected(items, NOW, YEAR_AHEAD));
    },
  );

  it.each(listings.map((listing) => [eventFilePath(listing.id), listing] as const))(
    "%s agrees with the site's own dates",
    (_path, listing) => {
      const text = toEventICalendar(listing, { siteUrl: SITE });
      const from = DateTime.fromISO(listing.event.startDate, { zone: ZONE });
      const to = DateTime.max(from.plus({ months: 12 }), YEAR_AHEAD);
      expect(seen(expandFeed(text, from, to))).toEqual(expected([listing], from, to));
    },
  );

  it("covers a moved occurrence, a cancelled date and a cancelled event", () => {
    const all = renderFeed(feeds[0]!, listings, { siteUrl: SITE, now: NOW });
    expect(all).toMatch(/^RECURRENCE-ID;TZID=Europe\/London:/m);
    expect(all).toMatch(/^EXDATE;TZID=Europe\/London:/m);
    expect(all).toContain("STATUS:CANCELLED");
  });
});

describe("selectFeedEvents with before dark", () => {
  it("leaves out exactly the occurrences that finish after sunset", () => {
    const listing: PlacedEvent = {
      ...weekly,
      languages: ["en"],
      event: makeEvent({
        startDate: "2027-03-01T17:00",
        endDate: "2027-03-01T18:30",
        recurrence: { freq: "weekly", until: "2027-12-31" },
      }),
      location: {
        kind: "place",
        place: {
          ...hall,
          id: "victoria-hall",
          kind: "theatre",
          summary: "A hall.",
          sources: [{ gave: "Position", name: "A test" }],
          facilities: [],
          buses: [],
          openingHours: [],
          lastChecked: "2026-11-01",
        },
      },
      sunPoint: hall.geo,
    };
    const [selected] = selectFeedEvents([listing], { beforeDark: true }, DateTime.fromISO("2027-02-01T00:00Z"));
    expect(selected?.hiddenDates).toContain("2027-03-01"); // sunset about 17:55
    expect(selected?.hiddenDates).not.toContain("2027-06-07");
    const text = toICalendar([selected!], { name: "Before dark", siteUrl: SITE });
    const starts = expandFeed(
      text,
      DateTime.fromISO("2027-03-01", { zone: ZONE }),
      DateTime.fromISO("2028-01-01", { zone: ZONE }),
    ).map((o) => o.start.slice(0, 10));
    expect(starts).toContain("2027-06-07");
    expect(starts).not.toContain("2027-03-01");
    expect(starts).not.toContain("2027-12-06");
  });
});

describe("a whole-day event in a feed", () => {
  it("is written with DATE values, as calendars show a day with no times", () => {
    const fair = item("fair", makeEvent({ allDay: true, startDate: "2027-07-29T00:00", endDate: "2027-07-31T00:00" }));
    const text = toICalendar([fair], { siteUrl: SITE, name: "Test" });
    expect(text).toContain("DTSTART;VALUE=DATE:20270729");
    expect(text).toContain("DTEND;VALUE=DATE:20270731");
  });
});
