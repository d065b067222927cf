/**
 * Journey 4a on the local platform: a group that already keeps a calendar asks for it to be added from
 * /submit/, with JavaScript off (a mistake named beside its field, everything typed kept, then a plain
 * "what happens next"); a moderator finds the request in the console's Sources view with the email to reply
 * to, adds it as a source from the request, and sees it in source health while the request is gone. axe
 * checks every page on the way.
 */
import { expect as baseExpect, expectNoAxeViolations, test } from "./fixtures";
import { MODERATOR_TOKEN } from "./platform";
import { waitForFillTime } from "./submission-form";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

test.describe("a group asks for its calendar to be added", () => {
  test.use({ javaScriptEnabled: false });

  test("the group asks without JavaScript, and a moderator adds it as a source", async ({ page, openPage }) => {
    const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
    const email = `calendar.${run}@example.org`;
    const address = `webcal://calendar.example.org/digital-buddies-${run}.ics`;

    // The way in from the event form.
    await page.goto("/submit/");
    await page.getByRole("link", { name: "Ask us to add your calendar" }).click();
    await expect(page).toHaveURL("/submit/calendar/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ask us to add your group's calendar");

    // A first try with an address on a home network: the form comes back naming it, with everything kept.
    await page.getByLabel("Your group", { exact: true }).selectOption({ label: "Digital Buddies" });
    await page.getByLabel("Your calendar's address, or your events page").fill("http://192.168.1.20/calendar.ics");
    await page.getByRole("radio", { name: "Google Calendar" }).check();
    await page.getByLabel("Where its events usually happen (optional)").selectOption({ label: "Bentilee Library" });
    await page.getByLabel("Your email address").fill(email);
    await page
      .getByRole("checkbox", { name: "Anyone may share our events, under the Open Government Licence" })
      .check();
    await page.getByLabel("Anything else we should know (optional)").fill(`Ask for Jo ${run}.`);
    await waitForFillTime(page);
    await page.getByRole("button", { name: "Ask for it to be added" }).click();
    await expect(page).toHaveTitle(/^Error: Ask us to add/);
    const summary = page.getByRole("region", { name: "There is a problem" });
    await expect(summary.getByRole("link")).toHaveText([
      "The address must be a public web address, not one on a private or local network",
    ]);
    await expect(page.locator("#url-error")).toContainText("not one on a private or local network");
    await expect(page.getByLabel("Your group", { exact: true })).toHaveValue("digital-buddies");
    await expect(page.getByRole("radio", { name: "Google Calendar" })).toBeChecked();
    await expect(page.getByLabel("Your email address")).toHaveValue(email);
    await expect(
      page.getByRole("checkbox", { name: "Anyone may share our events, under the Open Government Licence" }),
    ).toBeChecked();
    await expect(page.getByLabel("Anything else we should know (optional)")).toHaveValue(`Ask for Jo ${run}.`);

    // Corrected, it is sent, and the page says plainly what happens next.
    await page.getByLabel("Your calendar's address, or your events page").fill(address);
    await waitForFillTime(page);
    await page.getByRole("button", { name: "Ask for it to be added" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We have your request");
    await expect(page.getByText("A moderator checks that the calendar is your group's")).toBeVisible();
    await expect(page.getByText("your events appear on the site after the next import")).toBeVisible();
    await expect(page.getByText("comes from your group's own calendar")).toBeVisible();
    expect(await page.content()).not.toContain(email);

    // axe on each page the group saw (it needs JavaScript, which the form itself does not).
    const checker = await openPage({ javaScriptEnabled: true });
    for (const path of ["/submit/", "/submit/calendar/", "/submit/calendar/sent/"]) {
      await checker.goto(path);
      await expectNoAxeViolations(checker);
    }
    await checker.goto("/submit/calendar/");
    await waitForFillTime(checker);
    await checker.getByRole("button", { name: "Ask for it to be added" }).click();
    await expect(checker).toHaveTitle(/^Error: Ask us to add/);
    await expect(checker.locator("#url-error")).toContainText("Enter the address of your calendar");
    await expectNoAxeViolations(checker);

    // A moderator finds the request in Sources, with the email to reply to.
    const moderator = await openPage({ javaScriptEnabled: true });
    await moderator.goto("/moderate/");
    await moderator.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
    await moderator.getByLabel("Moderator token").fill(MODERATOR_TOKEN);
    await moderator.getByRole("button", { name: "Sign in" }).click();
    await expect(moderator.getByText(/Signed in as/)).toBeVisible();
    await moderator.getByRole("link", { name: "Sources", exact: true }).click();
    const requests = moderator.getByRole("region", { name: "Calendars groups asked us to add" });
    const card = requests.locator(".source-request", { hasText: email });
    await expect(card.getByRole("heading", { name: "Digital Buddies" })).toBeVisible();
    await expect(card.getByRole("link", { name: email })).toHaveAttribute("href", `mailto:${email}`);
    await expect(card).toContainText(`https://calendar.example.org/digital-buddies-${run}.ics`);
    await expect(card).toContainText("Bentilee Library");
    await expect(card).toContainText("Google Calendar");
    await expect(card).toContainText("Anyone may share their events (Open Government Licence)");
    await expectNoAxeViolations(moderator);

    // Added from the request: the form starts from what the group sent; the moderator names it and chooses.
    await card.getByRole("button", { name: "Add this calendar" }).click();
    const form = card.locator("form.add-source");
    await expect(form.getByLabel("Address")).toHaveValue(`https://calendar.example.org/digital-buddies-${run}.ics`);
    await expect(form.getByLabel("Whose listings these are")).toHaveValue("digital-buddies");
    await expect(form.getByLabel("Their usual place (optional)")).toHaveValue("bentilee-library");
    await expect(form.getByLabel("Sharing in the open data")).toHaveValue("ogl-3.0");
    const name = `Digital Buddies calendar ${run}`;
    await form.getByLabel("Name, as residents will see it").fill(name);
    await form.getByRole("checkbox", { name: "Digital help" }).check();
    await expectNoAxeViolations(moderator);
    await form.getByRole("button", { name: "Add as a source" }).click();
    await expect(moderator.getByText(`Added ${name}; the request and its email are deleted.`)).toBeVisible();

    // It is in source health, and the request (with its email) is gone.
    const added = moderator.locator(".card", { has: moderator.getByRole("heading", { name }) });
    await expect(added.getByRole("list", { name: "State" })).toContainText("Not fetched yet");
    await expect(added.getByRole("list", { name: "State" })).toContainText("Each event waits for a moderator");
    await expect(added).toContainText(`https://calendar.example.org/digital-buddies-${run}.ics`);
    await expect(added).toContainText("Shared under the Open Government Licence v3.0");
    await expect(requests.locator(".source-request", { hasText: email })).toHaveCount(0);
    await moderator.reload();
    await moderator.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
    await moderator.getByRole("link", { name: "Sources", exact: true }).click();
    await expect(moderator.getByRole("heading", { name })).toBeVisible();
    expect(await moderator.content()).not.toContain(email);
  });
});
