/**
 * Journey 8's list: a resident saves three events (one from the finder's results) with no account, opens "My list"
 * with each one's next dates, removes one, shares the list as a link that opens the same list in another browser
 * (which can keep it), subscribes to the saved events as one feed (parsed back with ical.js), and prints the list
 * (read back from the PDF with pdftotext). A listing cancelled or removed since it was saved is named plainly; with
 * storage blocked (private browsing) the site says it cannot keep a list and nothing breaks; without JavaScript the
 * page says what the list needs. Once in Urdu.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import type { Page } from "@playwright/test";
import { builtListings, text, type Listing } from "./content";
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe.configure({ mode: "parallel" });

// Weekly events that go ahead: they have dates to come whenever the site is built.
const onEvents = builtListings("events").filter(
  (event) => "recurrence" in event.fields && (event.fields["status"] ?? "scheduled") === "scheduled",
);
if (onEvents.length < 4)
  throw new Error("The list's tests need four repeating events that go ahead in content/events/.");
const [first, second, fromFinder, urdu] = onEvents as [Listing, Listing, Listing, Listing];
const cancelled = builtListings("events").find((event) => event.fields["status"] === "cancelled");

/** The next date as an event's own page writes it. */
async function nextDateOnPage(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return (await page.locator(".event__next time").innerText()).trim();
}

/** Presses Save on an event's page and checks what it says. */
async function saveOnPage(page: Page, event: Listing, count: number) {
  await page.goto(`/events/${event.id}/`);
  const save = page.getByRole("button", { name: "Save", exact: true });
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await save.click();
  const saved = page.getByRole("button", { name: "Saved", exact: true });
  await expect(saved).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("[data-save-status]")).toHaveAttribute("aria-live", "polite");
  await expect(page.locator("[data-save-status]")).toHaveText(
    `Saved to your list. ${count} ${count === 1 ? "listing" : "listings"} saved. See my list`,
  );
}

/** The saved listings on the list's page, by their headings. */
const items = (page: Page) => page.locator(".my-list__item");
const item = (page: Page, title: string) => items(page).filter({ has: page.getByRole("heading", { name: title }) });

/** The text of a PDF, as poppler's pdftotext reads it. */
function pdfText(pdf: Buffer): string {
  const folder = mkdtempSync(path.join(tmpdir(), "my-list-"));
  const file = path.join(folder, "list.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

test("save three events, see their next dates, remove one, share, subscribe and print the list", async ({
  page,
  openPage,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const dates = new Map<string, string>();
  for (const event of [first, second, fromFinder])
    dates.set(event.id, await nextDateOnPage(page, `/events/${event.id}/`));

  await saveOnPage(page, first, 1);
  await saveOnPage(page, second, 2);
  // Saved already: the button says so when the page opens again.
  await page.reload();
  await expect(page.getByRole("button", { name: "Saved", exact: true })).toHaveAttribute("aria-pressed", "true");

  // The third from the finder's results, found by name.
  const title = text(fromFinder, "title");
  await page.goto(`/find/?q=${encodeURIComponent(title)}`);
  await expect(page.locator('.finder[data-results="island"]')).toHaveCount(1, { timeout: 30_000 });
  const result = page.locator(".finder__item").filter({ has: page.getByRole("link", { name: title, exact: true }) });
  const save = result.getByRole("button", { name: `Save ${title}` });
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await save.click();
  await expect(result.getByRole("button", { name: `Saved ${title}` })).toHaveAttribute("aria-pressed", "true");
  await expect(result.getByText("Saved to your list. 3 listings saved.")).toBeVisible();
  // Said once for the whole list, politely, for screen readers.
  await expect(page.locator("[data-finder-saved]")).toHaveAttribute("aria-live", "polite");
  await expect(page.locator("[data-finder-saved]")).toHaveText("Saved to your list. 3 listings saved.");

  await result.getByRole("link", { name: "See my list" }).click();
  await expect(page).toHaveURL(/\/my-list\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My list");
  await expect(page.getByText("You have saved 3 listings.")).toBeVisible();
  await expect(items(page)).toHaveCount(3);
  for (const event of [first, second, fromFinder]) {
    const saved = item(page, text(event, "title"));
    await expect(saved.getByRole("link", { name: text(event, "title") })).toHaveAttribute(
      "href",
      `/events/${event.id}/`,
    );
    await expect(saved.locator("time").first()).toHaveText(dates.get(event.id)!);
  }
  await expectNoAxeViolations(page);

  // Remove one: the list says so and keeps the others.
  await item(page, text(second, "title"))
    .getByRole("button", { name: `Remove ${text(second, "title")} from my list` })
    .click();
  await expect(page.getByRole("status").filter({ hasText: "was removed" })).toHaveText(
    `${text(second, "title")} was removed from your list.`,
  );
  await expect(items(page)).toHaveCount(2);
  await expect(page.getByText("You have saved 2 listings.")).toBeVisible();

  // The share link carries the two in its address.
  const link = (await page.locator("[data-my-list-share-link]").innerText()).trim();
  expect(new URL(link).pathname).toBe("/my-list/");
  expect(new URL(link).searchParams.get("saved")).toBe(`events:${first.id},events:${fromFinder.id}`);

  // The feed of the saved events: one calendar with just those two.
  const https = (await page.locator("[data-my-list-https]").innerText()).trim();
  const webcal = await page.getByRole("link", { name: "Subscribe in your calendar app" }).getAttribute("href");
  expect(webcal).toBe(https.replace(/^https?:/, "webcal:"));
  const feedUrl = new URL(https);
  expect(feedUrl.pathname).toBe("/api/calendar.ics");
  const feed = await page.request.get(feedUrl.pathname + feedUrl.search);
  expect(feed.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  const uids = calendar.getAllSubcomponents("vevent").map((vevent) => String(vevent.getFirstPropertyValue("uid")));
  expect(new Set(uids.map((uid) => uid.split("@")[0]))).toEqual(new Set([first.id, fromFinder.id]));
  await expect(page.getByRole("heading", { name: "How to subscribe", exact: false })).toBeVisible();

  // Printed: the listings and their dates, where to check; no buttons.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print my list" })).toBeHidden();
  const printed = pdfText(await page.pdf({ format: "A4" }));
  await page.emulateMedia({ media: "screen" });
  const flat = printed.replace(/\s+/g, " ");
  for (const event of [first, fromFinder]) {
    expect(flat).toContain(text(event, "title"));
    expect(flat).toContain(dates.get(event.id)!.replace(/\s+/g, " "));
  }
  expect(flat).not.toContain(text(second, "title"));
  expect(flat).toMatch(/Printed on \d{1,2} \w+ \d{4}\. Times can change/);
  expect(flat).not.toContain("Share your list");
  expect(flat).not.toContain("Remove");

  // The link in another browser (another phone): the same list, offered to keep.
  const other = await openPage();
  await other.goto(link);
  await expect(other.getByRole("heading", { name: "A list shared with you" })).toBeVisible();
  await expect(items(other)).toHaveCount(2);
  for (const event of [first, fromFinder]) {
    await expect(item(other, text(event, "title")).locator("time").first()).toHaveText(dates.get(event.id)!);
  }
  await expect(other.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await expect(other.getByText(/You have saved/)).toHaveCount(0);
  await other.getByRole("button", { name: "Keep these in my list" }).click();
  await expect(other.getByRole("status").filter({ hasText: "added" })).toHaveText("2 listings added to your list.");
  await other.goto("/my-list/");
  await expect(items(other)).toHaveCount(2);
  await expect(other.getByText("You have saved 2 listings.")).toBeVisible();
  expect(errors).toEqual([]);
});

test("a listing removed or cancelled since it was saved is named and says so, not left out", async ({ page }) => {
  // An offline worker, as one would control the page: it is told which pages to keep.
  await page.addInitScript(() => {
    const kept: unknown[] = [];
    Object.assign(window, { kept });
    Object.defineProperty(navigator, "serviceWorker", {
      value: { controller: { postMessage: (message: unknown) => kept.push(message) } },
    });
  });
  await page.goto("/my-list/");
  const saved = [
    { kind: "events", id: "a-quiz-night-no-longer-listed", title: "Quiz night at the old library" },
    ...(cancelled ? [{ kind: "events", id: cancelled.id, title: text(cancelled, "title") }] : []),
    { kind: "events", id: first.id, title: text(first, "title") },
  ];
  await page.evaluate((list) => localStorage.setItem("stoke-together:my-list", JSON.stringify(list)), saved);
  await page.reload();
  await expect(items(page)).toHaveCount(saved.length);
  const removed = item(page, "Quiz night at the old library");
  await expect(removed).toContainText("No longer listed: it was taken off the site after you saved it.");
  await expect(removed.getByRole("link")).toHaveCount(0);
  if (cancelled) {
    await expect(item(page, text(cancelled, "title"))).toContainText("Cancelled: it will not go ahead.");
  }
  await expect(item(page, text(first, "title")).locator("time").first()).toBeVisible();
  // The worker is asked to keep the list and the pages of the listings still on the site.
  const kept = await page.evaluate(() => (window as unknown as { kept: unknown[] }).kept);
  expect(kept.at(-1)).toEqual({
    type: "keep-pages",
    urls: ["/my-list/", ...(cancelled ? [`/events/${cancelled.id}/`] : []), `/events/${first.id}/`],
  });
  // The feed holds only what is still on: the removed one is not in its address.
  const https = (await page.locator("[data-my-list-https]").innerText()).trim();
  expect(new URL(https).searchParams.get("event")!.split(",")).not.toContain("a-quiz-night-no-longer-listed");
  await expectNoAxeViolations(page);
});

test("with storage blocked, Save says it cannot keep a list here, and the list's page still works", async ({
  openPage,
}) => {
  const page = await openPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`/events/${first.id}/`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator("[data-save-status]")).toHaveText(
    /This device is not letting the site keep anything .* so it cannot save here\./,
  );
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveAttribute("aria-pressed", "false");
  await page.goto("/my-list/");
  await expect(page.getByText(/so your list cannot be kept here/)).toBeVisible();
  await expect(page.getByText(/^Nothing saved yet/)).toBeHidden();
  // A shared list still opens.
  await page.goto(`/my-list/?saved=events:${first.id}`);
  await expect(items(page)).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Keep these in my list" })).toBeHidden();
  expect(errors).toEqual([]);
});

test("without JavaScript, the list's page says what it needs and offers the calendar's feeds", async ({ openPage }) => {
  const page = await openPage({ javaScriptEnabled: false });
  await page.goto(`/events/${first.id}/`);
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveCount(0);
  await page.getByRole("link", { name: "Save listings to your own list" }).click();
  await expect(page.getByRole("heading", { name: "Your list needs JavaScript" })).toBeVisible();
  await page.getByRole("link", { name: "the calendar page" }).click();
  await expect(page).toHaveURL(/\/calendar\/$/);
});

test("in Urdu: Save, and the list with its dates as the Urdu pages write them", async ({ page }) => {
  const next = await nextDateOnPage(page, `/ur/events/${urdu.id}/`);
  await page.getByRole("button", { name: "محفوظ کریں", exact: true }).click();
  await expect(page.getByRole("button", { name: "محفوظ ہے", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("[data-save-status]")).toContainText("1 اندراج محفوظ ہے۔");
  await page.getByRole("link", { name: "میری فہرست دیکھیں" }).click();
  await expect(page).toHaveURL(/\/ur\/my-list\/$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByText("آپ نے 1 اندراج محفوظ کیا ہے۔")).toBeVisible();
  const saved = item(page, text(urdu, "title"));
  await expect(saved.getByRole("link", { name: text(urdu, "title") })).toHaveAttribute(
    "href",
    `/ur/events/${urdu.id}/`,
  );
  await expect(saved.locator("time").first()).toHaveText(next);
  await expect(saved.getByRole("button", { name: /^نکالیں/ })).toBeVisible();
  await expectNoAxeViolations(page);
});
