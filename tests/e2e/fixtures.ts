/**
 * The shared `test` for browser tests: every page may only talk to this site, and every page template
 * can be checked with axe against WCAG 2.2 AA.
 */
import AxeBuilder from "@axe-core/playwright";
import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from "@playwright/test";
import { readFileSync } from "node:fs";
import { readPolicy } from "../../scripts/check-csp.mjs";
import { embedFromPath } from "../../src/lib/embed/options";
import { framablePolicy } from "../../netlify/lib/http";

export { expect };

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

// Map tiles come from the tile server the site is built with (PUBLIC_TILE_URL, OpenStreetMap by default).
// There is no internet here, so a test that looks at a map's tiles answers them with a small local image.
const TILE_HOST = new URL(
  (process.env.PUBLIC_TILE_URL || "https://tile.openstreetmap.org/{z}/{x}/{y}.png").replace(/\{[a-z]\}/g, "0"),
).hostname;
const TILE_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
  "base64",
);
const isTile = (url: URL) => url.hostname === TILE_HOST && /\.png$/.test(url.pathname);

/** Whether an address is a map tile from the tile server: not this site's, and not loadable here. */
export const isMapTile = (address: string): boolean => URL.canParse(address) && isTile(new URL(address));

// The Content-Security-Policy that netlify.toml sends with every page, and the one the embeddable lists' pages
// (/embed/group|place|town/<id>/, the only pages other sites may frame) are sent with instead: the same, but
// for frame-ancestors.
const POLICY = readPolicy(readFileSync("netlify.toml", "utf8"));
const EMBED_POLICY = framablePolicy(POLICY);

/** The policy a page of the site must arrive with. */
const policyFor = (url: URL) => (embedFromPath(url.pathname) ? EMBED_POLICY : POLICY);

/**
 * Answers the map's tile requests in this page's browser with a small local image. Only tests that look at
 * tiles ask for this: intercepting any request turns the browser's cache off for the whole context.
 */
export async function serveMapTiles(page: Page): Promise<void> {
  await page
    .context()
    .route(isTile, (route) => route.fulfill({ status: 200, contentType: "image/png", body: TILE_PNG }));
}

/**
 * Watches a browser context, without intercepting its requests (which would turn the browser's cache off):
 * every page the site sends must carry the production Content-Security-Policy (an embeddable list's page, the
 * one that lets other sites frame it), and nothing may be asked of another host but map tiles (the browser
 * resolves no other host; see playwright.config.ts). The returned check fails naming each page sent without
 * its policy, anything the policy blocked (an inline script or style, a font, an image from elsewhere) and
 * every other host asked for (a CDN, font or tracker leak). `testHosts` are the origins of pages a test
 * serves itself on this machine (another site that shows the site's lists): their pages are not the site's.
 */
function guard(context: BrowserContext, testHosts: ReadonlySet<string>): () => void {
  const unprotected: string[] = [];
  context.on("response", (response) => {
    const request = response.request();
    const url = new URL(response.url());
    if (request.resourceType() !== "document" || !LOCAL_HOSTS.has(url.hostname) || testHosts.has(url.origin)) return;
    if (response.status() >= 300 && response.status() < 400) return;
    const policy = response.headers()["content-security-policy"];
    const expected = policyFor(url);
    if (policy !== expected) {
      unprotected.push(`${response.status()} ${response.url()}: ${policy ?? "no policy"}`);
    } else if (expected === POLICY && response.headers()["x-frame-options"] !== "DENY") {
      unprotected.push(`${response.status()} ${response.url()}: X-Frame-Options is not DENY`);
    } else if (expected === EMBED_POLICY && response.headers()["x-frame-options"] !== undefined) {
      unprotected.push(`${response.status()} ${response.url()}: X-Frame-Options would keep other sites out`);
    }
  });
  // Chromium reports every blocked resource or inline script/style on the console.
  const blocked: string[] = [];
  context.on("console", (message) => {
    const at = message.page()?.url() ?? "";
    // A page standing for another site that frames one of the site's pages sees the site's own frame-ancestors
    // refuse it: that is the policy at work, not something it blocked of the site (the test that frames checks it).
    if (URL.canParse(at) && testHosts.has(new URL(at).origin) && /frame-ancestors/.test(message.text())) return;
    if (/Content Security Policy/i.test(message.text())) blocked.push(`${at}: ${message.text()}`);
  });
  const offSite: string[] = [];
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && !LOCAL_HOSTS.has(url.hostname) && !isTile(url))
      offSite.push(`${request.resourceType()} ${request.url()}`);
  });
  return () => {
    expect(
      unprotected,
      `Pages were sent without netlify.toml's Content-Security-Policy (or the embeddable lists' own):\n${unprotected.join("\n")}`,
    ).toEqual([]);
    expect(blocked, `The Content-Security-Policy blocked parts of the site:\n${blocked.join("\n")}`).toEqual([]);
    expect(offSite, `The page requested other hosts:\n${offSite.join("\n")}`).toEqual([]);
  };
}

export const test = base.extend<{
  testHosts: Set<string>;
  guarded: void;
  openPage: (options?: BrowserContextOptions) => Promise<Page>;
}>({
  // The origins of the pages a test serves itself, standing for other sites (see `guard`): none unless it adds one.
  // Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  testHosts: async ({}, use) => {
    await use(new Set());
  },
  // Runs for every test, on the test's own page.
  guarded: [
    async ({ context, testHosts }, use) => {
      const check = guard(context, testHosts);
      await use();
      check();
    },
    { auto: true },
  ],
  // A page in a browser of its own, guarded the same way: a second person in the same journey, such as a
  // coordinator answering a resident, or the same person with JavaScript switched on.
  openPage: async (
    { browser, baseURL, viewport, isMobile, hasTouch, deviceScaleFactor, serviceWorkers, contextOptions, testHosts },
    use,
  ) => {
    const opened: { context: BrowserContext; check: () => void }[] = [];
    await use(async (options = {}) => {
      // The project's settings (viewport, phone or not, the site's address), then this page's own.
      const project = Object.fromEntries(
        Object.entries({ baseURL, viewport, isMobile, hasTouch, deviceScaleFactor, serviceWorkers }).filter(
          ([, value]) => value !== undefined,
        ),
      ) as BrowserContextOptions;
      const context = await browser.newContext({ ...contextOptions, ...project, ...options });
      opened.push({ context, check: guard(context, testHosts) });
      return context.newPage();
    });
    for (const { context, check } of opened) {
      await context.close();
      check();
    }
  },
});

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** Runs axe on the whole page and fails listing each violated rule, where, and how to fix it. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // A page sent after a form is in the DOM before its stylesheet has arrived; axe measures sizes and
  // colours, so it runs once the page has loaded.
  await page.waitForLoadState("load");
  // By default AxeBuilder checks each frame on its own and merges the results in a blank page it opens for
  // the purpose, which only frames from another origin need. A page whose frames all share its origin gets
  // the same rules on the same elements from one axe.run in the page, without opening a page more.
  const origin = new URL(page.url()).origin;
  const sameOrigin = page
    .frames()
    .every((frame) => frame.url() === "about:blank" || new URL(frame.url()).origin === origin);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(sameOrigin).analyze();
  const found = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? "unknown impact"}): ${violation.help}\n` +
      violation.nodes.map((node) => `    at ${node.target.join(" ")}`).join("\n") +
      `\n    ${violation.helpUrl}`,
  );
  expect(found, `axe found ${found.length} violation(s) on ${page.url()}:\n${found.join("\n")}`).toEqual([]);
}

/** Fails unless the focused element shows a focus indicator: an outline or a box-shadow ring. */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return undefined;
    const computed = getComputedStyle(element);
    return {
      element: element.outerHTML.slice(0, 160),
      outlineStyle: computed.outlineStyle,
      outlineWidth: computed.outlineWidth,
      boxShadow: computed.boxShadow,
    };
  });
  expect(focus, "something has keyboard focus").toBeDefined();
  const hasOutline = focus!.outlineStyle !== "none" && focus!.outlineWidth !== "0px";
  const hasRing = focus!.boxShadow !== "none";
  expect(hasOutline || hasRing, `no visible focus indicator: ${JSON.stringify(focus)}`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking that every element passed on the way
 * shows where focus is. Fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 80 } = {}): Promise<void> {
  await expect(target).toBeVisible();
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    await expectVisibleFocus(page);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target} not reached after ${max} presses of ${backwards ? "Shift+Tab" : "Tab"}`);
}

/** Fails when the page scrolls sideways: its content is wider than the viewport. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}
