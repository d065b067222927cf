/** Stored import results made from the fixture files, for tests of what is built from them. */
import { readFileSync } from "node:fs";
import { readICalendar } from "../../src/lib/import/ical";
import { readJsonLdPage } from "../../src/lib/import/json-ld";
import { emptyResult, mergeFetch, type SourceResult } from "../../src/lib/import/merge";
import { matchPlace } from "../../src/lib/import/places";
import { knownPlaces } from "../../netlify/functions/import-sources";

const window = { from: "2027-03-01T00:00:00+00:00", to: "2028-03-01T00:00:00+00:00" };
/** When the fixtures are fetched. */
export const FETCHED = new Date("2027-03-01T10:00:00Z");
const places = knownPlaces(".");

/** A source's stored result after one fetch of a fixture, with places matched as the importer does. */
export function resultOf(source: string, file: string): SourceResult {
  const text = readFileSync(`tests/fixtures/import/${file}`, "utf8");
  const read = file.endsWith(".ics")
    ? readICalendar(text, { source, window })
    : readJsonLdPage(text, { source, window, pageUrl: "https://tunstall-library.example.org/whats-on" });
  const events = read.events.map((event) => {
    const place = matchPlace(event.location, places);
    return place ? { ...event, place } : event;
  });
  const outcome = { ...read, events, notModified: false, deleted: [] };
  return mergeFetch(emptyResult(source, `https://example.org/${file}`), outcome, FETCHED).result;
}
