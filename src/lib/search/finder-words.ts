/**
 * The finder's words in one language, as plain data: the finder's island is given them by the page (an island's
 * props cannot carry functions), and the function that answers a search without JavaScript builds the same from
 * the catalogue (`finderWordsFor` in src/lib/i18n/finder-words.ts). Helpers here turn them into text in the
 * browser and on the server alike.
 */
import type { SaveWords } from "../my-list/words";
import type { AccessibilityFeature, Audience, Category, Language } from "../domain/vocab";
import type { Locale } from "../i18n/locales";
import { LOCALE_INFO } from "../i18n/locales";
import { countIn, type PluralSet } from "../i18n/plural";
import { hrefIn } from "../i18n/routes";
import type { Messages } from "../i18n/types";
import { fill } from "../i18n/words";
import { formatLocalDateIn, formatLocalOccurrence, type LocalDateTime } from "../time/local";
import { describeCost, type RecordCost } from "./record";

export interface FinderWords {
  locale: Locale;
  text: Messages["finder"];
  category: Readonly<Record<Category, string>>;
  audience: Readonly<Record<Audience, string>>;
  accessibility: Readonly<Record<AccessibilityFeature, string>>;
  /** Each language's name in the words' language. */
  language: Readonly<Record<Language, string>>;
  /** Said first of a listing run in the page's language ("Po polsku"). */
  spokenHere: string;
  /** A listing's cost; `payWhatYouCanAbout` has a `{price}` slot. */
  cost: { free: string; payWhatYouCan: string; payWhatYouCanAbout: string; askOrganiser: string };
  /** `range` has `{from}` and `{to}`, `dayAndTime` `{day}` and `{at}`. */
  time: { range: string; dayAndTime: string };
  map: Messages["map"]["controls"];
  /** Between the items of a list: ", ", or "، " in Urdu and Arabic. */
  comma: string;
  /** Each result's Save button (see ../my-list/words.ts). */
  save: SaveWords;
}

/** A count in the words' language. */
export const countOf = (words: FinderWords, n: number, set: PluralSet) => countIn(words.locale, n, set);

/** What a listing costs, in the words' language; a price stays in the listing's own words. */
export function costText(words: FinderWords, cost: RecordCost): string {
  return describeCost(cost, {
    ...words.cost,
    payWhatYouCanAbout: (price) => fill(words.cost.payWhatYouCanAbout, { price }),
  });
}

/** The address of a listing's page in the words' language. */
export const pageIn = (words: FinderWords, url: string) => hrefIn(words.locale, url);

/** A short day and date from local wall-clock text, as the pages write it in the language. */
const shortDate = (locale: Locale, date: string) => formatLocalDateIn(LOCALE_INFO[locale].intl, date, "short");

/**
 * When something runs, from local wall-clock text, as the pages write it in the language (`formatOccurrence`).
 * @example occurrenceText(englishWords, "2026-12-05T10:00", "2026-12-05T12:00") // "Sat 5 Dec, 10:00 to 12:00"
 */
export function occurrenceText(words: FinderWords, start: LocalDateTime, end: LocalDateTime): string {
  if (words.locale === "en") return formatLocalOccurrence(start, end);
  const at = (dateTime: string) =>
    fill(words.time.dayAndTime, { day: shortDate(words.locale, dateTime.slice(0, 10)), at: dateTime.slice(11, 16) });
  const to = start.slice(0, 10) === end.slice(0, 10) ? end.slice(11, 16) : at(end);
  return fill(words.time.range, { from: at(start), to });
}

/**
 * A distance in miles, to a tenth under ten miles.
 * @example milesText(englishWords, 0.42) // "0.4 miles"
 */
export function milesText(words: FinderWords, miles: number): string {
  if (miles < 0.05) return words.text.results.underTenth;
  const rounded = miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
  return countIn(words.locale, rounded, words.text.results.miles, 1);
}
