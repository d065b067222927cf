/**
 * Imports from sources: fetches each one safely (source-fetch.ts), or reads a local file for a dry run,
 * tells its kind when it does not say, reads it with the pure readers in src/lib/import/, follows the pages
 * of a paginated API, matches each event's location to a known place, and finds the same event published by
 * two sources. The same code runs in `npm run import` and, with the store around it, in the hourly import.
 */
import { readFile } from "node:fs/promises";
import { findDuplicates } from "../../src/lib/import/dedup";
import { detectKind } from "../../src/lib/import/detect";
import type { ImportProblem, ImportWindow, ImportedEvent, OrukService, SourceKind } from "../../src/lib/import/model";
import { placeByRule, type KnownPlace, type LocationRule } from "../../src/lib/import/places";
import { readBody } from "../../src/lib/import/read";
import { fetchSource, type AddressPolicy, type SourceFetchResult } from "./source-fetch";

/** The most pages read from one paginated source (ORUK, RPDE) in one import. */
export const MAX_PAGES = 100;

/** One source to read: its id, where it is (a URL, or a local file in a dry run), and its kind if known. */
export interface ImportTarget extends LocationRule {
  source: string;
  address: string;
  kind?: SourceKind | undefined;
  /** What the last good fetch said, so an unchanged feed costs nothing. */
  etag?: string | undefined;
  lastModified?: string | undefined;
}

/** What reading one source gave. */
export interface SourceOutcome {
  source: string;
  address: string;
  kind?: SourceKind;
  /** False when anything could not be read: such a read never removes events, nor replaces a good copy. */
  complete: boolean;
  /** True when the source answered "not modified": nothing was read, and nothing changes. */
  notModified: boolean;
  /** Why the source could not be read at all, when it could not. */
  failure?: string;
  events: ImportedEvent[];
  services: OrukService[];
  problems: ImportProblem[];
  /** RPDE items the feed says were deleted, by id. */
  deleted: string[];
  etag?: string;
  lastModified?: string;
  pages: number;
}

/** How the importer reaches the world; tests and the dry run change these. */
export interface ImportOptions {
  window: ImportWindow;
  places: readonly KnownPlace[];
  /** Which addresses may be fetched (public ones only unless a developer says otherwise). */
  allow?: AddressPolicy;
  /** Fetches a source; `fetchSource` unless a test gives its own. */
  fetch?: typeof fetchSource;
  /** Reads a local file, for a dry run over files. */
  readLocal?: (path: string) => Promise<string>;
}

/** True when an address is a web address rather than a local file. */
export function isWebAddress(address: string): boolean {
  return /^(https?|webcals?):\/\//i.test(address.trim());
}

async function load(
  address: string,
  target: ImportTarget,
  options: ImportOptions,
  first: boolean,
): Promise<SourceFetchResult> {
  if (!isWebAddress(address)) {
    try {
      const body = await (options.readLocal ?? ((path) => readFile(path, "utf8")))(address);
      return { kind: "fetched", url: address, body, contentType: "" };
    } catch (error) {
      const code = (error as { code?: string }).code;
      return { kind: "failed", url: address, reason: code === "ENOENT" ? "is not a file here" : "could not be read" };
    }
  }
  const fetcher = options.fetch ?? fetchSource;
  return fetcher(address, {
    ...(first ? { etag: target.etag, lastModified: target.lastModified } : {}),
    ...(options.allow ? { allow: options.allow } : {}),
  });
}

/**
 * Reads one source, all its pages, and never throws: a source that cannot be fetched or read comes back
 * incomplete with the reason, and every event it could read is kept.
 */
export async function importSource(target: ImportTarget, options: ImportOptions): Promise<SourceOutcome> {
  const outcome: SourceOutcome = {
    source: target.source,
    address: target.address,
    complete: true,
    notModified: false,
    events: [],
    services: [],
    problems: [],
    deleted: [],
    pages: 0,
  };
  const fail = (reason: string) => {
    outcome.complete = false;
    outcome.failure ??= reason;
    outcome.problems.push({ source: target.source, reason });
  };
  const visited = new Set<string>();
  let address: string | undefined = target.address;
  let kind = target.kind;
  while (address !== undefined) {
    if (outcome.pages >= MAX_PAGES) {
      fail(`has more than ${MAX_PAGES} pages: the rest were not read`);
      break;
    }
    if (visited.has(address)) break;
    visited.add(address);
    const loaded = await load(address, target, options, outcome.pages === 0);
    if (loaded.kind === "not-modified") {
      outcome.notModified = outcome.pages === 0;
      break;
    }
    if (loaded.kind === "failed") {
      fail(
        outcome.pages === 0 ? `${address} ${loaded.reason}` : `page ${outcome.pages + 1} (${address}) ${loaded.reason}`,
      );
      break;
    }
    outcome.pages += 1;
    if (outcome.pages === 1) {
      if (loaded.etag) outcome.etag = loaded.etag;
      if (loaded.lastModified) outcome.lastModified = loaded.lastModified;
    }
    kind ??= detectKind({ body: loaded.body, contentType: loaded.contentType, url: loaded.url });
    if (!kind) {
      fail(`${address} is not a calendar, an event page, a services API or an OpenActive feed`);
      break;
    }
    outcome.kind = kind;
    const read = readBody(kind, loaded.body, { source: target.source, window: options.window, pageUrl: loaded.url });
    outcome.events.push(...read.events.map((event) => placeByRule(event, target, options.places)));
    outcome.services.push(...read.services);
    outcome.problems.push(...read.problems);
    outcome.deleted.push(...read.deleted);
    if (!read.complete) outcome.complete = false;
    address = read.next && isWebAddress(address) ? read.next : undefined;
  }
  return outcome;
}

/** Everything an import read, across its sources, with the events judged the same across sources. */
export interface ImportReport {
  window: ImportWindow;
  sources: SourceOutcome[];
  duplicates: [string, string][];
}

/** Reads every target, a few at a time, and pairs the same event across sources. */
export async function importAll(
  targets: readonly ImportTarget[],
  options: ImportOptions & { concurrency?: number; onSource?: (outcome: SourceOutcome) => void },
): Promise<ImportReport> {
  const outcomes: SourceOutcome[] = new Array(targets.length);
  let next = 0;
  const worker = async () => {
    while (next < targets.length) {
      const index = next++;
      outcomes[index] = await importSource(targets[index]!, options);
      options.onSource?.(outcomes[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 6, targets.length) }, worker));
  return {
    window: options.window,
    sources: outcomes,
    duplicates: findDuplicates(outcomes.flatMap((outcome) => outcome.events)),
  };
}
