/**
 * Journey 6 on the local platform, with and without JavaScript: a nervous resident finds buddy-up on an
 * event page, reads the code of conduct, asks for a buddy (every mistake named, everything typed kept),
 * gets a private status link, reports a concern from it and cancels. axe checks every buddy-up page.
 */
import { askForABuddy, checkAccessibility } from "./buddy";
import { expect as baseExpect, test } from "./fixtures";
import { waitForFillTime } from "./submission-form";

const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 240_000 });

for (const javaScriptEnabled of [true, false]) {
  test.describe(`journey 6 ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("ask for a buddy, follow the private link, report a concern, then cancel", async ({ page }) => {
      // A first name in plain letters, different every run.
      const name = `Wren${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
      const { statusLink } = await askForABuddy(
        page,
        name,
        `${name.replace(/\W/g, "").toLowerCase()}@example.org`,
        javaScriptEnabled,
      );

      // The private link opens the same request later, and never shows contact details.
      await page.goto(statusLink);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your buddy-up request");
      await expect(page.getByText("@example.org")).toHaveCount(0);
      await checkAccessibility(page, javaScriptEnabled);

      await page.getByRole("link", { name: "Report a concern" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report a concern about buddy-up");
      await expect(page.getByText(/This report is about your buddy-up request BU-/)).toBeVisible();
      await checkAccessibility(page, javaScriptEnabled);
      await page.getByLabel("What happened, or what worries you").fill("Short");
      await waitForFillTime(page);
      await page.getByRole("button", { name: "Send to the coordinators" }).click();
      await expect(page).toHaveTitle(/^Error: Report a concern/);
      await expect(page.locator("#message-error")).toContainText("in a sentence or more");
      await checkAccessibility(page, javaScriptEnabled);
      await page
        .getByLabel("What happened, or what worries you")
        .fill("I am not sure the meeting spot is open that early.");
      await waitForFillTime(page);
      await page.getByRole("button", { name: "Send to the coordinators" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for telling us");
      await checkAccessibility(page, javaScriptEnabled);
      await page.getByRole("link", { name: "Back to your buddy-up request" }).click();

      await page.getByRole("button", { name: "Cancel my request" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cancel your buddy-up request?");
      await checkAccessibility(page, javaScriptEnabled);
      await page.getByRole("button", { name: "Yes, cancel my request" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request cancelled");
      await expect(page.getByText("have been deleted")).toBeVisible();
      await checkAccessibility(page, javaScriptEnabled);

      await page.goto(statusLink);
      await expect(page.getByRole("heading", { name: "This request is cancelled" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Cancel my request" })).toHaveCount(0);
    });

    test("a guessed status link shows nothing", async ({ page }) => {
      const response = await page.goto("/buddy-up/status/?ref=0mwx00000000000&token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request not found");
      await checkAccessibility(page, javaScriptEnabled);
    });

    test("anyone can report a concern from the public form", async ({ page }) => {
      await page.goto("/buddy-up/");
      await checkAccessibility(page, javaScriptEnabled);
      await page.getByRole("link", { name: "Report a concern" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report a concern about buddy-up");
      await expect(page.getByText(/This report is about your buddy-up request/)).toHaveCount(0);
      await page.getByLabel("What happened, or what worries you").fill("A welcomer asked for my phone number.");
      await waitForFillTime(page);
      await page.getByRole("button", { name: "Send to the coordinators" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for telling us");
    });
  });
}
