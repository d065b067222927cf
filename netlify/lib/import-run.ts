/**
 * One run of the import, as the hourly function and "fetch now" make it: for each source in content/sources/
 * that is not paused (the least recently fetched first, until the time budget is spent), fetch it with what
 * the last good fetch said, merge what it gave into its stored result, and store the result whole. A rebuild
 * is asked for only when some source's listings changed.
 */
import type { Source } from "../../src/lib/domain/source";
import { emptyResult, mergeFetch, type MergeChanges } from "../../src/lib/import/merge";
import type { KnownPlace } from "../../src/lib/import/places";
import { DAYS_KEPT, importWindow } from "../../src/lib/import/window";
import type { RebuildResult } from "./build-hook";
import { importSource } from "./importer";
import type { ImportStore } from "./import-store";
import type { AddressPolicy, fetchSource } from "./source-fetch";

/** How many sources are fetched at once. */
const CONCURRENCY = 4;

/** What one run did for one source. */
export interface SourceRun {
  source: string;
  ok: boolean;
  changes: MergeChanges;
  events: number;
  services: number;
  failure?: string;
}

/** What one run did. */
export interface RunReport {
  fetched: SourceRun[];
  /** Sources left for the next run because the time budget was spent. */
  skipped: string[];
  rebuild?: RebuildResult;
}

/** What a run needs. */
export interface RunOptions {
  sources: readonly { id: string; data: Source }[];
  store: ImportStore;
  places: readonly KnownPlace[];
  now: () => Date;
  /** No source is started after this long; what is left waits for the next run. */
  budgetMs: number;
  rebuild: (reason: string) => Promise<RebuildResult>;
  /** Fetch only this source (a moderator's "fetch now"), paused or not. */
  only?: string;
  allow?: AddressPolicy;
  fetch?: typeof fetchSource;
}

function changed(changes: MergeChanges): boolean {
  return changes.added + changes.updated + changes.removed > 0;
}

/** Runs the import; never throws for a source's faults, only when the store cannot be reached. */
export async function runImport(options: RunOptions): Promise<RunReport> {
  const started = options.now().getTime();
  const chosen = options.only
    ? options.sources.filter((source) => source.id === options.only)
    : options.sources.filter((source) => !source.data.paused);
  const previous = new Map(
    await Promise.all(chosen.map(async (source) => [source.id, await options.store.read(source.id)] as const)),
  );
  // The least recently fetched first, so a run cut short by its budget is made up by the next one.
  const queue = [...chosen].sort(
    (a, b) =>
      (previous.get(a.id)?.lastFetchAt ?? "").localeCompare(previous.get(b.id)?.lastFetchAt ?? "") ||
      a.id.localeCompare(b.id),
  );
  const report: RunReport = { fetched: [], skipped: [] };
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const now = options.now();
      if (now.getTime() - started > options.budgetMs) {
        report.skipped.push(next.id);
        continue;
      }
      const before = previous.get(next.id);
      const last = before && before.address === next.data.url ? before : undefined;
      const outcome = await importSource(
        {
          source: next.id,
          address: next.data.url,
          // A source keeps the kind it was first read as: a calendar that answers with a web page is broken.
          kind: next.data.kind ?? last?.kind,
          location: next.data.location,
          place: next.data.place,
          etag: last?.etag,
          lastModified: last?.lastModified,
        },
        {
          window: importWindow(now, DAYS_KEPT),
          places: options.places,
          ...(options.allow ? { allow: options.allow } : {}),
          ...(options.fetch ? { fetch: options.fetch } : {}),
        },
      );
      // A source whose address changed keeps its events until the new address gives its own, but not the
      // old address's validators.
      const base = before ? { ...before, address: next.data.url } : emptyResult(next.id, next.data.url);
      if (!last) {
        delete base.etag;
        delete base.lastModified;
      }
      const { result, changes } = mergeFetch(base, outcome, options.now());
      await options.store.write(result);
      report.fetched.push({
        source: next.id,
        ok: result.lastSuccessAt === result.lastFetchAt,
        changes,
        events: result.events.length,
        services: result.services.length,
        ...(outcome.failure ? { failure: outcome.failure } : {}),
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, chosen.length) }, worker));
  report.fetched.sort((a, b) => a.source.localeCompare(b.source));
  const changedSources = report.fetched.filter((run) => changed(run.changes)).map((run) => run.source);
  if (changedSources.length > 0) {
    const names = changedSources.length <= 3 ? changedSources.join(", ") : `${changedSources.length} sources`;
    report.rebuild = await options.rebuild(`Imported listings changed: ${names}`);
  }
  return report;
}
