/**
 * The finder in another language: its form, count, results and map speak the page's language, a listing's own
 * words stay as written (marked as English), links and the address stay in the language, and it works without
 * JavaScript (the find-results function answers in the language of the address).
 */
import { builtListings, pick, text } from "./content";
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe.configure({ mode: "parallel" });

const places = builtListings("places");
const HANLEY = { latitude: 53.0232, longitude: -2.1751 };
const placeWithGeo = pick(places, "a place with coordinates", (p) => "geo" in p.fields, "hanley-park");

test("in Urdu the finder searches as the resident types, keeping to Urdu pages", async ({ page }) => {
  await page.goto("/ur/find/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("اپنے قریب ہونے والی سرگرمیاں تلاش کریں");
  const search = page.getByRole("searchbox", { name: "تقریبات، گروپ، جگہیں اور خدمات میں تلاش کریں" });
  await search.fill("yoga");
  await expect(page).toHaveURL(/\/ur\/find\/\?q=yoga$/);
  const count = page.getByRole("status");
  await expect(count).toContainText(/نتیج|نتائج/);
  await expect(count).toContainText(/تقریب/);
  const events = page.getByRole("region", { name: /^تقریبات/ });
  const first = events.getByRole("heading", { level: 3 }).first().getByRole("link");
  await expect(first).toHaveAttribute("href", /^\/ur\/events\/[^/]+\/$/);
  await expect(first).toHaveAttribute("lang", "en-GB");
  await expect(first).toHaveAttribute("dir", "ltr");
  await page.locator("summary", { hasText: "فلٹر" }).click();
  await expect(page.getByRole("group", { name: "خرچ اور دن کا وقت" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("in Urdu, a search that finds nothing offers what to remove, in Urdu", async ({ page }) => {
  await page.goto("/ur/find/?q=zzzqqq");
  await expect(page.getByRole("heading", { name: "کچھ نہیں ملا", level: 2 })).toBeVisible();
  await expect(page.getByRole("link", { name: "تلاش کے الفاظ" })).toHaveAttribute("href", "/ur/find/");
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("in Polish, a search is answered in Polish and the next one stays in Polish", async ({ page }) => {
    await page.goto("/pl/find/");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await page.getByRole("searchbox", { name: "Szukaj wśród wydarzeń, grup, miejsc i pomocy" }).fill("yoga");
    await page.getByRole("button", { name: "Szukaj", exact: true }).click();
    await expect(page).toHaveURL(/\/pl\/find\/\?q=yoga/);
    await expect(page).toHaveTitle(/^Wyszukiwanie: „yoga” – \d+ wynik/);
    await expect(page.getByRole("status")).toContainText(/wynik/);
    const link = page.locator(".finder__title a").first();
    await expect(link).toHaveAttribute("href", /^\/pl\/(events|groups|places|services)\//);
    await expect(link).toHaveAttribute("lang", "en-GB");
    // The form holds the search, and sends the next one to the Polish finder.
    await expect(page.getByRole("search")).toHaveAttribute("action", "/pl/find/");
    await page.locator("summary", { hasText: "Filtry" }).click();
    await page.getByRole("checkbox", { name: "Bezpłatne albo „płać, ile możesz”" }).check();
    await page.getByRole("button", { name: "Pokaż wyniki" }).click();
    await expect(page).toHaveURL(/\/pl\/find\/\?q=yoga.*free=1/);
    await expect(page.locator("summary", { hasText: "Filtry" })).toContainText("(1 włączony)");
  });

  test("in Arabic, an address the finder cannot read is explained in Arabic", async ({ page }) => {
    const response = await page.goto("/ar/find/?when=someday");
    expect(response?.status()).toBe(400);
    await expect(page).toHaveTitle(/^خطأ: تعذّرت قراءة البحث/);
    await expect(page.getByRole("alert")).toContainText("تعذّرت قراءة جزء من هذا البحث");
    await expect(page.getByRole("link", { name: "ابدأ بحثًا جديدًا" })).toHaveAttribute("href", "/ar/find/");
  });
});

test("a map's own controls are in the page's language", async ({ page }) => {
  await page.goto(`/pl/places/${placeWithGeo.id}/`);
  await page.locator(".place-map").scrollIntoViewIfNeeded();
  const map = page.getByRole("region", { name: new RegExp(text(placeWithGeo, "name")) });
  await expect(map.getByRole("button", { name: "Przybliż", exact: true })).toBeVisible();
  await expect(map.getByRole("button", { name: "Oddal", exact: true })).toBeVisible();
});

test.describe("journey 1 in Arabic, right to left: near me this weekend, free, before dark", () => {
  test.use({ geolocation: HANLEY, permissions: ["geolocation"] });

  test("narrows, sorts by distance in Arabic words, shows the map, opens an event in Arabic and comes back", async ({
    page,
    isMobile,
  }) => {
    await page.goto("/ar/find/");
    await expect(page.locator("astro-island[ssr]")).toHaveCount(0, { timeout: 30_000 });
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.locator("details.finder__filters > summary").click();
    const form = page.getByRole("search");
    await form.getByRole("radio", { name: "عطلة نهاية هذا الأسبوع" }).check();
    await form.getByRole("checkbox", { name: "مجاني أو ادفع ما تستطيع" }).check();
    await form.getByRole("checkbox", { name: "تنتهي قبل حلول الظلام" }).check();
    await expect(page).toHaveURL(/\/ar\/find\/\?when=weekend&free=1&dark=1$/);
    await page.getByRole("button", { name: "بالقرب مني" }).click();
    await expect(page.getByText("مرتبة حسب المسافة من مكانك.")).toBeVisible();
    await page.getByRole("radio", { name: "ضمن 5 أميال" }).check();
    expect(page.url()).not.toMatch(/near=|within=/);

    const results = page.locator(".finder__item");
    if ((await results.count()) === 0) {
      await expect(page.getByRole("heading", { name: "لا شيء يطابق بحثك" })).toBeVisible();
      return;
    }
    for (const distance of await page.locator(".tag--distance").allInnerTexts())
      expect(distance).toMatch(/^(أقل من 0\.1 ميل|[^·]+) · \d+ دقيقة سيرًا$/);
    if (isMobile) await page.getByRole("button", { name: "خريطة", exact: true }).click();
    const map = page.getByRole("region", { name: "خريطة النتائج" });
    await expect(map).toBeVisible();
    await expect(map.getByRole("button", { name: "تكبير", exact: true })).toBeVisible();
    if (isMobile) await page.getByRole("button", { name: "قائمة", exact: true }).click();
    const first = page.locator(".finder__item").first().getByRole("heading").getByRole("link");
    const title = (await first.innerText()).trim();
    await first.click();
    await expect(page).toHaveURL(/\/ar\/(events|groups|places|services)\//);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await page.goBack();
    await expect(page).toHaveURL(/\/ar\/find\/\?when=weekend&free=1&dark=1/);
  });
});

test("a group run in Urdu says so first on Urdu pages, and the finder finds what is run in Urdu", async ({ page }) => {
  await page.goto("/ur/groups/women-together-hanley/");
  await expect(page.locator(".spoken-here")).toHaveText("اردو بولی جاتی ہے");
  await expect(page.getByRole("term").filter({ hasText: "زبانیں" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^انگریزی، اردو،? اور عربی$/ })).toBeVisible();
  // Not on the Polish page: the group is not run in Polish.
  await page.goto("/pl/groups/women-together-hanley/");
  await expect(page.locator(".spoken-here")).toHaveCount(0);

  await page.goto("/ur/find/?language=ur");
  await expect(page.locator("astro-island[ssr]")).toHaveCount(0, { timeout: 30_000 });
  const items = page.locator(".finder__item");
  await expect(items.first()).toBeVisible();
  for (const item of await items.all()) await expect(item.locator(".tag--language")).toHaveText("اردو بولی جاتی ہے");
  await expect(page.getByRole("main").getByRole("link", { name: "Women Together Hanley" })).toBeVisible();
  await expectNoAxeViolations(page);
});
