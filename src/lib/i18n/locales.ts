/**
 * The interface languages, and where each one's pages live. English stays at the site's addresses; every
 * other language has its pages under its own prefix (`/ur/events/…`).
 *
 * The languages are the city's largest community languages after English: Urdu, Arabic, Polish and
 * Romanian, as residents and the Community Cohesion Strategy name them. The figures to rank them are the
 * ONS Census 2021 table TS024 "Main language (detailed)" for Stoke-on-Trent (E06000021); add a language here
 * (and its catalogue) when it ranks above one of these in that table.
 */

/** Every interface language, English first. */
export const LOCALES = ["en", "ur", "ar", "pl", "ro"] as const;
export type Locale = (typeof LOCALES)[number];

/** The language of the site's own addresses and of every listing that does not say otherwise. */
export const DEFAULT_LOCALE: Locale = "en";

/** What pages, screen readers and Intl need to know of a language. */
export interface LocaleInfo {
  /** The language named in itself, as the switcher shows it. */
  name: string;
  /** The language named in English, for people helping someone else find their language. */
  englishName: string;
  /** Writing direction of the language's pages. */
  dir: "ltr" | "rtl";
  /** BCP 47 tag for `<html lang>` and `hreflang`. */
  tag: string;
  /**
   * The locale Intl formats dates and numbers with. Arabic keeps Western digits ("nu-latn"), as the city's
   * clocks, bus timetables, posters and phone numbers are written in them.
   */
  intl: string;
  /** Open Graph's locale form. */
  og: string;
  /**
   * Written with Latin letters beyond the web fonts' first subset (ł, ę, ș, ț…), which come from a second one: its
   * headings are set in the body's face, so its pages load one web font family and stay within the font budget.
   */
  extendedLatin?: true;
}

/** Each language's facts. */
export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { name: "English", englishName: "English", dir: "ltr", tag: "en-GB", intl: "en-GB", og: "en_GB" },
  ur: { name: "اردو", englishName: "Urdu", dir: "rtl", tag: "ur", intl: "ur-PK", og: "ur_PK" },
  ar: { name: "العربية", englishName: "Arabic", dir: "rtl", tag: "ar", intl: "ar-u-nu-latn", og: "ar_AR" },
  pl: { name: "Polski", englishName: "Polish", dir: "ltr", tag: "pl", intl: "pl-PL", og: "pl_PL", extendedLatin: true },
  ro: {
    name: "Română",
    englishName: "Romanian",
    dir: "ltr",
    tag: "ro",
    intl: "ro-RO",
    og: "ro_RO",
    extendedLatin: true,
  },
};

/** Whether a string names one of the interface languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The language a page is in, from Astro's `currentLocale` or a route parameter; English when it names none.
 * @example localeOf("ur") // "ur"
 * @example localeOf(undefined) // "en"
 */
export function localeOf(value: string | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/**
 * A site path in a language: English paths are unchanged, others gain the language's prefix. Paths already in a
 * language are moved to the one asked for; anything after the path (query, fragment) is kept.
 * @example localePath("ur", "/events/x/") // "/ur/events/x/"
 * @example localePath("en", "/pl/events/x/") // "/events/x/"
 */
export function localePath(locale: Locale, path: string): string {
  const bare = pathWithoutLocale(path);
  if (locale === DEFAULT_LOCALE) return bare;
  return `/${locale}${bare}`;
}

/**
 * A site path without its language prefix.
 * @example pathWithoutLocale("/ar/find/?q=yoga") // "/find/?q=yoga"
 */
export function pathWithoutLocale(path: string): string {
  const match = /^\/([a-z]{2})(\/|$|\?|#)/.exec(path);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) {
    const rest = path.slice(match[1].length + 1);
    return rest.startsWith("/") ? rest : `/${rest}`;
  }
  return path;
}

/**
 * The language a site path is in, from its prefix.
 * @example localeOfPath("/pl/groups/") // "pl"
 */
export function localeOfPath(path: string): Locale {
  const first = /^\/([a-z]{2})(?:[/?#]|$)/.exec(path)?.[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}
