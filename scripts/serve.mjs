// Runs the whole platform on this machine: the built site from dist/ with netlify.toml's headers and
// redirects (Netlify's own local emulation, @netlify/dev), the Netlify Functions (scripts/local-functions.mjs:
// bundled once at start and called side by side, as on Netlify), and a Netlify Blobs store kept on disk in
// .netlify/blobs-serve/. No Netlify account, login or network is needed. After changing a function's code,
// start again.
//
//   node scripts/serve.mjs [--build] [--port 4321] [--store .netlify/blobs-serve] [--fresh-store] [--no-env-file]
//
// --build builds the site first (with the Blobs store available, so approved submissions are published).
// --store keeps the Blobs store in another folder, and --fresh-store empties it first: the browser tests run
// on a store of their own, never the one `npm start` shows. --no-env-file leaves .env alone and unread, so
// only the settings given in the environment apply.
// The local build hook (BUILD_HOOK_URL) is served here at /__local/build-hook: approving a submission
// rebuilds dist/ and the event appears when the build finishes, as it does on Netlify.
/* global Buffer, Request, Response */
import { NetlifyDev } from "@netlify/dev";
import { RedirectsHandler } from "@netlify/redirects";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join } from "node:path";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { applyHeaders, readHeaderRules } from "./netlify-headers.mjs";
import {
  callFunction,
  clientAddress,
  FunctionsLoadError,
  loadFunctions,
  matchFunction,
  send,
  toWebRequest,
} from "./local-functions.mjs";
import { unlessStatic, withStaticEtag } from "./local-static.mjs";

const { values: args } = parseArgs({
  options: {
    build: { type: "boolean", default: false },
    port: { type: "string" },
    store: { type: "string", default: join(".netlify", "blobs-serve") },
    "fresh-store": { type: "boolean", default: false },
    "env-file": { type: "boolean", default: true },
  },
  allowNegative: true,
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

/** Prints what failed while starting, and how to put it right, then stops. */
function failToStart(what, error, fix) {
  console.error(`\nStoke Together could not start: ${what}.`);
  if (error) console.error(`  ${error instanceof Error ? error.message : String(error)}`);
  if (fix) console.error(`  ${fix}`);
  process.exit(1);
}

if (args["env-file"]) loadLocalEnv();
process.env.BUILD_HOOK_URL ??= `${address}/__local/build-hook`;

// The Blobs store runs here rather than inside @netlify/dev, whose store is always .netlify/blobs-serve/: the
// functions and the build find it through NETLIFY_BLOBS_CONTEXT, as they do on Netlify.
if (args["fresh-store"]) rmSync(args.store, { recursive: true, force: true });
const blobsToken = randomBytes(16).toString("hex");
const blobs = new Worker(new URL("./blobs-worker.mjs", import.meta.url), {
  workerData: { directory: args.store, token: blobsToken },
});
const blobsPort = await new Promise((resolve) => {
  const failed = (error) => failToStart(`the Blobs store in ${args.store} did not start`, error);
  blobs.once("error", failed);
  blobs.once("message", (message) => {
    if (message.error) failed(message.error);
    blobs.off("error", failed);
    blobs.on("error", (error) => console.error(`The Blobs store stopped: ${error.message}`));
    resolve(message.port);
  });
});
/** Stops the Blobs server and its thread. */
async function stopBlobs() {
  blobs.postMessage("stop");
  await new Promise((resolve) => blobs.once("message", resolve));
  await blobs.terminate();
}
process.env.NETLIFY_BLOBS_CONTEXT = Buffer.from(
  JSON.stringify({
    edgeURL: `http://127.0.0.1:${blobsPort}`,
    uncachedEdgeURL: `http://127.0.0.1:${blobsPort}`,
    primaryRegion: "us-east-2",
    siteID: "0",
    deployID: "0",
    token: blobsToken,
  }),
).toString("base64");

const netlify = new NetlifyDev({
  projectRoot: process.cwd(),
  blobs: { enabled: false },
  // The functions run in scripts/local-functions.mjs: @netlify/dev bundles a function again on every call.
  functions: { enabled: false },
  staticFiles: { enabled: true },
  // netlify.toml's headers are applied below as Netlify applies them (scripts/netlify-headers.mjs): @netlify/dev
  // lets a narrower rule replace what "/*" sends, which Netlify does not.
  headers: { enabled: false },
  redirects: { enabled: true },
  environmentVariables: { enabled: false },
  edgeFunctions: { enabled: false },
  images: { enabled: false },
  geolocation: { enabled: false },
  aiGateway: { enabled: false },
  database: { enabled: false },
  serverAddress: null,
});
try {
  await netlify.start();
} catch (error) {
  failToStart("Netlify's local platform (@netlify/dev) did not start", error, "Run `npm ci` again, then retry.");
}

let headerRules;
try {
  headerRules = await readHeaderRules(netlify);
} catch (error) {
  failToStart("netlify.toml's headers could not be read", error);
}

let functions;
try {
  functions = await loadFunctions();
} catch (error) {
  const detail = error instanceof FunctionsLoadError ? error.problems.join("\n  ") : error;
  failToStart(
    "the Netlify Functions could not be bundled and loaded",
    detail,
    "Fix the error above, then start again.",
  );
}

// netlify.toml's rewrites to a function (status 200, such as the finder's address with a search in it), read by
// Netlify's own redirects engine, the one inside @netlify/dev. @netlify/dev sends a rewrite to a function it runs
// itself; its functions are off here, so a rewrite whose target is one of these functions is sent to it, with
// the request as it came, as @netlify/dev and Netlify do.
const redirects = new RedirectsHandler({
  configPath: join(process.cwd(), "netlify.toml"),
  projectDir: process.cwd(),
  jwtSecret: "",
  jwtRoleClaim: "",
});

/**
 * The path whose headers a file the redirects engine sent is given: the file a rewrite in netlify.toml led to
 * (as @netlify/dev does), or undefined when it answered with a redirect.
 */
async function rewrittenPath(request) {
  const match = await redirects.match(new Request(new URL(request.url ?? "/", address)));
  if (!match || match.redirect || match.external) return undefined;
  return match.target.pathname;
}

/** The function a rewrite in netlify.toml sends this request to, or undefined. */
async function rewrittenToFunction(request) {
  const match = await redirects.match(new Request(new URL(request.url ?? "/", address)));
  if (!match || match.redirect || match.external || match.statusCode !== 200) return undefined;
  return matchFunction(functions, match.target.href, request.method ?? "GET");
}

/** Whether a file in dist/ answers this path itself, as Netlify finds one: /a/ is /a/index.html or /a.html. */
function servesFile(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (path.includes("..")) return false;
  const candidates = path.endsWith("/")
    ? [`${path}index.html`, ...(path === "/" ? [] : [`${path.slice(0, -1)}.html`])]
    : [path, `${path}.html`, `${path}/index.html`];
  return candidates.some((candidate) => existsSync(join("dist", candidate)));
}

/**
 * Whether netlify.toml answers this request with a page not found: a rule with status 404, such as each language's
 * page for an unknown address under its prefix (/ur/* to /ur/404.html). A rule that is not forced applies only
 * where no file answers the address itself. @netlify/dev sends such a rule's page with 200; Netlify, with 404.
 */
async function answersNotFound(request) {
  const url = new URL(request.url ?? "/", address);
  const match = await redirects.match(new Request(url));
  if (!match || match.redirect || match.external || match.statusCode !== 404) return false;
  return match.force || !servesFile(url.pathname);
}

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
      (await run(process.execPath, ["scripts/astro-build.mjs", "--outDir", next])) &&
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
    // A function asking for one of its built page templates (PAGE_TEMPLATE_HEADER in src/lib/pages/contract.ts):
    // if the page is not built, no function may answer in its place, and the asking function holds the turn.
    if (request.headers["x-stoke-page-template"] && !isBuilt(request.url)) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("No such built page.");
      return;
    }
    const url = new URL(request.url ?? "/", address).href;
    // A function whose config prefers static files (the Open Referral UK services) answers only where the build
    // wrote no file, as on Netlify.
    const routed = request.headers["x-stoke-page-template"]
      ? undefined
      : unlessStatic(
          matchFunction(functions, url, request.method ?? "GET") ?? (await rewrittenToFunction(request)),
          "dist",
          url,
        );
    if (routed) {
      const answer = await callFunction(routed.fn, toWebRequest(request, address), {
        ip: clientAddress(request),
        params: routed.params,
      });
      await send(response, answer);
      return;
    }
    const result = await netlify.handleAndIntrospectNodeRequest(request);
    if (!result) {
      // The site's own 404 page, with netlify.toml's headers, as Netlify answers an unknown address.
      const page = await netlify.handle(new Request(`${address}/404.html`));
      if (page) {
        applyHeaders(page.headers, headerRules, "/404.html");
        await send(response, new Response(page.body, { status: 404, headers: page.headers }));
      } else response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    // netlify.toml's headers reach the files Netlify serves, never a function's answer.
    const headersPath =
      result.type === "static"
        ? new URL(request.url ?? "/", address).pathname
        : result.type === "redirect"
          ? await rewrittenPath(request)
          : undefined;
    if (headersPath !== undefined) applyHeaders(result.response.headers, headerRules, headersPath);
    const answer =
      result.type === "redirect" && result.response.status === 200 && (await answersNotFound(request))
        ? new Response(result.response.body, { status: 404, headers: result.response.headers })
        : await withStaticEtag(request, result.response);
    await send(response, answer);
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

// Each function is called once as soon as the server listens (the form pages fetch their templates from it),
// so a function that cannot answer (a missing setting, a page not built) is named at start-up.
const START_CHECKS = [
  ["GET", "/submit/"],
  ["POST", "/api/submissions"],
  ["GET", "/submit/status/"],
  ["GET", "/api/moderation/me"],
  ["GET", "/buddy-up/ask/an-event/"],
  ["POST", "/api/buddy-requests"],
  ["GET", "/buddy-up/status/"],
  ["GET", "/buddy-up/report/"],
  ["POST", "/api/buddy-reports"],
  ["GET", "/report/?listing=events/x"],
  ["POST", "/api/report"],
  ["GET", "/report/status/"],
  ["GET", "/api/coordination/me"],
  ["GET", "/api/calendar.ics"],
  ["GET", "/api/oruk/services"],
  ["GET", "/calendar/link/"],
  ["GET", "/embed/town/hanley/"],
  ["GET", "/find/?q=walk"],
];

/** Calls every function once; says which answered with a server error, or could not be called at all. */
async function checkFunctions() {
  const failed = [];
  for (const [method, path] of START_CHECKS) {
    try {
      const response = await fetch(`${address}${path}`, { method, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status >= 500) failed.push(`${method} ${path}: answered ${response.status}`);
    } catch (error) {
      failed.push(`${method} ${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failed;
}

server.on("error", (error) => {
  if (error.code === "EADDRINUSE")
    failToStart(`port ${port} is in use`, undefined, "Stop the other server, or choose another port with --port.");
  failToStart("the web server did not start", error);
});

server.listen(port, async () => {
  const failed = await checkFunctions();
  console.log(`\nStoke Together is running at ${address}/`);
  console.log(`Its ${functions.length} functions and a Netlify Blobs store (${args.store}/) run with it.`);
  console.log(`Moderate at ${address}/moderate/ with a token from MODERATOR_TOKENS (name:token).`);
  console.log(`Coordinate buddy-up at ${address}/coordinate/ with a token from COORDINATOR_TOKENS.`);
  if (failed.length > 0) {
    console.error(`\nSome functions failed when first called, so those pages will not work:`);
    for (const line of failed) console.error(`  ${line}`);
  }
});

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await netlify.stop();
    await stopBlobs();
    process.exit(0);
  });
}
