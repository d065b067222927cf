/**
 * Submitting an event in Urdu (right to left) and Polish, with JavaScript off and on: the form in the language,
 * a mistake named in it beside its field and in the summary, what was typed kept, then the status page in the
 * same language at an address in it. The calendar request form in Polish without JavaScript, and axe on every
 * page on the way.
 */
import { loadSubmissionFixtures } from "../support/submissions";
import { expect as baseExpect, expectNoAxeViolations, test } from "./fixtures";
import { fillForm, unique, upcoming, waitForFillTime } from "./submission-form";

// Functions answer slowly on a busy machine; waiting longer loses no rigour.
const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 240_000 });

const endBeforeStart = loadSubmissionFixtures("invalid").find((fixture) => fixture.name === "end-before-start")!;

/** What each language's pages say, as a person reads them. */
const WORDS = {
  ur: {
    dir: "rtl",
    heading: "کوئی تقریب شامل کریں",
    title: "تقریب کا نام",
    endTime: "ختم ہونے کا وقت",
    send: "جانچ کے لیے بھیجیں",
    errorTitle: /^غلطی: کوئی تقریب شامل کریں/,
    problem: "کچھ ٹھیک کرنا ہے",
    emptyTitle: "“تقریب کا نام” خالی نہیں ہو سکتا",
    endAfterStart: "ختم ہونے کا وقت شروع ہونے کے وقت کے بعد ہونا چاہیے",
    sent: "تقریب جانچ کے لیے بھیج دی گئی",
    waiting: "جانچ کا انتظار ہے",
  },
  pl: {
    dir: "ltr",
    heading: "Dodaj wydarzenie",
    title: "Nazwa wydarzenia",
    endTime: "Godzina zakończenia",
    send: "Wyślij do sprawdzenia",
    errorTitle: /^Błąd: Dodaj wydarzenie/,
    problem: "Trzeba coś poprawić",
    emptyTitle: "Uzupełnij pole „Nazwa wydarzenia”",
    endAfterStart: "Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia",
    sent: "Wydarzenie wysłane do sprawdzenia",
    waiting: "Czeka na sprawdzenie",
  },
} as const;

for (const [locale, t] of Object.entries(WORDS)) {
  test.describe(`submitting an event in ${locale} without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test("the server names the mistake in the language, keeps what was typed, and confirms in it", async ({ page }) => {
      await page.goto(`/${locale}/submit/`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("html")).toHaveAttribute("dir", t.dir);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.heading);
      const title = unique("Coffee and crafts");
      await fillForm(page, { ...upcoming(endBeforeStart.values), title });
      await waitForFillTime(page);
      await page.getByRole("button", { name: t.send }).click();

      await expect(page).toHaveTitle(t.errorTitle);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const summary = page.getByRole("region", { name: t.problem });
      await expect(summary.getByRole("link", { name: t.endAfterStart })).toHaveAttribute("href", "#endTime");
      await expect(page.locator("#endTime-error")).toContainText(t.endAfterStart);
      await expect(page.getByLabel(t.title, { exact: true })).toHaveValue(title);

      await page.getByLabel(t.endTime, { exact: true }).fill("11:30");
      await waitForFillTime(page);
      await page.getByRole("button", { name: t.send }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.sent);
      await expect(page).toHaveURL(new RegExp(`^http://[^/]+/${locale}/submit/status/\\?ref=`));
      await expect(page.getByText(t.waiting)).toBeVisible();
      await expect(page.getByText(title)).toBeVisible();
    });
  });

  test.describe(`submitting an event in ${locale} with JavaScript`, () => {
    test("the island names the mistake in the language, then sends, and every page passes axe", async ({ page }) => {
      await page.goto(`/${locale}/submit/`);
      await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
      await expectNoAxeViolations(page);
      await page.getByRole("button", { name: t.send }).click();
      const summary = page.locator(".error-summary");
      await expect(summary).toBeFocused();
      await expect(summary.getByRole("heading", { name: t.problem })).toBeVisible();
      await expect(summary.getByRole("link", { name: t.emptyTitle })).toBeVisible();
      await expectNoAxeViolations(page);

      const title = unique("Tuesday coffee morning");
      await fillForm(page, { ...upcoming(endBeforeStart.values), title });
      await expect(page.locator("#endTime-error")).toContainText(t.endAfterStart);
      await page.getByLabel(t.endTime, { exact: true }).fill("11:30");
      await expect(summary).toBeHidden();
      await waitForFillTime(page);
      await page.getByRole("button", { name: t.send }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.sent);
      await expect(page).toHaveURL(new RegExp(`/${locale}/submit/status/\\?ref=`));
      await expect(page.getByText(t.waiting)).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("the page the server draws with every problem passes axe", async ({ page }) => {
      await page.goto(`/${locale}/submit/`);
      await page.waitForFunction(() => !document.querySelector("astro-island[ssr]"));
      await waitForFillTime(page);
      // HTMLFormElement.submit() posts the form natively, as a browser without JavaScript does.
      await page.locator("form.submission-form").evaluate((element: HTMLFormElement) => element.submit());
      await expect(page).toHaveTitle(t.errorTitle);
      await expect(
        page.getByRole("region", { name: t.problem }).getByRole("link", { name: t.emptyTitle }),
      ).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("asking for a calendar to be added in Polish without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form names each missing answer in Polish, then says what happens next", async ({ page }) => {
    await page.goto("/pl/submit/");
    await page.getByRole("link", { name: "Poproś o dodanie kalendarza" }).click();
    await expect(page).toHaveURL(/\/pl\/submit\/calendar\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Poproś o dodanie kalendarza Twojej grupy");
    await waitForFillTime(page);
    await page.getByRole("button", { name: "Poproś o dodanie" }).click();
    await expect(page).toHaveTitle(/^Błąd: /);
    const summary = page.getByRole("region", { name: "Trzeba coś poprawić" });
    await expect(summary.getByRole("link")).toHaveText([
      "Wybierz swoją grupę albo wybierz „Grupy nie ma na liście” i wpisz jej nazwę",
      "Wpisz adres kalendarza albo strony z wydarzeniami, zaczynający się od https:// lub webcal://",
      "Wpisz swój adres e-mail, żebyśmy mogli odpowiedzieć",
    ]);

    const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
    await page.getByLabel("Twoja grupa", { exact: true }).selectOption({ label: "Digital Buddies" });
    await page
      .getByLabel("Adres kalendarza albo strony z wydarzeniami")
      .fill(`https://calendar.example.org/pl-${run}.ics`);
    await page.getByLabel("Twój adres e-mail").fill(`pl.${run}@example.org`);
    await waitForFillTime(page);
    await page.getByRole("button", { name: "Poproś o dodanie" }).click();
    await expect(page).toHaveURL(/\/pl\/submit\/calendar\/sent\/$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mamy Twoją prośbę");
  });
});
