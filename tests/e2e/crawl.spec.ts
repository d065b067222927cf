/**
 * A crawl over every page in the sitemap, and the map views once their maps have drawn: a page fails when
 * the site answers any of its requests with 4xx or 5xx, when an image is broken (it finished loading with no
 * picture), or when the console reports an error. Each problem names the page and the address.
 *
 * Map tiles come from the tile server, which cannot be reached here: the sitemap crawl leaves them to fail
 * and does not count them (answering them would mean intercepting every request, and so loading every
 * script, style and font afresh on each page); the map views answer them, and check that they draw.
 */
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expect, isMapTile, serveMapTiles, test } from "./fixtures";

/** Every page the sitemap lists, as a path on this site. */
function sitemapPaths(): string[] {
  const xml = readFileSync("dist/sitemap-0.xml", "utf8");
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  if (paths.length === 0) throw new Error("dist/sitemap-0.xml lists no pages: run `npm run build` first.");
  return paths;
}

/**
 * Watches a page for the faults the crawl looks for. `visit` opens a path and does what the page needs to
 * show everything (scrolling, waiting for maps); the problems found are returned, each naming the page.
 */
function watch(page: Page, origin: string) {
  let current = "";
  const problems: string[] = [];
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && response.status() >= 400)
      problems.push(`${current}: ${url.pathname}${url.search} answered ${response.status()}`);
  });
  page.on("console", (message) => {
    const source = message.location().url;
    if (message.type() === "error" && !isMapTile(source))
      problems.push(`${current}: console error: ${message.text()}${source ? ` (${source})` : ""}`);
  });
  page.on("pageerror", (error) => problems.push(`${current}: uncaught ${error.name}: ${error.message}`));
  return {
    problems,
    async visit(path: string, show: (page: Page) => Promise<void> = showMaps) {
      current = path;
      const response = await page.goto(path);
      if (!response || response.status() >= 400) problems.push(`${path}: the page answered ${response?.status()}`);
      await page.waitForLoadState("load");
      await show(page);
      const broken = new Set(await brokenImages(page));
      problems.push(...[...broken].filter((src) => !isMapTile(src)).map((src) => `${path}: broken image ${src}`));
    },
  };
}

/** Scrolls every lazily drawn map into view and waits until each has drawn its markers. */
async function showMaps(page: Page): Promise<void> {
  const maps = page.locator(".place-map");
  for (const figure of await maps.all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator(".leaflet-marker-icon").first(), `${page.url()}: its map draws a marker`).toBeVisible();
  }
  // Anything else that loads as it comes into view.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/** The addresses of images that have finished loading without a picture (waiting for any still loading). */
function brokenImages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const images = [...document.images].filter((image) => image.getAttribute("src"));
    await Promise.all(
      images.map((image) =>
        image.complete
          ? undefined
          : new Promise((settled) => {
              image.addEventListener("load", settled, { once: true });
              image.addEventListener("error", settled, { once: true });
              setTimeout(settled, 5_000);
            }),
      ),
    );
    return images
      .filter((image) => image.complete && image.naturalWidth === 0)
      .map((image) => image.getAttribute("src") ?? "");
  });
}

// The pages are shared out between the workers in slices, each slice one test.
const SLICES = 8;
const paths = sitemapPaths();
test.describe.configure({ mode: "parallel" });

for (let slice = 0; slice < SLICES; slice++) {
  const mine = paths.filter((_, index) => index % SLICES === slice);
  test(`sitemap pages, slice ${slice + 1} of ${SLICES}: every request, image and script works`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(60_000 + mine.length * 5_000);
    const crawl = watch(page, new URL(baseURL!).origin);
    for (const path of mine) await crawl.visit(path);
    expect(crawl.problems, `Faults on ${mine.length} pages:\n${crawl.problems.join("\n")}`).toEqual([]);
  });
}

test.describe("map views, once drawn", () => {
  for (const [name, use] of [
    ["phone", { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
    ["desktop", { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 }],
  ] as const) {
    test.describe(name, () => {
      test.use(use);
      test("the finder's map and the map of places show every marker", async ({ page, baseURL }) => {
        await serveMapTiles(page);
        const crawl = watch(page, new URL(baseURL!).origin);
        // Markers are drawn one by one or, where listings are close together, as clusters: both are icons.
        const markersDrawn = async (page: Page) => {
          await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible({ timeout: 30_000 });
        };
        await crawl.visit("/find/?view=map", markersDrawn);
        await crawl.visit("/map/", markersDrawn);
        await expect(page.locator(".leaflet-tile-loaded").first()).toBeAttached();
        // Which listings stand alone at the first zoom changes with what is on: zoom into clusters until one does.
        const marker = page.locator("img.leaflet-marker-icon").first();
        for (let zoom = 0; zoom < 6 && !(await marker.isVisible()); zoom++) {
          await page.locator(".marker-cluster").first().click();
          await page.waitForTimeout(600);
        }
        // A marker that is drawn has its picture, retina or not, and its shadow.
        await expect(marker).toBeVisible();
        expect(await marker.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
        expect(crawl.problems, crawl.problems.join("\n")).toEqual([]);
      });
    });
  }
});
