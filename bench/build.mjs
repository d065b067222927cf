// npm run bench, the build: bundles bench/build-run.ts with esbuild and runs it (see that file) with 1,000 and
// then 10,000 imported events. Writes bench-results/build.json, build.md and build-<events>.log (each build's own
// output); exits non-zero when the larger build is over its time or memory budget, the time grows more than
// linearly from the smaller to the larger, or a build fails or tries to reach the network.
import { mkdirSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { bundleBench } from "./bundle.mjs";

const OUT = "bench-results";
mkdirSync(OUT, { recursive: true });
const { benchBuild, BUILD_BUDGET, BUILD_SIZES } = await import(
  pathToFileURL(await bundleBench("bench/build-run.ts")).href
);
const count = (n) => n.toLocaleString("en-GB");
const seconds = (s) => `${s.toFixed(1)} s`;
const runs = [];
for (const events of BUILD_SIZES) {
  const figures = await benchBuild(`${OUT}/build-${events}.log`, events);
  runs.push(figures);
  console.log(
    `${count(events)} events: ${count(figures.pages)} pages in ${seconds(figures.seconds)}, peak ${figures.peakMegabytes.toFixed(0)} MB`,
  );
}
const [small, large] = runs;
const growth = large.seconds / small.seconds;
const budget = (events) =>
  events === BUILD_BUDGET.events
    ? `${BUILD_BUDGET.seconds} s, ${count(BUILD_BUDGET.megabytes)} MB`
    : `at most 1/${BUILD_BUDGET.growth} of the ${count(BUILD_BUDGET.events)}-event time`;
const lines = [
  "| site build | events in the store | listed | pages | time | peak memory | budget |",
  "| --- | --- | --- | --- | --- | --- | --- |",
  ...runs.map(
    (figures) =>
      `| astro build, imported events | ${count(figures.stored)} | ${count(figures.listed)} | ${count(figures.pages)} | ${seconds(figures.seconds)} | ${count(Math.round(figures.peakMegabytes))} MB | ${budget(figures.events)} |`,
  ),
  "",
  `Time from ${count(small.events)} to ${count(large.events)} events: ×${growth.toFixed(1)} (budget ×${BUILD_BUDGET.growth}).`,
];
writeFileSync(`${OUT}/build.json`, JSON.stringify({ budget: BUILD_BUDGET, runs, growth }, null, 2));
writeFileSync(`${OUT}/build.md`, `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
const problems = [];
if (large.seconds > BUILD_BUDGET.seconds)
  problems.push(`${count(large.events)} events took ${seconds(large.seconds)}, over ${BUILD_BUDGET.seconds} s`);
if (large.peakMegabytes > BUILD_BUDGET.megabytes)
  problems.push(
    `${count(large.events)} events peaked at ${large.peakMegabytes.toFixed(0)} MB, over ${BUILD_BUDGET.megabytes} MB`,
  );
if (growth > BUILD_BUDGET.growth)
  problems.push(`the time grew ×${growth.toFixed(1)} for ×10 the events, over ×${BUILD_BUDGET.growth}`);
for (const figures of runs) {
  if (figures.stored !== figures.events) problems.push(`${figures.events - figures.stored} events were not kept`);
  if (figures.refused.length > 0) problems.push(`a build tried to reach ${figures.refused.join(", ")}`);
}
if (problems.length > 0) {
  console.error(`The build is over its budget: ${problems.join("; ")}.`);
  process.exit(1);
}
