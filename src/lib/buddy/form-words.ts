/**
 * Buddy-up's forms in words: each problem the checks in ./request-form.ts find, said in a language from its
 * catalogue (`buddyForms.problems`), and a request's dates as that language writes them. The checks stay one
 * rule in one place; only their words differ.
 */
import type { Locale } from "../i18n/locales";
import { LOCALE_INFO } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";
import { formatDayHeading } from "../time/format";
import { formatLocalDateIn } from "../time/local";
import { describeDay } from "./coordination";
import type {
  FieldProblem,
  ProblemCode,
  ReportField,
  ReportProblem,
  RequestField,
  RequestProblem,
} from "./request-form";

/** A problem's words in a catalogue: plain text, or text made with its limit or the character it is about. */
type ProblemText = string | ((value: number & string) => string);

function say(words: ProblemText | undefined, problem: { code: ProblemCode; max?: number; character?: string }) {
  if (typeof words === "string") return words;
  if (typeof words !== "function") throw new Error(`No words for the problem "${problem.code}".`);
  const value = problem.code === "tooLong" ? problem.max : problem.character;
  return (words as (value: unknown) => string)(value ?? "");
}

/**
 * A request form's problem in a language.
 * @example requestProblemWords("en", { field: "email", code: "required" }) // "Enter your email address"
 */
export function requestProblemWords(locale: Locale, problem: RequestProblem): string {
  const field = messagesFor(locale).buddyForms.problems.request[problem.field] as Record<string, ProblemText>;
  return say(field[problem.code], problem);
}

/**
 * A report form's problem in a language.
 * @example reportProblemWords("en", { field: "message", code: "tooShort" }) // "Tell us what happened or ..."
 */
export function reportProblemWords(locale: Locale, problem: ReportProblem): string {
  const field = messagesFor(locale).buddyForms.problems.report[problem.field] as Record<string, ProblemText>;
  return say(field[problem.code], problem);
}

/** A request form's problems in a language, for the page and a script's JSON. */
export function requestProblemsInWords(
  locale: Locale,
  problems: readonly RequestProblem[],
): FieldProblem<RequestField>[] {
  return problems.map((problem) => ({ field: problem.field, message: requestProblemWords(locale, problem) }));
}

/** A report form's problems in a language. */
export function reportProblemsInWords(locale: Locale, problems: readonly ReportProblem[]): FieldProblem<ReportField>[] {
  return problems.map((problem) => ({ field: problem.field, message: reportProblemWords(locale, problem) }));
}

/**
 * A request's day in full, with its weekday and year.
 * @example dayInWords("en", "2026-12-01") // "Tuesday 1 December 2026"
 */
export function dayInWords(locale: Locale, date: string): string {
  return locale === "en" ? describeDay(date) : formatLocalDateIn(LOCALE_INFO[locale].intl, date, "full");
}

/**
 * A request's day and start time.
 * @example whenInWords("en", "2026-12-01", "10:30") // "Tuesday 1 December 2026 at 10:30"
 */
export function whenInWords(locale: Locale, date: string, startTime: string): string {
  return messagesFor(locale).buddyForms.status.when(dayInWords(locale, date), startTime);
}

/**
 * A date offered on the request form: its day and start time, as the form's choices show them.
 * @example dateChoiceLabel("en", "2026-12-01", "10:00") // "Tuesday 1 December, 10:00"
 */
export function dateChoiceLabel(locale: Locale, date: string, startTime: string): string {
  return messagesFor(locale).time.dayAndTime(formatDayHeading(date, locale), startTime);
}
