/** Asking for a buddy in browser tests, as a nervous resident would (journey 6), for the journeys that follow it. */
import type { Page } from "@playwright/test";
import type { BuddyOptions } from "../../src/lib/buddy/model";
import { expect as baseExpect, expectNoAxeViolations } from "./fixtures";
import { waitForFillTime } from "./submission-form";

// Functions answer slowly while the site rebuilds on a small machine; waiting longer loses no rigour.
const expect = baseExpect.configure({ timeout: 60_000 });

/** An event with buddy-up and more than one date to choose from. */
export async function recurringBuddyEvent(page: Page) {
  const response = await page.request.get("/buddy-up/options.json");
  const options = (await response.json()) as BuddyOptions;
  const event = options.events.find((candidate) => candidate.dates.length > 1);
  if (!event) throw new Error("No event with buddy-up has two dates in the next eight weeks.");
  return event;
}

/**
 * axe runs in the page, so it needs JavaScript. The buddy-up pages are the same server-rendered HTML with
 * or without it, and the journeys with JavaScript check every one of them.
 */
export async function checkAccessibility(page: Page, javaScriptEnabled: boolean): Promise<void> {
  if (javaScriptEnabled) await expectNoAxeViolations(page);
}

/** Asks for a buddy from the event page: a first attempt with mistakes, then a corrected one. */
export async function askForABuddy(page: Page, name: string, email: string, javaScriptEnabled: boolean) {
  const event = await recurringBuddyEvent(page);
  await page.goto(`/events/${event.id}/`);
  await expect(page.getByRole("heading", { name: "Don't want to go alone?" })).toBeVisible();
  await checkAccessibility(page, javaScriptEnabled);

  await page.getByRole("link", { name: "code of conduct" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buddy-up code of conduct");
  await expect(page.getByText("A welcomer is not a support worker.")).toBeVisible();
  await expect(page.getByText("It is not a dating service")).toBeVisible();
  await checkAccessibility(page, javaScriptEnabled);
  await page.goBack();

  await page.getByRole("link", { name: /Ask for a buddy/ }).click();
  await expect(page).toHaveURL(`/buddy-up/ask/${event.id}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask for a buddy");
  // The code of conduct is on the page before anyone asks.
  await expect(page.getByText("Meet in public.")).toBeVisible();
  await checkAccessibility(page, javaScriptEnabled);

  // First attempt: a name, an email with a typo, no date, nothing ticked.
  await page.getByLabel("Your first name, or what you like to be called").fill(name);
  await page.getByLabel("By email").check();
  await page.getByLabel("Your email address").fill("not an email");
  await page.getByLabel("Any access needs (optional)").fill("I walk slowly");
  await waitForFillTime(page);
  await page.getByRole("button", { name: "Ask for a buddy" }).click();

  await expect(page).toHaveTitle(/^Error: Ask for a buddy/);
  const summary = page.locator(".error-summary");
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(summary.getByRole("link")).toHaveText([
    "Choose which date you would like to go",
    "Enter an email address like name@example.com",
    "Confirm that you are 18 or over. If you are under 18, youth services can help instead",
    "Tick the box to agree to the code of conduct and to us keeping your details until after the event",
  ]);
  await expect(page.getByLabel("Your first name, or what you like to be called")).toHaveValue(name);
  await expect(page.getByLabel("Any access needs (optional)")).toHaveValue("I walk slowly");
  await checkAccessibility(page, javaScriptEnabled);
  // Under-18s are pointed to youth services.
  await expect(page.getByRole("link", { name: "youth services in the city" })).toHaveAttribute(
    "href",
    "/buddy-up/#under-18",
  );

  await summary.getByRole("link", { name: "Enter an email address like name@example.com" }).click();
  await expect(page).toHaveURL(/#email$/);
  await page.getByLabel("Your email address").fill(email);
  const date = event.dates[1]!;
  await page.getByLabel(date.label).check();
  await page.getByLabel("I am 18 or over").check();
  await page.getByLabel(/I agree to the code of conduct/).check();
  await waitForFillTime(page);
  await page.getByRole("button", { name: "Ask for a buddy" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request sent");
  await expect(page.getByRole("heading", { name: "Waiting for a welcomer" })).toBeVisible();
  await expect(page.getByText(event.title).first()).toBeVisible();
  await expect(page.locator(".confirmation-panel strong")).toHaveText(/^BU-[A-Z0-9]+$/);
  await checkAccessibility(page, javaScriptEnabled);
  const statusLink = await page.locator(".status-link a").getAttribute("href");
  expect(statusLink).toMatch(/\/buddy-up\/status\/\?ref=[a-z0-9]+&token=[\w-]+$/);
  return { event, date, statusLink: statusLink! };
}

/** An event where buddy-up is available, as /buddy-up/options.json lists it. */
export type BuddyEvent = BuddyOptions["events"][number];

/** What a resident tells the coordinator: an email or a phone number, and optionally their needs. */
export interface ResidentDetails {
  name: string;
  email?: string;
  phone?: string;
  accessNeeds?: string;
  preferences?: string;
}

/**
 * Asks for a buddy on one date of an event in one go, filled in correctly, and returns the request's
 * reference and private status link.
 */
export async function sendBuddyRequest(page: Page, event: BuddyEvent, dateLabel: string, details: ResidentDetails) {
  await page.goto(`/buddy-up/ask/${event.id}/`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask for a buddy");
  await page.getByLabel(dateLabel).check();
  await page.getByLabel("Your first name, or what you like to be called").fill(details.name);
  if (details.email) {
    await page.getByLabel("By email").check();
    await page.getByLabel("Your email address").fill(details.email);
  } else {
    await page.getByLabel("By phone or text").check();
    await page.getByLabel("Your phone number").fill(details.phone ?? "");
  }
  await page.getByLabel("Any access needs (optional)").fill(details.accessNeeds ?? "");
  await page.getByLabel("Anything that would help you feel comfortable (optional)").fill(details.preferences ?? "");
  await page.getByLabel("I am 18 or over").check();
  await page.getByLabel(/I agree to the code of conduct/).check();
  await waitForFillTime(page);
  await page.getByRole("button", { name: "Ask for a buddy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request sent");
  const reference = (await page.locator(".confirmation-panel strong").textContent()) ?? "";
  const statusLink = (await page.locator(".status-link a").getAttribute("href")) ?? "";
  expect(reference).toMatch(/^BU-[A-Z0-9]+$/);
  expect(statusLink).toMatch(/\/buddy-up\/status\/\?ref=[a-z0-9]+&token=[\w-]+$/);
  return { reference, statusLink };
}
