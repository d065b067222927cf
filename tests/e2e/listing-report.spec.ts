/**
 * Reporting a wrong listing, on the local platform (it rebuilds the site, so it runs with the publishing tests):
 * a resident says an event's time has changed, without JavaScript and then with it in Urdu, and is given a private
 * status link each time; a moderator sees the reports beside submissions with the listing and its source, records
 * the moved date, and once the site has rebuilt the event's page shows it and the reporter's link says it is fixed.
 */
import { expect as baseExpect, expectNoAxeViolations, test } from "./fixtures";
import { signInToModeration } from "./importing";
import { waitForFillTime } from "./submission-form";

// Functions answer slowly while the site rebuilds on a small machine; waiting longer loses no rigour.
const expect = baseExpect.configure({ timeout: 60_000 });

const EVENT = "/events/fenton-chair-yoga/";
const TITLE = "Chair yoga in Fenton";
// The store outlives a retry, so each run's reports carry words no other run has used, and are found by them.
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36)}`;

/** The local date (in the city) of the event's next date, as its page gives it. */
async function nextDate(page: import("@playwright/test").Page): Promise<string> {
  const instant = await page.locator(".event__next time").getAttribute("datetime");
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(new Date(instant!));
}

test("a resident reports a wrong time, a moderator records the moved date, and the rebuilt page shows it", async ({
  page,
  openPage,
}) => {
  test.setTimeout(300_000);

  // Without JavaScript: the short form on the event's page leads to the report form, already about this event.
  const plain = await openPage({ javaScriptEnabled: false });
  await plain.goto(EVENT);
  const date = await nextDate(plain);
  await plain.getByText("Is something wrong here?").click();
  await plain.getByRole("radio", { name: "The date or time has changed" }).check();
  await plain.getByRole("button", { name: "Continue" }).click();
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Tell us what is wrong");
  await expect(plain.getByRole("link", { name: TITLE })).toHaveAttribute("href", EVENT);
  await expect(plain.getByRole("radio", { name: "The date or time has changed" })).toBeChecked();

  // Sent without details, it comes back naming the field, with the choice kept.
  await waitForFillTime(plain);
  await plain.getByRole("button", { name: "Send the report" }).click();
  await expect(plain).toHaveTitle(/^Error: Tell us what is wrong/);
  await expect(plain.getByRole("link", { name: "Tell us what should be different" })).toBeVisible();
  await expect(plain.getByRole("radio", { name: "The date or time has changed" })).toBeChecked();
  await plain.getByLabel("What should it say?").fill(`On ${date} it starts at 14:00, not 11:00 (noticeboard ${RUN}).`);
  await plain.getByLabel("How we can reach you (optional)").fill("resident@example.org");
  await waitForFillTime(plain);
  await plain.getByRole("button", { name: "Send the report" }).click();
  await expect(plain.getByRole("heading", { level: 1 })).toHaveText("Thank you: we have your report");
  await expect(plain.getByText("Waiting to be checked")).toBeVisible();
  const plainLink = (await plain.locator(".status-link a").getAttribute("href"))!;
  // The status page never shows the contact the resident gave.
  await expect(plain.locator("main")).not.toContainText("resident@example.org");

  // With JavaScript, in Urdu: the same journey, in that language.
  await page.goto(`/ur${EVENT}`);
  await page.getByText("کیا یہاں کچھ غلط ہے؟").click();
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "تاریخ یا وقت بدل گیا ہے" }).check();
  await page.getByRole("button", { name: "آگے بڑھیں" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ہمیں بتائیں کہ کیا غلط ہے");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expectNoAxeViolations(page);
  await page.getByLabel("اس میں کیا لکھا ہونا چاہیے؟").fill(`اب یہ گیارہ کے بجائے دو بجے شروع ہوتا ہے۔ (${RUN})`);
  await waitForFillTime(page);
  await page.getByRole("button", { name: "اطلاع بھیجیں" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("شکریہ: ہمیں آپ کی اطلاع مل گئی ہے");
  const urduLink = (await page.locator(".status-link a").getAttribute("href"))!;
  expect(new URL(urduLink).pathname).toBe("/ur/report/status/");
  await expectNoAxeViolations(page);

  // Nothing on the event's page changes before a moderator acts.
  await page.goto(EVENT);
  await expect(page.locator(".event__next time")).toHaveAttribute("datetime", /T11:00/);

  // The moderator sees both reports beside submissions, with the listing and where it came from.
  await signInToModeration(page);
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  const cards = page
    .locator(".moderation-list > li")
    .filter({ hasText: `On ${date} it starts at 14:00, not 11:00 (noticeboard ${RUN})` });
  await expect(cards).toHaveCount(1);
  const card = cards.first();
  await expect(card.getByRole("link", { name: TITLE })).toHaveAttribute("href", EVENT);
  await expect(card).toContainText("Written by the site's editors");
  await expect(card).toContainText("resident@example.org");
  await expect(page.locator(".moderation-list > li").filter({ hasText: `دو بجے شروع ہوتا ہے۔ (${RUN})` })).toHaveCount(
    1,
  );
  await card.getByLabel("What to change").selectOption("move-date");
  await card.getByLabel("The date as listed now").fill(date);
  await card.getByLabel("Starts instead").fill(`${date}T14:00`);
  await card.getByLabel("Ends instead").fill(`${date}T15:00`);
  await card.getByLabel("Reason (the reporter sees this)").fill("The group confirmed the new time for that day.");
  await expectNoAxeViolations(page);
  await card.getByRole("button", { name: "Fixed" }).click();
  await expect(page.getByText(/The site is rebuilding to show the correction/)).toBeVisible();

  // The local build hook rebuilds dist/; wait until it has finished.
  await expect
    .poll(
      async () => {
        const response = await page.request.get("/__local/build-status");
        return ((await response.json()) as { building: boolean }).building;
      },
      { timeout: 240_000, intervals: [2_000] },
    )
    .toBe(false);

  await page.goto(EVENT);
  await expect(page.locator(".event__next time")).toHaveAttribute("datetime", /T14:00/);
  await page.goto(plainLink);
  await expect(page.getByText("Fixed", { exact: true })).toBeVisible();
  await expect(page.getByText("The group confirmed the new time for that day.")).toBeVisible();
  await expectNoAxeViolations(page);
  // The Urdu report is still open: only the one the moderator acted on changed.
  await page.goto(urduLink);
  await expect(page.getByText("جانچ کا انتظار ہے")).toBeVisible();
});
