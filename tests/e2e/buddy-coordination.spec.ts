/**
 * Journey 7 on the local platform: a resident asks for a buddy; a coordinator signs in to /coordinate/,
 * adds a welcomer from the event's group, plans the meeting and marks the request matched, and the
 * resident's private link shows who, where and when. The coordinator then closes that request with a note
 * and cancels a second one, and the resident's links say so. The resident's side runs with and without
 * JavaScript; the console needs it. axe checks every state of both.
 */
import type { Page } from "@playwright/test";
import { checkAccessibility, recurringBuddyEvent, sendBuddyRequest } from "./buddy";
import { addWelcomer, signIn, uniqueFirstName } from "./coordinator";
import { COORDINATOR_NAME } from "./platform";
import { expect as baseExpect, expectNoAxeViolations, test } from "./fixtures";

// Functions answer slowly on a small, busy machine; waiting longer loses no rigour.
const expect = baseExpect.configure({ timeout: 60_000 });
// Two people, two requests and a dozen function calls each, with axe in every state.
test.describe.configure({ timeout: 300_000 });

/** Opens a request from the console's open requests, where it is listed under its event and date. */
async function openRequest(coordinator: Page, reference: string) {
  await coordinator.getByRole("link", { name: "Open requests" }).click();
  await expect(coordinator.getByText("Loading…")).toHaveCount(0);
  await coordinator.getByRole("button", { name: reference }).click();
  const detail = coordinator.locator(".moderation-detail");
  await expect(detail.getByRole("heading", { level: 2 })).toHaveText(`Request ${reference}`);
  return detail;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`journey 7, the resident ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("a coordinator matches a request with a welcomer, then closes it; cancels another; the resident sees each", async ({
      page,
      openPage,
    }) => {
      const event = await recurringBuddyEvent(page);
      const resident = uniqueFirstName("Noor");
      const email = `${resident.toLowerCase()}@example.net`;
      const first = await sendBuddyRequest(page, event, event.dates[0]!.label, {
        name: resident,
        email,
        accessNeeds: "I use a walking stick",
        preferences: "Someone who speaks Urdu",
      });
      const second = await sendBuddyRequest(page, event, event.dates[1]!.label, { name: resident, email });

      // The coordinator adds a welcomer from the group that runs the event.
      const coordinator = await openPage({ javaScriptEnabled: true });
      const welcomer = uniqueFirstName("Amina");
      await signIn(coordinator);
      await addWelcomer(coordinator, welcomer, event.groupName);

      // The request is listed under its event, with what the resident told only the coordinator.
      await coordinator.getByRole("link", { name: "Open requests" }).click();
      await expect(coordinator.getByText("Loading…")).toHaveCount(0);
      const eventSection = coordinator.getByRole("region", { name: event.title, exact: true });
      const card = eventSection.getByRole("listitem").filter({ hasText: first.reference });
      await expect(card).toContainText(resident);
      await expect(card).toContainText(email);
      await expectNoAxeViolations(coordinator);

      const detail = await openRequest(coordinator, first.reference);
      await expect(detail).toContainText("I use a walking stick");
      await expect(detail).toContainText("Someone who speaks Urdu");
      // Asked in English: the messages to the resident are in English, so nothing more is said of it.
      await expect(detail.locator('dl.facts dt:text-is("Asked in") + dd')).toHaveText("English");
      await expectNoAxeViolations(coordinator);

      // The console proposes a meeting time before the start; matching with no welcomer chosen says so.
      await expect(detail.getByLabel("Meeting time")).not.toHaveValue("");
      await detail.getByRole("button", { name: "Mark matched" }).click();
      const summary = coordinator.locator(".error-summary");
      await expect(summary).toBeFocused();
      await expect(summary.getByRole("link").first()).toHaveText("Choose a welcomer and save the plan first");
      await expect(detail.getByLabel("Welcomer")).toHaveAttribute("aria-invalid", "true");
      await expectNoAxeViolations(coordinator);

      await detail.getByLabel("Welcomer").selectOption({ label: `${welcomer} (${event.groupName})` });
      await detail.getByLabel("Meeting point").fill("By the main doors, under the clock");
      await detail.getByLabel("Meeting time").fill("10:15");
      await detail.getByRole("button", { name: "Mark matched" }).click();
      await expect(coordinator.getByRole("status")).toContainText("Matched. The resident has been told");
      await expect(summary).toHaveCount(0);
      const facts = detail.locator("dl.facts").first();
      await expect(facts).toContainText("Matched");
      await expect(facts).toContainText(`${welcomer} (${event.groupName})`);
      const trail = detail.locator("ol.audit");
      await expect(trail).toContainText(`Plan saved by ${COORDINATOR_NAME}`);
      await expect(trail).toContainText(`Matched by ${COORDINATOR_NAME}`);
      await expectNoAxeViolations(coordinator);

      // The resident's private link now says who will meet them, where and when.
      await page.goto(first.statusLink);
      await expect(page.getByRole("heading", { name: "A welcomer will meet you" })).toBeVisible();
      const meeting = page.locator("dl.meeting");
      await expect(meeting).toContainText(`${welcomer}, from ${event.groupName}`);
      await expect(meeting).toContainText("By the main doors, under the clock");
      await expect(meeting).toContainText("10:15 on");
      await expect(page.getByText(email)).toHaveCount(0);
      await checkAccessibility(page, javaScriptEnabled);

      // The same private link in Arabic, right to left: who, where and when, in Arabic words.
      const status = new URL(first.statusLink, "http://site.example");
      await page.goto(`/ar${status.pathname}${status.search}`);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.getByRole("heading", { name: "سيلتقيك مستقبِل" })).toBeVisible();
      await expect(page.locator("dl.meeting")).toContainText(welcomer);
      await expect(page.locator("dl.meeting")).toContainText("By the main doors, under the clock");
      await expect(page.getByText(email)).toHaveCount(0);
      await checkAccessibility(page, javaScriptEnabled);

      // The message to the resident is in the outbox, as no mail service is set up here.
      await coordinator.getByRole("link", { name: "Outbox" }).click();
      const message = coordinator
        .getByRole("listitem")
        .filter({ has: coordinator.getByRole("heading", { name: `Your buddy-up request for ${event.title}` }) })
        .filter({ hasText: email });
      await expect(message.first()).toContainText("A welcomer will meet you.");

      // The event cannot go ahead that week: the coordinator closes the request with a note.
      await openRequest(coordinator, first.reference);
      await detail
        .getByLabel("Note for the resident (optional)")
        .fill("The hall is closed for repairs that week. Sorry!");
      await detail.getByRole("button", { name: "Close request" }).click();
      await expect(coordinator.getByRole("status")).toContainText("Closed. The resident has been told.");
      await expect(detail.locator("ol.audit")).toContainText(`Closed by ${COORDINATOR_NAME}`);
      await expectNoAxeViolations(coordinator);

      await page.goto(first.statusLink);
      await expect(page.getByRole("heading", { name: "This request is closed" })).toBeVisible();
      await expect(page.getByText("The hall is closed for repairs that week. Sorry!")).toBeVisible();
      await expect(page.getByRole("button", { name: "Cancel my request" })).toHaveCount(0);
      await checkAccessibility(page, javaScriptEnabled);

      // The coordinator cancels the second request: the resident's details go at once.
      const secondDetail = await openRequest(coordinator, second.reference);
      await secondDetail.getByRole("button", { name: "Cancel request…" }).click();
      await expect(secondDetail.getByRole("group", { name: `Cancel ${second.reference}?` })).toBeFocused();
      await expectNoAxeViolations(coordinator);
      await secondDetail.getByRole("button", { name: "Yes, cancel the request" }).click();
      await expect(coordinator.getByRole("status")).toContainText(
        "Cancelled. The resident’s details have been deleted.",
      );
      await expect(secondDetail).toContainText("Details removed when the request was cancelled");
      await expect(secondDetail).not.toContainText(email);
      await expect(secondDetail).not.toContainText(resident);

      await page.goto(second.statusLink);
      await expect(page.getByRole("heading", { name: "This request is cancelled" })).toBeVisible();
      await expect(page.getByText("have been deleted")).toBeVisible();
      await checkAccessibility(page, javaScriptEnabled);

      // Every action is in the audit log, and none of it names the resident.
      await coordinator.getByRole("button", { name: "Back to open requests" }).click();
      await coordinator.getByRole("link", { name: "Audit log" }).click();
      const log = coordinator.locator("ol.audit");
      for (const line of [
        `${first.reference}: Requested by resident`,
        `${first.reference}: Plan saved by ${COORDINATOR_NAME}. Welcomer: ${welcomer} (${event.groupName}); meet By the main doors, under the clock at 10:15`,
        `${first.reference}: Matched by ${COORDINATOR_NAME}`,
        `${first.reference}: Closed by ${COORDINATOR_NAME}. Closed with a note for the resident`,
        `${second.reference}: Cancelled by ${COORDINATOR_NAME}`,
        `Welcomer added by ${COORDINATOR_NAME}. ${welcomer} (${event.groupName})`,
      ]) {
        await expect(log.getByText(line)).toBeVisible();
      }
      await expect(log).not.toContainText(resident);
      await expect(log).not.toContainText(email);
      await expectNoAxeViolations(coordinator);

      // Neither request is open now, so the welcomer can be removed.
      await coordinator.getByRole("link", { name: "Welcomers" }).click();
      const welcomerCard = coordinator
        .getByRole("listitem")
        .filter({ has: coordinator.getByRole("heading", { name: welcomer, exact: true }) });
      await welcomerCard.getByRole("button", { name: "Remove" }).click();
      await expect(coordinator.getByRole("status")).toContainText(`${welcomer} is removed.`);
    });
  });
}
