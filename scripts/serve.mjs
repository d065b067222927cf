// Runs the whole platform on this machine with Netlify's own local emulation (@netlify/dev): the built
// site from dist/ with netlify.toml's headers, the Netlify Functions, and a Netlify Blobs store kept on
// disk in .netlify/blobs-serve/. No Netlify account, login or network is needed.
//
//   node scripts/serve.mjs [--build] [--port 4321]
//
// --build builds the site first (with the Blobs store available, so approved submissions are published).
// The local build hook (BUILD_HOOK_URL) is served here at /__local/build-hook: approving a submission
// rebuilds dist/ and the event appears when the build finishes, as it does on Netlify.
/* global Request */
import { NetlifyDev } from "@netlify/dev";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";

const { values: args } = parseArgs({
  options: { build: { type: "boolean", default: false }, port: { type: "string" } },
});
const port = Number(args.port ?? process.env.PORT ?? 4321);
const address = `http://localhost:${port}`;

/** The settings `npm start` needs, each written into .env with a random value when it is missing. */
const LOCAL_SETTINGS = [
  {
    name: "MODERATOR_TOKENS",
    comment: "Moderator tokens: name:token pairs separated by commas. Sign in at /moderate/ with the token.",
    value: () => `local:${randomBytes(24).toString("base64url")}`,
  },
  {
    name: "COORDINATOR_TOKENS",
    comment: "Buddy-up coordinator tokens, name:token pairs. Sign in at /coordinate/ with the token.",
    value: () => `local:${randomBytes(24).toString("base64url")}`,
  },
  {
    name: "FORM_SECRET",
    comment: "Signs form timestamps and keys hashes.",
    value: () => randomBytes(32).toString("base64url"),
  },
];

/** Reads KEY=value lines from .env, creating it (or adding a missing setting) with random values. */
function loadLocalEnv() {
  if (!existsSync(".env")) {
    writeFileSync(".env", "# Local settings for `npm start`; never commit this file.\n", { mode: 0o600 });
  }
  const present = readFileSync(".env", "utf8");
  for (const setting of LOCAL_SETTINGS) {
    if (!new RegExp(`^\\s*${setting.name}\\s*=`, "m").test(present)) {
      appendFileSync(".env", `# ${setting.comment}\n${setting.name}=${setting.value()}\n`);
    }
  }
  for (const line of readFileSync(".env", "utf8").split("\n")) {
    const match = /^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*)\s*$/.exec(line);
    if (match && process.env[match[1]] === undefined) process.env[match[1]] = match[2];
  }
}

loadLocalEnv();
process.env.BUILD_HOOK_URL ??= `${address}/__local/build-hook`;

const netlify = new NetlifyDev({
  projectRoot: process.cwd(),
  blobs: { enabled: true },
  functions: { enabled: true },
  staticFiles: { enabled: true },
  headers: { enabled: true },
  redirects: { enabled: true },
  environmentVariables: { enabled: false },
  edgeFunctions: { enabled: false },
  images: { enabled: false },
  geolocation: { enabled: false },
  aiGateway: { enabled: false },
  database: { enabled: false },
  serverAddress: null,
});
await netlify.start();

let building;
let buildAgain = false;

/** Runs a command with the Blobs store in reach; resolves true when it succeeds. */
function run(command, commandArgs) {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: "inherit", env: process.env });
    child.on("exit", (code) => resolve(code === 0));
  });
}

/**
 * Builds the site into a folder beside dist/, checks it, then swaps it in, so pages keep being served
 * while a rebuild runs. A request during a build queues one more.
 */
function build() {
  if (building) {
    buildAgain = true;
    return building;
  }
  building = (async () => {
    console.log("Building the site…");
    const next = ".netlify/dist-next";
    rmSync(next, { recursive: true, force: true });
    const ok =
      (await run("npm", ["run", "guard"])) &&
      (await run("npx", ["astro", "build", "--outDir", next])) &&
      (await run(process.execPath, ["scripts/check-csp.mjs", next]));
    if (ok) {
      rmSync(".netlify/dist-old", { recursive: true, force: true });
      if (existsSync("dist")) renameSync("dist", ".netlify/dist-old");
      renameSync(next, "dist");
    }
    console.log(
      ok ? "Build finished: the site is up to date." : "The build failed; the last good build is still served.",
    );
    return ok;
  })().then((ok) => {
    building = undefined;
    if (buildAgain) {
      buildAgain = false;
      return build();
    }
    return ok;
  });
  return building;
}

if (args.build && !(await build())) process.exit(1);

// Each function is bundled on its first request; bundling them one at a time here, before the server
// takes requests, keeps two first requests from bundling the same function at once.
for (const [method, path] of [
  ["GET", "/submit/"],
  ["POST", "/api/submissions"],
  ["GET", "/submit/status/"],
  ["GET", "/api/moderation/me"],
  ["GET", "/buddy-up/ask/"],
  ["POST", "/api/buddy-requests"],
  ["GET", "/buddy-up/status/"],
  ["GET", "/buddy-up/report/"],
  ["POST", "/api/buddy-reports"],
  ["GET", "/api/coordination/me"],
]) {
  await netlify.handle(new Request(`${address}${path}`, { method })).catch(() => undefined);
}

// @netlify/dev bundles a function again, into a fresh folder, each time it is called, and deletes that
// folder afterwards. Two calls to one function at once can run from the other's folder as it is deleted,
// and crash ("Cannot find module"). So every request that may reach a function takes its turn; pages and
// files that are in dist/ (which functions themselves fetch, as templates) are served side by side.
let turn = Promise.resolve();
function inTurn(work) {
  const result = turn.then(work, work);
  turn = result.catch(() => undefined);
  return result;
}

function isBuilt(url) {
  try {
    const path = decodeURIComponent(new URL(url ?? "/", address).pathname);
    if (path.includes("..")) return false;
    const file = join("dist", path);
    return path.endsWith("/") ? existsSync(join(file, "index.html")) : extname(path) !== "" && existsSync(file);
  } catch {
    return false;
  }
}

const server = createServer(async (request, response) => {
  try {
    if (request.url?.startsWith("/__local/build-hook") && request.method === "POST") {
      void build();
      response.writeHead(200).end();
      return;
    }
    if (request.url?.startsWith("/__local/build-status")) {
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ building: !!building }));
      return;
    }
    const result = isBuilt(request.url)
      ? await netlify.handleAndIntrospectNodeRequest(request)
      : await inTurn(() => netlify.handleAndIntrospectNodeRequest(request));
    if (!result) {
      const notFound = existsSync("dist/404.html") ? readFileSync("dist/404.html") : "Not found";
      response.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end(notFound);
      return;
    }
    const headers = {};
    result.response.headers.forEach((value, key) => {
      headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
    });
    response.writeHead(result.response.status, headers);
    if (result.response.body) Readable.fromWeb(result.response.body).pipe(response);
    else response.end();
  } catch {
    if (!response.headersSent) response.writeHead(500);
    response.end();
  }
});

// Browsers and test clients keep connections open between requests. Node closes an idle one after five
// seconds, which can cross a request sent at that moment (a form sent five seconds after its page loaded
// fails with a reset connection); keep idle connections longer, as Netlify's edge does.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(port, () => {
  console.log(`\nStoke Together is running at ${address}/`);
  console.log(`Functions and a Netlify Blobs store (.netlify/blobs-serve/) run with it, through @netlify/dev.`);
  console.log(`Moderate at ${address}/moderate/ with a token from MODERATOR_TOKENS in .env (name:token).`);
  console.log(`Coordinate buddy-up at ${address}/coordinate/ with a token from COORDINATOR_TOKENS in .env.`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    server.close();
    await netlify.stop();
    process.exit(0);
  });
}
