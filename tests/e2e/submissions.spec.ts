/**
 * Journeys 4 and 5 on the local platform: a group submits an event (without and with JavaScript), sees
 * every mistake named and keeps what it typed, gets a reference and a private status link; a moderator
 * signs in, reviews, approves; the site rebuilds and the event is on it. Hostile text stays inert.
 */
import { loadSubmissionFixtures } from "../support/submissions";
import { expect as baseExpect, expectNoAxeViolations, test } from "./fixtures";

// Functions answer slowly while the site rebuilds on a small machine; waiting longer loses no rigour.
const expect = baseExpect.configure({ timeout: 60_000 });
import { fillForm, unique, upcoming, waitForFillTime } from "./submission-form";

// Each journey waits out the form's minimum fill time and calls functions; give it room on a busy machine.
test.describe.configure({ timeout: 240_000 });

const valid = loadSubmissionFixtures("valid");
const weekly = valid.find((fixture) => fixture.name === "weekly-coffee-morning")!;
const endBeforeStart = loadSubmissionFixtures("invalid").find((fixture) => fixture.name === "end-before-start")!;

test.describe("submitting an event without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("names every mistake with links to the fields, keeps what was typed, then confirms with a reference", async ({
    page,
  }) => {
    await page.goto("/submit/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Submit an event");
    // Optional fields say so; required ones are not marked (the GOV.UK pattern).
    await expect(page.getByLabel("More information on your website (optional)")).toBeVisible();
    await expect(page.getByRole("group", { name: "Access support (optional)" })).toBeVisible();
    await expect(page.getByLabel("Event name", { exact: true })).toBeVisible();
    await expect(page.getByText(/\(optional\)/)).toHaveCount(10);
    const title = unique("Coffee and crafts");
    await fillForm(page, { ...upcoming(endBeforeStart.values), title });
    await waitForFillTime(page);
    await page.getByRole("button", { name: "Send for checking" }).click();

    await expect(page).toHaveTitle(/^Error: Submit an event/, { timeout: 60_000 });
    const summary = page.locator(".error-summary");
    await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(summary.getByRole("link", { name: "End time must be after the start time" })).toHaveAttribute(
      "href",
      "#endTime",
    );
    await expect(page.getByLabel("Event name")).toHaveValue(title);
    await expect(page.getByLabel("Your email address")).toHaveValue(weekly.values["contactEmail"] as string);
    await expect(page.locator("#endTime-error")).toContainText("End time must be after the start time");

    await summary.getByRole("link", { name: "End time must be after the start time" }).click();
    await expect(page).toHaveURL(/#endTime$/);
    await page.getByLabel("End time").fill("11:30");
    await waitForFillTime(page);
    await page.getByRole("button", { name: "Send for checking" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Event sent for checking", { timeout: 60_000 });
    await expect(page.getByText(/^ST-[A-Z0-9]+$/).first()).toBeVisible();
    await expect(page.getByText("Waiting to be checked")).toBeVisible();
    const statusLink = page.locator(".status-link a");
    await statusLink.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your event submission");
  });
});

test.describe("the form's pages pass axe", () => {
  test("the form, its error page and its confirmation have no WCAG 2.2 AA violations", async ({ page }) => {
    await page.goto("/submit/");
    await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
    await expectNoAxeViolations(page);
    // HTMLFormElement.submit() posts the form natively, as a browser without JavaScript does.
    const form = page.locator("form.submission-form");
    await waitForFillTime(page);
    await form.evaluate((element: HTMLFormElement) => element.submit());
    await expect(page).toHaveTitle(/^Error: Submit an event/, { timeout: 60_000 });
    await expectNoAxeViolations(page);
    await fillForm(page, { ...upcoming(weekly.values), title: unique("Axe coffee morning") });
    await waitForFillTime(page);
    await page.locator("form.submission-form").evaluate((element: HTMLFormElement) => element.submit());
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Event sent for checking", { timeout: 60_000 });
    await expectNoAxeViolations(page);
  });
});

test.describe("submitting an event with JavaScript", () => {
  test("checks inline, moves focus to the error summary, keeps what was typed, and sends", async ({ page }) => {
    await page.goto("/submit/");
    // The island has hydrated once the server-rendered button answers to the enhanced submit.
    await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
    await page.getByRole("button", { name: "Send for checking" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: "Event name must not be empty" })).toBeVisible();
    await expectNoAxeViolations(page);

    const title = unique("Tuesday coffee morning");
    await fillForm(page, { ...upcoming(endBeforeStart.values), title });
    await expect(page.locator("#endTime-error")).toContainText("End time must be after the start time");
    await page.getByRole("button", { name: "Send for checking" }).click();
    await expect(summary).toBeFocused();
    await expect(page.getByLabel("Event name")).toHaveValue(title);

    await page.getByLabel("End time").fill("11:30");
    await expect(summary).toBeHidden();
    await waitForFillTime(page);
    await page.getByRole("button", { name: "Send for checking" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Event sent for checking", { timeout: 60_000 });
    await expect(page.getByText("Waiting to be checked")).toBeVisible();
  });
});
