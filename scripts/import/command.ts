/**
 * `npm run import`: reads sources and says what they hold. With `--dry-run` it writes nothing: give it files
 * or addresses (or none, for every source in content/sources/ that is not paused) and it prints a progress
 * line per source on stderr, then a summary, or with `--json` one JSON document on stdout, the importer's
 * public contract (see the README). Without `--dry-run` it makes the hourly import's run (the same code) on
 * the sources in content/sources/, into the local platform's Blobs store, for `npm start` to publish.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { getStore } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { IMPORTS_STORE } from "../../src/lib/import/store-keys";
import { describeRun } from "../../netlify/functions/import-sources";
import { createImportStore } from "../../netlify/lib/import-store";
import { runImport } from "../../netlify/lib/import-run";
import { knownPlaces, readCollectionFiles } from "../../netlify/lib/content-files";
import { importAll, type ImportReport, type ImportTarget, type SourceOutcome } from "../../netlify/lib/importer";
import type { ImportedEvent } from "../../src/lib/import/model";
import { importWindow, windowBetween } from "../../src/lib/import/window";

const USAGE = `Usage: npm run import -- --dry-run [--json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [FILE_OR_URL…]
       npm run import [-- --store DIR] [--source ID]

  --dry-run     read the sources and write nothing
  --store       without --dry-run: the local Blobs store to import into (default .netlify/blobs-serve,
                the one npm start and npm run serve use)
  --source      without --dry-run: import only this source (its file name in content/sources/), even if paused
  --file        with --source: read the source's listings from this file instead of its address (to try a
                source before its feed is public, or for tests)
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

/** The hourly import's run, into a local Blobs store on disk; returns the exit code. */
async function importIntoStore(options: {
  store: string;
  only: string | undefined;
  file: string | undefined;
  allowPrivate: boolean;
}): Promise<number> {
  const root = process.cwd();
  const { listings, problems } = readCollectionFiles(root, "sources");
  if (problems.length > 0) {
    console.error(`content/sources/ has problems:\n- ${problems.join("\n- ")}`);
    return 1;
  }
  if (options.only && !listings.some((entry) => entry.id === options.only)) {
    console.error(`There is no source "${options.only}" in content/sources/.`);
    return 2;
  }
  const file = options.file;
  let fileBody: string | undefined;
  if (file !== undefined) {
    try {
      fileBody = readFileSync(file, "utf8");
    } catch {
      console.error(`${file} cannot be read.`);
      return 2;
    }
  }
  const token = "local-import";
  const server = new BlobsServer({ directory: options.store, token });
  const { port } = await server.start();
  try {
    const url = `http://127.0.0.1:${port}`;
    const store = createImportStore(
      getStore({ name: IMPORTS_STORE, siteID: "0", token, edgeURL: url, uncachedEdgeURL: url, consistency: "strong" }),
    );
    const report = await runImport({
      sources: listings,
      store,
      places: knownPlaces(root),
      now: () => new Date(),
      budgetMs: Number.POSITIVE_INFINITY,
      rebuild: async () => ({ status: "not-configured" }),
      ...(options.only ? { only: options.only } : {}),
      ...(options.allowPrivate ? { allow: () => true } : {}),
      ...(file
        ? // The file is read as the body at the source's address, so a services API's paging is read from there.
          {
            fetch: async (address: string) => ({
              kind: "fetched" as const,
              url: address,
              body: fileBody!,
              contentType: "",
            }),
          }
        : {}),
    });
    for (const run of report.fetched) {
      const { added, updated, removed } = run.changes;
      const state = run.ok ? "✓" : "!";
      const why = run.failure ? `: ${run.failure}` : run.ok ? "" : ": read only in part (see source health)";
      console.error(
        `${state} ${run.source}: ${count(run.events, "event")}${run.services > 0 ? ` and ${count(run.services, "service")}` : ""} kept (${added} new, ${updated} changed, ${removed} removed)${why}`,
      );
    }
    console.error(
      `${describeRun(report).replace(/^import: /, "")}. Stored in ${options.store}/; npm start publishes it.`,
    );
    return 0;
  } finally {
    await server.stop();
  }
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
        store: { type: "string" },
        source: { type: "string" },
        file: { type: "string" },
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
    if (positionals.length > 0) {
      console.error(`Files and addresses are read only in a dry run: add --dry-run, or add a source.\n\n${USAGE}`);
      return 2;
    }
    if (values.file !== undefined && values.source === undefined) {
      console.error(`--file reads one source's listings: say which with --source.\n\n${USAGE}`);
      return 2;
    }
    return importIntoStore({
      store: values.store ?? join(".netlify", "blobs-serve"),
      only: values.source,
      file: values.file,
      allowPrivate: values["allow-private-addresses"] === true,
    });
  }
  const window = windowBetween(values.from, values.to, importWindow(now));
  if (!window.ok) {
    console.error(window.reason);
    return 2;
  }
  const root = process.cwd();
  const places = knownPlaces(root);
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
