/**
 * The main journey, home to an event, the ways residents take it: keyboard only, without JavaScript,
 * and with text at 200%.
 */
import { builtListings, pick, text } from "./content";
import { expect, expectNoHorizontalScroll, expectVisibleFocus, tabTo, test } from "./fixtures";

// Tagged @desktop: these run on the 1280 px layout only (the phone project leaves them out).
test.describe("keyboard only @desktop", () => {
  test("finds an event in Hanley from the home page by keyboard, with focus always visible", async ({ page }) => {
    await page.goto("/");
    const main = page.getByRole("main");

    // Skip link first, then into the page content.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    await expect(main).toBeFocused();
    await page.keyboard.press("Tab");
    await expectVisibleFocus(page);
    expect(
      await main.evaluate((element) => element.contains(document.activeElement)),
      "Tab after the skip link stays in main",
    ).toBe(true);

    // Back up to the main navigation and open What's on.
    const whatsOn = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "What's on" });
    await tabTo(page, whatsOn, { backwards: true });
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/events/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What's on");

    // Narrow to a town.
    const hanley = page
      .getByRole("navigation", { name: "Narrow the list" })
      .getByRole("link", { name: "Hanley", exact: true });
    await tabTo(page, hanley);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/events/town/hanley/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What's on in Hanley");
    await expect(
      page.getByRole("navigation", { name: "Narrow the list" }).getByRole("link", { name: "Hanley", exact: true }),
    ).toHaveAttribute("aria-current", "page");

    // Open the first event listed.
    const firstEvent = page.getByRole("main").getByRole("heading", { level: 3 }).getByRole("link").first();
    const href = await firstEvent.getAttribute("href");
    const title = (await firstEvent.innerText()).replace(/^Cancelled:\s*/, "").trim();
    expect(href).toMatch(/^\/events\/[a-z0-9-]+\/$/);
    await tabTo(page, firstEvent);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(href!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { name: "When", level: 2 })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("goes from the home page to a free event through What's on and Free events", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "What's on" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What's on");

    // The extra filters sit in a <details>, which opens without script.
    const filters = page.getByRole("navigation", { name: "Narrow the list" });
    await filters.getByText("More ways to narrow the list").click();
    await filters.getByRole("link", { name: "Free or pay what you can" }).click();
    await expect(page).toHaveURL("/events/free/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Free events");

    // Every listing on the free page is free or pay what you can.
    const costTags = page.getByRole("main").getByRole("list", { name: "Details" }).locator("li:first-child");
    expect(await costTags.count(), "the free list has events").toBeGreaterThan(0);
    for (const cost of await costTags.allInnerTexts()) expect(cost).toMatch(/^(Free|Pay what you can)/);

    // A long list shows its soonest 50 dates and sends the rest to the finder, with the same choice in the address.
    const main = page.getByRole("main");
    expect(await main.locator(".occurrence").count()).toBeLessThanOrEqual(50);
    const more = main.getByRole("link", { name: "See them all in the finder, and narrow them by date" });
    const cut = main.locator("p.more");
    if ((await cut.count()) > 0) {
      await expect(cut).toHaveText(/The first 50 of \d+ dates\./);
      await expect(more).toHaveAttribute("href", "/find/?free=1");
    } else {
      await expect(more).toHaveCount(0);
    }

    const firstEvent = page.getByRole("main").getByRole("heading", { level: 3 }).getByRole("link").first();
    const title = (await firstEvent.innerText()).replace(/^Cancelled:\s*/, "").trim();
    await firstEvent.click();
    await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { name: "When", level: 2 })).toBeVisible();
    const cost = page
      .getByRole("complementary", { name: "Key facts" })
      .getByRole("term")
      .filter({ hasText: /^Cost$/ })
      .locator("xpath=following-sibling::dd[1]");
    await expect(cost).toHaveText(/^(Free|Pay what you can)/);
  });
});

test.describe("text zoomed to 200% @desktop", () => {
  test("an event page reflows with twice the text size and no sideways scrolling", async ({ page }) => {
    const event = pick(
      builtListings("events"),
      "a recurring event",
      (e) => "recurrence" in e.fields,
      "tunstall-coffee-morning",
    );
    await page.goto(`/events/${event.id}/`);
    const h1 = page.getByRole("heading", { level: 1 });
    // The event's own article: the page also holds its poster, hidden until asked for, with the same summary.
    const summary = page.locator("article.event").getByText(text(event, "summary"), { exact: true });
    const fontSize = () => summary.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const headingSize = () => h1.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const before = await fontSize();
    const headingBefore = await headingSize();

    await page.evaluate(() => {
      document.documentElement.style.fontSize = "200%";
    });
    expect(await fontSize(), "body text doubles with the text size").toBeCloseTo(before * 2, 0);
    expect(await headingSize(), "the heading doubles too").toBeCloseTo(headingBefore * 2, 0);

    await expect(h1).toHaveText(text(event, "title"));
    await expect(h1).toBeVisible();
    const box = await h1.boundingBox();
    expect(box!.x, "h1 starts on screen").toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, "h1 ends on screen").toBeLessThanOrEqual(1280);
    await expect(page.getByRole("heading", { name: "First time here? What to expect" })).toBeVisible();
    await expectNoHorizontalScroll(page);
  });
});
