/** The map of places and the small maps on listing pages: drawn when in view, and a list beside each. */
import { builtListings, pick, text } from "./content";
import { expect, expectNoAxeViolations, test } from "./fixtures";

// Each test only reads the site: they share out between the workers one by one.
test.describe.configure({ mode: "parallel" });

const places = builtListings("places");
const placeWithGeo = pick(places, "a place with coordinates", (p) => "geo" in p.fields, "hanley-park");
const events = builtListings("events");
const eventAtPlacedVenue = pick(events, "an event at a place with coordinates", (e) =>
  places.some((p) => p.id === e.fields.place && "geo" in p.fields),
);

test("the map of places filters by kind, with the same places in the list beside it", async ({ page }) => {
  await page.goto("/map/");
  await page
    .getByRole("navigation", { name: "Show one kind of place" })
    .getByRole("link", { name: "Park", exact: true })
    .click();
  await expect(page).toHaveURL("/map/park/");
  const list = page.getByRole("region", { name: "The list" }).getByRole("listitem");
  const listed = await list.count();
  expect(listed).toBeGreaterThan(0);
  const placed = await list.filter({ hasNotText: "no map position yet" }).count();
  const map = page.getByRole("region", { name: "Map: Park" });
  await expect(map).toBeVisible();
  // Every placed listing is on the map: as its own named marker, or counted in a cluster of nearby ones.
  await expect(map.locator(".leaflet-marker-icon").first()).toBeVisible();
  const names = await map
    .locator("img.leaflet-marker-icon")
    .evaluateAll((imgs) => imgs.map((img) => img.getAttribute("alt")));
  const clustered = await map
    .locator(".marker-cluster")
    .evaluateAll((icons) => icons.reduce((sum, icon) => sum + Number(/\d+/.exec(icon.textContent ?? "")?.[0] ?? 0), 0));
  expect(names.length + clustered).toBe(placed);
  const listedNames = await list.getByRole("link").allInnerTexts();
  for (const name of names) expect(listedNames).toContain(name);
  await expectNoAxeViolations(page);
});

test("a place page draws its small map when scrolled into view", async ({ page }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(`/places/${placeWithGeo.id}/`);
  const map = page.getByRole("region", { name: `Map of ${text(placeWithGeo, "name")}` });
  await map.scrollIntoViewIfNeeded().catch(() => undefined);
  await page.locator(".place-map").scrollIntoViewIfNeeded();
  const marker = map.getByRole("button", { name: text(placeWithGeo, "name") });
  await expect(marker).toBeVisible();
  // The marker is a picture that loaded, not a broken image with alt text.
  await expect
    .poll(() => marker.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
    .toBeGreaterThan(0);
  expect(requests.some((url) => /leaflet/.test(url))).toBe(true);
  await expectNoAxeViolations(page);
});

test("an event page loads no map code until its map comes into view", async ({ page }) => {
  const scripts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") scripts.push(request.url());
  });
  await page.goto(`/events/${eventAtPlacedVenue.id}/`);
  await page.waitForLoadState("networkidle");
  const beforeScroll = scripts.filter((url) => /leaflet/.test(url));
  const figure = page.locator(".place-map");
  const inView = await figure.evaluate((element) => element.getBoundingClientRect().top < innerHeight + 200);
  if (!inView) expect(beforeScroll, "Leaflet waits for the map to scroll into view").toEqual([]);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator(".leaflet-marker-icon")).toBeVisible();
  await expect(figure.getByRole("link").first()).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a listing page's map is its list of links", async ({ page }) => {
    await page.goto(`/events/${eventAtPlacedVenue.id}/`);
    const figure = page.locator(".place-map");
    await expect(figure.locator("[data-map]")).toBeHidden();
    await expect(figure.getByRole("link")).toHaveAttribute(
      "href",
      `/places/${eventAtPlacedVenue.fields.place as string}/`,
    );
  });
});
