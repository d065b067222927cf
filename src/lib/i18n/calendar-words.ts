/**
 * The feed builder's words in one language, gathered from its catalogue as plain data: the calendar page writes
 * them into itself for its script, and the answer without JavaScript (/calendar/link/) uses the same.
 */
import type { FeedWords } from "../ical/describe-feed";
import { TOWN_LABELS } from "../domain/vocab";
import { LIST_DAYS } from "../events/windows";
import { LOCALE_INFO, localePath, type Locale } from "./locales";
import { messagesFor } from "./messages";

/** How many weeks the builder's preview looks ahead. */
export const FEED_PREVIEW_WEEKS = Math.round(LIST_DAYS / 7);

const gathered = new Map<Locale, FeedWords>();

/** The feed builder's words in `locale`. Town names are never translated. */
export function feedWordsFor(locale: Locale): FeedWords {
  let words = gathered.get(locale);
  if (words === undefined) {
    const messages = messagesFor(locale);
    const { result, name } = messages.calendar;
    words = {
      tag: LOCALE_INFO[locale].intl,
      eventsPath: localePath(locale, "/events/"),
      dataPath: localePath(locale, "/calendar/events.json"),
      name: { ...name },
      comma: messages.site.comma,
      matches: { ...result.matches },
      shownFirst: result.shownFirst,
      end: result.end,
      nothing: result.nothing(FEED_PREVIEW_WEEKS),
      cancelled: result.cancelled,
      copied: result.copied,
      copyFailed: result.copyFailed,
      town: { ...TOWN_LABELS },
      category: { ...messages.vocab.category },
      audience: { ...messages.vocab.audience },
      accessibility: { ...messages.vocab.accessibility },
      language: { ...messages.vocab.language },
    };
    gathered.set(locale, words);
  }
  return words;
}
