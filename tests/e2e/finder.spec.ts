/**
 * Journey 1 on the finder: "what is on near me this weekend that is free and finishes before dark?",
 * with location shared, refused, and with JavaScript off; keyboard-only use of filters, results and map
 * markers; and axe in the finder's default, filtered, empty and map states.
 */
import type { Page } from "@playwright/test";
import {
  expect,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  expectVisibleFocus,
  serveMapTiles,
  tabTo,
  test,
} from "./fixtures";

// Each test only reads the site: they share out between the workers one by one.
test.describe.configure({ mode: "parallel" });

const HANLEY = { latitude: 53.0232, longitude: -2.1751 };

/** Waits until the finder island has taken over from the server-rendered form. */
async function openFinder(page: Page, path = "/find/") {
  await page.goto(path);
  // The island hydrates when the browser is idle (or after two seconds): allow for a busy machine.
  await expect(page.locator("astro-island[ssr]")).toHaveCount(0, { timeout: 30_000 });
}

/**
 * Waits until the island's own search has answered: until then the list and its links are the server's, and a
 * click on one loads a page instead of searching in place.
 */
async function islandResults(page: Page) {
  await expect(page.locator('.finder[data-results="island"]')).toHaveCount(1, { timeout: 30_000 });
}

/** Opens the finder's Filters, when they are closed. */
async function openFilters(page: Page) {
  const filters = page.locator("details.finder__filters");
  if (!(await filters.evaluate((details: HTMLDetailsElement) => details.open)))
    await page.locator("details.finder__filters > summary").click();
}

const status = (page: Page) => page.getByRole("status");

/** Ticks this weekend, free and before dark, and checks the address says so. */
async function chooseWeekendFreeBeforeDark(page: Page) {
  await openFilters(page);
  const form = page.getByRole("search");
  await form.getByRole("radio", { name: "This weekend" }).check();
  await form.getByRole("checkbox", { name: "Free or pay what you can" }).check();
  await form.getByRole("checkbox", { name: "Finishes before dark" }).check();
  await expect(page).toHaveURL(/\/find\/\?when=weekend&free=1&dark=1$/);
  await expect(status(page)).toHaveText(/^(\d+ results?: .*|No results\. Try loosening the search\.)$/);
}

/** Every event listed says it is free and finishes before dark. */
async function expectOnlyFreeBeforeDarkEvents(page: Page) {
  const events = page
    .getByRole("region", { name: /^Events/ })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3 }) });
  for (const item of await events.all()) {
    await expect(item.getByRole("list", { name: "Details" })).toContainText("Finishes before dark");
    await expect(item.getByRole("list", { name: "Details" })).toContainText(/Free|Pay what you can/);
  }
}

test.describe("journey 1: near me this weekend, free, before dark", () => {
  test.use({ geolocation: HANLEY, permissions: ["geolocation"] });

  test("with location shared: distance-sorted results in miles and minutes, a map in step, and back works", async ({
    page,
    isMobile,
  }) => {
    await openFinder(page);
    await chooseWeekendFreeBeforeDark(page);
    await expectOnlyFreeBeforeDarkEvents(page);

    await page.getByRole("button", { name: "Near me" }).click();
    await expect(page.getByText("Sorted by distance from where you are.")).toBeVisible();
    await page.getByRole("radio", { name: "Within 5 miles" }).check();
    // The position never goes into the address.
    expect(page.url()).not.toMatch(/near=|within=|53\.02/);

    const results = page.locator(".finder__item");
    if ((await results.count()) === 0) {
      await expect(page.getByRole("heading", { name: "Nothing matches" })).toBeVisible();
      return;
    }
    const distances = await page.locator(".tag--distance").allInnerTexts();
    expect(distances.length).toBeGreaterThan(0);
    for (const distance of distances) expect(distance).toMatch(/^(under 0\.1 miles|[\d.]+ miles?) · \d+ min walk$/);
    const events = page.getByRole("region", { name: /^Events/ }).locator(".tag--distance");
    const miles = (await events.allInnerTexts()).map((text) => Number(/([\d.]+) mile/.exec(text)?.[1] ?? 0));
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    for (const value of miles) expect(value).toBeLessThanOrEqual(5);

    // The map shows the same listings: beside the list on a wide screen, one tap away on a phone.
    if (isMobile) await page.getByRole("button", { name: "Map", exact: true }).click();
    const map = page.getByRole("region", { name: "Map of the results" });
    await expect(map).toBeVisible();
    const first = page.locator(".finder__item").first();
    if (isMobile) await page.getByRole("button", { name: "List", exact: true }).click();
    const title = (await first.getByRole("heading").innerText()).trim();
    const href = await first.getByRole("link").first().getAttribute("href");
    await first.getByRole("link", { name: title }).click();
    await expect(page).toHaveURL(href!);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    await page.goBack();
    await expect(page).toHaveURL(/when=weekend&free=1&dark=1/);
    await openFilters(page);
    await expect(page.getByRole("checkbox", { name: "Finishes before dark" })).toBeChecked();
  });

  test("with location refused: says so and offers the town or ward instead", async ({ page, context }) => {
    await context.clearPermissions();
    await page.addInitScript(() => {
      navigator.geolocation.getCurrentPosition = (_success, failure) =>
        failure?.({
          code: 1,
          PERMISSION_DENIED: 1,
          POSITION_UNAVAILABLE: 2,
          TIMEOUT: 3,
          message: "denied",
        } as GeolocationPositionError);
    });
    await openFinder(page);
    await chooseWeekendFreeBeforeDark(page);
    await page.getByRole("button", { name: "Near me" }).click();
    await expect(page.getByRole("alert")).toHaveText(
      "Your location wasn't shared, so choose your town or ward instead.",
    );
    const town = page.getByRole("combobox", { name: "Town" });
    await expect(town).toBeFocused();
    await town.selectOption("hanley");
    await expect(page).toHaveURL(/town=hanley/);
    await expect(status(page)).toHaveText(/^(\d+ results?: .*|No results\. Try loosening the search\.)$/);
    for (const where of await page.locator(".finder__where").allInnerTexts()) expect(where).toMatch(/Hanley/);
    await expect(page.locator(".tag--distance")).toHaveCount(0);
  });
});

test.describe("journey 1 without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("narrows to this weekend, free and before dark with the form, and opens an event", async ({ page }) => {
    await page.goto("/find/");
    await page.locator("details.finder__filters > summary").click();
    const form = page.getByRole("search");
    await form.getByRole("radio", { name: "This weekend" }).check();
    await form.getByRole("checkbox", { name: "Free or pay what you can" }).check();
    await form.getByRole("checkbox", { name: "Finishes before dark" }).check();
    await form.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/\/find\/\?q=&when=weekend&.*free=1&dark=1/);
    await expect(page.locator(".finder__filters-on")).toHaveText("(3 on)");
    await expect(status(page)).toHaveText(/^(\d+ results?: .*|No results\. Try loosening the search\.)$/);
    await expectOnlyFreeBeforeDarkEvents(page);

    const items = page.locator(".finder__item");
    if ((await items.count()) > 0) {
      const link = items.first().getByRole("heading").getByRole("link");
      const title = (await link.innerText()).trim();
      await link.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    } else {
      await expect(page.getByRole("heading", { name: "Nothing matches" })).toBeVisible();
    }
  });
});

test.describe("a search with a typo", () => {
  test("finds nothing, offers the nearest spelling, and searches for it", async ({ page }) => {
    await openFinder(page, "/find/?q=yogaaaa");
    await islandResults(page);
    await expect(status(page)).toHaveText("No results. Did you mean yoga?");
    await page.getByRole("link", { name: "yoga", exact: true }).click();
    await expect(page).toHaveURL(/q=yoga(&|$)/);
    await expect(status(page)).toHaveText(/^\d+ results?:/);
    await expect(page.getByRole("searchbox", { name: "Search events, groups, places and services" })).toBeFocused();
    await expect(page.getByRole("searchbox", { name: "Search events, groups, places and services" })).toHaveValue(
      "yoga",
    );
  });
});

test.describe("keyboard only @desktop", () => {
  test("searches, filters, reaches a result and opens a map marker's popup by keyboard", async ({ page }) => {
    await openFinder(page, "/find/?q=chair+yoga");
    await expect(status(page)).toHaveText(/^\d+ results?:/);

    const search = page.getByRole("searchbox", { name: "Search events, groups, places and services" });
    await tabTo(page, search);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("yoga");
    await expect(page).toHaveURL(/q=yoga/);

    // Filters opens from the keyboard.
    const filters = page.locator("details.finder__filters > summary");
    await tabTo(page, filters);
    await page.keyboard.press("Enter");
    const nextWeek = page.getByRole("radio", { name: "Next 7 days" });
    await tabTo(page, page.getByRole("radio", { name: "Any day" }));
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(nextWeek).toBeChecked();
    await expect(page).toHaveURL(/when=week/);

    const free = page.getByRole("checkbox", { name: "Free or pay what you can" });
    await tabTo(page, free);
    await page.keyboard.press("Space");
    await expect(free).toBeChecked();
    await page.keyboard.press("Space");
    await expect(free).not.toBeChecked();

    const firstResult = page.locator(".finder__item").first().getByRole("link").first();
    await tabTo(page, firstResult, { max: 120 });

    const marker = page
      .getByRole("region", { name: "Map of the results" })
      .getByRole("button")
      .filter({ hasNot: page.locator(".leaflet-control") })
      .locator("xpath=self::img")
      .first();
    await tabTo(page, marker, { max: 120 });
    expect(await marker.getAttribute("alt"), "markers are named").toBeTruthy();
    await page.keyboard.press("Enter");
    const popupLink = page.locator(".leaflet-popup").getByRole("link").first();
    await expect(popupLink).toBeFocused();
    await expectVisibleFocus(page);
    const href = await popupLink.getAttribute("href");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(href!);
  });
});

test.describe("the finder meets WCAG 2.2 AA", () => {
  test("in its default state", async ({ page }) => {
    await openFinder(page);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test("filtered", async ({ page }) => {
    await openFinder(page, "/find/?when=month&free=1&access=step-free");
    await expect(status(page)).toHaveText(/results?:|No results/);
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });

  test("with nothing found, offering what to loosen", async ({ page }) => {
    await openFinder(page, "/find/?q=xqzvbnmwq&town=tunstall");
    await islandResults(page);
    await expect(status(page)).toHaveText("No results. Try loosening the search.");
    await expect(page.getByRole("heading", { name: "Nothing matches" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "the search words" }).click();
    await expect(status(page)).toHaveText(/^\d+ results?:/);
    await expect(page).toHaveURL("/find/?town=tunstall");
  });

  test("showing the map", async ({ page, isMobile }) => {
    await serveMapTiles(page);
    await openFinder(page, "/find/?when=week&view=map");
    if (isMobile)
      await expect(page.getByRole("button", { name: "Map", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
    await expect(page.locator(".leaflet-tile-loaded").first()).toBeAttached();
    await expectNoAxeViolations(page);
    await expectNoHorizontalScroll(page);
  });
});
