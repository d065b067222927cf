/**
 * Sheets and posters for noticeboards, printed to PDF by Chromium as a librarian would print them: a town's sheet
 * on A4 with every event's QR code and where to check at its foot, and an event's poster on one page of A4 and of
 * A5 with strips to tear off whose short link leads to the event.
 */
import { builtListings, pick, text } from "./content";
import { expect, expectNoAxeViolations, test } from "./fixtures";

/** How many pages a PDF that Chromium wrote has: one page object each. */
const pagesOf = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

const event = pick(
  builtListings("events"),
  "a repeating event",
  (e) => "recurrence" in e.fields,
  "tunstall-coffee-morning",
);

test("a town's sheet prints on A4, each event with its QR code to its page, and where to check at the foot", async ({
  page,
  baseURL,
}) => {
  await page.goto("/areas/tunstall/");
  await page.getByRole("link", { name: "Print this week and next in Tunstall" }).click();
  await expect(page).toHaveURL(/\/print\/tunstall\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What's on in Tunstall");
  const items = page.locator(".sheet__item");
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const item = items.nth(index);
    const href = (await item.getByRole("link").getAttribute("href"))!;
    expect(href).toMatch(/^https:\/\/[^/]+\/events\/[a-z0-9-]+\/$/);
    await expect(item.getByRole("img")).toHaveAttribute("aria-label", `QR code for ${href}`);
    // The event is on, in Tunstall: its own page says so.
    const eventPage = await page.request.get(new URL(href).pathname);
    expect(eventPage.status()).toBe(200);
  }
  const foot = page.locator(".sheet__foot");
  await expect(foot.getByRole("img")).toHaveAttribute("aria-label", /QR code for https:\/\/[^/]+\/areas\/tunstall\/$/);
  await expect(foot).toContainText("Times can change");

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pagesOf(pdf)).toBeGreaterThanOrEqual(1);
  expect(pagesOf(pdf)).toBeLessThanOrEqual(Math.ceil(count / 3) + 1);
  expect(new URL(baseURL!).hostname).toBe("localhost");
});

test("an event's poster prints whole on one page of A4 and of A5, with a short link that leads to the event", async ({
  page,
}) => {
  await page.goto(`/events/${event.id}/`);
  const poster = page.locator("#poster");
  await expect(poster).toBeHidden();
  await page.getByRole("link", { name: "Print a poster" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}/#poster$`));
  await expect(poster).toBeVisible();
  await expect(poster.locator(".poster__title")).toHaveText(text(event, "title"));
  await expectNoAxeViolations(page);

  // The print button opens the browser's print dialog.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await poster.getByRole("button", { name: "Print this poster" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  const strips = page.getByRole("list", { name: "Strips to tear off" }).getByRole("listitem");
  await expect(strips).toHaveCount(8);
  const short = (await strips.first().locator("span").last().textContent())!;
  expect(short).toMatch(/^[^/]+\/e\/[0-9a-hjkmnp-tv-z]{7}$/);

  // Its QR code leads to its page.
  const qr = poster.getByRole("img", { name: /^QR code for / });
  await expect(qr).toHaveAttribute("alt", new RegExp(`^QR code for https://[^/]+/events/${event.id}/$`));
  await expect
    .poll(() => qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0);

  // Printed while the poster is shown, the poster alone, on one page.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".event")).toBeHidden();
  for (const format of ["A4", "A5"] as const) {
    expect(pagesOf(await page.pdf({ format })), `pages of the ${format} poster`).toBe(1);
  }
  // The event's page printed on its own is the page, not the poster.
  await page.goto(`/events/${event.id}/`);
  await expect(page.locator(".event")).toBeVisible();
  await expect(poster).toBeHidden();

  await page.emulateMedia({ media: "screen" });
  await page.goto(`${short.slice(short.indexOf("/"))}/`);
  await expect(page).toHaveURL(new RegExp(`/events/${event.id}/$`));
});
