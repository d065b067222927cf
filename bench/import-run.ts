/**
 * The import under load, for `npm run bench` (bench/import.mjs bundles and runs this): 50 sources of 200 events
 * each, served with the Blobs store by bench/import-servers.mjs in a process of its own (as they are other
 * machines in production), imported by the hourly run, then imported again as every feed answers "not
 * modified". Reports the time and this process's peak memory against the budget: 30 s and 300 MB.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { getStore } from "@netlify/blobs";
import { load } from "js-yaml";
import { SourceSchema } from "../src/lib/domain/source";
import { CATEGORIES } from "../src/lib/domain/vocab";
import { IMPORTS_STORE } from "../src/lib/import/store-keys";
import { knownPlaces } from "../netlify/lib/content-files";
import { createImportStore } from "../netlify/lib/import-store";
import { runImport } from "../netlify/lib/import-run";
import { fetchSource } from "../netlify/lib/source-fetch";

export const SOURCES = 50;
export const EVENTS_PER_SOURCE = 200;
export const BUDGET = { seconds: 30, megabytes: 300 };

export interface ImportFigures {
  sources: number;
  events: number;
  firstRunSeconds: number;
  unchangedRunSeconds: number;
  peakMegabytes: number;
  stored: number;
}

/**
 * The front matter of bench source number `source`, as a file in content/sources/ would have it; the sources
 * take the categories in turn, so every category's pages have events.
 */
export function benchSourceLines(source: number): string[] {
  return [
    `name: "Bench group ${source}'s calendar"`,
    `url: "https://calendar.example.org/feed-${source}.ics"`,
    "group: tunstall-neighbours",
    `categories: [${CATEGORIES[source % CATEGORIES.length]}]`,
    "free: true",
    "trusted: true",
  ];
}

/** The bench's sources: trusted calendars of a listed group, whose events are at places the site knows. */
export function benchSources(today: string, sources = SOURCES) {
  return Array.from({ length: sources }, (_, source) => ({
    id: `bench-${source}`,
    data: SourceSchema.parse({ ...(load(benchSourceLines(source).join("\n")) as object), lastChecked: today }),
  }));
}

/**
 * Starts the feeds and the Blobs store in their own process (bench/import-servers.mjs), and gives the hourly
 * run's options on them. With `storeDirectory`, the store is kept there after `stop`.
 */
async function startBench(storeDirectory?: string, sources = SOURCES) {
  const servers = spawn(
    process.execPath,
    [
      "bench/import-servers.mjs",
      String(sources),
      String(EVENTS_PER_SOURCE),
      ...(storeDirectory ? [storeDirectory] : []),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const ready = await new Promise<{ feedPort: number; blobsPort: number; events: number }>((resolve, reject) => {
    createInterface({ input: servers.stdout }).once("line", (line) => resolve(JSON.parse(line)));
    servers.once("exit", (code) => reject(new Error(`The bench's servers stopped (exit ${code}).`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (servers.exitCode !== null || servers.signalCode !== null) return resolve();
      servers.once("exit", () => resolve());
      servers.kill("SIGTERM");
    });
  try {
    const url = `http://127.0.0.1:${ready.blobsPort}`;
    const store = createImportStore(
      getStore({
        name: IMPORTS_STORE,
        siteID: "0",
        token: "bench",
        edgeURL: url,
        uncachedEdgeURL: url,
        consistency: "strong",
      }),
    );
    // The real fetcher, with calendar.example.org resolving to the local server and only it allowed.
    const lookup = ((
      _name: string,
      _options: unknown,
      callback: (error: null, found: { address: string; family: number }[]) => void,
    ) => callback(null, [{ address: "127.0.0.1", family: 4 }])) as never;
    const options = {
      sources: benchSources(new Date().toISOString().slice(0, 10), sources),
      store,
      places: knownPlaces(process.cwd()),
      now: () => new Date(),
      budgetMs: Number.POSITIVE_INFINITY,
      rebuild: async () => ({ status: "not-configured" as const }),
      fetch: ((address, fetchOptions) =>
        fetchSource(address.replace("https://calendar.example.org", `http://calendar.example.org:${ready.feedPort}`), {
          ...fetchOptions,
          lookup,
          allow: (host: string, port: number) => host === "127.0.0.1" && port === ready.feedPort,
        })) as typeof fetchSource,
    };
    return { ready, store, options, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Fills a Blobs store kept in `directory` with the results of the bench's first `sources` sources, as one hourly
 * run leaves them; returns how many events the feeds have and how many the store keeps.
 */
export async function fillImportsStore(
  directory: string,
  sources = SOURCES,
): Promise<{ events: number; stored: number }> {
  const { ready, store, options, stop } = await startBench(directory, sources);
  try {
    await runImport(options);
    const stored = (await store.all()).reduce((sum, result) => sum + result.events.length, 0);
    return { events: ready.events, stored };
  } finally {
    await stop();
  }
}

/** Runs the benchmark and returns its figures. */
export async function benchImport(): Promise<ImportFigures> {
  const { ready, store, options, stop } = await startBench();
  try {
    const started = performance.now();
    const first = await runImport(options);
    const firstRunSeconds = (performance.now() - started) / 1000;
    const again = performance.now();
    await runImport(options);
    const unchangedRunSeconds = (performance.now() - again) / 1000;
    const peakMegabytes = (process.resourceUsage().maxRSS * 1024) / 1024 / 1024;
    const stored = (await store.all()).reduce((sum, result) => sum + result.events.length, 0);
    return {
      sources: first.fetched.length,
      events: ready.events,
      firstRunSeconds,
      unchangedRunSeconds,
      peakMegabytes,
      stored,
    };
  } finally {
    await stop();
  }
}
