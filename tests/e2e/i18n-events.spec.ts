/**
 * What's on in another language: an event's page and the list of events in Urdu (right to left) and Polish, with
 * the page's language and direction on <html>, the interface in that language, the listing's own words marked as
 * the English they are written in, links that stay in the language, calendar files at their one English address,
 * and no axe violations.
 */
import { builtListings, pick, text } from "./content";
import { expect, expectNoAxeViolations, expectNoHorizontalScroll, test } from "./fixtures";

test.describe.configure({ mode: "parallel" });

const event = pick(
  builtListings("events"),
  "a recurring event at a known place",
  (e) => "recurrence" in e.fields && "place" in e.fields,
  "burslem-carers-cafe",
);
const title = text(event, "title");

const LANGUAGES = [
  { code: "ur", dir: "rtl", whatsOn: "کیا ہو رہا ہے", when: "کب", addToCalendar: "کیلنڈر میں شامل کریں" },
  { code: "pl", dir: "ltr", whatsOn: "Wydarzenia", when: "Kiedy", addToCalendar: "Dodaj do kalendarza" },
] as const;

for (const language of LANGUAGES) {
  test(`an event's page in ${language.code}: the interface in the language, the listing's words marked as English`, async ({
    page,
  }) => {
    await page.goto(`/${language.code}/events/${event.id}/`);
    await expect(page.locator("html")).toHaveAttribute("lang", language.code);
    await expect(page.locator("html")).toHaveAttribute("dir", language.dir);

    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(title);
    await expect(heading.locator('[lang="en-GB"]')).toHaveText(title);
    const article = page.locator("article.event");
    await expect(article.getByRole("heading", { level: 2, name: language.when })).toBeVisible();
    await expect(article.getByRole("heading", { level: 3, name: language.addToCalendar })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: language.whatsOn, exact: true })).toHaveAttribute(
      "href",
      `/${language.code}/events/`,
    );
    // The calendar file is data, at its one address in English.
    await expect(article.locator(`a[href="/events/${event.id}.ics"]`)).toHaveCount(1);

    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });

  test(`What's on in ${language.code}: its list in the language, each event's title marked as English`, async ({
    page,
  }) => {
    await page.goto(`/${language.code}/events/`);
    await expect(page.locator("html")).toHaveAttribute("lang", language.code);
    await expect(page.locator("html")).toHaveAttribute("dir", language.dir);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(language.whatsOn);

    const first = page.locator(".occurrence__title a").first();
    await expect(first).toHaveAttribute("href", new RegExp(`^/${language.code}/events/[^/]+/$`));
    await expect(first.locator('[lang="en-GB"]')).toHaveCount(1);

    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
  });
}
