/**
 * Sheets to print, and the page for an unknown address, in another language: the Urdu sheet reads right to left
 * with its QR codes at the end of each line, its words and dates are in Urdu, and each QR code leads to the event's
 * Urdu page; the Polish sheet prints to A4 in Polish, and its words are in the PDF; an unknown address under /ur/
 * or /pl/ answers 404 with the page not found in that language, and axe finds nothing to fix.
 */
import { inflateSync } from "node:zlib";
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe.configure({ mode: "parallel" });

/** How many pages a PDF that Chromium wrote has: one page object each. */
const pagesOf = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

/**
 * The characters a PDF that Chromium wrote can show as text: every character its fonts' ToUnicode maps give
 * (Chromium embeds only the glyphs a document uses, each mapped back to its text).
 */
function pdfCharacters(pdf: Buffer): Set<string> {
  const characters = new Set<string>();
  const raw = pdf.toString("latin1");
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf("endstream", start);
    let text: string;
    try {
      text = inflateSync(pdf.subarray(start, end)).toString("latin1");
    } catch {
      continue;
    }
    if (!text.includes("begincmap")) continue;
    for (const [, hex] of text.matchAll(/<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]+)>/g)) {
      const units = hex!.match(/.{4}/g)?.map((unit) => parseInt(unit, 16)) ?? [];
      for (const character of String.fromCharCode(...units)) characters.add(character);
    }
    // A range maps a run of glyphs to a run of characters: <first> <last> <from>.
    for (const [, first, last, from] of text.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>/g)) {
      const count = parseInt(last!, 16) - parseInt(first!, 16);
      for (let step = 0; step <= count; step += 1) characters.add(String.fromCharCode(parseInt(from!, 16) + step));
    }
  }
  return characters;
}

test("the Urdu sheet for Tunstall reads right to left, in Urdu, each QR code leading to the event's Urdu page", async ({
  page,
}) => {
  await page.goto("/ur/areas/tunstall/");
  await page.getByRole("link", { name: "Tunstall کا یہ ہفتہ اور اگلا ہفتہ پرنٹ کریں" }).click();
  await expect(page).toHaveURL(/\/ur\/print\/tunstall\/$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tunstall میں کیا ہو رہا ہے");
  await expect(page.locator(".sheet__span")).toContainText("یہ ہفتہ اور اگلا ہفتہ:");
  const crumbs = page.getByRole("navigation", { name: "آپ یہاں ہیں" });
  await expect(crumbs.getByRole("link", { name: "چھاپنے کے لیے شیٹس" })).toHaveAttribute("href", "/ur/print/");

  const items = page.locator(".sheet__item");
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const item = items.nth(index);
    const link = item.getByRole("link");
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(/^https:\/\/[^/]+\/ur\/events\/[a-z0-9-]+\/$/);
    // The event's title is its own, in English, read left to right.
    await expect(link).toHaveAttribute("lang", "en-GB");
    await expect(link).toHaveAttribute("dir", "ltr");
    await expect(item.getByRole("img")).toHaveAttribute("aria-label", `${href} کا QR کوڈ`);
    await expect(item.locator(".sheet__time")).toHaveText(/^(\d\d:\d\d سے \d\d:\d\d تک|سارا دن)$/);
    const eventPage = await page.request.get(new URL(href).pathname);
    expect(eventPage.status()).toBe(200);
  }
  // Right to left: the QR code is at the end of the line, on the left.
  const text = await items.first().locator(".sheet__text").boundingBox();
  const qr = await items.first().locator(".sheet__qr").boundingBox();
  expect(text && qr && qr.x < text.x, "the QR code is to the left of the event's words").toBe(true);

  const foot = page.locator(".sheet__foot");
  await expect(foot.getByRole("img")).toHaveAttribute(
    "aria-label",
    /^https:\/\/[^/]+\/ur\/areas\/tunstall\/ کا QR کوڈ$/,
  );
  await expect(foot).toContainText("کو چھاپا گیا۔ اوقات بدل سکتے ہیں");
  await expect(foot.locator('span[dir="ltr"]').last()).toHaveText(/^[^/]+\/ur\/areas\/tunstall\/$/);
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(crumbs).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pagesOf(pdf)).toBeGreaterThanOrEqual(1);
  expect(pagesOf(pdf)).toBeLessThanOrEqual(Math.ceil(count / 3) + 1);
  // The PDF's text is Urdu: the letters of its heading are in it.
  const characters = pdfCharacters(pdf);
  for (const letter of "کیا ہو رہا ہے".replace(/ /g, "")) expect(characters, `the PDF has ${letter}`).toContain(letter);
});

test("the Polish sheet for Tunstall prints on A4 in Polish, and its words are in the PDF", async ({ page }) => {
  await page.goto("/pl/print/");
  await expect(page.locator("html")).toHaveAttribute("lang", "pl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Arkusze do druku");
  await expect(page.getByRole("link", { name: "Całe miasto" })).toHaveAttribute("href", "/pl/print/city/");
  await page.getByRole("link", { name: "Tunstall" }).click();
  await expect(page).toHaveURL(/\/pl\/print\/tunstall\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Wydarzenia w Tunstall");
  await expect(page.getByRole("button", { name: "Wydrukuj ten arkusz" })).toBeVisible();

  const items = page.locator(".sheet__item");
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const item = items.nth(index);
    const href = (await item.getByRole("link").getAttribute("href"))!;
    expect(href).toMatch(/^https:\/\/[^/]+\/pl\/events\/[a-z0-9-]+\/$/);
    await expect(item.getByRole("link")).toHaveAttribute("lang", "en-GB");
    await expect(item.getByRole("img")).toHaveAttribute("aria-label", `Kod QR do ${href}`);
    await expect(item.locator(".sheet__time")).toHaveText(/^(\d\d:\d\d – \d\d:\d\d|Cały dzień)$/);
  }
  // Each day's heading is written in Polish: "sobota, 5 grudnia".
  const days = await page.locator(".sheet__day h2").allTextContents();
  for (const day of days)
    expect(day).toMatch(/^(poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela), \d{1,2} [a-ząćęłńóśźż]+$/);
  const notes = await page.locator(".sheet__notes span").allTextContents();
  for (const note of notes)
    expect(["Kończy się przed zmrokiem", "Możesz iść z Buddy-up", "Przykładowy wpis"]).toContain(note);
  const foot = page.locator(".sheet__foot");
  await expect(foot).toContainText("Wszystko, co się dzieje w Tunstall: zeskanuj kod.");
  await expect(foot).toContainText(/Wydrukowano \d{1,2} [a-ząćęłńóśźż]+ \d{4}\. Godziny mogą się zmienić/);
  await expect(foot.getByRole("img")).toHaveAttribute(
    "aria-label",
    /^Kod QR do https:\/\/[^/]+\/pl\/areas\/tunstall\/$/,
  );
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".site-header")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pagesOf(pdf)).toBeGreaterThanOrEqual(1);
  expect(pagesOf(pdf)).toBeLessThanOrEqual(Math.ceil(count / 3) + 1);
  // The PDF has Polish letters in its text ("mogą się", "Wydarzenia"), not only the page.
  const characters = pdfCharacters(pdf);
  for (const letter of "ąęWydrukowano") expect(characters, `the PDF has ${letter}`).toContain(letter);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Urdu sheet says how to print it with the browser's own Print", async ({ page }) => {
    await page.goto("/ur/print/city/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stoke-on-Trent میں کیا ہو رہا ہے");
    await expect(page.getByRole("button", { name: "یہ شیٹ چھاپیں" })).toHaveCount(0);
    await expect(page.getByText("اپنے براؤزر کا Print استعمال کریں")).toBeVisible();
    // The whole city's sheet names each event's town beside its place.
    await expect(page.locator(".sheet__item").first()).toContainText(
      /، (Tunstall|Burslem|Hanley|Stoke|Fenton|Longton)/,
    );
  });

  test("an unknown address under /pl/ answers 404 with the page not found in Polish", async ({ page }) => {
    const response = await page.goto("/pl/events/no-such-event/");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Przepraszamy, nie możemy znaleźć tej strony");
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Zobacz wszystkie wydarzenia" })).toHaveAttribute(
      "href",
      "/pl/events/",
    );
    await expect(main.getByRole("link", { name: "Hanley" })).toHaveAttribute("href", "/pl/events/town/hanley/");
  });
});

test("an unknown address under /ur/ answers 404 in Urdu; real pages and other addresses are untouched", async ({
  page,
}) => {
  const response = await page.goto("/ur/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("معاف کیجیے، ہمیں یہ صفحہ نہیں مل رہا");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "مفت تقریبات" })).toHaveAttribute("href", "/ur/events/free/");
  await expect(main.getByRole("link", { name: "مقامی خدمات" })).toHaveAttribute("href", "/ur/services/");
  await expectNoAxeViolations(page);

  // Pages under /ur/ are still served, and an unknown English address still has the English page.
  for (const path of ["/ur/print/", "/ur/events/", "/ur/404.html"]) {
    expect((await page.request.get(path)).status(), path).toBe(200);
  }
  const english = await page.request.get("/no-such-page/");
  expect(english.status()).toBe(404);
  expect(await english.text()).toContain("Sorry, we can&#39;t find that page");
  const arabic = await page.request.get("/ar/groups/no-such-group/");
  expect(arabic.status()).toBe(404);
  expect(await arabic.text()).toContain('lang="ar"');
});
