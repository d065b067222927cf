// Builds the service worker into the built site as /sw.js, once every page and file is written (astro.config.mjs
// runs it when the build is done): src/service-worker/sw.ts bundled with esbuild, with the list of files it keeps
// ahead (the shell) written in, each with a revision that is a hash of its bytes, so a file that changes is fetched
// again and one that does not is not. Why a hand-written worker and not Workbox: docs/offline.md.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const SOURCE = fileURLToPath(new URL("../src/service-worker/sw.ts", import.meta.url));
const LOCALES = ["en", "ur", "ar", "pl", "ro"];

/** Stylesheets that are not the shell: the embeddable lists' own (for other sites' frames) and the map's (tiles need a signal). */
const NOT_SHELL_CSS = /^(embed|leaflet-map)\./;

/**
 * The files kept ahead, as site paths: every stylesheet and web font the build wrote in /_astro/ (but the
 * embeddable lists' and the map's stylesheets), the favicon, the app icons and manifests, and the offline page
 * in each language. Fails naming a file the list expects and the build did not write.
 * @param {string} dist
 * @returns {string[]}
 */
export function shellPaths(dist) {
  const assets = readdirSync(join(dist, "_astro"))
    .filter((name) => (name.endsWith(".css") && !NOT_SHELL_CSS.test(name)) || name.endsWith(".woff2"))
    .sort()
    .map((name) => `/_astro/${name}`);
  const pages = LOCALES.map((locale) => (locale === "en" ? "/offline/" : `/${locale}/offline/`));
  const manifests = LOCALES.map((locale) => (locale === "en" ? "" : `/${locale}`) + "/manifest.webmanifest");
  const files = [
    "/favicon.svg",
    "/icons/icon-192.png",
    "/icons/icon-512.png",
    "/icons/maskable-512.png",
    "/apple-touch-icon.png",
    ...manifests,
  ];
  const paths = [...assets, ...files, ...pages];
  for (const path of paths) {
    if (!existsSync(fileOf(dist, path)))
      throw new Error(`The service worker keeps ${path}, which the build did not write.`);
  }
  return paths;
}

function fileOf(dist, path) {
  return join(dist, path.endsWith("/") ? `${path}index.html` : path);
}

/**
 * The shell with each file's revision: the first 16 hex digits of the SHA-256 of its bytes.
 * @param {string} dist
 * @returns {{ url: string, revision: string }[]}
 */
export function precacheEntries(dist) {
  return shellPaths(dist).map((url) => ({
    url,
    revision: createHash("sha256")
      .update(readFileSync(fileOf(dist, url)))
      .digest("hex")
      .slice(0, 16),
  }));
}

/**
 * Writes `dist`/sw.js: the worker, minified, with the shell's list and a version made from it.
 * @param {string} dist
 * @returns {Promise<{ bytes: number, entries: { url: string, revision: string }[] }>}
 */
export async function buildServiceWorker(dist) {
  const entries = precacheEntries(dist);
  const version = createHash("sha256").update(JSON.stringify(entries)).digest("hex").slice(0, 12);
  const result = await build({
    entryPoints: [SOURCE],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    write: false,
    legalComments: "none",
    charset: "utf8",
    define: { __PRECACHE__: JSON.stringify(entries), __VERSION__: JSON.stringify(version) },
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error("esbuild wrote no service worker.");
  writeFileSync(join(dist, "sw.js"), code);
  return { bytes: code.length, entries };
}
