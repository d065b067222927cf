// npm run bench, the build: bundles bench/build-run.ts with esbuild and runs it (see that file). Writes
// bench-results/build.json, build.md and build.log (the build's own output); exits non-zero when the build is
// over its budget, fails, or tries to reach the network.
import { mkdirSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { bundleBench } from "./bundle.mjs";

const OUT = "bench-results";
mkdirSync(OUT, { recursive: true });
const { benchBuild, BUILD_BUDGET } = await import(pathToFileURL(await bundleBench("bench/build-run.ts")).href);
const figures = await benchBuild(`${OUT}/build.log`);
const minutes = (seconds) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
const lines = [
  "| site build | events in the store | listed | pages | time | peak memory |",
  "| --- | --- | --- | --- | --- | --- |",
  `| astro build, 50 imported sources | ${figures.stored.toLocaleString("en-GB")} | ${figures.listed.toLocaleString("en-GB")} | ${figures.pages.toLocaleString("en-GB")} | ${minutes(figures.seconds)} | ${figures.peakMegabytes.toFixed(0)} MB |`,
];
writeFileSync(`${OUT}/build.json`, JSON.stringify(figures, null, 2));
writeFileSync(`${OUT}/build.md`, `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
const problems = [];
if (figures.seconds > BUILD_BUDGET.minutes * 60) problems.push(`it took over ${BUILD_BUDGET.minutes} minutes`);
if (figures.peakMegabytes > BUILD_BUDGET.megabytes) problems.push(`memory peaked over ${BUILD_BUDGET.megabytes} MB`);
if (figures.stored !== figures.events) problems.push(`${figures.events - figures.stored} events were not kept`);
if (figures.refused.length > 0) problems.push(`it tried to reach ${figures.refused.join(", ")}`);
if (problems.length > 0) {
  console.error(`The build is over its budget: ${problems.join("; ")}.`);
  process.exit(1);
}
