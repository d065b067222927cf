/**
 * The pages the buddy-up functions answer with, built from the site's own built pages in the resident's
 * language: the request and report forms (with a fresh signed timestamp, and on error with what was typed
 * and every problem listed), and the status, confirmation and error pages in the buddy-up frame. All text
 * goes through React's renderer, which escapes it.
 */
import { createElement, type ReactElement } from "react";
import BuddyReportFields from "../../src/forms/BuddyReportFields";
import BuddyRequestFields from "../../src/forms/BuddyRequestFields";
import type { DateChoice, FieldProblem, FormValues, ReportField, RequestField } from "../../src/lib/buddy/request-form";
import { isLocale, localeOfPath, localePath, DEFAULT_LOCALE, type Locale } from "../../src/lib/i18n/locales";
import { messagesFor } from "../../src/lib/i18n/messages";
import {
  BUDDY_FORM_MARKS,
  BUDDY_REPORT_FORM_PAGE,
  BUDDY_SHELL_PAGE,
  buddyRequestFormPage,
} from "../../src/lib/pages/contract";
import { OpenRequestsError } from "./buddy";
import { BuddyStoreUnavailableError } from "./buddy-store";
import { FormExpiredError, FormRefusedError, TooManyFormsError } from "./form-guard";
import type { HttpError } from "./http";
import { renderFormPage, renderInShell, withFormStarted } from "./pages";

/**
 * The language of a buddy-up page's address (/ur/buddy-up/status/ is Urdu); English at the site's own addresses.
 * @example localeOfAddress(new URL("https://x/pl/buddy-up/report/")) // "pl"
 */
export function localeOfAddress(url: URL): Locale {
  return localeOfPath(url.pathname);
}

/**
 * The language a form was sent in: its hidden `lang` field, else English.
 * @example localeOfForm({ lang: "ur" }) // "ur"
 */
export function localeOfForm(values: Record<string, unknown>): Locale {
  const lang = values["lang"];
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/** The built pages the buddy-up functions draw on, in a language. */
export const buddyTemplates = (locale: Locale) => ({
  requestForm: (eventId: string) => localePath(locale, buddyRequestFormPage(eventId)),
  reportForm: localePath(locale, BUDDY_REPORT_FORM_PAGE),
  shell: localePath(locale, BUDDY_SHELL_PAGE),
});

/** The request form page with what was typed, every problem (in words), and a fresh signed timestamp. */
export function renderRequestForm(
  page: string,
  form: {
    eventId: string;
    dates: readonly DateChoice[];
    values: FormValues;
    errors: readonly FieldProblem<RequestField>[];
    locale?: Locale | undefined;
  },
  formStarted: string,
  notice?: string,
): string {
  const locale = form.locale ?? DEFAULT_LOCALE;
  const element = createElement(BuddyRequestFields, { ...form, locale, formStarted });
  const errorTitle = messagesFor(locale).buddyForms.form.errorTitle;
  return renderFormPage(page, BUDDY_FORM_MARKS, element, form.errors.length > 0, notice, errorTitle);
}

/** The report form page: fresh, from a status page (about a request), or with what was typed and problems. */
export function renderReportForm(
  page: string,
  form: {
    values: FormValues;
    errors: readonly FieldProblem<ReportField>[];
    request?: { id: string; token: string; reference: string } | undefined;
    locale?: Locale | undefined;
  },
  formStarted: string,
  notice?: string,
): string {
  const locale = form.locale ?? DEFAULT_LOCALE;
  const element = createElement(BuddyReportFields, { ...form, locale, formStarted });
  const errorTitle = messagesFor(locale).buddyForms.form.errorTitle;
  return renderFormPage(page, BUDDY_FORM_MARKS, element, form.errors.length > 0, notice, errorTitle);
}

/** A built page with only its signed timestamp filled in. */
export { withFormStarted };

/** A page in the buddy-up frame. */
export function renderBuddyPage(shell: string, title: string, body: ReactElement): string {
  return renderInShell(shell, title, body);
}

/**
 * What a form says above itself when it was refused as a whole, in its language: the words of the refusal
 * (`refusal`) where the catalogue has them, else the English `notice` as it came.
 */
export function noticeIn(
  locale: Locale,
  notice: string | undefined,
  refusal: HttpError | undefined,
  forms: "requests" | "reports",
): string | undefined {
  const words = messagesFor(locale).buddyForms.notices;
  if (refusal instanceof FormExpiredError) return words.expired;
  if (refusal instanceof FormRefusedError) return words.refused;
  if (refusal instanceof TooManyFormsError) return forms === "requests" ? words.tooManyRequests : words.tooManyReports;
  if (refusal instanceof OpenRequestsError) return words.openRequests(refusal.count);
  if (refusal instanceof BuddyStoreUnavailableError) return words.unavailable;
  return notice;
}
