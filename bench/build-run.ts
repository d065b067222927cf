/**
 * The site's build with 10,000 imported events, for `npm run bench` (bench/build.mjs bundles and runs this).
 * The import bench's 50 trusted sources of 200 events each (bench/import-run.ts) are written as temporary
 * files in content/sources/, imported once by the hourly run into a Blobs store of the bench's own, and the
 * site is built with that store in reach, as Netlify builds it (bench/build-child.mjs: `astro build` into a
 * temporary folder, never dist/, and with no connection off this machine). Reports the build's time and peak
 * memory against its budget. The source files, the store and the build are always removed afterwards.
 */
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BlobsServer } from "@netlify/blobs/server";
import { DateTime } from "luxon";
import { CITY_ZONE } from "../src/lib/time/zone-name";
import { removeSourceFiles, writeSourceFile } from "../tests/support/source-files";
import { SOURCES, benchSourceLines, fillImportsStore } from "./import-run";

/**
 * Ten minutes and 4 GB: the site is rebuilt after every hourly import that changes a listing, so a build must
 * be done well inside the hour, and Netlify guarantees a build 8 GiB of memory on its Starter plan.
 */
export const BUILD_BUDGET = { minutes: 10, megabytes: 4096 };

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

/** Runs the benchmark and returns its figures; `log` receives the build's own output. */
export async function benchBuild(log: string): Promise<BuildFigures> {
  const work = mkdtempSync(join(tmpdir(), "stoke-bench-build-"));
  const ids = Array.from({ length: SOURCES }, (_, source) => `bench-${source}`);
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
    const { events, stored } = await fillImportsStore(storeDirectory);

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
      const child = spawn(process.execPath, ["bench/build-child.mjs", outDir, join(work, "cache")], {
        env: {
          ...process.env,
          NETLIFY_BLOBS_CONTEXT: Buffer.from(JSON.stringify(context)).toString("base64"),
          ASTRO_TELEMETRY_DISABLED: "1",
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
      return { events, stored, listed, pages: countPages(outDir), ...figures };
    } finally {
      await server.stop();
    }
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    cleanUp();
  }
}
