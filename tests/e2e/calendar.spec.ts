/**
 * Calendar journeys: add an event to a calendar, subscribe to a town, and build a custom feed with
 * JavaScript. The builder's no-JavaScript answer comes from a function, tested in netlify/lib.
 */
import { builtListings, pick } from "./content";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Each test only reads the site: they share out between the workers one by one.
test.describe.configure({ mode: "parallel" });

const event = pick(
  builtListings("events"),
  "a recurring event",
  (e) => "recurrence" in e.fields,
  "tunstall-coffee-morning",
);

test("an event page offers its .ics file and Google and Outlook links for the next date", async ({ page }) => {
  await page.goto(`/events/${event.id}/`);
  const add = page.getByRole("region", { name: "Add to calendar" });
  const file = add.getByRole("link", { name: /\.ics file/ });
  await expect(file).toHaveAttribute("href", `/events/${event.id}.ics`);
  const response = await page.request.get(`/events/${event.id}.ics`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const ics = await response.text();
  expect(ics).toContain(`UID:${event.id}@`);
  expect(ics).toMatch(/^RRULE:/m);

  // The next date as the page shows it, e.g. <time datetime="2026-12-01T10:00:00+00:00">.
  const next = await page
    .getByRole("region", { name: "When", exact: true })
    .locator("time")
    .first()
    .getAttribute("datetime");
  const start = new Date(next!);
  const local = next!.slice(0, 16).replace(/[-:]/g, "");

  const google = new URL((await add.getByRole("link", { name: /^Google Calendar/ }).getAttribute("href"))!);
  expect(google.hostname).toBe("calendar.google.com");
  expect(google.searchParams.get("action")).toBe("TEMPLATE");
  expect(google.searchParams.get("ctz")).toBe("Europe/London");
  expect(google.searchParams.get("dates")).toMatch(new RegExp(`^${local}00/\\d{8}T\\d{6}$`));

  const outlook = new URL((await add.getByRole("link", { name: /^Outlook/ }).getAttribute("href"))!);
  expect(outlook.hostname).toBe("outlook.live.com");
  expect(outlook.searchParams.get("startdt")).toBe(start.toISOString().replace(".000", ""));
});

test("a town page links to its feed with webcal:// and https://", async ({ page }) => {
  await page.goto("/areas/burslem/");
  const subscribe = page.getByRole("region", { name: "Subscribe to events in Burslem" });
  await expect(subscribe.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute(
    "href",
    /^webcal:\/\/[^/]+\/calendar\/town\/burslem\.ics$/,
  );
  await expect(subscribe.locator("code")).toHaveText(/^https:\/\/[^/]+\/calendar\/town\/burslem\.ics$/);
  const feed = await page.request.get("/calendar/town/burslem.ics");
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain("X-WR-CALNAME:Stoke Together: events in Burslem");
});

test("the feed builder makes a link in place and lists what matches", async ({ page }) => {
  await page.goto("/calendar/");
  await expectNoAxeViolations(page);
  await page.getByLabel("Town").selectOption({ label: "Burslem" });
  await page.getByLabel("are free or pay what you can").check();
  await page.getByRole("button", { name: "Make my calendar link" }).click();

  await expect(page).toHaveURL(/\/calendar\/$/);
  const heading = page.getByRole("heading", { name: "Your calendar link" });
  await expect(heading).toBeFocused();
  const result = page.locator("[data-feed-result]");
  await expect(result.locator("code")).toHaveText(/\/api\/calendar\.ics\?town=burslem&free=1$/);
  await expect(result.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute(
    "href",
    /^webcal:\/\/localhost:\d+\/api\/calendar\.ics\?town=burslem&free=1$/,
  );
  await expect(result.getByText(/dates? match|Nothing matches/)).toBeVisible();
  await expect(result.getByText("A calendar of events in Burslem, free or pay what you can.")).toBeVisible();
  const items = result.getByRole("listitem");
  await expect(items.first()).toBeVisible();

  // Changing a choice updates the link without another press of the button.
  await page.getByLabel("Who it's for").selectOption({ label: "Families" });
  await expect(result.locator("code")).toHaveText(/\?town=burslem&audience=families&free=1$/);
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the feed builder's form answers with the link and what it holds", async ({ page, openPage }) => {
    await page.goto("/calendar/");
    await page.getByLabel("Town").selectOption({ label: "Burslem" });
    await page.getByLabel("are free or pay what you can").check();
    await page.getByRole("button", { name: "Make my calendar link" }).click();

    await expect(page).toHaveURL(/\/calendar\/link\/\?/);
    await expect(page.getByRole("heading", { name: "Subscribe to this calendar" })).toBeVisible();
    await expect(page.getByText("A calendar of events in Burslem, free or pay what you can.")).toBeVisible();
    await expect(page.locator("code")).toHaveText(/\/api\/calendar\.ics\?town=burslem&free=1$/);
    // The function names the site by its public address (SITE_URL), wherever it runs.
    await expect(page.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute(
      "href",
      /^webcal:\/\/[^/]+\/api\/calendar\.ics\?town=burslem&free=1$/,
    );
    await expect(page.getByText(/dates? match|Nothing matches/)).toBeVisible();
    // axe runs as a script, so the same answer is checked in a browser with JavaScript.
    const checked = await openPage({ javaScriptEnabled: true });
    await checked.goto(page.url());
    await expectNoAxeViolations(checked);
  });
});

test("a custom feed holds the events the builder lists for it, from the data built with the site", async ({ page }) => {
  await page.goto("/calendar/link/?town=burslem&free=1");
  const listed = await page
    .locator(".feed-result__events a")
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split("/")[2]));
  expect(listed.length).toBeGreaterThan(0);
  const feed = await page.request.get("/api/calendar.ics?town=burslem&free=1");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const uids = new Set([...(await feed.text()).matchAll(/^UID:([^@]+)@/gm)].map((match) => match[1]));
  for (const id of listed) expect(uids).toContain(id);
  // The data itself is the functions' own, not the public's.
  expect((await page.request.get("/calendar/feed-data/index.json")).status()).toBe(404);
});
