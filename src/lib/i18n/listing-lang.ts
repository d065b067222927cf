/**
 * The language a listing is written in. Listings keep their organisers' words (titles, descriptions, place names),
 * so on a page in another language their text is marked with its own language, for screen readers to read it
 * in the right voice and for the browser to lay it out in its own direction.
 */
import { LOCALE_INFO, type Locale } from "./locales";

/** The language every listing is written in unless it says otherwise. */
export const LISTING_LANG = "en-GB";

/**
 * The BCP 47 tag of the language a listing is written in: its own when it names one, else British English.
 * @example listingLang({}) // "en-GB"
 * @example listingLang({ language: "pl" }) // "pl"
 */
export function listingLang(listing: { language?: string | undefined } = {}): string {
  return listing.language?.trim() || LISTING_LANG;
}

/** The attributes that mark a listing's text on a page. */
export interface ListingTextAttributes {
  lang?: string;
  dir?: "ltr" | "rtl";
}

/**
 * What marks a listing's text on a page in `locale`: nothing when the page is in the listing's language; its `lang`
 * otherwise, and its `dir` too when the page runs the other way (a block of English on an Urdu page), so the text
 * is laid out and read as its own language.
 * @example listingText("en") // {}
 * @example listingText("pl") // { lang: "en-GB" }
 * @example listingText("ur") // { lang: "en-GB", dir: "ltr" }
 */
export function listingText(locale: Locale, lang: string = LISTING_LANG): ListingTextAttributes {
  const pageLang = LOCALE_INFO[locale].tag.toLowerCase();
  const textLang = lang.toLowerCase();
  if (textLang === pageLang || textLang.split("-")[0] === pageLang.split("-")[0]) return {};
  const textDir = ["ar", "ur", "fa", "he", "ps", "ku"].includes(textLang.split("-")[0]!) ? "rtl" : "ltr";
  return textDir === LOCALE_INFO[locale].dir ? { lang } : { lang, dir: textDir };
}
