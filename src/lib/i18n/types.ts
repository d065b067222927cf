/**
 * The shape every catalogue has: English's, with each piece of text widened to any string. A catalogue that
 * lacks a key, or has one English does not, fails the type check; `checkCatalogue` fails the build the same way.
 */
import type { Weekday } from "../domain/vocab";
import type { en } from "./catalogues/en";

/** English's catalogue with its strings widened, so other languages may say anything of the same shape. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R
    : T extends readonly (infer E)[]
      ? readonly Widen<E>[]
      : { readonly [K in keyof T]: Widen<T[K]> };

/** Every piece of interface text in one language. */
export type Messages = Widen<typeof en>;

/** Which one of its weekdays in the month a monthly event is on: first to fourth, or last (-1). */
export type SetPosition = 1 | 2 | 3 | 4 | -1;

/** How often something repeats, in the shapes the site knows, for each language to say its own way. */
export interface RepeatWords {
  /** Weekly on these days, every `interval` weeks. */
  weekly(days: readonly Weekday[], interval: number): string;
  /** Monthly on the n-th (or last) of these weekdays, every `interval` months. */
  monthlyOnWeekday(position: SetPosition, days: readonly Weekday[], interval: number): string;
  /** Monthly on a day of the month, every `interval` months. */
  monthlyOnDate(day: number, interval: number): string;
  /** A service open on these days every week (or every `interval` weeks), in a short list form ("Tuesdays"). */
  openOn(days: readonly Weekday[], interval: number): string;
  /** A service open on every one of these days, every `interval` months. */
  openOnEveryMonth(days: readonly Weekday[], interval: number): string;
  /** The end of a repeating event: on a date (already written out). */
  until(date: string): string;
  /** The end of a repeating event: after so many times. */
  times(count: number): string;
}
