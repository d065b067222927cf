/**
 * The finder's words in one language, gathered from its catalogue as plain data for the finder's island and for
 * the function that answers a search without JavaScript. A catalogue's worded functions (a price, a span of time)
 * are written out as templates by calling them with their slots.
 */
import type { FinderWords } from "../search/finder-words";
import type { Locale } from "./locales";
import { messagesFor } from "./messages";
import { saveWordsFor } from "./my-list-words";

const gathered = new Map<Locale, FinderWords>();

/** The finder's words in `locale`. */
export function finderWordsFor(locale: Locale): FinderWords {
  let words = gathered.get(locale);
  if (words === undefined) {
    const messages = messagesFor(locale);
    const { cost } = messages.listing;
    words = {
      locale,
      text: messages.finder,
      category: messages.vocab.category,
      audience: messages.vocab.audience,
      accessibility: messages.vocab.accessibility,
      language: messages.vocab.language,
      spokenHere: messages.listing.languages.here,
      cost: {
        free: cost.free,
        payWhatYouCan: cost.payWhatYouCan,
        payWhatYouCanAbout: cost.payWhatYouCanAbout("{price}"),
        askOrganiser: cost.askOrganiser,
      },
      time: { range: messages.time.range("{from}", "{to}"), dayAndTime: messages.time.dayAndTime("{day}", "{at}") },
      map: messages.map.controls,
      comma: messages.site.comma,
      save: saveWordsFor(locale),
    };
    gathered.set(locale, words);
  }
  return words;
}
