/**
 * Which of the site's pages exist in every interface language, and the links between them: a page in Urdu
 * links to the Urdu page where there is one, and to the English page (saying so with hreflang) where the page
 * is for the site's staff or its data is English only (feeds, open data, the moderation console).
 */
import { DEFAULT_LOCALE, LOCALE_INFO, LOCALES, localePath, pathWithoutLocale, type Locale } from "./locales";

/**
 * Path prefixes whose pages are in every language; "/" alone means the home page only. A path below one with a
 * file extension (a calendar feed, a CSV, a QR code) is data, and stays at its one address.
 */
export const TRANSLATED_PREFIXES: readonly string[] = [
  "/",
  "/about/",
  "/accessibility/",
  "/privacy/",
  "/map/",
  "/events/",
  "/groups/",
  "/places/",
  "/services/",
  "/areas/",
  "/find/",
  "/print/",
  "/submit/",
  "/buddy-up/",
  "/my-list/",
  "/report/",
];

/** Single pages in every language whose section is not. */
export const TRANSLATED_PAGES: readonly string[] = ["/calendar/", "/offline/"];

/**
 * Whether a site path is a page that exists in every language.
 * @example isTranslatedPath("/") // true
 */
export function isTranslatedPath(path: string): boolean {
  const bare = pathWithoutLocale(path).replace(/[?#].*$/, "");
  if (/\.[a-z0-9]+$/i.test(bare)) return false;
  if (TRANSLATED_PAGES.includes(bare)) return true;
  return TRANSLATED_PREFIXES.some((prefix) => (prefix === "/" ? bare === "/" : bare.startsWith(prefix)));
}

/**
 * The link from a page in `locale` to a site path: the path in that language when it has one, else as it is.
 * @example hrefIn("ur", "/") // "/ur/"
 * @example hrefIn("ur", "/open-data/") // "/open-data/"
 */
export function hrefIn(locale: Locale, path: string): string {
  if (!path.startsWith("/") || path.startsWith("//")) return path;
  return isTranslatedPath(path) ? localePath(locale, path) : path;
}

/** One language's version of a page, for the switcher and the `hreflang` alternates. */
export interface Alternate {
  locale: Locale;
  /** The page in that language, or that language's home page when this page is English only. */
  href: string;
  /** BCP 47 tag for `lang` and `hreflang`. */
  tag: string;
  /** The language named in itself. */
  name: string;
  /** Whether `href` is this same page in that language. */
  samePage: boolean;
}

/**
 * Every language's version of the page at `path`.
 * @example alternatesOf("/ur/").map((a) => a.href) // ["/", "/ur/", "/ar/", "/pl/", "/ro/"]
 */
export function alternatesOf(path: string): Alternate[] {
  const translated = isTranslatedPath(path);
  const bare = pathWithoutLocale(path);
  return LOCALES.map((locale) => ({
    locale,
    href: translated ? localePath(locale, bare) : localePath(locale, "/"),
    tag: LOCALE_INFO[locale].tag,
    name: LOCALE_INFO[locale].name,
    samePage: translated || locale === DEFAULT_LOCALE,
  }));
}

/**
 * The route parameters that make a page in every language: English at the site's addresses (no parameter),
 * each other language under its prefix. For `src/pages/[...locale]/…` routes.
 * @example inEveryLocale([{ params: { id: "a" } }]).length // 5
 */
export function inEveryLocale<P extends Record<string, string | undefined>, Q extends object = Record<never, never>>(
  paths: readonly { params: P; props?: Q }[] = [{ params: {} as P }],
): { params: P & { locale: string | undefined }; props: Q }[] {
  return LOCALES.flatMap((locale) =>
    paths.map((path) => ({
      params: { ...path.params, locale: locale === DEFAULT_LOCALE ? undefined : locale },
      props: (path.props ?? {}) as Q,
    })),
  );
}
