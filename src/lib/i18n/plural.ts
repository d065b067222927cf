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

/**
 * A count's words in any language's forms, as plain data (so a browser-side island can be given them): `other`
 * always, and whichever of the others the language has. A test checks that each catalogue's sets have every form
 * its language uses.
 */
export interface PluralSet {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** Marks an object in a catalogue as a `PluralSet`, so every language may write its own forms for it. */
export const pluralSet = (set: PluralSet): PluralSet => set;

/**
 * A count in a `PluralSet`'s right form for the language, `#` replaced by the number written the language's way,
 * with up to `digits` decimal places (a distance of 1.8 miles takes the form the language gives 1.8).
 * @example countIn("pl", 5, { one: "# wynik", few: "# wyniki", many: "# wyników", other: "# wyniku" }) // "5 wyników"
 */
export function countIn(locale: Locale, n: number, set: PluralSet, digits = 0): string {
  const category = rulesFor(locale).select(n) as keyof PluralSet;
  const number =
    digits === 0
      ? formatCount(locale, n)
      : n.toLocaleString(LOCALE_INFO[locale].intl, { maximumFractionDigits: digits });
  return (set[category] ?? set.other).replaceAll("#", number);
}
