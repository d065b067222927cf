// npm run bench, the import: bundles bench/import-run.ts with esbuild and runs it (see that file). Writes
// bench-results/import.json and .md; exits non-zero when the import is over its budget or loses events.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { bundleBench, bundlePath } from "./bundle.mjs";

const OUT = "bench-results";
mkdirSync(OUT, { recursive: true });
if (!process.argv.includes("--child")) await bundleBench("bench/import-run.ts");
// The import runs in a process of its own, with V8's young generation held to 8 MB a half and the heap to
// 256 MB, as on a small function instance: left to itself V8 grows the young generation to hundreds of MB
// because it can, not because the import needs it (its live heap stays under about 120 MB).
const FLAGS = ["--max-semi-space-size=8", "--max-old-space-size=256"];
if (!process.argv.includes("--child")) {
  const child = spawnSync(process.execPath, [...FLAGS, ...process.argv.slice(1), "--child"], { stdio: "inherit" });
  process.exit(child.status ?? 1);
}
const { benchImport, BUDGET } = await import(pathToFileURL(bundlePath("bench/import-run.ts")).href);
const figures = await benchImport();
const lines = [
  "| import | sources | events in the feeds | kept | first run | again, not modified | peak memory |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  `| hourly run, local server | ${figures.sources} | ${figures.events} | ${figures.stored} | ${figures.firstRunSeconds.toFixed(1)} s | ${figures.unchangedRunSeconds.toFixed(1)} s | ${figures.peakMegabytes.toFixed(0)} MB |`,
];
writeFileSync(`${OUT}/import.json`, JSON.stringify(figures, null, 2));
writeFileSync(`${OUT}/import.md`, `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
const problems = [];
if (figures.firstRunSeconds > BUDGET.seconds) problems.push(`the first run took over ${BUDGET.seconds} s`);
if (figures.peakMegabytes > BUDGET.megabytes) problems.push(`memory peaked over ${BUDGET.megabytes} MB`);
if (figures.stored !== figures.events) problems.push(`${figures.events - figures.stored} events were not kept`);
if (problems.length > 0) {
  console.error(`The import is over its budget: ${problems.join("; ")}.`);
  process.exit(1);
}
