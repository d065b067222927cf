/** Signing in to the buddy-up coordination console in browser tests, and names no other run has used. */
import type { Page } from "@playwright/test";
import { expect as baseExpect } from "./fixtures";
import { COORDINATOR_TOKEN } from "./platform";

// Functions answer slowly on a small, busy machine the first time they run.
const expect = baseExpect.configure({ timeout: 30_000 });

/** A first name no other run has used: letters only, as first names must be. */
export function uniqueFirstName(start: string): string {
  const letters = (Date.now().toString(26) + Math.floor(Math.random() * 26 ** 3).toString(26))
    .split("")
    .map((digit) => String.fromCharCode(97 + parseInt(digit, 26)))
    .join("");
  return `${start}${letters}`;
}

/** Opens /coordinate/ once its console is running and signs in. */
export async function signIn(page: Page): Promise<void> {
  await page.goto("/coordinate/");
  await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
  await page.getByLabel("Coordinator token").fill(COORDINATOR_TOKEN);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/Signed in as/)).toBeVisible();
}

/** Adds an active welcomer to a group from the console's Welcomers section. */
export async function addWelcomer(page: Page, name: string, groupName: string): Promise<void> {
  await page.getByRole("link", { name: "Welcomers" }).click();
  await page.getByLabel("First name").fill(name);
  await page.getByLabel("Group").selectOption({ label: groupName });
  await page.getByRole("button", { name: "Add welcomer" }).click();
  await expect(page.getByRole("status")).toContainText(`${name} is added as a welcomer.`);
}
