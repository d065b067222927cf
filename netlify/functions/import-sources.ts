/**
 * The hourly import: reads every source in content/sources/ that is not paused, keeps each one's result in
 * Netlify Blobs (replaced whole), and asks for a rebuild when any source's listings changed. A scheduled
 * function has 30 seconds, so it starts no source after 20: the least recently fetched go first, and what is
 * left goes first next hour. Needs BUILD_HOOK_URL for the rebuild (without it, listings wait for the next build).
 */
import type { Config } from "@netlify/functions";
import { requestRebuild } from "../lib/build-hook";
import { knownPlaces, readCollectionFiles } from "../lib/content-files";
import { withSiteHeaders } from "../lib/http";
import { createImportStore, openImportsStore } from "../lib/import-store";
import { runImport, type RunOptions, type RunReport } from "../lib/import-run";
import { withAddedSources } from "../../src/lib/import/added-sources";

/** How long a run may keep starting sources. */
export const RUN_BUDGET_MS = 20_000;

/** One line for the log: counts and source ids only, never a feed's content or an address. */
export function describeRun(report: RunReport): string {
  const failed = report.fetched.filter((run) => !run.ok).map((run) => run.source);
  const changed = report.fetched.filter((run) => run.changes.added + run.changes.updated + run.changes.removed > 0);
  return [
    `import: ${report.fetched.length} sources fetched`,
    `${changed.length} changed`,
    failed.length > 0 ? `not read in full: ${failed.join(", ")}` : "",
    report.skipped.length > 0 ? `${report.skipped.length} left for the next run` : "",
    report.rebuild ? `rebuild ${report.rebuild.status}` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

/** Builds the scheduled handler from its dependencies, so tests can pass their own. */
export function createImportHandler(options: () => Omit<RunOptions, "sources" | "places"> & { root: string }) {
  return async (): Promise<Response> => {
    const { root, ...run } = options();
    const { listings, problems } = readCollectionFiles(root, "sources");
    for (const problem of problems) console.error(`import: ${problem}`);
    const sources = withAddedSources(listings, await run.store.addedSources());
    const report = await runImport({ ...run, sources, places: knownPlaces(root) });
    console.log(describeRun(report));
    return new Response(null, { status: 204 });
  };
}

export default withSiteHeaders(
  createImportHandler(() => ({
    root: process.cwd(),
    store: createImportStore(openImportsStore(RUN_BUDGET_MS + 8_000)),
    now: () => new Date(),
    budgetMs: RUN_BUDGET_MS,
    rebuild: (reason) => requestRebuild(process.env.BUILD_HOOK_URL, reason),
  })),
);

export const config: Config = { schedule: "@hourly" };
