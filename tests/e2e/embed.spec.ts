/**
 * A group shows its events on its own website with one line: the code from "Put this on your website", pasted
 * into a page of another origin, as an <iframe> and as a <script>, with and without JavaScript, in light and
 * dark. Each is checked with axe in that page. Only the lists' pages may be framed: the rest of the site still
 * refuses, with its Content-Security-Policy unchanged (the guard in fixtures.ts checks every page's).
 */
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { otherPage, serveOtherSite, type OtherPage, type OtherSite } from "./other-site";

const GROUP = "hanley-health-walks";
const HELP = `/groups/${GROUP}/embed/`;
const LIST_TITLE = /^Coming up with /;

/** The code "Put this on your website" gives, as the site's address would be in production, made this server's. */
async function codeToCopy(page: Page, label: string, site: string): Promise<string> {
  await page.goto(HELP);
  const code = await page.getByRole("textbox", { name: label }).inputValue();
  return code.replaceAll(/https:\/\/[a-z.]+(?=\/embed\/)/g, site);
}

/** The event links a group's own page lists under "Coming up", in order. */
async function comingUpOnGroupPage(page: Page): Promise<string[]> {
  await page.goto(`/groups/${GROUP}/`);
  return page
    .locator(".day__list .occurrence__title a")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

let other: OtherSite | undefined;
test.afterEach(async () => {
  await other?.close();
  other = undefined;
});

async function open(pages: Record<string, OtherPage>, workerIndex: number, testHosts: Set<string>) {
  other = await serveOtherSite(pages, workerIndex, testHosts);
  return other;
}

test("a group's page offers its list, with the code to copy and a live preview", async ({ page }) => {
  await page.goto(`/groups/${GROUP}/`);
  await page.getByRole("link", { name: "Put this list on your website" }).click();
  await expect(page).toHaveURL(HELP);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Put your events on your website");

  const preview = page.frameLocator("iframe.embed-preview");
  await expect(preview.getByRole("heading", { level: 1, name: LIST_TITLE })).toBeVisible();
  const frameCode = page.getByRole("textbox", { name: "The line for an iframe" });
  await expect(frameCode).toHaveValue(
    /^<iframe src="https:\/\/.+\/embed\/group\/hanley-health-walks\/" title="Coming up with .+, from Stoke Together"/,
  );
  await expect(page.getByRole("textbox", { name: "The script tag" })).toHaveValue(
    /^<script src="https:\/\/.+\/embed\/embed\.js" data-group="hanley-health-walks" async><\/script>$/,
  );

  // With JavaScript, a Copy button puts the line on the clipboard and says so.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy the line" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await frameCode.inputValue());
  await expectNoAxeViolations(page);
});

test("without JavaScript the code is there to select, and the preview is the list itself", async ({ openPage }) => {
  const page = await openPage({ javaScriptEnabled: false });
  await page.goto(HELP);
  await expect(page.getByRole("textbox", { name: "The line for an iframe" })).toHaveValue(/^<iframe /);
  await expect(page.getByRole("button", { name: "Copy the line" })).toBeHidden();
  const preview = page.frameLocator("iframe.embed-preview");
  await expect(preview.getByRole("heading", { level: 1, name: LIST_TITLE })).toBeVisible();
  await expect(preview.getByRole("listitem").first()).toBeVisible();
});

test("pasted as an iframe into another site, it shows the group's next 8 events and opens them in the top window", async ({
  page,
  baseURL,
  testHosts,
}, testInfo) => {
  const onGroupPage = await comingUpOnGroupPage(page);
  const line = await codeToCopy(page, "The line for an iframe", baseURL!);
  const site = await open({ "/": { html: otherPage("Hanley Health Walkers", line) } }, testInfo.workerIndex, testHosts);
  await page.goto(site.origin);

  const list = page.frameLocator("iframe");
  await expect(list.getByRole("heading", { level: 1, name: LIST_TITLE })).toBeVisible();
  const events = list.getByRole("listitem");
  await expect(events).toHaveCount(Math.min(8, onGroupPage.length));
  // The same events as the group's own page, in the same order.
  const shown = await list
    .locator(".stw__name a")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(shown).toEqual(onGroupPage.slice(0, 8));
  // Each says when, where and what it costs, and the list credits where its listings come from.
  const first = events.first();
  await expect(first.locator("time")).toHaveText(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ \w{3}, \d\d:\d\d to \d\d:\d\d$/);
  await expect(first).toContainText(/Free|£/);
  await expect(list.getByText(/Contains information from Stoke Together, shared under the/)).toBeVisible();
  await expect(list.getByRole("link", { name: "Open Government Licence v3.0" })).toBeVisible();
  await expect(list.getByRole("link", { name: /^Everything .+ runs, on Stoke Together$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // An event opens on the site, in the window the list was shown in.
  const title = await list.locator(".stw__name a").first().innerText();
  await list.locator(".stw__name a").first().click();
  await expect(page).toHaveURL(new RegExp(`^${baseURL}${shown[0]}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title.replace(/^Cancelled: /, ""));
});

test("the iframe takes a site's choices, reads without JavaScript and follows a dark scheme", async ({
  page,
  openPage,
  baseURL,
  testHosts,
}, testInfo) => {
  const compact = `<iframe src="${baseURL}/embed/group/${GROUP}/?count=3&amp;layout=compact" title="Coming up, compact" width="100%" height="400"></iframe>`;
  const dark = `<iframe src="${baseURL}/embed/group/${GROUP}/?theme=dark" title="Coming up, dark" width="100%" height="400"></iframe>`;
  const site = await open({ "/": { html: otherPage("Our walks", compact + dark) } }, testInfo.workerIndex, testHosts);
  const background = (frame: ReturnType<Page["frameLocator"]>) =>
    frame.locator(".stw").evaluate((list) => getComputedStyle(list).backgroundColor);

  // The list's page has no script: a reader without JavaScript sees it whole.
  const noScript = await openPage({ javaScriptEnabled: false });
  await noScript.goto(site.origin);
  const small = noScript.frameLocator('iframe[title="Coming up, compact"]');
  await expect(small.getByRole("listitem")).toHaveCount(3);
  await expect(small.locator(".stw")).toHaveAttribute("data-layout", "compact");
  await expect(small.getByRole("link", { name: /^Everything .+ runs, on Stoke Together$/ })).toBeVisible();

  // Light unless the site or the reader asks for dark.
  await page.goto(site.origin);
  expect(await background(page.frameLocator('iframe[title="Coming up, compact"]'))).toBe("rgb(255, 255, 255)");
  expect(await background(page.frameLocator('iframe[title="Coming up, dark"]'))).toBe("rgb(27, 34, 48)");
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await background(page.frameLocator('iframe[title="Coming up, compact"]'))).toBe("rgb(27, 34, 48)");
  await expectNoAxeViolations(page);
});

test("pasted as a script, it draws the list into the page, defines nothing there, and keeps styles apart", async ({
  page,
  baseURL,
  testHosts,
}, testInfo) => {
  const tag = await codeToCopy(page, "The script tag", baseURL!);
  // The page's own styles, which must not reach the list, and a name the list's styles must not reach.
  const loud = "<style>h2, h3, a, li { color: rgb(255, 0, 0) !important; font-size: 40px }</style>";
  const bait = '<p class="stw__title" id="bait">Our news</p>';
  // A page whose policy allows no inline style, only the site's script and data.
  const strict = `default-src 'none'; script-src ${baseURL}; connect-src ${baseURL}; style-src 'none'`;
  const site = await open(
    {
      "/": { html: otherPage("Our walks", `${bait}${tag}`, loud) },
      "/before/": { html: otherPage("Our walks", bait, loud) },
      "/strict/": { html: otherPage("Our walks", tag), headers: { "content-security-policy": strict } },
    },
    testInfo.workerIndex,
    testHosts,
  );
  const globals = () => page.evaluate(() => Object.getOwnPropertyNames(window).sort());
  await page.goto(`${site.origin}/before/`);
  const before = await globals();
  await page.goto(site.origin);

  const heading = page.getByRole("heading", { level: 2, name: LIST_TITLE });
  await expect(heading).toBeVisible();
  await expect(page.getByRole("listitem")).toHaveCount(8);
  expect(await globals()).toEqual(before);
  // Links lead to the site, from whichever page the list is on.
  const href = await page.getByRole("heading", { level: 3 }).first().getByRole("link").getAttribute("href");
  expect(href).toMatch(new RegExp(`^${baseURL}/events/[a-z0-9-]+/$`));
  // Neither side's styles reach the other.
  expect(await heading.evaluate((element) => getComputedStyle(element).color)).not.toBe("rgb(255, 0, 0)");
  expect(await page.locator("#bait").evaluate((element) => getComputedStyle(element).fontSize)).toBe("16px");
  await expectNoAxeViolations(page);

  // Under a policy that allows no inline styles, the list is still drawn with its own.
  await page.goto(`${site.origin}/strict/`);
  await expect(page.getByRole("heading", { level: 2, name: LIST_TITLE })).toBeVisible();
  expect(await page.locator(".stw").evaluate((element) => getComputedStyle(element).borderTopLeftRadius)).toBe("12px");
});

test("only the lists may be framed: the rest of the site refuses, as before", async ({
  page,
  request,
  baseURL,
  testHosts,
}, testInfo) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/frame-ancestors 'none'/.test(message.text())) refused.push(message.text());
  });
  const site = await open(
    {
      "/": {
        html: otherPage(
          "Framing",
          `<iframe src="${baseURL}/groups/${GROUP}/" title="A group page"></iframe>` +
            `<iframe src="${baseURL}/embed/group/${GROUP}/" title="A list"></iframe>`,
        ),
      },
    },
    testInfo.workerIndex,
    testHosts,
  );
  await page.goto(site.origin);
  await expect(page.frameLocator('iframe[title="A list"]').getByRole("heading", { name: LIST_TITLE })).toBeVisible();
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  expect(refused.join("\n")).toContain(baseURL!);
  await expect(page.frameLocator('iframe[title="A group page"]').locator(".site-header")).toHaveCount(0);

  // The group's page keeps the site's policy and X-Frame-Options; the list's page differs only in who may frame it.
  const groupPage = await request.get(`/groups/${GROUP}/`);
  const listPage = await request.get(`/embed/group/${GROUP}/`);
  const sitePolicy = groupPage.headers()["content-security-policy"]!;
  expect(sitePolicy).toContain("frame-ancestors 'none'");
  expect(groupPage.headers()["x-frame-options"]).toBe("DENY");
  expect(listPage.headers()["x-frame-options"]).toBeUndefined();
  expect(listPage.headers()["content-security-policy"]).toBe(
    sitePolicy.replace("frame-ancestors 'none'", "frame-ancestors *"),
  );
  // The list's data may be read from any site; the script that reads it is a plain file.
  const data = await request.get(`/embed/data/group/${GROUP}.json`);
  expect(data.headers()["access-control-allow-origin"]).toBe("*");
  expect((await request.get("/embed/embed.js")).headers()["content-type"]).toMatch(/javascript/);
});
