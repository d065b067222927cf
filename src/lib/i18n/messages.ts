/**
 * The interface text in each language, and the check that every catalogue has every key English has (and
 * no other), which runs when the catalogues are first read, so a gap fails the build naming the key.
 */
import { en } from "./catalogues/en";
import { ar } from "./catalogues/ar";
import { pl } from "./catalogues/pl";
import { ro } from "./catalogues/ro";
import { ur } from "./catalogues/ur";
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, type Locale } from "./locales";
import type { Messages } from "./types";

const CATALOGUES: Record<Locale, Messages> = { en, ur, ar, pl, ro };

/**
 * The key paths where a catalogue differs in shape from English: missing, extra, or of another kind (text
 * where English has a function or a section). Empty when the catalogue is complete.
 * @example catalogueGaps({ a: "x", b: { c: "y" } }, { a: "z", b: {} }) // ["b.c is missing"]
 */
export function catalogueGaps(reference: unknown, catalogue: unknown, path = "", locale?: Locale): string[] {
  const kind = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "list" : typeof value);
  // A count's words as data have the forms of the catalogue's own language, which English's need not show.
  if (locale !== undefined && isPluralSet(reference) && kind(catalogue) === "object") {
    const forms = catalogue as Record<string, unknown>;
    const needed = new Intl.PluralRules(LOCALE_INFO[locale].intl).resolvedOptions().pluralCategories;
    return [
      ...needed
        .filter((form) => typeof forms[form] !== "string" || forms[form] === "")
        .map((form) => `${path}.${form} is missing`),
      ...Object.keys(forms)
        .filter((form) => !needed.includes(form as Intl.LDMLPluralRule))
        .map((form) => `${path}.${form} is not a plural form of the language`),
    ];
  }
  if (kind(reference) !== kind(catalogue)) {
    return [
      `${path || "the catalogue"} is ${kind(catalogue) === "undefined" ? "missing" : `a ${kind(catalogue)} where English has a ${kind(reference)}`}`,
    ];
  }
  // Text around a link or an emphasis ("before", "after") may be empty where the language's word order puts
  // nothing there; any other text may not.
  if (kind(reference) === "string" && catalogue === "" && !/(^|\.)(before|after)$/.test(path)) {
    return [`${path} is empty`];
  }
  if (kind(reference) !== "object") return [];
  const ours = reference as Record<string, unknown>;
  const theirs = catalogue as Record<string, unknown>;
  const gaps = Object.keys(ours).flatMap((key) =>
    catalogueGaps(ours[key], theirs[key], path ? `${path}.${key}` : key, locale),
  );
  for (const key of Object.keys(theirs)) {
    if (!(key in ours)) gaps.push(`${path ? `${path}.${key}` : key} is not in English's catalogue`);
  }
  return gaps;
}

const PLURAL_FORMS = new Set(["zero", "one", "two", "few", "many", "other"]);

/** Whether English's value is a `PluralSet`: words for a count, by plural form. */
function isPluralSet(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const forms = value as Record<string, unknown>;
  return typeof forms["other"] === "string" && Object.keys(forms).every((key) => PLURAL_FORMS.has(key));
}

let checked = false;

/** Fails naming every gap, catalogue by catalogue. */
function checkCatalogues(): void {
  if (checked) return;
  const problems = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).flatMap((locale) =>
    catalogueGaps(en, CATALOGUES[locale], "", locale).map((gap) => `src/lib/i18n/catalogues/${locale}: ${gap}`),
  );
  if (problems.length > 0) {
    throw new Error(
      `The interface text is incomplete:\n${problems.join("\n")}\nEvery catalogue has every key of catalogues/en.`,
    );
  }
  checked = true;
}

/**
 * Every piece of interface text in a language.
 * @example messagesFor("pl").site.nav.groups // "Grupy"
 */
export function messagesFor(locale: Locale): Messages {
  checkCatalogues();
  return CATALOGUES[locale];
}

export type { Messages };
