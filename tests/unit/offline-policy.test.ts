/**
 * The service worker never keeps a function's answer: every address in a function's config.path (read from the
 * functions themselves, so a new function cannot be forgotten) is in its list of addresses it leaves alone.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isKeepablePage, isNeverKept } from "../../src/lib/offline/policy";

const ORIGIN = "https://stoketogether.org.uk";
const FUNCTIONS = new URL("../../netlify/functions/", import.meta.url);

/** Every address a function answers (its config.path), with each parameter and wildcard filled in. */
async function functionAddresses(): Promise<{ name: string; path: string }[]> {
  const names = readdirSync(FUNCTIONS).filter((name) => name.endsWith(".ts"));
  const found: { name: string; path: string }[] = [];
  for (const name of names) {
    const module = (await import(new URL(name, FUNCTIONS).href)) as { config?: { path?: string | string[] } };
    const paths = [module.config?.path ?? []].flat();
    for (const path of paths) found.push({ name, path: path.replace(/:[a-z]+/gi, "x1").replace(/\*/g, "x/y") });
  }
  return found;
}

describe("the service worker and the functions", () => {
  it("leaves alone every address a Netlify Function answers, read from each function's config", async () => {
    const addresses = await functionAddresses();
    // The functions answering pages, status links and the APIs are all there (scheduled ones have no address).
    expect(addresses.length).toBeGreaterThan(60);
    expect(addresses.map(({ name }) => name)).toEqual(
      expect.arrayContaining(["submission-status.ts", "buddy-status.ts", "find-results.ts", "feed-link.ts"]),
    );
    const missed = addresses.filter(({ path }) => !isNeverKept(path) || isKeepablePage(new URL(path, ORIGIN), ORIGIN));
    expect(missed, "a function's address the worker would keep: add it to NEVER_KEPT").toEqual([]);
  }, 120_000);
});
