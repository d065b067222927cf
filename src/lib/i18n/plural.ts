/**
 * Plural forms by each language's own rules (Intl.PluralRules, from CLDR): English and Urdu have two forms,
 * Romanian three, Polish four and Arabic six. Each catalogue writes every form its language has, checked by type.
 */
import { LOCALE_INFO, type Locale } from "./locales";

/** The plural categories each language uses for whole numbers, as CLDR names them. */
export interface PluralCategories {
  en: "one" | "other";
  ur: "one" | "other";
  ar: "zero" | "one" | "two" | "few" | "many" | "other";
  pl: "one" | "few" | "many" | "other";
  ro: "one" | "few" | "other";
}

/** The words for a count in every form a language has; `#` stands for the number. */
export type PluralForms<L extends Locale> = Record<PluralCategories[L], string>;

const rules = new Map<Locale, Intl.PluralRules>();
const numbers = new Map<Locale, Intl.NumberFormat>();

function rulesFor(locale: Locale): Intl.PluralRules {
  let found = rules.get(locale);
  if (found === undefined) {
    found = new Intl.PluralRules(LOCALE_INFO[locale].intl);
    rules.set(locale, found);
  }
  return found;
}

/**
 * A whole number as the language writes it.
 * @example formatCount("pl", 1200) // "1200"
 */
export function formatCount(locale: Locale, n: number): string {
  let found = numbers.get(locale);
  if (found === undefined) {
    found = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { maximumFractionDigits: 0 });
    numbers.set(locale, found);
  }
  return found.format(n);
}

/**
 * A count with its words in the right plural form, `#` replaced by the number written the language's way.
 * @example plural("pl", 3, { one: "# wydarzenie", few: "# wydarzenia", many: "# wydarzeń", other: "# wydarzenia" }) // "3 wydarzenia"
 */
export function plural<L extends Locale>(locale: L, n: number, forms: PluralForms<L>): string {
  const category = rulesFor(locale).select(n) as PluralCategories[L];
  const words = (forms as Record<string, string>)[category] ?? (forms as Record<string, string>)["other"] ?? "";
  return words.replaceAll("#", formatCount(locale, n));
}
