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

/**
 * A catalogue's text with its `{name}` slots filled, for places that take only text (titles, attributes).
 * @example fill("Map of {name}", { name: "Hanley Park" }) // "Map of Hanley Park"
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (slot: string, key: string) => (key in values ? String(values[key]) : slot));
}

/** A piece of a catalogue's text: its own words, or the name of a slot to fill. */
export type TextPart = { text: string } | { slot: string };

/**
 * A catalogue's text cut at its `{name}` slots, for components that fill a slot with markup (a link, code, a
 * listing's own words marked as English).
 * @example splitSlots("{link} for a noticeboard.") // [{ slot: "link" }, { text: " for a noticeboard." }]
 */
export function splitSlots(template: string): TextPart[] {
  return template
    .split(/(\{\w+\})/)
    .filter((part) => part !== "")
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part)?.[1];
      return slot === undefined ? { text: part } : { slot };
    });
}
