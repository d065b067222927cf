/**
 * The site's build with 1,000 and with 10,000 imported events, for `npm run bench` (bench/build.mjs bundles and
 * runs this). The import bench's trusted sources of 200 events each (bench/import-run.ts; 5 of them, or all 50)
 * are written as temporary files in content/sources/, imported once by the hourly run into a Blobs store of the
 * bench's own, and the site is built with that store in reach, as Netlify builds it (bench/build-child.mjs:
 * `astro build` into a temporary folder, never dist/, and with no connection off this machine). Reports each
 * build's time and peak memory against its budget. The source files, the store and the build are always removed
 * afterwards.
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BlobsServer } from "@netlify/blobs/server";
import { DateTime } from "luxon";
import { CITY_ZONE } from "../src/lib/time/zone-name";
import { removeSourceFiles, writeSourceFile } from "../tests/support/source-files";
import { BUILD_ENV } from "../scripts/astro-build.mjs";
import { EVENTS_PER_SOURCE, benchSourceLines, fillImportsStore } from "./import-run";

/**
 * With 10,000 events, 90 s and 1 GB: the site is rebuilt after every hourly import that changes a listing and
 * every morning, so a build must leave the builder free well inside the hour, and a build that needs more than
 * 1 GB holds too much of the site in memory at once. From 1,000 to 10,000 events the time may grow ten times
 * at most: no more than linearly.
 */
export const BUILD_BUDGET = { events: 10_000, seconds: 90, megabytes: 1024, growth: 10 };

/** The two sizes the bench builds: the budget's, and a tenth of it to show how the time grows. */
export const BUILD_SIZES = [BUILD_BUDGET.events / 10, BUILD_BUDGET.events];

export interface BuildFigures {
  /** Events in the sources' feeds, and kept in the store by the import. */
  events: number;
  stored: number;
  /** Imported events the build listed, and pages it wrote. */
  listed: number;
  pages: number;
  seconds: number;
  peakMegabytes: number;
  /** Hosts off this machine the build tried to reach (none, or the bench fails). */
  refused: string[];
}

function countPages(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".html")).length;
}

/**
 * Builds the site with `events` imported events (a whole number of 200-event sources) and returns the figures;
 * `log` receives the build's own output.
 */
export async function benchBuild(log: string, events: number): Promise<BuildFigures> {
  const work = mkdtempSync(join(tmpdir(), "stoke-bench-build-"));
  const ids = Array.from({ length: Math.ceil(events / EVENTS_PER_SOURCE) }, (_, source) => `bench-${source}`);
  const cleanUp = () => {
    removeSourceFiles(ids);
    rmSync(work, { recursive: true, force: true });
  };
  // An interrupted bench leaves no source of its own among the real ones.
  const interrupted = () => {
    cleanUp();
    process.exit(130);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const today = DateTime.now().setZone(CITY_ZONE).toISODate()!;
    ids.forEach((id, source) => writeSourceFile(id, benchSourceLines(source), today));
    const storeDirectory = join(work, "store");
    mkdirSync(storeDirectory);
    const filled = await fillImportsStore(storeDirectory, ids.length);

    const token = "bench-build";
    const server = new BlobsServer({ directory: storeDirectory, token });
    const { port } = await server.start();
    try {
      const url = `http://127.0.0.1:${port}`;
      const context = {
        edgeURL: url,
        uncachedEdgeURL: url,
        primaryRegion: "us-east-2",
        siteID: "0",
        deployID: "0",
        token,
      };
      const outDir = join(work, "dist");
      // BENCH_BUILD_NODE_ARGS gives the build's process more options, e.g. "--cpu-prof --cpu-prof-dir=profiles".
      const nodeArgs = (process.env["BENCH_BUILD_NODE_ARGS"] ?? "").split(" ").filter(Boolean);
      const child = spawn(process.execPath, [...nodeArgs, "bench/build-child.mjs", outDir, join(work, "cache")], {
        env: {
          ...process.env,
          NETLIFY_BLOBS_CONTEXT: Buffer.from(JSON.stringify(context)).toString("base64"),
          ASTRO_TELEMETRY_DISABLED: "1",
          ...BUILD_ENV,
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const output = createWriteStream(log);
      child.stdout.pipe(output);
      child.stderr.pipe(output);
      const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
      await new Promise((resolve) => output.end(resolve));
      const said = readFileSync(log, "utf8");
      if (code !== 0) throw new Error(`The build failed (exit ${code}); its output is in ${log}.`);
      const figures = JSON.parse(said.trim().split("\n").at(-1)!) as Pick<
        BuildFigures,
        "seconds" | "peakMegabytes" | "refused"
      >;
      const listed = Number(/Published (\d+) imported event\(s\)/.exec(said)?.[1] ?? 0);
      return { ...filled, listed, pages: countPages(outDir), ...figures };
    } finally {
      await server.stop();
    }
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    cleanUp();
  }
}
