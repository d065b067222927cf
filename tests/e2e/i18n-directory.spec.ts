/**
 * Groups, services and each ward's fair share in another language: the page says which language and direction
 * it is in, its own words are translated, a listing's own words stay as written and are marked as English, the
 * wards' table reads right to left in Arabic, and axe finds nothing to fix.
 */
import { builtListings, pick, text } from "./content";
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe.configure({ mode: "parallel" });

const group = pick(builtListings("groups"), "a group", () => true, "tunstall-neighbours");
const service = pick(
  builtListings("services"),
  "an open service",
  (s) => !("temporarily_closed" in s.fields) && !("temporarilyClosed" in s.fields),
);

test("a group's page in Arabic reads right to left, with the group's own words in English", async ({ page }) => {
  await page.goto(`/ar/groups/${group.id}/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const name = text(group, "name");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(name);
  await expect(heading).toHaveAttribute("lang", "en-GB");
  await expect(heading).toHaveAttribute("dir", "ltr");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "المواعيد القادمة", level: 2 })).toBeVisible();
  const crumbs = page.getByRole("navigation", { name: "مسار التنقل" });
  await expect(crumbs.getByRole("link", { name: "المجموعات" })).toHaveAttribute("href", "/ar/groups/");
  await expect(main.getByRole("link", { name: "ضع هذه القائمة على موقعك" })).toHaveAttribute(
    "href",
    `/ar/groups/${group.id}/embed/`,
  );
  await expectNoAxeViolations(page);
});

test("each ward's fair share in Arabic: the table's columns run from right to left", async ({ page }) => {
  await page.goto("/ar/areas/wards/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { name: "نصيب كل دائرة", level: 1 })).toBeVisible();
  const table = page.getByRole("table", { name: /^الإعلانات في كل دائرة/ });
  await expect(table).toBeVisible();
  const ward = table.getByRole("columnheader", { name: /^الدائرة/ });
  await expect(ward).toHaveAttribute("aria-sort", "ascending");
  const first = await ward.boundingBox();
  const second = await table.getByRole("columnheader", { name: /^مواعيد الفعاليات/ }).boundingBox();
  expect(first && second && first.x > second.x, "the ward column is to the right of the next one").toBe(true);
  await table
    .getByRole("columnheader", { name: /^مواعيد مجانية/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/\/ar\/areas\/wards\/by\/free\/$/);
  await expect(page.getByRole("link", { name: /CSV/ })).toHaveAttribute("href", "/areas/wards.csv");
  await expectNoAxeViolations(page);
});

test("a service's page in Romanian, with the service's own words in English", async ({ page }) => {
  await page.goto(`/ro/services/${service.id}/`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(text(service, "name"));
  await expect(heading).toHaveAttribute("lang", "en-GB");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "Unde și când", level: 2 })).toBeVisible();
  await expect(main.getByRole("heading", { name: "Cum folosești acest serviciu", level: 2 })).toBeVisible();
  await expect(main.getByRole("term").filter({ hasText: "Cine îl poate folosi" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("each ward's fair share shows every ward as a tile, coloured by the measure the table is sorted by", async ({
  page,
}) => {
  await page.goto("/ar/areas/wards/by/services/");
  const tiles = page.getByRole("region", { name: /^الدوائر ملوّنة حسب/ });
  await expect(
    tiles.getByRole("navigation", { name: "التلوين حسب" }).getByRole("link", { name: "الخدمات" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(tiles.locator(".ward-tile__name")).toHaveCount(34);
  await expect(tiles.getByRole("heading", { name: "Tunstall", level: 3 })).toBeVisible();
  await expectNoAxeViolations(page);
});
