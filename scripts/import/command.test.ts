/**
 * `npm run import -- --dry-run --json`, the importer's public contract: over the fixture files, and over a
 * local HTTP server (which only --allow-private-addresses may reach).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getStore } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { main } from "./command";

const FIXTURES = "tests/fixtures/import";
const NOW = new Date("2027-01-01T12:00:00Z");

/** Runs the command, capturing what it prints. */
async function run(...argv: string[]) {
  let stdout = "";
  const errors: string[] = [];
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const error = vi
    .spyOn(console, "error")
    .mockImplementation((...parts: unknown[]) => void errors.push(parts.join(" ")));
  try {
    const code = await main(argv, NOW);
    return { code, stdout, stderr: errors.join("\n") };
  } finally {
    write.mockRestore();
    error.mockRestore();
  }
}

interface Document {
  window: { from: string; to: string };
  sources: { source: string; kind?: string; complete: boolean; failure?: string; events: number }[];
  events: {
    key: string;
    uid: string;
    source: string;
    title: string;
    status: string;
    allDay: boolean;
    rrule?: string;
    place?: string;
    location?: { text?: string };
    occurrences: { start: string; end: string; status: string }[];
  }[];
  services: { id: string; name: string }[];
  problems: { source: string; uid?: string; line?: number; reason: string }[];
  duplicates: [string, string][];
}

describe("npm run import -- --dry-run --json", () => {
  it("prints one JSON document: events with places or locations, occurrences, problems, duplicates and services", async () => {
    const files = [
      "google-calendar.ics",
      "broken-calendar.ics",
      "event-page-library.html",
      "oruk-services-page-1.json",
    ];
    const { code, stdout, stderr } = await run("--dry-run", "--json", ...files.map((file) => `${FIXTURES}/${file}`));
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as Document;
    // The window defaults to today (in Stoke-on-Trent) up to twelve months ahead.
    expect(document.window).toEqual({ from: "2027-01-01T00:00:00+00:00", to: "2028-01-01T00:00:00+00:00" });
    expect(document.sources.map(({ kind, complete }) => [kind, complete])).toEqual([
      ["ical", true],
      ["ical", false],
      ["jsonld", true],
      ["oruk", false],
    ]);
    const club = document.events.find((event) => event.title === "Book club")!;
    expect(club).toMatchObject({
      key: `${FIXTURES}/google-calendar.ics#7kq2b3c4d5e6f7g8h9i0j1k2l3@google.com`,
      status: "scheduled",
      allDay: false,
      rrule: "FREQ=WEEKLY;BYDAY=TU;UNTIL=20270427T173000Z",
      place: "tunstall-library",
    });
    expect(club.location).toBeUndefined();
    expect(club.occurrences[2]).toEqual({
      start: "2027-03-31T18:30:00+01:00",
      end: "2027-03-31T20:00:00+01:00",
      status: "scheduled",
    });
    // The same half-term story time, on the library's page and in its calendar, is one pair.
    const stories = document.events.filter((event) => /stories/i.test(event.title)).map((event) => event.key);
    expect(stories).toHaveLength(2);
    expect(document.duplicates).toEqual([[...stories].sort()]);
    expect(document.problems.filter((problem) => problem.source.endsWith("broken-calendar.ics"))).toHaveLength(7);
    expect(document.problems).toContainEqual({
      source: `${FIXTURES}/broken-calendar.ics`,
      uid: "fenton-no-start@example.org",
      line: 4,
      reason: "has no DTSTART",
    });
    expect(document.services.map((service) => service.name).length).toBeGreaterThan(0);
    // A progress line per source, then a summary, on stderr.
    expect(stderr).toContain(`✓ ${FIXTURES}/google-calendar.ics (ical): 5 events`);
    expect(stderr).toContain(`! ${FIXTURES}/broken-calendar.ics (ical): 1 event, 7 problems (read in part)`);
    expect(stderr).toMatch(
      /4 sources read: \d+ events, \d+ services, \d+ problems, 1 duplicate; 2 could not be read in full\. Nothing was written\.$/,
    );
  });

  it("keeps only the window asked for, its last day included", async () => {
    const { stdout } = await run(
      "--dry-run",
      "--json",
      "--from",
      "2027-03-25",
      "--to",
      "2027-04-13",
      `${FIXTURES}/google-calendar.ics`,
    );
    const document = JSON.parse(stdout) as Document;
    expect(document.window).toEqual({ from: "2027-03-25T00:00:00+00:00", to: "2027-04-14T00:00:00+01:00" });
    expect(document.events.map((event) => event.occurrences.map((occurrence) => occurrence.start))).toEqual([
      ["2027-03-31T18:30:00+01:00", "2027-04-13T18:30:00+01:00"],
    ]);
  });

  it("reads a file that is none of the kinds, or is missing, as a source that could not be read", async () => {
    const { code, stdout } = await run("--dry-run", "--json", "package.json", `${FIXTURES}/missing.ics`);
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as Document;
    expect(document.sources.map((source) => source.failure)).toEqual([
      "package.json is not a calendar, an event page, a services API or an OpenActive feed",
      `${FIXTURES}/missing.ics is not a file here`,
    ]);
    expect(document.events).toEqual([]);
  });

  it("refuses to run without --dry-run, or with a date it cannot read, saying why", async () => {
    const bare = await run(`${FIXTURES}/google-calendar.ics`);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("add --dry-run");
    const badDate = await run("--dry-run", "--from", "1 March", `${FIXTURES}/google-calendar.ics`);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toBe('--from must be a date written YYYY-MM-DD, not "1 March"');
    const unknown = await run("--dry-run", "--jsn");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--jsn'");
  });

  describe("over the network", () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      const calendar = readFileSync(`${FIXTURES}/outlook-calendar.ics`);
      server = createServer((_request, response) => {
        response.writeHead(200, { "content-type": "text/calendar; charset=utf-8" }).end(calendar);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("refuses an address on this machine, as the hourly import does", async () => {
      const { stdout } = await run("--dry-run", "--json", `${base}/carers.ics`);
      const document = JSON.parse(stdout) as Document;
      expect(document.sources[0]!.failure).toBe(`${base}/carers.ics points inside a private network or this machine`);
    });

    it("reads a feed served locally when a developer allows it, telling its kind from the answer", async () => {
      const { stdout } = await run("--dry-run", "--json", "--allow-private-addresses", `${base}/carers`);
      const document = JSON.parse(stdout) as Document;
      expect(document.sources[0]).toMatchObject({ kind: "ical", complete: true, events: 3 });
      expect(document.events[0]!.title).toBe("Carers' café");
    });
  });

  describe("without --dry-run, into the local platform's store", () => {
    it("makes the hourly import's run for one source, here from a file, and stores its result whole", async () => {
      const directory = mkdtempSync(join(tmpdir(), "stoke-import-"));
      const { code, stderr } = await run(
        "--store",
        directory,
        "--source",
        "example-group-calendar",
        "--file",
        `${FIXTURES}/google-calendar.ics`,
      );
      expect(code).toBe(0);
      expect(stderr).toContain("✓ example-group-calendar: 5 events kept (5 new, 0 changed, 0 removed)");
      const server = new BlobsServer({ directory, token: "check" });
      const { port } = await server.start();
      try {
        const url = `http://127.0.0.1:${port}`;
        const store = getStore({ name: "imports", siteID: "0", token: "check", edgeURL: url, uncachedEdgeURL: url });
        const result = (await store.get("results/example-group-calendar", { type: "json" })) as {
          events: { event: { title: string; place?: string } }[];
        };
        expect(result.events.map((kept) => kept.event.title)).toContain("Book club");
        expect(result.events[0]!.event.place).toBe("tunstall-library");
      } finally {
        await server.stop();
      }
    });

    it("refuses a file without a source, or a source that is not in content/sources/", async () => {
      expect((await run("--file", `${FIXTURES}/google-calendar.ics`)).code).toBe(2);
      const unknown = await run("--source", "nowhere", "--store", mkdtempSync(join(tmpdir(), "stoke-import-")));
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toBe('There is no source "nowhere" in content/sources/.');
    });
  });
});
