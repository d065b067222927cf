/**
 * The interface in the city's community languages: each page names its language and direction, offers every
 * other language named in itself, and remembers the reader's choice, all without JavaScript.
 */
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe("a page in Urdu", () => {
  test("the home page in Urdu reads right to left, in Urdu, and meets WCAG 2.2 AA", async ({ page }) => {
    await page.goto("/ur/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ur");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("اسٹوک آن ٹرینٹ میں آپ کے قریب کیا ہو رہا ہے");
    const languages = page.getByRole("navigation", { name: "زبان" });
    await expect(languages.getByText("اردو")).toHaveAttribute("aria-current", "true");
    for (const [name, lang] of <[string, string][]>[
      ["English", "en-GB"],
      ["العربية", "ar"],
      ["Polski", "pl"],
      ["Română", "ro"],
    ]) {
      await expect(languages.getByRole("link", { name })).toHaveAttribute("lang", lang);
    }
    await expectNoAxeViolations(page);
  });
});

for (const [path, families] of [
  ["/", ["Atkinson Hyperlegible Next", "Fraunces"]],
  ["/pl/", ["Atkinson Hyperlegible Next"]],
  ["/ro/events/", ["Atkinson Hyperlegible Next"]],
] as const) {
  test(`${path} loads the web fonts ${families.join(" and ")}, within the font budget`, async ({ page }) => {
    const fonts: string[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    // The "… fallback" faces are the system's own fonts sized to match (no download), used while a web font loads.
    const loaded = await page.evaluate(() =>
      [...document.fonts]
        .filter((face) => face.status === "loaded")
        .map((face) => face.family.replaceAll('"', ""))
        .filter((family) => !family.endsWith(" fallback")),
    );
    expect([...new Set(loaded)].sort()).toEqual([...families].sort());
    // Only the fonts of those families were fetched: the preloads name no other.
    expect(fonts.every((font) => families.some((family) => font.includes(family.split(" ")[0]!.toLowerCase())))).toBe(
      true,
    );
  });
}

for (const [path, lang, dir, heading] of [
  ["/ar/accessibility/", "ar", "rtl", "بيان إمكانية الوصول"],
  ["/pl/accessibility/", "pl", "ltr", "Deklaracja dostępności"],
  ["/ro/privacy/", "ro", "ltr", "Nota de confidențialitate"],
  ["/ur/privacy/", "ur", "rtl", "رازداری کا نوٹس"],
  ["/ar/buddy-up/code-of-conduct/", "ar", "rtl", "مدونة السلوك لخدمة الرفيق"],
  ["/ur/buddy-up/", "ur", "rtl", "ساتھی سروس: کسی کو اکیلے نہیں جانا پڑتا"],
] as const) {
  test(`the statement at ${path} is in its language and meets WCAG 2.2 AA`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.locator("html")).toHaveAttribute("dir", dir);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expectNoAxeViolations(page);
  });
}

test.describe("choosing a language, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("names the same page in every language for search engines", async ({ page }) => {
    await page.goto("/about/");
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((link) => `${link.getAttribute("hreflang")} ${new URL(link.getAttribute("href") ?? "").pathname}`),
      );
    expect(alternates).toEqual([
      "en-GB /about/",
      "ur /ur/about/",
      "ar /ar/about/",
      "pl /pl/about/",
      "ro /ro/about/",
      "x-default /about/",
    ]);
  });

  test("goes to the same page in the chosen language and remembers it for the home page", async ({ page }) => {
    await page.goto("/about/");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Polski" }).click();
    await expect(page).toHaveURL(/\/pl\/about\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("O Stoke Together");

    // The choice is remembered: the home page opens in Polish.
    await page.goto("/");
    await expect(page).toHaveURL(/\/pl\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Co się dzieje w pobliżu, w Stoke-on-Trent");

    // Choosing English again stays at the site's own addresses.
    await page.getByRole("navigation", { name: "Język" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  });
});

test.describe("a browser that asks for Arabic", () => {
  test.use({ javaScriptEnabled: false, locale: "ar" });

  test("opens the home page in Arabic", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/ar\/$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ما يجري بالقرب منك في ستوك أون ترنت");
  });
});
