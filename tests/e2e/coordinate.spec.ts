/**
 * The buddy-up coordination console on the local platform: a wrong token is refused, a coordinator signs
 * in, adds a welcomer to a verified group (after the form names what is missing), pauses and resumes
 * them, and finds the outbox and the audit log; axe checks every state, at phone and desktop widths.
 * Requests from other journeys may be listed too; journey 7 (buddy-coordination.spec.ts) works on them.
 */
import { signIn, uniqueFirstName } from "./coordinator";
import { COORDINATOR_NAME, COORDINATOR_TOKEN } from "./platform";
import { expect as baseExpect, expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";

// Functions answer slowly on a small, busy machine the first time they run.
const expect = baseExpect.configure({ timeout: 30_000 });
// Each console journey calls the functions a dozen times and runs axe in every state; give it room on a busy machine.
test.describe.configure({ timeout: 240_000 });

test.describe("coordinating buddy-up", () => {
  test("a wrong token is refused and the right one signs in, kept in this tab only", async ({ page }) => {
    await page.goto("/coordinate/");
    await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coordinate buddy-up");
    await expectNoAxeViolations(page);

    await page.getByLabel("Coordinator token").fill("not-a-real-coordinator-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("not recognised");
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    await page.getByLabel("Coordinator token").fill(COORDINATOR_TOKEN);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/Signed in as/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Open requests" })).toBeFocused();
    await expect(page.getByRole("navigation", { name: "Coordination sections" })).toBeVisible();
    // Whatever requests there are, the list has finished loading.
    await expect(page.getByText("Loading…")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
    expect(await page.content()).not.toContain(COORDINATOR_TOKEN);

    // A reload in the same tab stays signed in; signing out forgets the token.
    await page.reload();
    await expect(page.getByText(/Signed in as/)).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByLabel("Coordinator token")).toBeVisible();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  test("before a console's script has run, its sign-in cannot be sent, so a token never reaches an address", async ({
    openPage,
  }) => {
    const plain = await openPage({ javaScriptEnabled: false });
    for (const [path, label] of [
      ["/coordinate/", "Coordinator token"],
      ["/moderate/", "Moderator token"],
    ] as const) {
      await plain.goto(path);
      await plain.getByLabel(label).fill("a-token-typed-too-early");
      await expect(plain.getByRole("button", { name: "Sign in" })).toBeDisabled();
      await plain.getByLabel(label).press("Enter");
      await expect(plain.locator("form.moderation-signin")).toHaveAttribute("method", "post");
      expect(new URL(plain.url()).search).toBe("");
    }
  });

  test("a coordinator adds a welcomer to a verified group, pauses and resumes them, and finds the outbox and audit log", async ({
    page,
  }) => {
    const name = uniqueFirstName("Amina");
    await signIn(page);

    await page.getByRole("link", { name: "Welcomers" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Welcomers" })).toBeFocused();
    const group = page.getByLabel("Group");
    await expect(group.getByRole("option", { name: "Meir Welcome Circle" })).toBeAttached();

    // Sent empty, the form names each missing field and the summary takes focus.
    await page.getByRole("button", { name: "Add welcomer" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /First name must be given/ })).toBeVisible();
    await expect(summary.getByRole("link", { name: /Group/ })).toBeVisible();
    await expect(page.getByLabel("First name")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    await summary.getByRole("link", { name: /First name/ }).click();
    await expect(page.getByLabel("First name")).toBeFocused();

    await page.getByLabel("First name").fill(name);
    await group.selectOption({ label: "Meir Welcome Circle" });
    await page.getByLabel("How to reach them (optional)").fill("Through the group's leader on Tuesdays");
    await page.getByRole("button", { name: "Add welcomer" }).click();
    await expect(page.getByRole("status")).toContainText(`${name} is added as a welcomer.`);
    await expect(summary).toHaveCount(0);
    await expect(page.getByLabel("First name")).toHaveValue("");

    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name, exact: true }) });
    await expect(card).toContainText("Meir Welcome Circle");
    await expect(card).toContainText("Through the group's leader on Tuesdays");
    await expect(card.getByText("Active", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);

    await card.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByRole("status")).toContainText(`${name} is paused`);
    await expect(card.getByText("Paused", { exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
    await card.getByRole("button", { name: "Resume" }).click();
    await expect(page.getByRole("status")).toContainText(`${name} is active again.`);
    await expect(card.getByText("Active", { exact: true })).toBeVisible();

    await page.getByRole("link", { name: "Outbox" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Outbox" })).toBeFocused();
    await expect(page.getByText(/no mail service is set up/)).toBeVisible();
    await expect(page.getByText("Loading…")).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Audit log" })).toBeFocused();
    const log = page
      .getByRole("main")
      .getByRole("list")
      .filter({ hasText: `${name} (Meir Welcome Circle)` });
    await expect(log.getByText(`Welcomer added by ${COORDINATOR_NAME}. ${name} (Meir Welcome Circle)`)).toBeVisible();
    await expect(log.getByText(`Welcomer paused by ${COORDINATOR_NAME}. ${name} (Meir Welcome Circle)`)).toBeVisible();
    await expect(log.getByText(`Welcomer resumed by ${COORDINATOR_NAME}. ${name} (Meir Welcome Circle)`)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Reports" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Reports of concern" })).toBeFocused();
    await expect(page.getByText("Loading…")).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByRole("link", { name: "Past requests" }).click();
    await expect(page.getByText("Loading…")).toHaveCount(0);
    await expectNoAxeViolations(page);

    // Tidy up: the welcomer is on no request, so they can be removed.
    await page.getByRole("link", { name: "Welcomers" }).click();
    await card.getByRole("button", { name: "Remove" }).click();
    await expect(page.getByRole("status")).toContainText(`${name} is removed.`);
    await expect(card).toHaveCount(0);
  });

  test("the console reflows with text at 200% @desktop", async ({ page }) => {
    await signIn(page);
    await page.getByRole("link", { name: "Welcomers" }).click();
    await expect(page.getByRole("button", { name: "Add welcomer" })).toBeVisible();
    await page.evaluate(() => {
      document.documentElement.style.fontSize = "200%";
    });
    await expect(page.getByLabel("First name")).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
