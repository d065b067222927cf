/**
 * The service worker's build (scripts/service-worker.mjs): the shell it keeps ahead, each file's revision from its
 * bytes (so a changed file is fetched again), and the worker written with them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildServiceWorker, precacheEntries, shellPaths } from "../../scripts/service-worker.mjs";

type Entry = { url: string; revision: string };
const LOCALES = ["", "/ur", "/ar", "/pl", "/ro"];
let dist = "";

function write(path: string, text: string): void {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), "sw-build-"));
  write("_astro/Base.abc.css", "body{}");
  write("_astro/embed.def.css", "a{}");
  write("_astro/leaflet-map.ghi.css", "b{}");
  write("_astro/fraunces.jkl.woff2", "font");
  write("_astro/Finder.mno.js", "js");
  for (const file of [
    "favicon.svg",
    "icons/icon-192.png",
    "icons/icon-512.png",
    "icons/maskable-512.png",
    "apple-touch-icon.png",
  ])
    write(file, file);
  for (const prefix of LOCALES) {
    write(`${prefix}/manifest.webmanifest`, "{}");
    write(`${prefix}/offline/index.html`, `<main>${prefix}</main>`);
  }
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe("the service worker's build", () => {
  it("keeps ahead the stylesheets, fonts, icons, manifests and the offline page in every language", () => {
    const paths = shellPaths(dist) as string[];
    expect(paths).toEqual(
      expect.arrayContaining([
        "/_astro/Base.abc.css",
        "/_astro/fraunces.jkl.woff2",
        "/apple-touch-icon.png",
        "/ur/manifest.webmanifest",
      ]),
    );
    expect(paths).toEqual(expect.arrayContaining(LOCALES.map((prefix) => `${prefix}/offline/`)));
    // Not the embeddable lists' or the map's stylesheets, nor scripts.
    expect(paths.filter((path) => /embed|leaflet|\.js$/.test(path))).toEqual([]);
  });

  it("gives each file a revision from its bytes, which changes when the file does", () => {
    const before = precacheEntries(dist) as Entry[];
    write("ur/offline/index.html", "<main>changed</main>");
    const after = precacheEntries(dist) as Entry[];
    const changed = after.filter((entry, i) => entry.revision !== before[i]?.revision).map((entry) => entry.url);
    expect(changed).toEqual(["/ur/offline/"]);
  });

  it("fails naming a file of the shell the build did not write", () => {
    rmSync(join(dist, "ar/offline"), { recursive: true });
    expect(() => shellPaths(dist)).toThrow("/ar/offline/");
  });

  it("writes /sw.js with the shell and its revisions in it", async () => {
    const { entries } = (await buildServiceWorker(dist)) as { entries: Entry[] };
    const code = readFileSync(join(dist, "sw.js"), "utf8");
    for (const entry of entries) expect(code).toContain(entry.revision);
    expect(code).toContain("keep-pages");
    expect(code).not.toContain("__PRECACHE__");
  }, 30_000);
});
