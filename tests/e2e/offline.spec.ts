/**
 * The site with no signal: pages a resident has opened open again offline, saying so and when they were saved, in
 * the page's language; a page never opened shows the offline page in its language; a function's answer is never
 * kept; the My list page's "keep-pages" message keeps listings' pages never opened; back online, the notice goes.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { builtListings, pick, text } from "./content";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// The rest of the tests block service workers (playwright.config.ts); these are about one.
test.use({ serviceWorkers: "allow" });

const events = builtListings("events");
const event = pick(events, "an event", () => true, "tunstall-coffee-morning");
const others = events.filter((listing) => listing.id !== event.id).slice(0, 2);

/** Waits until the service worker has installed, kept the shell and controls the page. */
async function waitForWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** Every address in every cache the worker keeps. */
async function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const url = new URL(request.url);
        paths.push(url.pathname + url.search);
      }
    }
    return paths;
  });
}

const notice = (page: Page) => page.getByRole("status").filter({ hasText: /You're offline/ });

test("pages opened before open with no signal and say when they were saved; others show the offline page", async ({
  page,
  context,
}) => {
  await page.goto(`/events/${event.id}/`);
  await waitForWorker(page);
  // Opened again now the worker answers: each page is kept as it is opened.
  await page.goto(`/events/${event.id}/`);
  await page.goto("/");
  await page.goto("/ur/");
  // A function's answer is fetched, never kept.
  await page.goto("/find/?q=coffee");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect
    .poll(() => cachedPaths(page))
    .toEqual(expect.arrayContaining([`/events/${event.id}/`, "/", "/ur/", "/offline/", "/ur/offline/"]));
  const kept = await cachedPaths(page);
  expect(kept.filter((path) => path.includes("?") || path.startsWith("/find/results"))).toEqual([]);

  await context.setOffline(true);
  await page.goto(`/events/${event.id}/`);
  await expect(page.getByRole("heading", { level: 1, name: text(event, "title") })).toBeVisible();
  await expect(notice(page)).toContainText(/You're offline\. This page was saved on \d{1,2} \w+ at \d\d:\d\d\./);
  await expect(notice(page).getByRole("link", { name: "Try again for the latest" })).toHaveAttribute(
    "href",
    `/events/${event.id}/`,
  );
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(notice(page)).toBeVisible();
  await page.goto("/");
  await expect(notice(page)).toBeVisible();

  // The Urdu home page, and its notice in Urdu.
  await page.goto("/ur/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("status")).toContainText("آپ آف لائن ہیں۔ یہ صفحہ");

  // Pages never opened: the offline page, in the language of the address.
  await page.goto("/ur/groups/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("آپ آف لائن ہیں");
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  await page.goto("/places/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're offline");
  await expectNoAxeViolations(page);

  // The finder's results were never kept: with no signal the address shows the offline page, not results.
  await page.goto("/find/?q=coffee");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You're offline");

  // Back online: the page comes from the network, with no notice.
  await context.setOffline(false);
  await page.goto(`/events/${event.id}/`);
  await expect(page.getByRole("heading", { level: 1, name: text(event, "title") })).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
});

test("the My list page's message keeps the saved listings' pages, and nothing else", async ({ page, context }) => {
  expect(others).toHaveLength(2);
  await page.goto("/about/");
  await waitForWorker(page);
  const asked = [
    ...others.map((listing) => `/events/${listing.id}/`),
    "/submit/status/",
    "/find/results/",
    "https://evil.example/events/x/",
    `/events/${event.id}/?q=1`,
  ];
  await page.evaluate((urls) => navigator.serviceWorker.controller?.postMessage({ type: "keep-pages", urls }), asked);
  await expect
    .poll(() => cachedPaths(page))
    .toEqual(expect.arrayContaining(others.map((listing) => `/events/${listing.id}/`)));
  const kept = await cachedPaths(page);
  expect(kept.filter((path) => path.includes("?") || /status|results|evil/.test(path))).toEqual([]);

  const first = `/events/${others[0]?.id}/`;
  const saved = await savedAt(page, first);
  expect(saved).toBeGreaterThan(0);

  await context.setOffline(true);
  for (const listing of others) {
    await page.goto(`/events/${listing.id}/`);
    await expect(page.getByRole("heading", { level: 1, name: text(listing, "title") })).toBeVisible();
    await expect(notice(page)).toBeVisible();
  }
  // Back online, the saved listings' pages are fetched again.
  await context.setOffline(false);
  await expect.poll(() => savedAt(page, first), { timeout: 30_000 }).toBeGreaterThan(saved);
});

test("three events saved on a phone open, with the list and its dates, on a bus with no signal", async ({
  page,
  context,
}) => {
  const saved = [event, ...others];
  await page.goto("/my-list/");
  await waitForWorker(page);
  for (const listing of saved) {
    await page.goto(`/events/${listing.id}/`);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("button", { name: "Saved", exact: true })).toBeVisible();
  }
  await page.goto("/my-list/");
  const items = page.locator(".my-list__item");
  await expect(items).toHaveCount(3);
  const dates = await items.locator("time").first().innerText();
  // The list asks the worker to keep its page and the saved listings' pages; the listings' data is kept as read.
  await expect
    .poll(() => cachedPaths(page))
    .toEqual(
      expect.arrayContaining([
        "/my-list/",
        "/my-list/listings.json",
        ...saved.map((listing) => `/events/${listing.id}/`),
      ]),
    );

  await context.setOffline(true);
  await page.reload();
  await expect(notice(page)).toBeVisible();
  await expect(items).toHaveCount(3);
  // The dates come from the data kept with the list, not only the titles saved on the phone.
  await expect(items.locator("time").first()).toHaveText(dates);
  for (const listing of saved) {
    await items.getByRole("link", { name: text(listing, "title"), exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: text(listing, "title") })).toBeVisible();
    await expect(notice(page)).toBeVisible();
    await page.goBack();
  }
  await context.setOffline(false);
});

/** When the worker saved its copy of a saved listing's page (in milliseconds since 1970), or 0 when it has none. */
async function savedAt(page: Page, path: string): Promise<number> {
  return page.evaluate(
    async (at) => Date.parse((await (await caches.open("kept")).match(at))?.headers.get("x-saved-at") ?? "") || 0,
    path,
  );
}

test("every page links its language's web app manifest, whose icons are PNGs of the sizes it says", async ({
  page,
  request,
}) => {
  for (const [home, lang, dir] of [
    ["/", "en-GB", "ltr"],
    ["/ur/", "ur", "rtl"],
    ["/ar/", "ar", "rtl"],
  ] as const) {
    await page.goto(home);
    const href = await page.locator('link[rel="manifest"]').getAttribute("href");
    expect(href).toBe(`${home}manifest.webmanifest`);
    const answer = await request.get(href!);
    expect(answer.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
    const manifest = (await answer.json()) as Record<string, unknown> & {
      icons: { src: string; sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: "Stoke Together", start_url: home, display: "standalone", lang, dir });
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
    for (const icon of manifest.icons) expect(await pngSize(request, icon.src)).toBe(icon.sizes);
  }
  const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  expect(await pngSize(request, touchIcon!)).toBe("180x180");
});

/** A PNG's width and height ("192x192"), from its header; fails if the address does not answer a PNG. */
async function pngSize(request: APIRequestContext, path: string): Promise<string> {
  const answer = await request.get(path);
  expect(answer.status(), path).toBe(200);
  const bytes = await answer.body();
  expect(bytes.subarray(1, 4).toString("latin1"), path).toBe("PNG");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}
