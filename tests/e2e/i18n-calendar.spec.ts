/**
 * The calendar feeds page in another language: in Urdu (right to left) the feed builder makes a link in place and
 * names the feed in Urdu; in Polish, without JavaScript, the form's answer page gives a working subscribe link in
 * Polish. The feed's address is the same in every language, and axe finds nothing to fix.
 */
import { expect, expectNoAxeViolations, test } from "./fixtures";

test.describe.configure({ mode: "parallel" });

test("the Urdu calendar page builds a feed in place and names it in Urdu", async ({ page }) => {
  await page.goto("/ur/calendar/");
  await expect(page.locator("html")).toHaveAttribute("lang", "ur");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1, name: "پروگرام اپنے کیلنڈر میں پائیں" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel("قصبہ").selectOption({ label: "Burslem" });
  await page.getByLabel("کس بارے میں").selectOption("sport-activity");
  await page.getByRole("button", { name: "میرا کیلنڈر لنک بنائیں" }).click();

  await expect(page).toHaveURL(/\/ur\/calendar\/$/);
  await expect(page.getByRole("heading", { name: "آپ کا کیلنڈر لنک" })).toBeFocused();
  const result = page.locator("[data-feed-result]");
  await expect(result.locator("code")).toHaveText(/\/api\/calendar\.ics\?town=burslem&category=sport-activity$/);
  await expect(result.getByRole("link", { name: "اپنی کیلنڈر ایپ میں سبسکرائب کریں" })).toHaveAttribute(
    "href",
    /^webcal:\/\/localhost:\d+\/api\/calendar\.ics\?town=burslem&category=sport-activity$/,
  );
  const name = result.locator("[data-feed-name]");
  await expect(name).toContainText("Burslem میں");
  await expect(name).toContainText("کے پروگراموں کا کیلنڈر");
  await expect(result.locator("[data-feed-count]")).toHaveText(/(تاریخ ملتی ہے|تاریخیں ملتی ہیں|ابھی کچھ نہیں ملتا)/);

  // Changing a choice renames the feed in Urdu without another press of the button.
  await page.getByLabel("کس کے لیے").selectOption("families");
  await expect(result.locator("code")).toHaveText(/&audience=families$/);
  await expect(name).toContainText("کے لیے");

  // Events held in Urdu, anywhere: their dates are written in Urdu; their titles and places as they are written.
  await page.getByLabel("قصبہ").selectOption("");
  await page.getByLabel("کس بارے میں").selectOption("");
  await page.getByLabel("کس کے لیے").selectOption("");
  await page.getByLabel("بولی جانے والی زبان").selectOption("ur");
  await expect(result.locator("code")).toHaveText(/\/api\/calendar\.ics\?language=ur$/);
  await expect(name).toContainText("اردو میں");
  const first = result.locator("[data-feed-events] li").first();
  await expect(first.getByRole("link")).toHaveAttribute("lang", "en-GB");
  await expect(first.locator('span[lang="en-GB"]')).toHaveCount(1);
  // The date between the title and the place is in Urdu script.
  await expect(first).toHaveText(/^[^\u0600-\u06ff]+ [^a-z]*[\u0600-\u06ff][^a-z]*، [^\u0600-\u06ff]+( \(منسوخ\))?$/i);
  await expectNoAxeViolations(page);
});

test("the subscribe box on an Urdu town page leads to the Urdu calendar page", async ({ page }) => {
  await page.goto("/ur/areas/burslem/");
  const howTo = page.locator('a[href="/ur/calendar/"]').first();
  await expect(howTo).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Polish calendar page's form answers in Polish with a working subscribe link", async ({
    page,
    openPage,
  }) => {
    await page.goto("/pl/calendar/");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await page.getByLabel("Miasteczko").selectOption({ label: "Burslem" });
    await page.getByLabel("są bezpłatne albo płacisz, ile możesz").check();
    await page.getByRole("button", { name: "Zrób mój link do kalendarza" }).click();

    await expect(page).toHaveURL(/\/pl\/calendar\/link\/\?/);
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("heading", { level: 1, name: "Twój link do kalendarza" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Subskrybuj ten kalendarz" })).toBeVisible();
    await expect(page.getByText("Kalendarz: wydarzenia w Burslem, bezpłatne albo płacisz, ile możesz.")).toBeVisible();
    await expect(page.locator("code")).toHaveText(/\/api\/calendar\.ics\?town=burslem&free=1$/);
    const subscribe = page.getByRole("link", { name: "Subskrybuj w aplikacji kalendarza" });
    await expect(subscribe).toHaveAttribute("href", /^webcal:\/\/[^/]+\/api\/calendar\.ics\?town=burslem&free=1$/);
    await expect(page.getByText(/Pasuj|nic jeszcze nie pasuje/).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "Zmień wybór" })).toHaveAttribute("href", "/pl/calendar/");

    // The link works: its feed answers with a calendar.
    const https = (await subscribe.getAttribute("href"))!.replace(/^webcal:\/\/[^/]+/, "");
    const feed = await page.request.get(https);
    expect(feed.ok()).toBe(true);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");

    const checked = await openPage({ javaScriptEnabled: true });
    await checked.goto(page.url());
    await expectNoAxeViolations(checked);
  });
});
