/**
 * Every page template, at phone and desktop width: the content a resident came for, one h1, a main
 * landmark, a working skip link, no sideways scrolling, and no axe violations.
 */
import type { Page } from "@playwright/test";
import { builtListings, pick, text, type Listing } from "./content";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, expectVisibleFocus, test } from "./fixtures";

// Each test only reads the site: they share out between the workers one by one.
test.describe.configure({ mode: "parallel" });

// The field is temporarily_closed in Open Referral UK; older content said temporarilyClosed.
const isClosed = (service: Listing) => "temporarily_closed" in service.fields || "temporarilyClosed" in service.fields;

const events = builtListings("events");
const groups = builtListings("groups");
const places = builtListings("places");
const services = builtListings("services");

const recurringEvent = pick(events, "a recurring event", (e) => "recurrence" in e.fields, "tunstall-coffee-morning");
const cancelledEvent = pick(events, "a cancelled event (status: cancelled)", (e) => e.fields.status === "cancelled");
const group = pick(groups, "a group", () => true, "tunstall-neighbours");
const placeWithGeo = pick(places, "a place with coordinates", (p) => "geo" in p.fields, "hanley-park");
const placeWithoutGeo = pick(places, "a place without coordinates", (p) => !("geo" in p.fields), "fenton-park");

/** The place page names each of its sources in words, linked to the source, and shows no bare web address. */
async function expectSourcesInWords(page: Page, place: Listing): Promise<void> {
  const sources = place.fields["sources"] as { name: string; url?: string }[];
  const main = page.getByRole("main");
  for (const source of sources) {
    if (source.url)
      await expect(main.getByRole("link", { name: source.name, exact: true })).toHaveAttribute("href", source.url);
    else await expect(main.getByText(source.name)).toBeVisible();
  }
  await expect(main.locator(".sources").getByText(/https?:\/\//)).toHaveCount(0);
}
const openService = pick(services, "an open service", (s) => !isClosed(s));
const closedService = pick(services, "a temporarily closed service", isClosed);

const TOWNS = ["Tunstall", "Burslem", "Hanley", "Stoke", "Fenton", "Longton"];

interface PageCase {
  name: string;
  path: string;
  h1: string | RegExp;
  status?: number;
  /** What this template must show, beyond what every page must. */
  check?: (page: Page) => Promise<void>;
}

/** What an event's cost should read, from its front matter, as the listing rules describe it. */
function expectedCost(event: Listing): RegExp {
  if (event.fields.isAccessibleForFree === true) return /^Free$/;
  if (event.fields.payWhatYouCan === true) return /^Pay what you can/;
  const price = event.fields.price;
  if (typeof price === "string") return new RegExp(`^${price.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  return /^Ask the organiser$/;
}

/** The trust panel: who runs it (when given), last checked, and the example notice only on examples. */
async function expectTrust(page: Page, listing: Listing, runBy?: string) {
  const main = page.getByRole("main");
  if (runBy) await expect(main.getByRole("link", { name: runBy, exact: true }).first()).toBeVisible();
  await expect(main.getByText("Last checked", { exact: true })).toBeVisible();
  const exampleNotice = main.getByRole("note").filter({ hasText: "Example listing." });
  if (listing.fields.example === true) await expect(exampleNotice).toBeVisible();
  else await expect(exampleNotice).toHaveCount(0);
}

/** An event page: when, cost, what to expect, access, who runs it, and its schema.org Event. */
async function expectEventPage(page: Page, event: Listing) {
  const main = page.getByRole("main");
  const when = main.getByRole("region", { name: "When", exact: true });
  await expect(when).toBeVisible();
  await expect(when).toContainText(/\d{1,2}:\d{2}|has finished/);

  const facts = main.getByRole("complementary", { name: "Key facts" });
  await expect(facts.getByRole("term").filter({ hasText: /^Cost$/ })).toBeVisible();
  const cost = facts
    .getByRole("term")
    .filter({ hasText: /^Cost$/ })
    .locator("xpath=following-sibling::dd[1]");
  await expect(cost).toHaveText(expectedCost(event));

  await expect(main.getByRole("heading", { name: "First time here? What to expect", level: 2 })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Accessibility", level: 2 })).toBeVisible();

  const organiser = groups.find((g) => g.id === event.fields.organizer);
  expect(organiser, `${event.id}: organizer "${String(event.fields.organizer)}" is not a built group`).toBeDefined();
  const runs = main.getByRole("region", { name: "Who runs it" });
  await expect(runs.getByRole("link", { name: text(organiser!, "name"), exact: true })).toBeVisible();
  await expectTrust(page, event);

  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts, "one JSON-LD script").toHaveLength(1);
  const jsonLd = JSON.parse(scripts[0]!) as Record<string, unknown>;
  expect(jsonLd["@type"]).toBe("Event");
  expect(jsonLd.name).toBe(text(event, "title"));
  expect(String(jsonLd.startDate), "startDate is a local time with its UTC offset").toMatch(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/,
  );
  return jsonLd;
}

const cases: PageCase[] = [
  {
    name: "home page",
    path: "/",
    h1: "What's on near you in Stoke-on-Trent",
    check: async (page) => {
      const nav = page.getByRole("navigation", { name: "Main" });
      await expect(nav.getByRole("link", { name: "What's on" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "On today", level: 2 })).toBeVisible();
      await expect(page.getByRole("heading", { name: "This weekend, town by town", level: 2 })).toBeVisible();
    },
  },
  {
    name: "what's on",
    path: "/events/",
    h1: "What's on",
    check: async (page) => {
      await expect(page.getByRole("main").getByText(/\d+ events? in the next \d+ weeks/)).toBeVisible();
      const filters = page.getByRole("navigation", { name: "Narrow the list" });
      for (const town of TOWNS) await expect(filters.getByRole("link", { name: town, exact: true })).toBeVisible();
    },
  },
  ...[
    { name: "events in a town", path: "/events/town/burslem/", h1: "What's on in Burslem" },
    { name: "events in a category", path: "/events/category/nature-outdoors/", h1: "Nature and outdoors events" },
    { name: "free events", path: "/events/free/", h1: "Free events" },
    { name: "events for an audience", path: "/events/audience/families/", h1: "Events for families" },
  ].map((filtered): PageCase => ({
    ...filtered,
    check: async (page) => {
      const filters = page.getByRole("navigation", { name: "Narrow the list" });
      await expect(filters.locator(`a[href="${filtered.path}"]`)).toHaveAttribute("aria-current", "page");
      // Each filter has content to show: the brief asks for content behind every filter.
      await expect(page.getByRole("main").getByRole("heading", { level: 3 }).first()).toBeVisible();
    },
  })),
  {
    name: "the finder",
    path: "/find/",
    h1: "Find what's on near you",
    check: async (page) => {
      await expect(page.getByRole("searchbox", { name: "Search events, groups, places and services" })).toBeVisible();
    },
  },
  {
    name: "a finder search from a shared link",
    path: "/find/?when=weekend&free=1&dark=1",
    h1: "Find what's on near you",
    check: async (page) => {
      // The choices sit in Filters, closed on every page, which says how many are on.
      await expect(page.locator(".finder__filters-on")).toHaveText("(3 on)");
      const hidden = { includeHidden: true };
      await expect(page.getByRole("checkbox", { name: "Finishes before dark", ...hidden })).toBeChecked();
      await expect(page.getByRole("radio", { name: "This weekend", ...hidden })).toBeChecked();
    },
  },
  {
    name: "the map of places",
    path: "/map/",
    h1: "Map of places",
    check: async (page) => {
      await expect(page.getByRole("region", { name: "The list" }).getByRole("listitem").first()).toBeVisible();
    },
  },
  {
    name: "the map of one kind of place",
    path: "/map/library/",
    h1: "Map: Library",
  },
  {
    name: "a recurring event",
    path: `/events/${recurringEvent.id}/`,
    h1: text(recurringEvent, "title"),
    check: async (page) => {
      await expectEventPage(page, recurringEvent);
      await expect(page.getByRole("heading", { name: "Next dates", level: 3 })).toBeVisible();
    },
  },
  {
    name: "a cancelled event",
    path: `/events/${cancelledEvent.id}/`,
    h1: text(cancelledEvent, "title"),
    check: async (page) => {
      const jsonLd = await expectEventPage(page, cancelledEvent);
      await expect(page.getByRole("main").getByRole("note").filter({ hasText: "Cancelled" })).toBeVisible();
      expect(jsonLd.eventStatus).toBe("https://schema.org/EventCancelled");
    },
  },
  {
    name: "groups",
    path: "/groups/",
    h1: "Community groups",
    check: async (page) => {
      await expect(page.getByRole("main").getByRole("link", { name: text(group, "name"), exact: true })).toBeVisible();
    },
  },
  {
    name: "a group",
    path: `/groups/${group.id}/`,
    h1: text(group, "name"),
    check: (page) => expectTrust(page, group),
  },
  {
    name: "a group's list to put on a website",
    path: `/groups/${group.id}/embed/`,
    h1: "Put your events on your website",
    check: async (page) => {
      await expect(page.getByRole("textbox", { name: "The line for an iframe" })).toHaveValue(/^<iframe /);
      await expect(page.frameLocator("iframe.embed-preview").getByRole("heading", { level: 1 })).toBeVisible();
    },
  },
  {
    name: "places",
    path: "/places/",
    h1: "Places",
    check: async (page) => {
      await expect(
        page.getByRole("main").getByRole("link", { name: text(placeWithoutGeo, "name"), exact: true }),
      ).toBeVisible();
    },
  },
  {
    name: "a place with a map position",
    path: `/places/${placeWithGeo.id}/`,
    h1: text(placeWithGeo, "name"),
    check: async (page) => {
      await expect(page.getByRole("link", { name: "Open in OpenStreetMap" })).toBeVisible();
      await expectSourcesInWords(page, placeWithGeo);
    },
  },
  {
    name: "a place without a map position",
    path: `/places/${placeWithoutGeo.id}/`,
    h1: text(placeWithoutGeo, "name"),
    check: async (page) => {
      await expect(page.getByRole("main").getByText(/don't have a sourced map position/)).toBeVisible();
      await expect(page.getByRole("link", { name: "Open in OpenStreetMap" })).toHaveCount(0);
      await expectSourcesInWords(page, placeWithoutGeo);
      // Nothing stands in for a missing address: the row is left out.
      if (!("address" in placeWithoutGeo.fields) && !("postcode" in placeWithoutGeo.fields))
        await expect(page.getByRole("main").getByText("Where", { exact: true })).toHaveCount(0);
      await expect(page.getByRole("main").getByText(/Address not listed/)).toHaveCount(0);
    },
  },
  {
    name: "services",
    path: "/services/",
    h1: "Local services",
    check: async (page) => {
      await expect(
        page
          .getByRole("main")
          .getByRole("link", { name: text(openService, "name"), exact: true })
          .first(),
      ).toBeVisible();
    },
  },
  {
    name: "an open service",
    path: `/services/${openService.id}/`,
    h1: text(openService, "name"),
    check: async (page) => {
      await expectTrust(page, openService);
      await expect(page.getByRole("main").getByText("Temporarily closed.")).toHaveCount(0);
    },
  },
  {
    name: "a temporarily closed service",
    path: `/services/${closedService.id}/`,
    h1: text(closedService, "name"),
    check: async (page) => {
      await expectTrust(page, closedService);
      await expect(page.getByRole("main").getByRole("note").filter({ hasText: "Temporarily closed." })).toBeVisible();
    },
  },
  {
    name: "areas",
    path: "/areas/",
    h1: "The six towns",
    check: async (page) => {
      const table = page.getByRole("table", { name: "Listings per town" });
      await expect(table.getByRole("row")).toHaveCount(1 + TOWNS.length);
      for (const town of TOWNS) await expect(table.getByRole("rowheader", { name: town, exact: true })).toHaveCount(1);
    },
  },
  {
    name: "a town",
    path: "/areas/hanley/",
    h1: "Hanley",
    check: async (page) => {
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { name: "Coming up in Hanley", level: 2 })).toBeVisible();
      await expect(main.getByRole("heading", { name: "Wards", level: 2 })).toBeVisible();
    },
  },
  {
    name: "each ward's fair share",
    path: "/areas/wards/by/free/",
    h1: "Each ward's fair share",
    check: async (page) => {
      const table = page.getByRole("table", { name: /^Listings in each ward/ });
      // A row per ward (34), the headings and the places with no known ward.
      await expect(table.locator("tbody").getByRole("row")).toHaveCount(34);
      await expect(table.getByRole("columnheader", { name: /^Free event dates/ })).toHaveAttribute(
        "aria-sort",
        "descending",
      );
      const csv = await page.request.get(
        (await page.getByRole("link", { name: /^Download the table as a CSV file/ }).getAttribute("href"))!,
      );
      expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
      const lines = (await csv.text()).trimEnd().split("\r\n");
      expect(lines).toHaveLength(1 + 34 + 1);
      expect(lines[0]).toMatch(/^ward_code,ward,event_dates_next_30_days,/);
      await page.getByRole("columnheader", { name: /^Ward/ }).getByRole("link").click();
      await expect(page).toHaveURL(/\/areas\/wards\/$/);
      await expect(page.getByRole("columnheader", { name: /^Ward/ })).toHaveAttribute("aria-sort", "ascending");
    },
  },
  { name: "about", path: "/about/", h1: "About Stoke Together" },
  { name: "accessibility statement", path: "/accessibility/", h1: "Accessibility statement" },
  { name: "privacy notice", path: "/privacy/", h1: "Privacy notice" },
  {
    name: "asking for a calendar to be added",
    path: "/submit/calendar/",
    h1: "Ask us to add your group's calendar",
    check: async (page) => {
      await expect(page.getByRole("button", { name: "Ask for it to be added" })).toBeVisible();
    },
  },
  { name: "a calendar request received", path: "/submit/calendar/sent/", h1: "We have your request" },
  { name: "sheets to print", path: "/print/", h1: "Sheets to print" },
  {
    name: "a town's sheet to print",
    path: "/print/hanley/",
    h1: "What's on in Hanley",
    check: async (page) => {
      await expect(page.getByRole("button", { name: "Print this sheet" })).toBeVisible();
    },
  },
  {
    name: "open data",
    path: "/open-data/",
    h1: "Open data",
    check: async (page) => {
      // Every example address on the page answers with events, as the page says.
      const examples = page.getByRole("main").getByRole("link", { name: /\/api\/events\?/ });
      await expect(examples).toHaveCount(3);
      for (const href of await examples.evaluateAll((links) => links.map((link) => link.getAttribute("href")!))) {
        const response = await page.request.get(href);
        expect(response.status(), href).toBe(200);
        expect(await response.json()).toMatchObject({ items: expect.any(Array), total: expect.any(Number) });
      }
      await expect(page.getByRole("main").locator("pre")).toContainText('"@type": "Event"');
    },
  },
  {
    name: "the OpenActive dataset",
    path: "/openactive/",
    h1: "OpenActive data",
    check: async (page) => {
      const dataset = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
        "@type": string;
        distribution: { contentUrl: string; additionalType: string }[];
      };
      expect(dataset["@type"]).toBe("Dataset");
      expect(dataset.distribution.map((feed) => feed.additionalType)).toEqual([
        "https://openactive.io/SessionSeries",
        "https://openactive.io/ScheduledSession",
        "https://openactive.io/Event",
      ]);
      for (const { contentUrl } of dataset.distribution) {
        const response = await page.request.get(new URL(contentUrl).pathname);
        expect(response.status(), contentUrl).toBe(200);
        expect(await response.json()).toMatchObject({ items: expect.any(Array), license: expect.any(String) });
      }
    },
  },
  {
    name: "a missing page",
    path: "/no-such-page/",
    h1: "Sorry, we can't find that page",
    status: 404,
    check: async (page) => {
      await expect(page.getByRole("main").getByRole("link", { name: "See everything that's on" })).toBeVisible();
    },
  },
];

for (const { name, path, h1, status = 200, check } of cases) {
  test(`${name} (${path}) shows its content and meets WCAG 2.2 AA`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), `HTTP status of ${path}`).toBe(status);

    await expect(page.locator("h1"), "exactly one h1").toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
    await expect(page.getByRole("main")).toHaveCount(1);
    await check?.(page);

    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);

    // The skip link is the first thing Tab reaches, shows itself, and moves focus to the main content.
    const skipLink = page.getByRole("link", { name: "Skip to main content" });
    await page.keyboard.press("Tab");
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });
}
