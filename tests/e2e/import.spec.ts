/**
 * Journey: a group's calendar and a services directory are added as sources, the import reads them into the
 * local platform's store, and after the rebuild their listings are on the site: on their own pages with where
 * they came from, in the finder's search, and (events) in the feeds. The feed is written for the weeks ahead of
 * the day the test runs, with a weekly series, a skipped date, a moved one, a whole-day event and an event at a
 * place the site does not know, which moderators then see as a place to add. Runs with the other rebuilding tests.
 */
import { readFileSync } from "node:fs";
import { DateTime } from "luxon";
import { expect as baseExpect, expectNoAxeViolations, test } from "./fixtures";
import { removeSourceFiles, writeSourceFile } from "../support/source-files";
import { importFeed, openFromFinder, signInToModeration, waitForRebuild } from "./importing";

// The site rebuilds on a small machine; waiting longer loses no rigour.
const expect = baseExpect.configure({ timeout: 60_000 });

const SOURCE = "e2e-library-calendar";
// A services directory: an HSDS 3 `/services` page whose lunch club is at Stoke Minster.
const DIRECTORY = "e2e-minster-directory";
const SERVICE = "Warm Welcome Lunch Club";
const run = Date.now().toString(36);
const TITLE = `Imported story time ${run}`;
const FAIR = `Imported craft fair ${run}`;
const QUIZ = `Imported quiz night ${run}`;
/** A place the site does not know: its events show it as the feed writes it. */
const UNKNOWN = `Back room, The Red Lion ${run}, Tunstall`;

/** A Google-style calendar for the weeks ahead: a weekly Thursday series, one skipped and one moved. */
function calendar(): { text: string; first: DateTime; skipped: DateTime; moved: DateTime; fair: DateTime } {
  const today = DateTime.now().setZone("Europe/London").startOf("day");
  const first = today.plus({ days: ((4 - today.weekday + 7) % 7) + 7 }).set({ hour: 10, minute: 30 });
  const skipped = first.plus({ weeks: 1 });
  const moved = first.plus({ weeks: 2 });
  const fair = first.plus({ days: 2 }).startOf("day");
  const at = (time: DateTime) => time.toFormat("yyyyMMdd'T'HHmmss");
  const day = (time: DateTime) => time.toFormat("yyyyMMdd");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
    "BEGIN:VEVENT",
    `UID:story-time-${run}@google.com`,
    `SUMMARY:${TITLE}`,
    `DTSTART;TZID=Europe/London:${at(first)}`,
    `DTEND;TZID=Europe/London:${at(first.plus({ minutes: 45 }))}`,
    `RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=6`,
    `EXDATE;TZID=Europe/London:${at(skipped)}`,
    "DESCRIPTION:Stories and rhymes for under-fives and their grown-ups.\\nFree\\, no need to book.",
    "LOCATION:Tunstall Library\\, The Boulevard\\, Tunstall",
    "END:VEVENT",
    "BEGIN:VEVENT",
    `UID:story-time-${run}@google.com`,
    `RECURRENCE-ID;TZID=Europe/London:${at(moved)}`,
    `SUMMARY:${TITLE}`,
    `DTSTART;TZID=Europe/London:${at(moved.plus({ days: 1 }))}`,
    `DTEND;TZID=Europe/London:${at(moved.plus({ days: 1, minutes: 45 }))}`,
    "LOCATION:Tunstall Library\\, The Boulevard\\, Tunstall",
    "END:VEVENT",
    "BEGIN:VEVENT",
    `UID:craft-fair-${run}@google.com`,
    `SUMMARY:${FAIR}`,
    `DTSTART;VALUE=DATE:${day(fair)}`,
    `DTEND;VALUE=DATE:${day(fair.plus({ days: 1 }))}`,
    "LOCATION:Tunstall Park",
    "END:VEVENT",
    "BEGIN:VEVENT",
    `UID:quiz-night-${run}@google.com`,
    `SUMMARY:${QUIZ}`,
    `DTSTART;TZID=Europe/London:${at(first.plus({ days: 1 }).set({ hour: 19, minute: 30 }))}`,
    `DTEND;TZID=Europe/London:${at(first.plus({ days: 1 }).set({ hour: 21, minute: 30 }))}`,
    `LOCATION:${UNKNOWN.replace(/,/g, "\\,")}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return { text: `${lines.join("\r\n")}\r\n`, first, skipped, moved, fair };
}

test.describe("importing a group's calendar", () => {
  test.afterAll(() => removeSourceFiles([SOURCE, DIRECTORY]));

  test("its events are on the site after the import and the rebuild, with where they came from", async ({ page }) => {
    test.setTimeout(300_000);
    const feed = calendar();
    writeSourceFile(
      SOURCE,
      [
        `name: "Tunstall Library's own calendar"`,
        `url: "https://calendar.example.org/${SOURCE}.ics"`,
        "group: tunstall-neighbours",
        "place: tunstall-library",
        "categories: [learning-skills]",
        "audiences: [families]",
        "free: true",
        "trusted: true",
      ],
      DateTime.now().toISODate()!,
    );
    // The hourly import's run, into this server's store, reading the feed from a file.
    importFeed(SOURCE, feed.text);
    writeSourceFile(
      DIRECTORY,
      [
        `name: "Stoke Minster's services directory"`,
        `url: "https://directory.example.org/${DIRECTORY}/services"`,
        "kind: oruk",
        "categories: [food-support]",
        "free: true",
        "trusted: true",
      ],
      DateTime.now().toISODate()!,
    );
    importFeed(DIRECTORY, readFileSync("tests/fixtures/import/oruk-services-hsds3.json", "utf8"), "services.json");

    const response = await page.request.post("/__local/build-hook");
    expect(response.ok()).toBe(true);
    await waitForRebuild(page);

    // Its page: the series with its skipped and moved dates, and where it came from.
    await openFromFinder(page, TITLE);
    const when = page.locator("#when").locator("..");
    await expect(when).toContainText("Every Thursday");
    await expect(when.locator(".dates")).toContainText(`Moved from ${feed.moved.toFormat("d MMMM yyyy")}`);
    await expect(when.locator(".dates li.cancelled")).toContainText(feed.skipped.toFormat("ccc d MMM"));
    await expect(page.locator(".trust")).toContainText(
      /Listed\s*From Tunstall Library.s own calendar, checked at\s+\d\d:\d\d on \d{1,2} [A-Z][a-z]+ \d{4}/,
    );
    await expect(page.getByText("Stories and rhymes for under-fives").first()).toBeVisible();
    await expectNoAxeViolations(page);
    const eventPath = new URL(page.url()).pathname;

    // The whole-day fair says so, without times.
    await openFromFinder(page, FAIR);
    await expect(page.locator(".event__next time")).toHaveText(`${feed.fair.toFormat("ccc d MMM")}, all day`);

    // At a place the site does not know: the location as the feed gives it, with no map and a note saying why.
    await openFromFinder(page, QUIZ);
    const where = page.getByRole("complementary", { name: "Key facts" });
    await expect(where.getByText(UNKNOWN, { exact: true })).toBeVisible();
    await expect(where).toContainText("This place is not on our map yet");
    await expect(page.locator(".place-map")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /on the map/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
    const quizPath = new URL(page.url()).pathname;

    // In the finder's search.
    await page.goto(`/find/?q=${encodeURIComponent(`story time ${run}`)}`);
    await expect(page.getByRole("searchbox", { name: "Search events, groups, places and services" })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole("link", { name: TITLE }).first()).toBeVisible();

    // In the feeds: its own calendar file, its group's calendar and the RSS feed.
    const own = await (await page.request.get(`${eventPath.replace(/\/$/, "")}.ics`)).text();
    expect(own).toContain(`SUMMARY:${TITLE}`);
    expect(own).toMatch(/RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TH/);
    const all = await (await page.request.get("/calendar/group/tunstall-neighbours.ics")).text();
    expect(all.replace(/\r\n[ \t]/g, "")).toContain(`SUMMARY:${TITLE}`);
    expect(all).toContain(`DTSTART;VALUE=DATE:${feed.fair.toFormat("yyyyMMdd")}`);
    const rss = await (await page.request.get("/events/feed.xml")).text();
    expect(rss).toContain(TITLE);
    // The unknown place is the calendar's LOCATION, as the feed wrote it (commas escaped, as RFC 5545 has them).
    const location = `LOCATION:${UNKNOWN.replace(/,/g, "\\,")}`;
    const quizFile = await (await page.request.get(`${quizPath.replace(/\/$/, "")}.ics`)).text();
    expect(quizFile.replace(/\r\n[ \t]/g, "")).toContain(location);
    expect(quizFile).not.toContain("GEO:");
    expect(all.replace(/\r\n[ \t]/g, "")).toContain(location);

    // The imported service: on its page with where it came from and its own last-updated date, and in search.
    await page.goto("/services/");
    await page.getByRole("link", { name: SERVICE }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(SERVICE);
    const trust = page.locator(".trust");
    await expect(trust).toContainText(
      /Listed\s*From Stoke Minster.s services directory, checked at\s+\d\d:\d\d on \d{1,2} [A-Z][a-z]+ \d{4}; last changed there\s+on \d{1,2} [A-Z][a-z]+ \d{4}/,
    );
    await expect(trust).toContainText(/Last updated\s*1 July 2026, says Stoke Minster.s services directory/);
    await expect(trust).toContainText(/Run by\s*Stoke Minster Community Trust/);
    await expect(page.getByText("Example listing")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Stoke Minster (St Peter ad Vincula)" }).first()).toBeVisible();
    await expect(page.getByText("Mondays and Wednesdays, 12:00 to 14:00")).toBeVisible();
    await expect(page.getByRole("link", { name: "lunchclub@stokeminster.org.uk" })).toBeVisible();
    await expect(page.locator(".lede")).toContainText("Vegetarian and halal meals are always on the menu.");
    await expectNoAxeViolations(page);
    await page.goto(`/find/?q=${encodeURIComponent("warm welcome lunch")}`);
    await expect(page.getByRole("searchbox", { name: "Search events, groups, places and services" })).toBeVisible({
      timeout: 30_000,
    });
    await expect(page.getByRole("link", { name: SERVICE }).first()).toBeVisible();

    // Source health: the moderators see the source working, with its events.
    await signInToModeration(page);
    await page.getByRole("link", { name: "Sources", exact: true }).click();
    const card = page.locator(".card", { has: page.getByRole("heading", { name: "Tunstall Library's own calendar" }) });
    await expect(card.getByRole("list", { name: "State" })).toContainText("Working");
    await expect(card).toContainText(/Events\s*3/);
    // The place it does not know is listed for the moderators to add.
    const toAdd = card.locator(".places-to-add");
    await expect(toAdd.getByRole("heading", { name: "Places to add" })).toBeVisible();
    await expect(toAdd.getByRole("listitem")).toHaveText(`${UNKNOWN}: 1 event`);
    await expectNoAxeViolations(page);

    // A moderator adds another group's calendar from the console; a field it cannot accept is named first.
    const form = page.locator("form.add-source");
    await form.getByLabel("Name, as residents will see it").fill(`Meir Welcome Circle calendar ${run}`);
    await form.getByLabel("Address").fill("http://localhost/calendar.ics");
    await form.getByLabel("Whose listings these are").selectOption({ label: "Meir Welcome Circle" });
    await form.getByRole("checkbox", { name: "Social and meet-ups" }).check();
    await form.getByRole("button", { name: "Add this source" }).click();
    await expect(form.getByRole("alert")).toContainText("Some fields need changing.");
    await expect(form.locator("#source-url-error")).toBeVisible();
    await form.getByLabel("Address").fill(`webcal://calendar.example.org/meir-${run}.ics`);
    await form.getByRole("button", { name: "Add this source" }).click();
    await expect(page.getByText(`Added Meir Welcome Circle calendar ${run}.`)).toBeVisible();
    const added = page.locator(".card", {
      has: page.getByRole("heading", { name: `Meir Welcome Circle calendar ${run}` }),
    });
    await expect(added.getByRole("list", { name: "State" })).toContainText("Not fetched yet");
    await expect(added).toContainText(`https://calendar.example.org/meir-${run}.ics`);
    await expectNoAxeViolations(page);
  });
});
