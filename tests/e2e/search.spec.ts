/**
 * Searching in words, with and without JavaScript: the finder's form answered on the server (a browser
 * without scripts, a shared link), the same address answered by the island, the first screen on a phone
 * holding the search box, the count and the first result, and the search box at the top of the home page.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { builtListings, text } from "./content";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, tabTo, test } from "./fixtures";

// Each test only reads the site: they share out between the workers one by one.
test.describe.configure({ mode: "parallel" });

const SEARCH = "Search events, groups, places and services";
const status = (page: Page) => page.getByRole("status");
const summary = (page: Page) => page.locator("details.finder__filters > summary");
const firstResultHeading = (page: Page) => page.locator(".finder__item h3").first();

/** Waits until the finder island has taken over from the server-rendered form. */
async function waitForIsland(page: Page) {
  await expect(page.locator("astro-island[ssr]")).toHaveCount(0, { timeout: 30_000 });
}

/** The search box, the count and the first result's heading are all within the first screen. */
async function expectFirstScreen(page: Page) {
  const height = page.viewportSize()!.height;
  for (const [name, locator] of [
    ["the search box", page.getByRole("searchbox", { name: SEARCH })],
    ["the count", status(page)],
    ["the first result's heading", firstResultHeading(page)],
  ] as const) {
    await expect(locator, `${name} is shown`).toBeVisible();
    const box = await locator.boundingBox();
    expect(box, `${name} is shown`).not.toBeNull();
    expect(box!.y + box!.height, `${name} ends within the first ${height}px`).toBeLessThanOrEqual(height);
  }
}

test.describe("searching without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("words typed in the finder's form bring back the results, their count and the form holding them", async ({
    page,
  }) => {
    await page.goto("/find/");
    await page.getByRole("searchbox", { name: SEARCH }).fill("chair yoga");
    await page.getByRole("search").getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/\/find\/\?q=chair\+yoga&/);
    await expect(page).toHaveTitle(/^Find “chair yoga”: \d+ results? \| Stoke Together$/);
    await expect(status(page)).toHaveText(/^\d+ results?: \d+ events?/);
    await expect(firstResultHeading(page)).toHaveText("Chair yoga in Fenton");
    await expect(page.getByRole("searchbox", { name: SEARCH })).toHaveValue("chair yoga");
    await expect(summary(page)).toHaveText("Filters (none on)");
    await expectNoHorizontalScroll(page);
  });

  test("a shared link with words and a filter lists what matches both", async ({ page }) => {
    await page.goto("/find/?q=walk&town=hanley");
    await expect(status(page)).toHaveText(/^\d+ results?:/);
    await expect(summary(page)).toHaveText("Filters (1 on)");
    const places = await page.locator(".finder__where").allInnerTexts();
    expect(places.length).toBeGreaterThan(0);
    for (const where of places) expect(where).toMatch(/Hanley|Etruria|Shelton|Bucknall|Birches Head|Abbey Hulton/);
    await summary(page).click();
    await expect(page.getByRole("combobox", { name: "Town" })).toHaveValue("hanley");
  });

  test("Filters opens without JavaScript, and its choices apply with the words", async ({ page }) => {
    await page.goto("/find/?q=walk");
    await expect(page.getByRole("checkbox", { name: "Free or pay what you can" })).toBeHidden();
    await summary(page).click();
    await page.getByRole("checkbox", { name: "Free or pay what you can" }).check();
    await page.getByRole("button", { name: "Show results" }).click();
    await expect(page).toHaveURL(/q=walk&.*free=1/);
    await expect(summary(page)).toHaveText("Filters (1 on)");
    for (const item of await page.locator(".finder__item").all())
      await expect(item.getByRole("list", { name: "Details" })).toContainText(/Free|Pay what you can/);
  });

  test("offers the nearest spelling as a link, and says which part of an address it cannot read", async ({ page }) => {
    await page.goto("/find/?q=yogaaaa");
    await expect(status(page)).toHaveText("No results. Did you mean yoga?");
    await page.getByRole("link", { name: "yoga", exact: true }).click();
    await expect(status(page)).toHaveText(/^\d+ results?:/);

    const response = await page.goto("/find/?q=yoga&town=narnia");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("alert")).toContainText('"town" must be one of');
    await expect(page).toHaveTitle(/^Error: /);
  });

  test("an old finder address, bookmarked or shared, opens the same search", async ({ page }) => {
    await page.goto("/find/weekend/all-towns/free/before-dark/");
    await expect(page).toHaveURL("/find/?when=weekend&free=1&dark=1");
    await expect(summary(page)).toHaveText("Filters (3 on)");
    await expect(status(page)).toHaveText(/^(\d+ results?|No results)/);
  });

  test("the home page's search box leads to the results", async ({ page }) => {
    await page.goto("/");
    const form = page.getByRole("search", { name: "Search the site" });
    await form.getByRole("searchbox", { name: SEARCH }).fill("yoga");
    await form.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL("/find/?q=yoga");
    await expect(status(page)).toHaveText(/^\d+ results?:/);
    await expect(page.getByRole("link", { name: "Chair yoga in Fenton" })).toBeVisible();
  });
});

test.describe("searching with JavaScript", () => {
  test("the same address is answered by the island, which keeps searching as the resident types", async ({ page }) => {
    // Every count the page shows, as it shows it. The second search file comes late, so the island has the
    // first file's index (titles and labels only) well before it can search every field as the server did.
    await page.addInitScript(() => {
      const counts: string[] = [];
      Object.assign(window, { finderCounts: counts });
      new MutationObserver(() => {
        const shown = document.querySelector(".finder [role=status]")?.textContent?.replace(/\s+/g, " ").trim();
        if (shown && counts.at(-1) !== shown) counts.push(shown);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    let releaseDetails!: () => void;
    const detailsHeld = new Promise<void>((resolve) => (releaseDetails = resolve));
    await page.route(/\/search-details\.json$/, async (route) => {
      await detailsHeld;
      await route.continue();
    });
    await page.goto("/find/?q=walk&town=hanley");
    const served = await status(page).innerText();
    await waitForIsland(page);
    await expect(page.locator(".finder")).toHaveAttribute("data-results", "server");
    await page.waitForTimeout(500);
    releaseDetails();
    await expect(page.locator(".finder")).toHaveAttribute("data-results", "island");
    await expect(status(page)).toHaveText(served);
    // The server's count is never replaced by the first file's smaller one on the way.
    expect(await page.evaluate(() => (window as unknown as { finderCounts: string[] }).finderCounts)).toEqual([
      served.replace(/\s+/g, " ").trim(),
    ]);
    await expectNoAxeViolations(page);
    const search = page.getByRole("searchbox", { name: SEARCH });
    await search.fill("yoga");
    await expect(page).toHaveURL("/find/?q=yoga&town=hanley");
    await expect(status(page)).toHaveText(/^(\d+ results?:|No results)/);
    await summary(page).click();
    await page.getByRole("combobox", { name: "Town" }).selectOption("");
    await expect(page).toHaveURL("/find/?q=yoga");
    await expect(firstResultHeading(page)).toHaveText("Chair yoga in Fenton");
  });

  test("keeps what was typed before the island took over", async ({ page }) => {
    await page.goto("/find/");
    await page.getByRole("searchbox", { name: SEARCH }).fill("chair yoga");
    await waitForIsland(page);
    await expect(page.getByRole("searchbox", { name: SEARCH })).toHaveValue("chair yoga");
    await expect(page).toHaveURL("/find/?q=chair+yoga");
    await expect(firstResultHeading(page)).toHaveText("Chair yoga in Fenton");
  });

  test("the home page's search box leads to the finder's results", async ({ page }) => {
    await page.goto("/");
    const form = page.getByRole("search", { name: "Search the site" });
    await form.getByRole("searchbox", { name: SEARCH }).fill("yoga");
    await form.getByRole("searchbox", { name: SEARCH }).press("Enter");
    await expect(page).toHaveURL("/find/?q=yoga");
    await waitForIsland(page);
    await expect(status(page)).toHaveText(/^\d+ results?:/);
    await expect(page.getByRole("searchbox", { name: SEARCH })).toHaveValue("yoga");
  });

  test("Filters opens and closes from the keyboard @desktop", async ({ page }) => {
    await page.goto("/find/?q=walk");
    await waitForIsland(page);
    await tabTo(page, summary(page));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("radio", { name: "This weekend" })).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("radio", { name: "This weekend" })).toBeHidden();
  });
});

/** Holds the finder island's code back until the returned function is called. */
async function holdIsland(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/Finder\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("on a wide screen the list the server drew keeps its place when the island adds the map @desktop", async ({
  page,
}) => {
  const release = await holdIsland(page);
  await page.goto("/find/?q=walk");
  const before = await firstResultHeading(page).boundingBox();
  release();
  await waitForIsland(page);
  await expect(page.getByRole("region", { name: "Map of the results" })).toBeVisible();
  expect(await firstResultHeading(page).boundingBox()).toEqual(before);
});

test.describe("the first screen on a 390 by 844 phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("holds the search box, the count and the first result, before and after the island takes over", async ({
    page,
  }) => {
    // The island's code is held back until the server's page has been measured.
    const release = await holdIsland(page);
    await page.goto("/find/?q=walk");
    await expectFirstScreen(page);
    const before = await Promise.all(
      [status(page), firstResultHeading(page), summary(page)].map((l) => l.boundingBox()),
    );
    release();
    await waitForIsland(page);
    await expect(page.locator(".finder__views")).toBeVisible();
    await expectFirstScreen(page);
    const after = await Promise.all(
      [status(page), firstResultHeading(page), summary(page)].map((l) => l.boundingBox()),
    );
    // Nothing moves when the island takes over and the search data arrives.
    expect(after.map((box) => box?.y)).toEqual(before.map((box) => box?.y));
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("holds them too, on the finder and on its results", async ({ page }) => {
      await page.goto("/find/");
      const height = page.viewportSize()!.height;
      for (const locator of [page.getByRole("searchbox", { name: SEARCH }), status(page), summary(page)]) {
        const box = await locator.boundingBox();
        expect(box!.y + box!.height).toBeLessThanOrEqual(height);
      }
      await page.goto("/find/?q=walk");
      await expectFirstScreen(page);
    });

    test("Filters opens from the keyboard", async ({ page }) => {
      await page.goto("/find/?q=walk");
      await summary(page).focus();
      await page.keyboard.press("Enter");
      await expect(page.getByRole("radio", { name: "This weekend" })).toBeVisible();
    });
  });
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  // A page that has loaded can still be laid out once more (a busy machine draws it in steps): an overflow that
  // lasts fails, one that settles within a moment does not.
  const OVERFLOW_SETTLES = { timeout: 3_000 };

  /** How far the search box or its button pokes past the edge of the finder's card, in pixels: 0 when inside it. */
  async function searchRowOverflow(page: Page): Promise<number> {
    await expect(page.getByRole("button", { name: "Search", exact: true })).toBeVisible();
    // Measured at one moment, in the page, so the island taking over cannot come between two measurements.
    return page.evaluate(() => {
      const card = document.querySelector('[role="search"]')!.getBoundingClientRect();
      const row = document.querySelectorAll(
        '[role="search"] input[type="search"], [role="search"] button[type="submit"]',
      );
      return Math.max(
        0,
        ...[...row].map((control) => {
          const box = control.getBoundingClientRect();
          return Math.max(card.left - box.left, box.right - card.right);
        }),
      );
    });
  }

  test("keeps the search row inside the finder's card, before and after the island takes over", async ({ page }) => {
    const release = await holdIsland(page);
    await page.goto("/find/?q=walk");
    await expect.poll(() => searchRowOverflow(page), OVERFLOW_SETTLES).toBe(0);
    release();
    await waitForIsland(page);
    await expect(page.locator(".finder__views")).toBeVisible();
    await expect.poll(() => searchRowOverflow(page), OVERFLOW_SETTLES).toBe(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("keeps the search row inside the finder's card", async ({ page }) => {
      await page.goto("/find/");
      await expect.poll(() => searchRowOverflow(page), OVERFLOW_SETTLES).toBe(0);
    });
  });
});

/** A group and a word of its summary that only the second search file holds, so only the complete index finds by it. */
function groupByDetailWord(): { name: string; word: string } {
  const first = readFileSync("dist/search-index.json", "utf8").toLowerCase();
  const details = readFileSync("dist/search-details.json", "utf8").toLowerCase();
  for (const group of builtListings("groups")) {
    const word = text(group, "summary")
      .toLowerCase()
      .match(/[a-z]{7,}/g)
      ?.find((candidate) => !first.includes(candidate) && details.includes(candidate));
    if (word) return { name: text(group, "name"), word };
  }
  throw new Error("No group's summary has a word that only the second search file holds.");
}

test("searches every field once the second search file comes, and fetches it again after it failed", async ({
  page,
}) => {
  const { name, word } = groupByDetailWord();
  let asked = 0;
  await page.route(/\/search-details\.json$/, async (route) => {
    asked += 1;
    if (asked === 1) await route.fulfill({ status: 503, body: "" });
    else await route.continue();
  });
  await page.goto("/find/");
  await waitForIsland(page);
  const box = page.getByRole("searchbox", { name: SEARCH });
  await box.fill(word);
  await expect.poll(() => asked).toBe(1);
  // The first file's index still answers.
  await expect(status(page)).toHaveText(/^(\d+ results?: .*|No results\. Try loosening the search\.)$/);
  // The next change to the search fetches the second file again, and the group is found by its summary.
  await box.fill(`${word} `);
  await expect.poll(() => asked).toBe(2);
  await expect(page.getByRole("main").getByRole("link", { name, exact: true })).toBeVisible();
});
