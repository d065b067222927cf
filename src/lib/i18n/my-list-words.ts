/** The Save button's words in one language, gathered from its catalogue as plain data for the browser. */
import type { MyListPageWords, SaveWords } from "../my-list/words";
import { listingText } from "./listing-lang";
import { LOCALE_INFO, localePath, type Locale } from "./locales";
import { messagesFor } from "./messages";
import { hrefIn } from "./routes";

/** The address of the list, in English; each language's is under its prefix. */
export const MY_LIST_PATH = "/my-list/";

/**
 * The Save button's words in `locale`.
 * @example saveWordsFor("pl").list // "/pl/my-list/"
 */
export function saveWordsFor(locale: Locale): SaveWords {
  const t = messagesFor(locale).myList.save;
  return {
    tag: LOCALE_INFO[locale].intl,
    save: t.save,
    saved: t.saved,
    added: t.added,
    removed: t.removed,
    count: t.count,
    see: t.see,
    blocked: t.blocked,
    list: hrefIn(locale, MY_LIST_PATH),
  };
}

/**
 * The "My list" page's words in `locale`, for its script.
 * @example myListPageWords("ur").prefix // "/ur"
 */
export function myListPageWords(locale: Locale): MyListPageWords {
  const messages = messagesFor(locale);
  const { title: _title, description: _description, lede: _lede, noScript: _noScript, ...t } = messages.myList.page;
  return {
    tag: LOCALE_INFO[locale].intl,
    english: locale === "en",
    range: messages.time.range("{from}", "{to}"),
    dayAndTime: messages.time.dayAndTime("{day}", "{at}"),
    prefix: localePath(locale, "/").replace(/\/$/, ""),
    own: listingText(locale),
    finder: hrefIn(locale, "/find/"),
    t,
  };
}
