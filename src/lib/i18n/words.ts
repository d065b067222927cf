/**
 * Small helpers the catalogues write sentences with: lists joined the language's way ("Monday and Thursday",
 * "wtorek i czwartek", "الثلاثاء والخميس") and the first letter made a capital where the language has them.
 */
import { WEEKDAYS, type Weekday } from "../domain/vocab";
import { LOCALE_INFO, type Locale } from "./locales";

const lists = new Map<Locale, Intl.ListFormat>();

/**
 * Words joined as a list with "and", the language's way.
 * @example joinAnd("en", ["Monday", "Tuesday", "Friday"]) // "Monday, Tuesday and Friday"
 */
export function joinAnd(locale: Locale, words: readonly string[]): string {
  let format = lists.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(LOCALE_INFO[locale].intl, { type: "conjunction", style: "long" });
    lists.set(locale, format);
  }
  return format.format(words);
}

/**
 * A sentence's first letter as a capital (a no-op for scripts without capitals).
 * @example capitalise("every Monday") // "Every Monday"
 */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Weekdays once each, Monday first. */
export function inWeekOrder(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

/** Whether a list of weekdays is all seven. */
export function isEveryDay(days: readonly Weekday[]): boolean {
  return new Set(days).size === WEEKDAYS.length;
}

/**
 * Weekdays in week order, each in a language's form for the sentence, joined with "and".
 * @example dayList("en", ["TH", "MO"], { MO: "Mondays", TH: "Thursdays" }) // "Mondays and Thursdays"
 */
export function dayList(locale: Locale, days: readonly Weekday[], forms: Readonly<Record<Weekday, string>>): string {
  return joinAnd(
    locale,
    inWeekOrder(days).map((day) => forms[day]),
  );
}
