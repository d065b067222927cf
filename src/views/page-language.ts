/**
 * What a page in one of the site's languages sets up before it writes a word: its locale, its messages, how a
 * listing's own words are marked on it, and links to pages in the same language. The listing pages (groups, places,
 * services) also share how their addresses are made, one for each listing in every language.
 */
import { localeOf, type Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { listingText, type ListingTextAttributes } from "../lib/i18n/listing-lang";
import { hrefIn, inEveryLocale } from "../lib/i18n/routes";
import type { Messages } from "../lib/i18n/types";
import { loadContent, type Content } from "./content";

export interface PageLanguage {
  locale: Locale;
  messages: Messages;
  /** Marks a listing's own words (its name, summary, description) with the language they are written in. */
  own: ListingTextAttributes;
  /** The address of a page of the site in this page's language where there is one, else in English. */
  link: (path: string) => string;
}

/** The language set-up of the page Astro is rendering in `currentLocale` (`Astro.currentLocale`). */
export function pageLanguage(currentLocale: string | undefined): PageLanguage {
  const locale = localeOf(currentLocale);
  return { locale, messages: messagesFor(locale), own: listingText(locale), link: (path) => hrefIn(locale, path) };
}

/** The static paths of one page for each listing of `kind`, in every language, each with its entry as a prop. */
export async function listingPagePaths<K extends "groups" | "places" | "services">(kind: K) {
  const entries = (await loadContent())[kind] as Content[K];
  return inEveryLocale(
    entries.map((entry) => ({ params: { id: entry.id }, props: { entry: entry as Content[K][number] } })),
  );
}
