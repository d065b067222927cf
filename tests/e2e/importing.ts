/**
 * For the import journeys: a source's feed imported into the test platform's store by the hourly import's own
 * run, a rebuild waited for, and a moderator signed in. The sources themselves are written and removed with
 * tests/support/source-files.ts.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";
import { E2E_STORE, MODERATOR_TOKEN } from "./platform";

/**
 * The hourly import's run for one source, into the test server's store, reading its feed from this text, kept
 * for the run in a file of this name.
 */
export function importFeed(source: string, feed: string, fileName = "calendar.ics"): void {
  const folder = mkdtempSync(join(tmpdir(), "stoke-e2e-feed-"));
  try {
    const file = join(folder, fileName);
    writeFileSync(file, feed);
    const said = execFileSync(
      process.execPath,
      ["scripts/import.mjs", "--store", E2E_STORE, "--source", source, "--file", file],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(said).toBe("");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Waits until the local platform has finished rebuilding the site. */
export async function waitForRebuild(page: Page): Promise<void> {
  await expect
    .poll(
      async () => ((await (await page.request.get("/__local/build-status")).json()) as { building: boolean }).building,
      { timeout: 240_000, intervals: [2_000] },
    )
    .toBe(false);
}

/** Opens the moderation console and signs in. */
export async function signInToModeration(page: Page): Promise<void> {
  await page.goto("/moderate/");
  await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
  await page.getByLabel("Moderator token").fill(MODERATOR_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Signed in as/)).toBeVisible({ timeout: 30_000 });
}

/**
 * Opens a listing as a resident would once the site has rebuilt: by searching the finder for its title (list
 * pages show only the soonest dates) and following the result.
 */
export async function openFromFinder(page: Page, title: string): Promise<void> {
  await page.goto(`/find/?q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}
