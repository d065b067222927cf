/** Stored import results made from the fixture files, for tests of what is built from them. */
import { readFileSync } from "node:fs";
import { readICalendar } from "../../src/lib/import/ical";
import { readJsonLdPage } from "../../src/lib/import/json-ld";
import { emptyResult, mergeFetch, type SourceResult } from "../../src/lib/import/merge";
import { placeByRule, type KnownPlace } from "../../src/lib/import/places";
import { knownPlaces } from "../../netlify/lib/content-files";

const window = { from: "2027-03-01T00:00:00+00:00", to: "2028-03-01T00:00:00+00:00" };
/** When the fixtures are fetched. */
export const FETCHED = new Date("2027-03-01T10:00:00Z");
/** The places in content/places/. */
export const places = knownPlaces(".");

/**
 * A source's stored result after one fetch of a fixture, placed as the importer does for a source whose
 * default place is Tunstall Library.
 */
export function resultOf(source: string, file: string, known: readonly KnownPlace[] = places): SourceResult {
  const text = readFileSync(`tests/fixtures/import/${file}`, "utf8");
  const read = file.endsWith(".ics")
    ? readICalendar(text, { source, window })
    : readJsonLdPage(text, { source, window, pageUrl: "https://tunstall-library.example.org/whats-on" });
  const events = read.events.map((event) => placeByRule(event, { place: "tunstall-library" }, known));
  const outcome = { ...read, events, notModified: false, deleted: [] };
  return mergeFetch(emptyResult(source, `https://example.org/${file}`), outcome, FETCHED).result;
}
