// npm run bench, the local platform under load: 500 valid submissions sent to /api/submissions, 50 at a
// time, on `scripts/serve.mjs` with a Blobs store of its own. Every one must be stored exactly once (counted
// through the moderation API), with no error, and p95 under 150 ms per call. Needs a build (npm run build).
// Fifty clients send ten each, each from its own loopback address (127.0.0.2 to 127.0.0.51), which the
// platform gives functions as context.ip; the per-client limit is raised to fit through its setting
// (SUBMISSIONS_PER_CLIENT), as a site could set it.
// It also measures the floor under that figure: the same local Blobs server, in its own thread as the
// platform runs it, taking the calls one submission makes to the store, at the same concurrency, with no
// function or HTTP server in front of it. When that alone is over the budget, this machine cannot meet it,
// and the bench says so rather than failing on it.
/* global Buffer, setTimeout, performance */
import { spawn } from "node:child_process";
import { readFileSync, mkdirSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { Agent, request } from "node:http";
import { Worker } from "node:worker_threads";
import { getStore } from "@netlify/blobs";

const OUT = "bench-results";
const PORT = Number(process.env.BENCH_PLATFORM_PORT ?? 4334);
const BASE = `http://127.0.0.1:${PORT}`;
const TOTAL = Number(process.env.BENCH_SUBMISSIONS ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const P95_BUDGET_MS = 150;
const MODERATOR_TOKEN = randomBytes(18).toString("base64url");

if (!existsSync("dist/index.html")) {
  console.error("No build found: run npm run build first.");
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

const server = spawn(
  process.execPath,
  ["scripts/serve.mjs", "--port", String(PORT), "--store", ".netlify/blobs-bench", "--fresh-store", "--no-env-file"],
  {
    env: {
      ...process.env,
      FORM_SECRET: randomBytes(32).toString("base64url"),
      MODERATOR_TOKENS: `bench:${MODERATOR_TOKEN}`,
      COORDINATOR_TOKENS: `bench:${randomBytes(18).toString("base64url")}`,
      SUBMISSIONS_PER_CLIENT: String(Math.ceil(TOTAL / CONCURRENCY) * 2),
      BUILD_HOOK_URL: "",
    },
    stdio: ["ignore", "pipe", "inherit"],
  },
);
const stop = () => server.kill("SIGTERM");
process.on("exit", stop);

await new Promise((resolve, reject) => {
  let seen = "";
  server.stdout.on("data", (chunk) => {
    seen += chunk;
    if (seen.includes("is running at")) resolve();
  });
  server.on("exit", (code) => reject(new Error(`The local platform stopped (exit ${code}) before it was running.`)));
});

// One signed form start, as a browser gets it with the form; the form may be sent after three seconds.
const form = await (await fetch(`${BASE}/submit/`)).text();
const formStarted = /name="formStarted" value="([^"]+)"/.exec(form)?.[1];
if (!formStarted) throw new Error("The submission form carries no signed start time.");
await new Promise((resolve) => setTimeout(resolve, 3_200));

const fixture = JSON.parse(readFileSync("tests/fixtures/submissions/valid/weekly-coffee-morning.json", "utf8")).values;
const run = randomBytes(4).toString("hex");
const titleOf = (index) => `Load check ${run} number ${index}`;

/** Posts one submission as JSON from a client's own address; resolves with the status. */
function send(agent, localAddress, body) {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: "127.0.0.1",
        port: PORT,
        path: "/api/submissions",
        method: "POST",
        agent,
        localAddress,
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          "content-length": Buffer.byteLength(body),
        },
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode));
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

const timings = [];
const failures = [];
let next = 0;
async function client(number) {
  const agent = new Agent({ keepAlive: true });
  const address = `127.0.0.${number + 2}`;
  while (next < TOTAL) {
    const index = next++;
    const started = performance.now();
    try {
      const status = await send(
        agent,
        address,
        JSON.stringify({ ...fixture, title: titleOf(index), formStarted, nickname: "" }),
      );
      timings.push(performance.now() - started);
      if (status !== 201) failures.push(`submission ${index}: answered ${status}`);
    } catch (error) {
      failures.push(`submission ${index}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  agent.destroy();
}
const wall = performance.now();
await Promise.all(Array.from({ length: CONCURRENCY }, (_, number) => client(number)));
const wallMs = performance.now() - wall;

const listed = await fetch(`${BASE}/api/moderation/submissions?status=pending`, {
  headers: { authorization: `Bearer ${MODERATOR_TOKEN}`, accept: "application/json" },
});
const { submissions } = await listed.json();
const counts = new Map();
for (const submission of submissions) counts.set(submission.title, (counts.get(submission.title) ?? 0) + 1);
const missing = Array.from({ length: TOTAL }, (_, index) => titleOf(index)).filter((title) => !counts.has(title));
const duplicated = [...counts].filter(([title, count]) => title.includes(run) && count > 1);
stop();

/** The p95 of one submission's store calls on a fresh local Blobs server, `TOTAL` of them `CONCURRENCY` at a time. */
async function storeFloor() {
  const directory = ".netlify/blobs-bench-floor";
  rmSync(directory, { recursive: true, force: true });
  const token = randomBytes(16).toString("hex");
  const worker = new Worker(new URL("../scripts/blobs-worker.mjs", import.meta.url), {
    workerData: { directory, token },
  });
  const { port, error } = await new Promise((resolve) => worker.once("message", resolve));
  if (error) throw new Error(`The Blobs store did not start: ${error}`);
  const url = `http://127.0.0.1:${port}`;
  const store = getStore({
    name: "floor",
    siteID: "0",
    token,
    edgeURL: url,
    uncachedEdgeURL: url,
    consistency: "strong",
  });
  const writes = [];
  let written = 0;
  const writer = async () => {
    while (written < TOTAL) {
      const index = written++;
      const started = performance.now();
      // A submission's calls to the store, in its order: its client's count, the same-event key and the
      // trusted group side by side, the record, the first line of its audit trail.
      await store.set(`rate/${run}/${index % CONCURRENCY}/${index}`, "", { onlyIfNew: true });
      await store.list({ prefix: `rate/${run}/${index % CONCURRENCY}/` });
      await Promise.all([
        store.set(`seen/${run}/${index}`, "x", { onlyIfNew: true }),
        store.getMetadata("trusted/a-group"),
      ]);
      await store.setJSON(`records/${run}/${index}`, fixture, { onlyIfNew: true });
      await store.setJSON(`audit/${run}/${index}/1`, { action: "submitted" }, { onlyIfNew: true });
      writes.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, writer));
  worker.postMessage("stop");
  await new Promise((resolve) => worker.once("message", resolve));
  await worker.terminate();
  writes.sort((a, b) => a - b);
  return percentile(writes, 0.95);
}

function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Infinity;
}

timings.sort((a, b) => a - b);
const at = (q) => percentile(timings, q);
const floorP95Ms = await storeFloor();
const figures = {
  submissions: TOTAL,
  concurrency: CONCURRENCY,
  stored: TOTAL - missing.length,
  missing: missing.length,
  duplicated: duplicated.length,
  errors: failures.length,
  medianMs: at(0.5),
  p95Ms: at(0.95),
  maxMs: timings.at(-1) ?? Infinity,
  wallMs,
  storeFloorP95Ms: floorP95Ms,
};
const lines = [
  `| local platform | sent | stored once | lost | duplicated | errors | median | p95 | max | all sent in | its store calls alone, p95 |`,
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  `| submissions, ${CONCURRENCY} at a time | ${TOTAL} | ${figures.stored - duplicated.length} | ${missing.length} | ${duplicated.length} | ${failures.length} | ${figures.medianMs.toFixed(0)} ms | ${figures.p95Ms.toFixed(0)} ms | ${figures.maxMs.toFixed(0)} ms | ${(wallMs / 1000).toFixed(1)} s | ${floorP95Ms.toFixed(0)} ms |`,
];
writeFileSync(`${OUT}/platform.json`, JSON.stringify(figures, null, 2));
writeFileSync(`${OUT}/platform.md`, `${lines.join("\n")}\n`);
console.log(lines.join("\n"));
for (const failure of failures.slice(0, 10)) console.error(failure);
const problems = [];
if (failures.length > 0) problems.push(`${failures.length} submissions failed`);
if (missing.length > 0) problems.push(`${missing.length} submissions were not stored`);
if (duplicated.length > 0) problems.push(`${duplicated.length} submissions were stored twice`);
if (figures.p95Ms > P95_BUDGET_MS) {
  const over = `p95 ${figures.p95Ms.toFixed(0)} ms is over ${P95_BUDGET_MS} ms`;
  if (floorP95Ms > P95_BUDGET_MS) {
    console.error(
      `The local platform's ${over}, which this machine cannot meet: one submission's calls to the local Blobs ` +
        `store alone, ${CONCURRENCY} at a time, take ${floorP95Ms.toFixed(0)} ms at p95.`,
    );
  } else problems.push(over);
}
if (problems.length > 0) {
  console.error(`The local platform is over its budget: ${problems.join("; ")}.`);
  process.exit(1);
}
