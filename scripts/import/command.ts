/**
 * `npm run import`: reads sources and says what they hold. With `--dry-run` it writes nothing: give it files
 * or addresses (or none, for every source in content/sources/ that is not paused) and it prints a progress
 * line per source on stderr, then a summary, or with `--json` one JSON document on stdout, the importer's
 * public contract (see the README). It runs the same code as the hourly import.
 */
import { parseArgs } from "node:util";
import { readCollectionFiles } from "../../netlify/lib/content-files";
import { importAll, type ImportReport, type ImportTarget, type SourceOutcome } from "../../netlify/lib/importer";
import type { ImportedEvent } from "../../src/lib/import/model";
import type { KnownPlace } from "../../src/lib/import/places";
import { importWindow, windowBetween } from "../../src/lib/import/window";

const USAGE = `Usage: npm run import -- --dry-run [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [FILE_OR_URL…]

  --dry-run     read the sources and write nothing (the only way this command runs for now)
  --json        print one JSON document on stdout: events, problems, duplicates, services, sources
  --from, --to  the window of occurrences kept (default: today up to twelve months ahead)
  --allow-private-addresses
                let addresses on this machine or a private network be fetched (for a feed served
                locally while developing; the hourly import never does)
  FILE_OR_URL   calendar files, event pages, ORUK or RPDE pages, as files or addresses; with none,
                every source in content/sources/ that is not paused`;

/** The event as the dry run prints it: the matched place's id, or the location as the feed gives it. */
function printable(event: ImportedEvent) {
  const { place, location, ...rest } = event;
  return {
    key: rest.key,
    uid: rest.uid,
    source: rest.source,
    title: rest.title,
    status: rest.status,
    allDay: rest.allDay,
    ...(rest.rrule ? { rrule: rest.rrule } : {}),
    start: rest.start,
    end: rest.end,
    ...(place ? { place } : { location }),
    ...(rest.url ? { url: rest.url } : {}),
    ...(rest.description ? { description: rest.description } : {}),
    ...(rest.lastModified ? { lastModified: rest.lastModified } : {}),
    occurrences: rest.occurrences,
  };
}

/** The one JSON document of `--dry-run --json`. */
export function dryRunDocument(report: ImportReport) {
  return {
    window: report.window,
    sources: report.sources.map((outcome) => ({
      source: outcome.source,
      address: outcome.address,
      ...(outcome.kind ? { kind: outcome.kind } : {}),
      complete: outcome.complete,
      ...(outcome.failure ? { failure: outcome.failure } : {}),
      events: outcome.events.length,
      services: outcome.services.length,
      problems: outcome.problems.length,
    })),
    events: report.sources.flatMap((outcome) => outcome.events.map(printable)),
    services: report.sources.flatMap((outcome) => outcome.services),
    problems: report.sources.flatMap((outcome) => outcome.problems),
    duplicates: report.duplicates,
  };
}

/** "1 event", "2 events". */
function count(number: number, noun: string): string {
  return `${number} ${noun}${number === 1 ? "" : "s"}`;
}

function progressLine(outcome: SourceOutcome): string {
  const kind = outcome.kind ? ` (${outcome.kind})` : "";
  if (outcome.failure && outcome.events.length === 0 && outcome.services.length === 0) {
    return `✗ ${outcome.source}${kind}: ${outcome.failure}`;
  }
  const found = [
    outcome.events.length > 0 || outcome.services.length === 0 ? count(outcome.events.length, "event") : "",
    outcome.services.length > 0 ? count(outcome.services.length, "service") : "",
    outcome.problems.length > 0 ? count(outcome.problems.length, "problem") : "",
  ].filter(Boolean);
  return `${outcome.complete ? "✓" : "!"} ${outcome.source}${kind}: ${found.join(", ")}${outcome.complete ? "" : " (read in part)"}`;
}

/** The sources in content/sources/ that are not paused, as import targets. */
function contentTargets(root: string): ImportTarget[] {
  const { listings, problems } = readCollectionFiles(root, "sources");
  if (problems.length > 0) throw new Error(`content/sources/ has problems:\n- ${problems.join("\n- ")}`);
  return listings
    .filter((entry) => !entry.data.paused)
    .map((entry) => ({
      source: entry.id,
      address: entry.data.url,
      kind: entry.data.kind,
      location: entry.data.location,
      place: entry.data.place,
    }));
}

/** Runs the command; returns the exit code. */
export async function main(argv: string[], now = new Date()): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "dry-run": { type: "boolean" },
        json: { type: "boolean" },
        from: { type: "string" },
        to: { type: "string" },
        "allow-private-addresses": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values["dry-run"]) {
    console.error(`Only a dry run is available from the command line for now: add --dry-run.\n\n${USAGE}`);
    return 2;
  }
  const window = windowBetween(values.from, values.to, importWindow(now));
  if (!window.ok) {
    console.error(window.reason);
    return 2;
  }
  const root = process.cwd();
  const places: KnownPlace[] = readCollectionFiles(root, "places").listings.map(({ id, data }) => ({
    id,
    name: data.name,
    ...(data.postcode ? { postcode: data.postcode } : {}),
    ...(data.geo ? { geo: data.geo } : {}),
  }));
  const targets: ImportTarget[] =
    positionals.length > 0 ? positionals.map((address) => ({ source: address, address })) : contentTargets(root);
  const report = await importAll(targets, {
    window: window.window,
    places,
    ...(values["allow-private-addresses"] ? { allow: () => true } : {}),
    onSource: (outcome) => console.error(progressLine(outcome)),
  });
  const document = dryRunDocument(report);
  const partial = report.sources.filter((outcome) => !outcome.complete).length;
  console.error(
    `${count(targets.length, "source")} read: ${count(document.events.length, "event")}, ` +
      `${count(document.services.length, "service")}, ${count(document.problems.length, "problem")}, ` +
      `${count(document.duplicates.length, "duplicate")}` +
      (partial > 0 ? `; ${partial} could not be read in full` : "") +
      ". Nothing was written.",
  );
  if (values.json) process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  return 0;
}
