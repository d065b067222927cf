/**
 * Journey 6 in Urdu (right to left) and Polish, on the local platform: from the event page in the language, ask
 * for a buddy with a mistake (every problem named in the language, everything typed kept), then correctly; the
 * private link opens the status page in the same language; report a concern from it (a mistake, then the
 * thanks); cancel. Without JavaScript in both languages, and with it once, where axe checks every page.
 */
import { dateChoiceLabel } from "../../src/lib/buddy/form-words";
import { LOCALE_INFO, type Locale } from "../../src/lib/i18n/locales";
import { messagesFor } from "../../src/lib/i18n/messages";
import { recurringBuddyEvent } from "./buddy";
import { signIn } from "./coordinator";
import { expect as baseExpect, expectNoAxeViolations, test } from "./fixtures";
import { waitForFillTime } from "./submission-form";

const expect = baseExpect.configure({ timeout: 60_000 });
test.describe.configure({ timeout: 240_000 });

/** Words the journey must find, written out, so the test does not only read the catalogue back. */
const SEEN: Partial<Record<Locale, { ask: string; problem: string; sent: string; thanks: string }>> = {
  ur: {
    ask: "ساتھی کے لیے درخواست دیں",
    problem: "کچھ ٹھیک کرنا ہے",
    sent: "درخواست بھیج دی گئی",
    thanks: "بتانے کا شکریہ",
  },
  pl: {
    ask: "Poproś o Buddy-up",
    problem: "Coś trzeba poprawić",
    sent: "Prośba wysłana",
    thanks: "Dziękujemy, że nam o tym mówisz",
  },
};

const journeys: [Locale, boolean][] = [
  ["ur", false],
  ["pl", false],
  ["ur", true],
];

for (const [locale, javaScriptEnabled] of journeys) {
  test.describe(`buddy-up in ${LOCALE_INFO[locale].englishName} ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("ask with a mistake, then correctly; open the private link; report a concern; cancel", async ({
      page,
      openPage,
    }) => {
      const words = messagesFor(locale);
      const t = words.buddyForms;
      const seen = SEEN[locale]!;
      const prefix = `/${locale}`;
      const axe = async () => {
        if (javaScriptEnabled) await expectNoAxeViolations(page);
      };
      const inLanguage = async () => {
        await expect(page.locator("html")).toHaveAttribute("lang", LOCALE_INFO[locale].tag);
        await expect(page.locator("html")).toHaveAttribute("dir", LOCALE_INFO[locale].dir);
      };
      const name = `Wren${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
      const email = `${name.toLowerCase()}@example.org`;

      // From the event page in the language to its request form, at the language's own address.
      const event = await recurringBuddyEvent(page);
      await page.goto(`${prefix}/events/${event.id}/`);
      await page.getByRole("link", { name: new RegExp(seen.ask) }).click();
      await expect(page).toHaveURL(`${prefix}/buddy-up/ask/${event.id}/`);
      await inLanguage();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.ask.heading);
      await expect(page.getByText(words.buddy.conduct.rules[2]!.strong)).toBeVisible();
      await axe();

      // First attempt: an email with a typo, no date, nothing ticked.
      await page.getByLabel(t.request.labels.name).fill(name);
      await page.getByLabel(t.request.byEmail).check();
      await page.getByLabel(t.request.labels.email).fill("not an email");
      await page.getByLabel(t.request.labels.accessNeeds).fill("I walk slowly");
      await waitForFillTime(page);
      await page.getByRole("button", { name: t.request.send }).click();

      await expect(page).toHaveTitle(new RegExp(`^${t.form.errorTitle.replace("{title}", "")}`));
      await inLanguage();
      const summary = page.locator(".error-summary");
      await expect(summary.getByRole("heading", { name: seen.problem })).toBeVisible();
      const problems = t.problems.request;
      await expect(summary.getByRole("link")).toHaveText([
        problems.date.required,
        problems.email.invalid,
        problems.adult.required,
        problems.consent.required,
      ]);
      await expect(page.locator("#email-error")).toContainText(problems.email.invalid);
      await expect(page.getByLabel(t.request.labels.name)).toHaveValue(name);
      await expect(page.getByLabel(t.request.labels.accessNeeds)).toHaveValue("I walk slowly");
      await expect(page.getByRole("link", { name: t.request.hints.adult.link })).toHaveAttribute(
        "href",
        `${prefix}/buddy-up/#under-18`,
      );
      await axe();

      // Then correctly.
      await page.getByLabel(t.request.labels.email).fill(email);
      const date = event.dates[1]!;
      await page.getByLabel(dateChoiceLabel(locale, date.date, date.startTime)).check();
      await page.getByLabel(t.request.adultChoice).check();
      await page.getByLabel(t.request.consentChoice).check();
      await waitForFillTime(page);
      await page.getByRole("button", { name: t.request.send }).click();

      await expect(page.getByRole("heading", { level: 1 })).toHaveText(seen.sent);
      await inLanguage();
      await expect(page.getByRole("heading", { name: t.status.headings.waiting })).toBeVisible();
      await expect(page.locator(".confirmation-panel strong")).toHaveText(/^BU-[A-Z0-9]+$/);
      await expect(page.getByText(email)).toHaveCount(0);
      await axe();
      const statusLink = (await page.locator(".status-link a").getAttribute("href")) ?? "";
      if (javaScriptEnabled) {
        // The coordinators see the language it was asked in, so they can choose a welcomer who speaks it.
        const reference = (await page.locator(".confirmation-panel strong").textContent()) ?? "";
        const coordinator = await openPage({ javaScriptEnabled: true });
        await signIn(coordinator);
        await coordinator.getByRole("link", { name: "Open requests" }).click();
        const card = coordinator.getByRole("listitem").filter({ hasText: reference });
        await expect(card.locator('dt:text-is("Asked in") + dd')).toHaveText(LOCALE_INFO[locale].englishName);
      }
      expect(statusLink).toMatch(new RegExp(`/${locale}/buddy-up/status/\\?ref=[a-z0-9]+&token=[\\w-]+$`));

      // The private link opens the request later, in the same language.
      await page.goto(statusLink);
      await inLanguage();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.status.title);
      await expect(page.getByText(event.title).first()).toBeVisible();
      await axe();

      // Choosing another language keeps the request, then the link brings it back in this one.
      const other: Locale = locale === "ur" ? "pl" : "ur";
      await page
        .getByRole("navigation", { name: words.site.languages.label })
        .getByRole("link", { name: LOCALE_INFO[other].name })
        .click();
      await expect(page).toHaveURL(new RegExp(`/${other}/buddy-up/status/\\?ref=`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(messagesFor(other).buddyForms.status.title);
      await page.goto(statusLink);
      await inLanguage();

      // A concern: too short first, then said.
      await page.getByRole("link", { name: words.buddy.worried.text.link }).click();
      await expect(page).toHaveURL(new RegExp(`^[^?]*/${locale}/buddy-up/report/\\?ref=`));
      await inLanguage();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.report.title);
      await axe();
      await page.getByLabel(t.report.labels.message).fill("Short");
      await waitForFillTime(page);
      await page.getByRole("button", { name: t.report.send }).click();
      await expect(page).toHaveTitle(new RegExp(`^${t.form.errorTitle.replace("{title}", "")}`));
      await expect(page.locator("#message-error")).toContainText(t.problems.report.message.tooShort);
      await expect(page.getByText(/BU-[A-Z0-9]+/)).toBeVisible();
      await axe();
      await page.getByLabel(t.report.labels.message).fill("I am not sure the meeting spot is open that early.");
      await waitForFillTime(page);
      await page.getByRole("button", { name: t.report.send }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(seen.thanks);
      await inLanguage();
      await axe();

      // Back to the request, and cancel it.
      await page.getByRole("link", { name: t.report.thanks.back }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/buddy-up/status/`));
      await page.getByRole("button", { name: t.status.cancel.button }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.status.confirm.title);
      await inLanguage();
      await axe();
      await page.getByRole("button", { name: t.status.confirm.yes }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.status.cancelled.title);
      await axe();
      await page.goto(statusLink);
      await expect(page.getByRole("heading", { name: t.status.headings.cancelled })).toBeVisible();
    });
  });
}
