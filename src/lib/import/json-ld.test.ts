import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findSchemaOrgEvents, readJsonLdPage } from "./json-ld";
import type { ImportedEvent, ImportWindow } from "./model";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), "utf8");

const AUTUMN: ImportWindow = { from: "2027-10-01T00:00:00+01:00", to: "2027-12-01T00:00:00Z" };
const SPRING: ImportWindow = { from: "2027-03-01T00:00:00Z", to: "2027-05-01T00:00:00+01:00" };
const LIBRARY_PAGE = "https://tunstall-library.example.org/whats-on";
const CENTRE = "https://burslem-community-centre.example.org/events";

/** A page with the given JSON-LD texts, each in its own script. */
function page(...scripts: string[]): string {
  const tags = scripts.map((json) => `<script type="application/ld+json">${json}</script>`).join("\n");
  return `<!doctype html><html><head><title>Events</title>${tags}</head><body><p>What&#8217;s on</p></body></html>`;
}

/** One event's JSON-LD, with a name and a start unless overridden. */
function event(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { "@context": "https://schema.org", "@type": "Event", name: "Quiz", startDate: "2027-04-06T19:00", ...fields };
}

function readOne(fields: Record<string, unknown>, pageUrl?: string) {
  return readJsonLdPage(page(JSON.stringify(event(fields))), { source: "test", window: SPRING, pageUrl });
}

/** Title, start and end of each event, the easiest thing to read in a failing test. */
const times = (events: ImportedEvent[]) => events.map((found) => `${found.title}: ${found.start} to ${found.end}`);

describe("readJsonLdPage: a library's What's on page with an @graph", () => {
  const read = readJsonLdPage(fixture("event-page-library.html"), {
    source: "tunstall-library",
    window: AUTUMN,
    pageUrl: LIBRARY_PAGE,
  });

  it("reads the two events in the @graph, with entities decoded, HTML dropped and the address read", () => {
    expect(read.events).toEqual([
      {
        key: "tunstall-library#https://tunstall-library.example.org/whats-on#event-cafe-stories-2027-10-26",
        uid: "https://tunstall-library.example.org/whats-on#event-cafe-stories-2027-10-26",
        source: "tunstall-library",
        title: "Café Stories & Rhymes",
        description:
          "Songs, stories & a cuppa in the library café for under-5s and their grown-ups.\n\nFree – no need to book.",
        url: "https://tunstall-library.example.org/whats-on/cafe-stories-and-rhymes",
        status: "scheduled",
        allDay: false,
        start: "2027-10-26T10:30:00+01:00",
        end: "2027-10-26T11:15:00+01:00",
        location: {
          text: "Tunstall Library, The Boulevard, Tunstall, ST6 5AD",
          postcode: "ST6 5AD",
          geo: { lat: 53.0582, lng: -2.2105 },
        },
        occurrences: [{ start: "2027-10-26T10:30:00+01:00", end: "2027-10-26T11:15:00+01:00", status: "scheduled" }],
        lastModified: "2027-09-30T10:12:00+01:00",
      },
      {
        key: "tunstall-library#https://tunstall-library.example.org/whats-on#event-family-history-2027-11-02",
        uid: "https://tunstall-library.example.org/whats-on#event-family-history-2027-11-02",
        source: "tunstall-library",
        title: "Family History Drop-in",
        description: "Cancelled: our volunteer is unwell. We’ll post a new date soon.",
        url: "https://tunstall-library.example.org/whats-on/family-history-drop-in",
        status: "cancelled",
        allDay: false,
        start: "2027-11-02T14:00:00+00:00",
        end: "2027-11-02T16:00:00+00:00",
        location: { text: "Tunstall Library, The Boulevard, Tunstall, Stoke-on-Trent ST6 5AD", postcode: "ST6 5AD" },
        occurrences: [{ start: "2027-11-02T14:00:00+00:00", end: "2027-11-02T16:00:00+00:00", status: "cancelled" }],
      },
    ]);
  });

  it("is a complete read with no problems: the Organization and the application/json script are not events", () => {
    expect(read.kind).toBe("jsonld");
    expect(read.problems).toEqual([]);
    expect(read.services).toEqual([]);
    expect(read.complete).toBe(true);
  });

  it("keeps only the events that start in the window, with no problem for the others", () => {
    const october = readJsonLdPage(fixture("event-page-library.html"), {
      source: "tunstall-library",
      window: { from: "2027-10-01T00:00:00+01:00", to: "2027-11-01T00:00:00Z" },
      pageUrl: LIBRARY_PAGE,
    });
    expect(october.events.map((found) => found.title)).toEqual(["Café Stories & Rhymes"]);
    const nextYear = readJsonLdPage(fixture("event-page-library.html"), {
      source: "tunstall-library",
      window: { from: "2028-01-01", to: "2028-02-01" },
      pageUrl: LIBRARY_PAGE,
    });
    expect(nextYear).toEqual({ kind: "jsonld", events: [], services: [], problems: [], complete: true });
  });

  it("says so, and drops the link, when a relative url cannot be resolved without the page's address", () => {
    const alone = readJsonLdPage(fixture("event-page-library.html"), { source: "tunstall-library", window: AUTUMN });
    const cafe = alone.events[0];
    expect(cafe?.uid).toBe("#event-cafe-stories-2027-10-26");
    expect(cafe?.url).toBeUndefined();
    expect(alone.problems).toEqual([
      {
        source: "tunstall-library",
        uid: "#event-cafe-stories-2027-10-26",
        line: 13,
        reason:
          'its url "/whats-on/cafe-stories-and-rhymes" is not a full web address, and the page\'s address is not known, so the link is dropped',
      },
    ]);
    expect(alone.complete).toBe(true);
  });
});

describe("readJsonLdPage: a community centre's page with several scripts", () => {
  const read = readJsonLdPage(fixture("event-page-community-centre.html"), {
    source: "burslem-community-centre",
    window: SPRING,
    pageUrl: CENTRE,
  });
  const named = (title: string) => read.events.find((found) => found.title === title);

  it("reads times without an offset as Stoke-on-Trent's wall clock, either side of the 28 March 2027 clock change", () => {
    expect(times(read.events)).toEqual([
      "Saturday Night Social: 2027-03-27T18:30:00+00:00 to 2027-03-27T22:00:00+00:00",
      "Monday Quiz Night: 2027-03-29T18:30:00+01:00 to 2027-03-29T21:00:00+01:00",
      "Repair Café: 2027-04-06T18:30:00+01:00 to 2027-04-06T20:30:00+01:00",
      "Spring Craft Fair: 2027-04-10T00:00:00+01:00 to 2027-04-11T00:00:00+01:00",
      "Knit & Natter: 2027-03-01T10:00:00+00:00 to 2027-03-01T12:00:00+00:00",
      "Online Coffee Catch-up: 2027-04-08T11:00:00+01:00 to 2027-04-08T13:00:00+01:00",
    ]);
  });

  it("reads a UTC (Z) time as that instant, shown at the city's summer offset", () => {
    expect(named("Repair Café")?.occurrences).toEqual([
      { start: "2027-04-06T18:30:00+01:00", end: "2027-04-06T20:30:00+01:00", status: "scheduled" },
    ]);
  });

  it("reads a date as a whole day, ending at the next midnight, and only that event as all day", () => {
    expect(read.events.filter((found) => found.allDay).map((found) => found.title)).toEqual(["Spring Craft Fair"]);
  });

  it("reads a weekly eventSchedule as a rule, with its dates in the window at 10:00 before and after the clocks change", () => {
    const knit = named("Knit & Natter");
    expect(knit?.rrule).toBe("FREQ=WEEKLY;BYDAY=MO;UNTIL=20270628T225959Z");
    expect(knit?.occurrences.map((occurrence) => `${occurrence.start} ${occurrence.status}`)).toEqual([
      "2027-03-01T10:00:00+00:00 scheduled",
      "2027-03-08T10:00:00+00:00 scheduled",
      "2027-03-15T10:00:00+00:00 scheduled",
      "2027-03-22T10:00:00+00:00 scheduled",
      "2027-03-29T10:00:00+01:00 cancelled",
      "2027-04-05T10:00:00+01:00 scheduled",
      "2027-04-12T10:00:00+01:00 scheduled",
      "2027-04-19T10:00:00+01:00 scheduled",
      "2027-04-26T10:00:00+01:00 scheduled",
    ]);
  });

  it("reads an event that is only online as Online, and gives an event with no end two hours", () => {
    expect(named("Online Coffee Catch-up")?.location).toEqual({ text: "Online" });
    expect(named("Online Coffee Catch-up")?.end).toBe("2027-04-08T13:00:00+01:00");
  });

  it("reads the address of a Place given as one string, postcode included", () => {
    expect(named("Monday Quiz Night")?.location).toEqual({
      text: "Burslem Community Centre, Moorland Road, Burslem, ST6 1DP",
      postcode: "ST6 1DP",
    });
  });

  it("reports the broken script at its line, and the events it cannot list, and still imports the rest", () => {
    expect(read.problems).toEqual([
      {
        source: "burslem-community-centre",
        uid: "https://burslem-community-centre.example.org/events/coffee-morning-2027-04-14",
        line: 45,
        reason: "the event has no name, so it is left out",
      },
      {
        source: "burslem-community-centre",
        uid: "https://burslem-community-centre.example.org/events/easter-egg-hunt-2027",
        line: 45,
        reason: "its endDate 2027-03-28T10:00:00 is before its startDate 2027-03-28T11:00:00, so it is left out",
      },
      {
        source: "burslem-community-centre",
        line: 129,
        reason: expect.stringMatching(/^this JSON-LD script is not valid JSON \(.+\)$/),
      },
    ]);
    expect(read.complete).toBe(false);
  });

  it("leaves out the event after the window without calling it a problem", () => {
    expect(named("Summer Fete")).toBeUndefined();
    expect(read.problems.some((problem) => problem.uid?.includes("summer-fete"))).toBe(false);
  });
});

describe("readJsonLdPage: what pages do", () => {
  it("reads a page with no JSON-LD as a complete read of nothing", () => {
    expect(
      readJsonLdPage("<!doctype html><title>Hello</title><p>No events here.</p>", { source: "test", window: SPRING }),
    ).toEqual({
      kind: "jsonld",
      events: [],
      services: [],
      problems: [],
      complete: true,
    });
  });

  it("reads a script whose JSON is a list, and an @type list naming an Event subtype", () => {
    const html = page(
      JSON.stringify([
        event({ "@type": ["Thing", "SocialEvent"], "@id": "https://example.org/a", name: "Social" }),
        { "@type": "Organization", name: "Not an event" },
        event({ "@type": "schema:MusicEvent", "@id": "https://example.org/b", name: "Gig" }),
      ]),
    );
    const read = readJsonLdPage(html, { source: "test", window: SPRING });
    expect(read.events.map((found) => found.uid)).toEqual(["https://example.org/a", "https://example.org/b"]);
  });

  it("matches the script type whatever its case, with parameters, and ignores other scripts", () => {
    const json = JSON.stringify(event());
    const html = `<html><head>
      <script type="APPLICATION/LD+JSON">${json}</script>
      <script type="application/ld+json; charset=utf-8">${JSON.stringify(event({ name: "Bingo" }))}</script>
      <script type="application/json">${JSON.stringify(event({ name: "Settings" }))}</script>
      <script>var x = ${json};</script>
      <template><script type="application/ld+json">${JSON.stringify(event({ name: "Inert" }))}</script></template>
    </head></html>`;
    expect(readJsonLdPage(html, { source: "test", window: SPRING }).events.map((found) => found.title)).toEqual([
      "Quiz",
      "Bingo",
    ]);
  });

  it("resolves a relative url against the page, or against its <base href>", () => {
    expect(readOne({ url: "../events/quiz" }, "https://hall.example.org/whats-on/april").events[0]?.url).toBe(
      "https://hall.example.org/events/quiz",
    );
    const based = `<html><head><base href="/en/"><script type="application/ld+json">${JSON.stringify(
      event({ url: "quiz" }),
    )}</script></head></html>`;
    const read = readJsonLdPage(based, {
      source: "test",
      window: SPRING,
      pageUrl: "https://hall.example.org/whats-on",
    });
    expect(read.events[0]?.url).toBe("https://hall.example.org/en/quiz");
  });

  it("refuses a javascript: url, with a problem, and still lists the event", () => {
    const read = readOne(
      { "@id": "https://hall.example.org/#quiz", url: "javascript:alert(1)" },
      "https://hall.example.org/",
    );
    expect(read.events).toHaveLength(1);
    expect(read.events[0]?.url).toBeUndefined();
    expect(read.problems).toEqual([
      {
        source: "test",
        uid: "https://hall.example.org/#quiz",
        line: 1,
        reason: 'its url "javascript:alert(1)" is not an http or https address, so the link is dropped',
      },
    ]);
    expect(read.complete).toBe(true);
  });

  it("uses @id, then url, then the name and start as the uid", () => {
    expect(readOne({ "@id": "urn:uuid:7d4c2f0e-1" }).events[0]?.key).toBe("test#urn:uuid:7d4c2f0e-1");
    expect(readOne({ url: "https://hall.example.org/quiz" }).events[0]?.uid).toBe("https://hall.example.org/quiz");
    expect(readOne({ "@id": "_:b0" }).events[0]?.uid).toBe("Quiz@2027-04-06T19:00");
  });

  it("names the missing startDate, and counts the read incomplete when a lost event has nothing to name it by", () => {
    const read = readJsonLdPage(page(JSON.stringify(event({ startDate: undefined }))), {
      source: "test",
      window: SPRING,
    });
    expect(read.problems.map((problem) => problem.reason)).toEqual(["the event has no startDate, so it is left out"]);
    expect(read.problems[0]?.uid).toBe("Quiz");
    expect(read.complete).toBe(true);
    const nameless = readJsonLdPage(page(JSON.stringify(event({ name: undefined }))), {
      source: "test",
      window: SPRING,
    });
    expect(nameless.problems).toEqual([
      { source: "test", line: 1, reason: "the event has no name, so it is left out" },
    ]);
    expect(nameless.complete).toBe(false);
  });

  it("finds events in subEvent, and lists an EventSeries through its subEvents, not itself", () => {
    const series = {
      "@context": "https://schema.org",
      "@type": "EventSeries",
      "@id": "https://example.org/festival",
      name: "Burslem Arts Week",
      startDate: "2027-04-05",
      endDate: "2027-04-11",
      subEvent: [
        event({ "@id": "https://example.org/festival/opening", name: "Opening night", superEvent: { "@id": "x" } }),
        event({ "@type": "TheaterEvent", "@id": "https://example.org/festival/play", name: "A play" }),
      ],
    };
    expect(
      readJsonLdPage(page(JSON.stringify(series)), { source: "test", window: SPRING }).events.map(
        (found) => found.title,
      ),
    ).toEqual(["Opening night", "A play"]);
  });

  it("does not list an embedded superEvent as an event of its own", () => {
    const session = event({ superEvent: { "@type": "Event", name: "The series", startDate: "2027-04-01" } });
    expect(findSchemaOrgEvents(session)).toEqual([session]);
  });

  it("lists one event once when a page repeats it, and tells apart events that share one url by their start", () => {
    const one = event({ "@id": "https://example.org/quiz" });
    const weekly = (startDate: string) => event({ url: "https://example.org/quiz-nights", startDate });
    const read = readJsonLdPage(
      page(JSON.stringify([one, one, weekly("2027-04-06T19:00"), weekly("2027-04-13T19:00")]), JSON.stringify(one)),
      { source: "test", window: SPRING },
    );
    expect(read.events.map((found) => found.key)).toEqual([
      "test#https://example.org/quiz",
      "test#https://example.org/quiz-nights#2027-04-06T19:00:00+01:00",
      "test#https://example.org/quiz-nights#2027-04-13T19:00:00+01:00",
    ]);
  });

  it("says which eventSchedule it cannot read, rather than reading it wrongly", () => {
    const read = readOne({
      "@id": "https://example.org/fair",
      startDate: undefined,
      eventSchedule: { "@type": "Schedule", repeatFrequency: "P1Y", startDate: "2027-04-10" },
    });
    expect(read.events).toEqual([]);
    expect(read.problems.map((problem) => problem.reason)).toEqual([
      "its eventSchedule repeats every P1Y, which this importer does not read yet, so it is left out",
    ]);
  });

  it("finds a script however deeply the page nests it", () => {
    const html = `${"<div>".repeat(20_000)}<script type="application/ld+json">${JSON.stringify(event())}</script>`;
    expect(readJsonLdPage(html, { source: "test", window: SPRING }).events).toHaveLength(1);
  });

  it("does not look deeper into JSON than any page needs", () => {
    let deep: unknown = event();
    for (let level = 0; level < 100; level += 1) deep = { "@graph": [deep] };
    expect(findSchemaOrgEvents(deep)).toEqual([]);
  });
});
