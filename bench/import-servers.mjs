// The other end of the import benchmark (bench/import-run.ts), in a process of its own as the feeds and the
// Blobs store are on other machines in production: 50 group calendars of 200 events each (weekly series with
// a skipped date, monthly ones, whole days and one-offs), served with ETags, and a local Blobs store. Prints
// the two ports as one JSON line, then serves until it is stopped. Given a folder as its third argument, the
// store is kept there when it stops (bench/build-run.ts builds the site with it); otherwise it is removed.
import { createServer } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BlobsServer } from "@netlify/blobs/server";
import { DateTime } from "luxon";

const SOURCES = Number(process.argv[2] ?? 50);
const EVENTS_PER_SOURCE = Number(process.argv[3] ?? 200);
const KEEP_STORE_IN = process.argv[4];
const PLACES = [
  "Tunstall Library",
  "Hanley Park",
  "Fenton Town Hall",
  "Longton Library",
  "Burslem Park",
  "Meir Library",
];

/** One source's calendar: its events spread over the coming year, a quarter of them series. */
function feed(source, today) {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:-//Bench ${source}//EN`];
  const at = (time) => time.toFormat("yyyyMMdd'T'HHmmss");
  for (let index = 0; index < EVENTS_PER_SOURCE; index++) {
    const start = today.plus({ days: (index * 7 + source) % 330, hours: 9 + (index % 10) });
    lines.push(
      "BEGIN:VEVENT",
      `UID:bench-${source}-${index}@example.org`,
      // Each title is its own (one shared word at most), as fifty groups' titles would be: the build lists
      // every event rather than judging events at one place and time with alike titles to be the same one.
      `SUMMARY:${["Coffee", "Walk", "Crafts", "Choir"][index % 4]} g${source}e${index}`,
      `DESCRIPTION:Everyone welcome. Session ${index} of the group's programme\\, with tea and biscuits.`,
      `LOCATION:${PLACES[(source + index) % PLACES.length]}\\, Stoke-on-Trent`,
      "DTSTAMP:20261201T120000Z",
    );
    if (index % 8 === 0) {
      lines.push(
        `DTSTART;TZID=Europe/London:${at(start)}`,
        `DTEND;TZID=Europe/London:${at(start.plus({ hours: 2 }))}`,
        "RRULE:FREQ=WEEKLY;COUNT=40",
        `EXDATE;TZID=Europe/London:${at(start.plus({ weeks: 3 }))}`,
      );
    } else if (index % 8 === 1) {
      // A monthly series starts on a date its rule gives, as calendar apps write it: its month's first Tuesday.
      const first = start.startOf("month").set({ hour: start.hour });
      const tuesday = first.plus({ days: (2 - first.weekday + 7) % 7 });
      lines.push(
        `DTSTART;TZID=GMT Standard Time:${at(tuesday)}`,
        `DTEND;TZID=GMT Standard Time:${at(tuesday.plus({ hours: 1 }))}`,
        "RRULE:FREQ=MONTHLY;BYDAY=1TU;COUNT=12",
      );
    } else if (index % 8 === 2) {
      lines.push(
        `DTSTART;VALUE=DATE:${start.toFormat("yyyyMMdd")}`,
        `DTEND;VALUE=DATE:${start.plus({ days: 1 }).toFormat("yyyyMMdd")}`,
      );
    } else {
      lines.push(`DTSTART:${at(start.toUTC())}Z`, "DURATION:PT1H30M");
    }
    lines.push("END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return `${lines.join("\r\n")}\r\n`;
}

const today = DateTime.now().setZone("Europe/London").startOf("day");
const feeds = Array.from({ length: SOURCES }, (_, source) => feed(source, today));
const server = createServer((request, response) => {
  const source = Number(/\/feed-(\d+)\.ics/.exec(request.url ?? "")?.[1] ?? -1);
  const body = feeds[source];
  if (body === undefined) return void response.writeHead(404).end();
  const etag = `"bench-${source}"`;
  if (request.headers["if-none-match"] === etag) return void response.writeHead(304).end();
  response.writeHead(200, { "content-type": "text/calendar; charset=utf-8", etag }).end(body);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const directory = KEEP_STORE_IN ?? mkdtempSync(join(tmpdir(), "stoke-bench-imports-"));
const blobs = new BlobsServer({ directory, token: "bench" });
const { port: blobsPort } = await blobs.start();
const stop = async () => {
  await blobs.stop();
  server.close();
  if (!KEEP_STORE_IN) rmSync(directory, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
console.log(JSON.stringify({ feedPort: server.address().port, blobsPort, events: SOURCES * EVENTS_PER_SOURCE }));
