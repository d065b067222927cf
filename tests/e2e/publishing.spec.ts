/**
 * Journey 5 on the local platform, after every other browser test (it rebuilds the site): a moderator
 * signs in, reviews two submissions, approves them; the local build hook rebuilds the site and both events
 * are on it. Text that would be dangerous as HTML stays inert in the console and on the built page. The
 * moderator then withdraws one, with a reason; the site rebuilds without it, and its submitter is told why.
 */
import { loadSubmissionFixtures } from "../support/submissions";
import { expect as baseExpect, expectNoAxeViolations, test } from "./fixtures";

// Functions answer slowly while the site rebuilds on a small machine; waiting longer loses no rigour.
const expect = baseExpect.configure({ timeout: 60_000 });
import { fillForm, unique, upcoming, waitForFillTime } from "./submission-form";
import { MODERATOR_TOKEN } from "./platform";

const valid = loadSubmissionFixtures("valid");
const weekly = valid.find((fixture) => fixture.name === "weekly-coffee-morning")!;
const hostile = valid.find((fixture) => fixture.name === "hostile-but-plain-text")!;

test.describe("moderating and publishing", () => {
  test("a moderator approves a submitted event, the site rebuilds, and the event is on it; hostile text stays inert", async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    // Two submissions: a weekly coffee morning, and one full of text that would be dangerous as HTML.
    const titles = [unique("Weekly coffee morning"), `${hostile.values["title"] as string} ${Date.now().toString(36)}`];
    const statusLinks: string[] = [];
    for (const [index, values] of [weekly.values, hostile.values].entries()) {
      await page.goto("/submit/");
      await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
      await fillForm(page, { ...upcoming(values), title: titles[index]! });
      await waitForFillTime(page);
      await page.getByRole("button", { name: "Send for checking" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Event sent for checking", { timeout: 60_000 });
      statusLinks.push((await page.locator(".status-link a").getAttribute("href"))!);
    }

    // A third from the form in Arabic, right to left: the same journey in another language.
    const arabicTitle = unique("Arabic conversation café");
    await page.goto("/ar/submit/");
    await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
    await fillForm(page, { ...upcoming(weekly.values), title: arabicTitle });
    await waitForFillTime(page);
    await page.getByRole("button", { name: "أرسلها للمراجعة" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("أُرسلت الفعالية للمراجعة", { timeout: 60_000 });
    const arabicStatus = (await page.locator(".status-link a").getAttribute("href"))!;
    expect(new URL(arabicStatus, "http://site.example").pathname).toMatch(/^\/ar\/submit\/status\//);

    await page.goto("/moderate/");
    await expectNoAxeViolations(page);
    await page.getByLabel("Moderator token").fill("not-a-real-token-at-all");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("not recognised", { timeout: 30_000 });
    await page.getByLabel("Moderator token").fill(MODERATOR_TOKEN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/Signed in as/)).toBeVisible({ timeout: 30_000 });

    for (const title of [...titles, arabicTitle]) {
      await page.getByRole("button", { name: title, exact: true }).click();
      const detail = page.locator(".moderation-detail");
      await expect(detail.getByRole("heading", { level: 2 })).toHaveText(title);
      await expect(detail).toContainText("@example.org");
      await expectNoAxeViolations(page);
      await detail.getByRole("button", { name: "Approve", exact: true }).click();
      await expect(page.getByText(/^Approved\. The site is rebuilding/)).toBeVisible({ timeout: 60_000 });
    }
    // Hostile text appears as text, never as markup.
    expect(await page.locator(".moderation img, .moderation script, .moderation [onmouseover]").count()).toBe(0);

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

    for (const [index, link] of statusLinks.entries()) {
      await page.goto(link);
      await expect(page.getByText("Published")).toBeVisible();
      await page.getByRole("link", { name: "See your event" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[index]!);
    }
    // In Arabic, the status page says so in Arabic and leads to the event's page in Arabic.
    await page.goto(arabicStatus);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByText("منشورة")).toBeVisible();
    await page.getByRole("link", { name: "شاهد فعاليتك" }).click();
    await expect(page).toHaveURL(/\/ar\/events\/[^/]+\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(arabicTitle);

    // The finder finds the new event too: its search data was rebuilt with the site.
    await page.goto(`/find/?q=${encodeURIComponent(titles[0]!)}`);
    await expect(page.getByRole("main").getByRole("link", { name: titles[0]! }).first()).toBeVisible();

    // The hostile event's page shows its text literally and runs nothing.
    await page.goto(statusLinks[1]!);
    await page.getByRole("link", { name: "See your event" }).click();
    // In the event's own article: the page also holds its poster, hidden until asked for, with the same words.
    await expect(
      page.locator("article.event").getByText("javascript:void(0) & \"quotes\" & 'apostrophes'"),
    ).toBeVisible();
    expect(await page.locator("main [onmouseover], main [onerror], main a[href^='javascript']").count()).toBe(0);
    const hostilePath = new URL(page.url()).pathname;

    // The moderator takes the hostile event off the site again, with a reason; the site rebuilds without it.
    await page.goto("/moderate/");
    await page.getByRole("link", { name: "Approved", exact: true }).click();
    await page.getByRole("button", { name: titles[1]!, exact: true }).click();
    const detail = page.locator(".moderation-detail");
    await detail.getByLabel(/Reason for taking it off the site/).fill("The group asked us to take it down.");
    await expectNoAxeViolations(page);
    await detail.getByRole("button", { name: "Withdraw from the site" }).click();
    await expect(page.getByText(/^Withdrawn\. The site is rebuilding/)).toBeVisible({ timeout: 60_000 });
    await expect
      .poll(
        async () => {
          const response = await page.request.get("/__local/build-status");
          return ((await response.json()) as { building: boolean }).building;
        },
        { timeout: 240_000, intervals: [2_000] },
      )
      .toBe(false);
    expect((await page.request.get(hostilePath)).status()).toBe(404);
    await page.goto(statusLinks[1]!);
    await expect(page.getByText("Taken off the site")).toBeVisible();
    await expect(page.getByText("The group asked us to take it down.")).toBeVisible();
    // The other event is still published.
    await page.goto(statusLinks[0]!);
    await page.getByRole("link", { name: "See your event" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titles[0]!);
    expect(dialogs).toEqual([]);
  });
});
