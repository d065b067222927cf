/**
 * The language a public form was sent in, and what its sender is told in it: a form carries its page's language
 * in a hidden `lang` field, and the function answers (the form again, the next page) in that language.
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from "../../src/lib/i18n/locales";
import type { CommonFormWords } from "../../src/lib/submissions/form-words";
import { FormExpiredError } from "./form-guard";
import type { HttpError } from "./http";

/**
 * The language of a posted form: its `lang` field when that names one of the site's languages, else English.
 * @example formLocale({ lang: "ur" }) // "ur"
 */
export function formLocale(values: Readonly<Record<string, string | string[] | undefined>>): Locale {
  const lang = values["lang"];
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/**
 * A refusal that is not one field's (a form sent too fast or too late, too many sent, the store out of reach), in
 * the form's language; any other keeps the server's words.
 */
export function refusalNotice(
  notices: CommonFormWords["notices"],
  what: "events" | "requests",
  notice: string | undefined,
  refusal: HttpError | undefined,
): string | undefined {
  if (refusal === undefined) return notice;
  if (refusal instanceof FormExpiredError) return notices.expired;
  if (refusal.status === 400) return notices.refused;
  if (refusal.status === 429) return what === "events" ? notices.tooManyEvents : notices.tooManyRequests;
  if (refusal.status === 503) return what === "events" ? notices.unavailableEvents : notices.unavailableRequests;
  return notice;
}
