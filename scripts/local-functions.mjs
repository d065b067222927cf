// The site's Netlify Functions, run on this machine as Netlify runs them: each function bundled once at start
// with esbuild (netlify.toml's node_bundler), loaded once, and called side by side. A function is routed by
// its own `config.path` and `config.method` (URLPattern syntax, as on Netlify), or at
// /.netlify/functions/<name>; it gets the request and a context with the client's address and the path's
// parameters. `Netlify.env` and the Blobs store come from the surroundings (@netlify/dev sets the global, and
// NETLIFY_BLOBS_CONTEXT names the store).
/* global Headers, Request, Response, URLPattern */
import { build } from "esbuild";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";

const SOURCE_EXTENSIONS = new Set([".ts", ".mts", ".js", ".mjs"]);

/** What could not be bundled or loaded, naming the function, so start-up can say what went wrong. */
export class FunctionsLoadError extends Error {
  constructor(problems) {
    super(problems.join("\n"));
    this.problems = problems;
  }
}

/** The request being answered, for `Netlify.context`. */
const requestContext = new AsyncLocalStorage();

/**
 * Bundles every function in `directory` into `outDirectory` and loads it. Returns the functions with their
 * routes; throws FunctionsLoadError naming each function that failed.
 */
export async function loadFunctions({
  directory = join("netlify", "functions"),
  outDirectory = join(".netlify", "functions-local"),
} = {}) {
  const sources = readdirSync(directory)
    .filter((file) => SOURCE_EXTENSIONS.has(extname(file)) && !file.includes(".test."))
    .sort();
  rmSync(outDirectory, { recursive: true, force: true });
  try {
    await build({
      entryPoints: sources.map((file) => join(directory, file)),
      outdir: outDirectory,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node22",
      jsx: "automatic",
      // Packages load from node_modules, as they are installed; the project's own code is bundled.
      packages: "external",
      sourcemap: "inline",
      logLevel: "silent",
    });
  } catch (error) {
    const problems = (error.errors ?? [{ text: String(error) }]).map(
      (problem) => `${problem.location?.file ?? "a function"}: ${problem.text}`,
    );
    throw new FunctionsLoadError(problems);
  }

  globalThis.Netlify ??= {
    env: {
      get: (key) => process.env[key],
      has: (key) => process.env[key] !== undefined,
      set: (key, value) => void (process.env[key] = value),
      delete: (key) => void delete process.env[key],
      toObject: () => ({ ...process.env }),
    },
  };
  // The request's context, where a function asks the global for it.
  Object.defineProperty(globalThis.Netlify, "context", {
    get: () => requestContext.getStore() ?? null,
    configurable: true,
  });

  const functions = [];
  const problems = [];
  for (const file of sources) {
    const name = basename(file, extname(file));
    const bundle = resolve(outDirectory, `${name}.mjs`);
    try {
      const module = await import(`${pathToFileURL(bundle).href}?at=${Date.now()}`);
      if (typeof module.default !== "function") {
        problems.push(`${name}: has no default export to call`);
        continue;
      }
      functions.push(toFunction(name, module));
    } catch (error) {
      problems.push(`${name}: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
  }
  if (problems.length > 0) throw new FunctionsLoadError(problems);
  return functions;
}

/** A loaded function with the routes and methods its config gives. */
function toFunction(name, module) {
  const config = module.config ?? {};
  const paths = config.path === undefined ? [] : [config.path].flat();
  const methods = config.method === undefined ? undefined : [config.method].flat().map((m) => m.toUpperCase());
  return {
    name,
    handler: module.default,
    config,
    methods,
    patterns: paths.map((path) => new URLPattern({ pathname: path })),
  };
}

/** The function a request goes to, with the path's parameters, or undefined when none is routed there. */
export function matchFunction(functions, url, method) {
  const { pathname } = new URL(url);
  for (const candidate of functions) {
    if (pathname === `/.netlify/functions/${candidate.name}`) return { fn: candidate, params: {} };
    if (candidate.methods && !candidate.methods.includes(method.toUpperCase())) continue;
    for (const pattern of candidate.patterns) {
      const found = pattern.exec({ pathname });
      if (found) {
        const params = Object.fromEntries(
          Object.entries(found.pathname.groups).filter(([key, value]) => !/^\d+$/.test(key) && value !== undefined),
        );
        return { fn: candidate, params };
      }
    }
  }
  return undefined;
}

/**
 * Calls a function with a request and its context. Anything it throws becomes a 500 that says only that
 * the function failed, with the function's name and the error's kind in the log (never its message, which
 * may hold what a resident typed).
 * @param {{ name: string, handler: Function }} fn
 * @param {Request} request
 * @param {{ ip: string, params?: Record<string, string>, siteUrl?: string }} options
 */
export async function callFunction(fn, request, { ip, params = {}, siteUrl }) {
  const url = new URL(request.url);
  const context = {
    ip,
    params,
    requestId: randomUUID(),
    url,
    geo: { city: "Stoke-on-Trent", country: { code: "GB", name: "United Kingdom" } },
    site: { id: "0", name: "stoke-together", url: siteUrl ?? url.origin },
    deploy: { context: "dev", id: "0", published: false },
    server: { region: "local" },
    account: { id: "" },
    waitUntil: (promise) => void Promise.resolve(promise).catch(() => undefined),
  };
  try {
    const response = await requestContext.run(context, () => fn.handler(request, context));
    if (response instanceof Response) return response;
    return new Response(null, { status: 204 });
  } catch (error) {
    console.error(`Function ${fn.name} failed: ${error instanceof Error ? error.name : typeof error}`);
    return new Response("This function failed. See the server's log for which one.\n", {
      status: 500,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}

/** A Node request as the web Request a function receives. */
export function toWebRequest(request, origin) {
  const headers = new Headers();
  for (let index = 0; index < request.rawHeaders.length; index += 2) {
    headers.append(request.rawHeaders[index], request.rawHeaders[index + 1]);
  }
  const method = request.method ?? "GET";
  // A request sent with no body has none (null), as on Netlify: only a declared length or chunks make one.
  const declared =
    Number(request.headers["content-length"] ?? 0) > 0 || request.headers["transfer-encoding"] !== undefined;
  const hasBody = method !== "GET" && method !== "HEAD" && declared;
  return new Request(new URL(request.url ?? "/", origin), {
    method,
    headers,
    ...(hasBody ? { body: Readable.toWeb(request), duplex: "half" } : {}),
  });
}

/** The client's address as Netlify gives it to functions (context.ip): the connection's, never a header's. */
export function clientAddress(request) {
  return (request.socket.remoteAddress ?? "").replace(/^::ffff:/, "");
}

/** Sends a web Response through a Node response. */
export async function send(response, answer) {
  const headers = {};
  answer.headers.forEach((value, key) => {
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  });
  response.writeHead(answer.status, headers);
  if (answer.body) Readable.fromWeb(answer.body).pipe(response);
  else response.end();
}
