/**
 * The languages a listing is run in. Events and groups name them by code (an event without any is run in its
 * group's, and a group without any in English); a service names them in words, as Open Referral UK has it
 * ("English", "Urdu"), read here into the same codes so one filter serves all three.
 */
import { LANGUAGE_LABELS, LANGUAGES, type Language } from "../domain/vocab";
import type { Locale } from "../i18n/locales";

/** What a listing that says nothing of its languages is run in. */
export const DEFAULT_LANGUAGES: readonly Language[] = ["en"];

/**
 * The languages an event is run in: its own, else its group's, else English.
 * @example eventLanguages({}, { languages: ["en", "ur"] }) // ["en", "ur"]
 */
export function eventLanguages(
  event: { languages?: readonly Language[] | undefined },
  group: { languages?: readonly Language[] | undefined },
): readonly Language[] {
  return event.languages ?? group.languages ?? DEFAULT_LANGUAGES;
}

/** Whether a listing's languages are worth saying: anything but English alone. */
export const saysLanguages = (languages: readonly Language[]) =>
  languages.length > 0 && !(languages.length === 1 && languages[0] === "en");

/** Other names a service may write for a language. */
const ALSO_CALLED: Readonly<Record<string, Language>> = {
  farsi: "fa",
  persian: "fa",
  bsl: "bfi",
  mandarin: "zh",
  cantonese: "zh",
  "kurdish (sorani)": "ku",
  "kurdish (kurmanji)": "ku",
};

/**
 * The codes of the languages a service names in words; a name the site has no code for is left out.
 * @example languagesNamed(["English", "Urdu", "BSL", "Klingon"]) // ["en", "ur", "bfi"]
 */
export function languagesNamed(names: readonly string[]): Language[] {
  const codes = names.flatMap((name) => {
    const key = name.trim().toLowerCase();
    const code = LANGUAGES.find((language) => LANGUAGE_LABELS[language].toLowerCase() === key) ?? ALSO_CALLED[key];
    return code ? [code] : [];
  });
  return inListOrder(codes);
}

/**
 * Languages once each, in the order of the site's list.
 * @example inListOrder(["pl", "en", "pl"]) // ["en", "pl"]
 */
export function inListOrder(languages: readonly Language[]): Language[] {
  return LANGUAGES.filter((language) => languages.includes(language));
}

/**
 * Whether to say first that a listing is run in the page's language: on a page in a language other than English
 * (where every listing is run in English, it would say nothing), when the listing is run in it.
 * @example spokenOnPage(["en", "ur"], "ur") // true
 * @example spokenOnPage(["en"], "en") // false
 */
export function spokenOnPage(languages: readonly Language[] | undefined, locale: Locale): boolean {
  return locale !== "en" && (languages ?? []).includes(locale);
}
