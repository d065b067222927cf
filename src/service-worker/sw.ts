/**
 * The service worker: what lets the site open on a bus with no signal. Built into the site as /sw.js by
 * scripts/service-worker.mjs, which writes the list of files to keep ahead (the shell) with a revision of each.
 *
 * Written by hand, not with Workbox, by measurement (December 2026, esbuild --minify, production builds):
 * - Workbox 7.4.1 with what this worker does (workbox-precaching, -routing, -strategies, -expiration and
 *   -navigation-preload, bundled): 27.3 KB minified, 9.0 KB gzip; the least of it (precaching, routing and one
 *   NetworkFirst strategy): 18.9 KB, 6.4 KB gzip. workbox-build (generateSW/injectManifest) adds 316 packages
 *   to the build (Babel, Rollup) for writing the list of files, which the build does in 60 lines.
 * - This worker: its own logic 3.6 KB minified; with its rules and words in five languages 10.3 KB, 4.6 KB gzip;
 *   as built with the list of 43 files and their revisions, 13.1 KB, 5.8 KB gzip. See docs/offline.md.
 * What Workbox would give beyond this worker (a revision for each file kept ahead, a bound on each cache, a
 * network timeout for navigations) is here in a few lines each; what this site needs that Workbox does not give
 * (the offline notice in the page's language with the time it was saved, the My list page's "keep-pages"
 * message, the list of function addresses never kept) would be custom code around Workbox either way.
 *
 * What it keeps: the shell (stylesheets, fonts, icons, the offline page in each language), kept ahead; every
 * page the resident opens (network first, the kept copy when there is no signal, with a notice saying so and
 * when it was saved); the pages the My list page asks for. What it never keeps: anything but a GET, anything
 * from another site, function answers and the staff's pages (src/lib/offline/policy.ts), addresses with a query.
 */
import { LOCALE_INFO } from "../lib/i18n/locales";
import { offline as ar } from "../lib/i18n/catalogues/ar/offline";
import { offline as en } from "../lib/i18n/catalogues/en/offline";
import { offline as pl } from "../lib/i18n/catalogues/pl/offline";
import { offline as ro } from "../lib/i18n/catalogues/ro/offline";
import { offline as ur } from "../lib/i18n/catalogues/ur/offline";
import {
  KEPT_DATA,
  isKeepablePage,
  isNeverKept,
  localeOfPath,
  offlinePagePath,
  pagesToKeep,
  savedAtParts,
  withOfflineNotice,
} from "../lib/offline/policy";

/** One file kept ahead, and its revision (a hash of its bytes): written in by scripts/service-worker.mjs. */
declare const __PRECACHE__: readonly { url: string; revision: string }[];
declare const __VERSION__: string;

// The parts of a service worker's global scope this worker uses (TypeScript's "webworker" library cannot sit
// beside the DOM library the rest of the site is checked with).
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
  addEventListener(type: "message", listener: (event: ExtendableMessageEvent) => void): void;
}
const worker = globalThis as unknown as WorkerScope;
const ORIGIN = worker.location.origin;

const WORDS = { en, ur, ar, pl, ro };
/** The shell, kept ahead: a new cache for each version of the list, files whose revision is unchanged copied over. */
const SHELL = `shell-${__VERSION__}`;
/** Pages the resident opened, the most recently opened last; the oldest go beyond MAX_PAGES. */
const PAGES = "pages";
/** Pages the My list page asked to keep: the saved listings and the list itself. */
const KEPT = "kept";
/** Files with a hash in their name (/_astro/) that pages load: scripts, images, a stylesheet not in the shell. */
const ASSETS = "assets";
/** The data kept pages read as they open (KEPT_DATA), as the network last gave it. */
const DATA = "data";
const MAX_PAGES = 150;
const MAX_KEPT = 100;
const MAX_ASSETS = 120;
/** How long a page waits for the network before it is answered from its kept copy (patchy signal). */
const NETWORK_TIMEOUT_MS = 6000;
/** The header a kept page carries: when it was saved. */
const SAVED_AT = "x-saved-at";
const REVISION = "x-revision";
const shellPaths = new Set(__PRECACHE__.map((entry) => entry.url));

worker.addEventListener("install", (event) => {
  event.waitUntil(keepShell().then(() => worker.skipWaiting()));
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name.startsWith("shell-") && name !== SHELL).map(retire)))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== ORIGIN) return;
  if (request.mode === "navigate") {
    // The staff's pages and the functions under /api/ are left to the browser entirely.
    if (/^\/(api|\.netlify|moderate|coordinate)\//.test(url.pathname)) return;
    // A function's answer, a search: from the network only, the offline page when there is none.
    if (!isKeepablePage(url, ORIGIN)) event.respondWith(fetch(request).catch(() => offlinePage(url)));
    else event.respondWith(networkFirst(event, url));
    return;
  }
  if (isNeverKept(url.pathname) || url.search !== "") return;
  if (KEPT_DATA.includes(url.pathname)) event.respondWith(dataFirstFromNetwork(request, event));
  else if (shellPaths.has(url.pathname)) event.respondWith(fromCache(SHELL, request, event));
  else if (url.pathname.startsWith("/_astro/")) event.respondWith(fromCache(ASSETS, request, event));
});

worker.addEventListener("message", (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data?.type === "keep-pages") event.waitUntil(keepPages(pagesToKeep(data, ORIGIN)));
  else if (data?.type === "refresh") event.waitUntil(refreshKept());
});

/** Fetches each file of the shell whose revision is new; a file whose revision is unchanged comes from the last cache. */
async function keepShell(): Promise<void> {
  const cache = await caches.open(SHELL);
  await Promise.all(
    __PRECACHE__.map(async ({ url, revision }) => {
      const previous = await caches.match(url);
      if (previous?.headers.get(REVISION) === revision) return cache.put(url, previous);
      // Files with a hash in their name never change, and may come from the browser's own cache.
      const response = await fetch(url, { cache: url.startsWith("/_astro/") ? "default" : "no-cache" });
      if (!response.ok) throw new Error(`${url} answered ${response.status}.`);
      return cache.put(url, await stamped(response, REVISION, revision));
    }),
  );
}

/**
 * Deletes the shell of an earlier build, after moving its hashed files that the new shell no longer has into the
 * assets cache: pages kept before the new build still load the stylesheets and fonts they were built with.
 */
async function retire(name: string): Promise<void> {
  const old = await caches.open(name);
  const assets = await caches.open(ASSETS);
  for (const request of await old.keys()) {
    const path = new URL(request.url).pathname;
    const response = path.startsWith("/_astro/") && !shellPaths.has(path) ? await old.match(request) : undefined;
    if (response) await assets.put(request, response);
  }
  await trim(assets, MAX_ASSETS);
  await caches.delete(name);
}

/** A copy of a response with one more header (its body read in full, so the copy can be kept). */
async function stamped(response: Response, name: string, value: string): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(name, value);
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** A file from a cache, else from the network (and then kept, the cache trimmed to its bound). */
async function fromCache(name: string, request: Request, event: FetchEvent): Promise<Response> {
  const cached = await caches.match(request, { cacheName: name });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    const copy = response.clone();
    event.waitUntil(
      caches.open(name).then(async (cache) => {
        await cache.put(request, copy);
        if (name === ASSETS) await trim(cache, MAX_ASSETS);
      }),
    );
  }
  return response;
}

/** Data from the network, kept; with no signal, the copy kept last time. */
async function dataFirstFromNetwork(request: Request, event: FetchEvent): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      const copy = response.clone();
      event.waitUntil(caches.open(DATA).then((cache) => cache.put(request, copy)));
    }
    return response;
  } catch (error) {
    const kept = await caches.match(request, { cacheName: DATA });
    if (kept) return kept;
    throw error;
  }
}

/** Whether an answer is a page that may be kept: the site's own HTML, sent in full, that no header forbids keeping. */
function isKeepableAnswer(response: Response): boolean {
  return (
    response.status === 200 &&
    response.type === "basic" &&
    !response.redirected &&
    (response.headers.get("content-type") ?? "").startsWith("text/html") &&
    !/no-store|private/.test(response.headers.get("cache-control") ?? "")
  );
}

/**
 * A page from the network, kept for later; its kept copy, with the offline notice, when the network fails or is
 * slower than NETWORK_TIMEOUT_MS and there is a copy; the offline page in its language when there is none.
 */
async function networkFirst(event: FetchEvent, url: URL): Promise<Response> {
  const network = fetch(event.request).then((response) => {
    if (isKeepableAnswer(response)) event.waitUntil(keep(PAGES, url.pathname, response.clone(), MAX_PAGES));
    return response;
  });
  // The kept copy answers if the network has not within the timeout; the network's answer is still kept.
  event.waitUntil(network.catch(() => undefined));
  const kept = await keptCopy(url.pathname);
  if (!kept) return network.catch(() => offlinePage(url));
  const timeout = new Promise<"slow">((resolve) => setTimeout(() => resolve("slow"), NETWORK_TIMEOUT_MS));
  const answer = await Promise.race([network.catch(() => "offline" as const), timeout]);
  return answer instanceof Response ? answer : withNotice(kept, url, answer);
}

async function keptCopy(path: string): Promise<Response | undefined> {
  return (await caches.match(path, { cacheName: KEPT })) ?? (await caches.match(path, { cacheName: PAGES }));
}

/** Keeps a page under its path with the time it was saved, then trims the cache to `max` pages. */
async function keep(name: string, path: string, response: Response, max: number): Promise<void> {
  const cache = await caches.open(name);
  await cache.delete(path);
  await cache.put(path, await stamped(response, SAVED_AT, new Date().toISOString()));
  await trim(cache, max);
}

/** Deletes a cache's oldest entries beyond `max` (entries are listed in the order they were put). */
async function trim(cache: Cache, max: number): Promise<void> {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((key) => cache.delete(key)));
}

/**
 * A kept page with the notice at the top of its main content, in the page's language: offline, or the signal too
 * weak for the page to arrive in time.
 */
async function withNotice(kept: Response, url: URL, why: "offline" | "slow"): Promise<Response> {
  const locale = localeOfPath(url.pathname);
  const words = WORDS[locale];
  const savedAt = new Date(kept.headers.get(SAVED_AT) ?? Date.now());
  const { day, time } = savedAtParts(LOCALE_INFO[locale].intl, savedAt);
  const html = withOfflineNotice(await kept.text(), {
    text: (why === "slow" ? words.slowNotice : words.notice)(day, time),
    retry: words.retry,
    href: url.pathname,
  });
  const headers = new Headers(kept.headers);
  for (const name of ["content-length", "content-encoding", "etag"]) headers.delete(name);
  return new Response(html, { status: 200, headers });
}

/** The offline page in the language of the address asked for. */
async function offlinePage(url: URL): Promise<Response> {
  return (await caches.match(offlinePagePath(localeOfPath(url.pathname)), { cacheName: SHELL })) ?? Response.error();
}

/**
 * Fetches and keeps the pages the My list page asked for, one at a time (gentle on a phone's data); returns those
 * that could not be fetched.
 */
async function keepPages(paths: readonly string[]): Promise<string[]> {
  const missed: string[] = [];
  for (const path of paths) {
    try {
      const response = await fetch(path, { credentials: "same-origin" });
      if (isKeepableAnswer(response)) await keep(KEPT, path, response, MAX_KEPT);
    } catch {
      // No signal: the page is asked for again the next time the list is opened.
      missed.push(path);
    }
  }
  return missed;
}

/**
 * Back online: fetches the saved listings' pages again, so they are up to date for the next time there is no
 * signal. The signal is often patchy as it comes back: pages that could not be fetched are tried twice more.
 */
async function refreshKept(): Promise<void> {
  const cache = await caches.open(KEPT);
  let paths = (await cache.keys()).map((key) => new URL(key.url).pathname);
  for (let attempt = 0; attempt < 3 && paths.length > 0; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 5000 * attempt));
    paths = await keepPages(paths);
  }
}
