/**
 * Journey: a calendar from a source that is not yet trusted is imported, and its events wait for a moderator.
 * In the console's imported events, the moderator approves one and declines the other; the approval rebuilds
 * the site, and then only the approved event is listed, with where it came from. Runs with the other
 * rebuilding tests.
 */
import { DateTime } from "luxon";
import { expect as baseExpect, expectNoAxeViolations, test } from "./fixtures";
import { removeSourceFiles, writeSourceFile } from "../support/source-files";
import { importFeed, openFromFinder, signInToModeration, waitForRebuild } from "./importing";

// The site rebuilds on a small machine; waiting longer loses no rigour.
const expect = baseExpect.configure({ timeout: 60_000 });

const SOURCE = "e2e-moderated-calendar";
const run = Date.now().toString(36);
const COFFEE = `Imported coffee morning ${run}`;
const SALE = `Imported car boot sale ${run}`;

function calendar(): string {
  const start = DateTime.now().setZone("Europe/London").startOf("day").plus({ days: 9 }).set({ hour: 10 });
  const at = (time: DateTime) => time.toFormat("yyyyMMdd'T'HHmmss");
  const event = (uid: string, title: string, from: DateTime) => [
    "BEGIN:VEVENT",
    `UID:${uid}-${run}@example.org`,
    `SUMMARY:${title}`,
    `DTSTART;TZID=Europe/London:${at(from)}`,
    `DTEND;TZID=Europe/London:${at(from.plus({ hours: 2 }))}`,
    "LOCATION:Meir Library",
    "END:VEVENT",
  ];
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Example//Community calendar//EN",
    ...event("coffee", COFFEE, start),
    ...event("car-boot", SALE, start.plus({ days: 1 })),
    "END:VCALENDAR",
  ];
  return `${lines.join("\r\n")}\r\n`;
}

test.describe("a calendar that is not yet trusted", () => {
  test.afterAll(() => removeSourceFiles([SOURCE]));

  test("its events wait for a moderator, and only the approved one is listed after the rebuild", async ({ page }) => {
    test.setTimeout(300_000);
    writeSourceFile(
      SOURCE,
      [
        `name: "Meir Welcome Circle's calendar"`,
        `url: "https://calendar.example.org/${SOURCE}.ics"`,
        "group: meir-welcome-circle",
        "place: meir-library",
        "categories: [social-meetups]",
        "free: true",
      ],
      DateTime.now().toISODate()!,
    );
    importFeed(SOURCE, calendar());

    await signInToModeration(page);
    await page.getByRole("link", { name: "Imported", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Imported events", level: 2 })).toBeVisible();
    const card = (title: string) => page.locator(".card", { has: page.getByRole("heading", { name: title }) });
    await expect(card(COFFEE)).toContainText("Meir Welcome Circle's calendar");
    await expect(card(COFFEE)).toContainText(/Where\s*Meir Library/);
    await expect(card(SALE)).toBeVisible();
    await expectNoAxeViolations(page);

    await card(SALE)
      .getByRole("button", { name: `Decline ${SALE}` })
      .click();
    await expect(page.getByText(`Declined "${SALE}". It will not be listed.`)).toBeVisible();
    await card(COFFEE)
      .getByRole("button", { name: `Approve ${COFFEE}` })
      .click();
    await expect(page.getByText(`Approved "${COFFEE}".`)).toBeVisible();
    const approved = page.locator("h3", { hasText: "Approved from sources not yet trusted" });
    await expect(approved).toBeVisible();
    await expect(card(COFFEE).getByRole("button", { name: `Take off the site ${COFFEE}` })).toBeVisible();
    await expect(card(SALE)).toHaveCount(0);

    // The approval asked for a rebuild; once it is done, the approved event is listed and the declined one not.
    await waitForRebuild(page);
    await page.goto("/events/");
    await expect(page.getByRole("link", { name: SALE })).toHaveCount(0);
    await openFromFinder(page, COFFEE);
    await expect(page.locator(".trust")).toContainText(/From Meir Welcome Circle.s calendar, checked at/);
  });
});
