/**
 * The report form's problems in words: each problem ./form.ts finds, said in a language from its catalogue
 * (`report.problems`). The checks stay one rule in one place; only their words differ.
 */
import type { Locale } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";
import type { ReportFormField, ReportProblem } from "./form";

/** A problem said in words, for the error summary, beside its field, and in a script's JSON. */
export interface ReportFieldMessage {
  field: ReportFormField;
  message: string;
}

type ProblemText = string | ((value: never) => string);

/**
 * One problem in a language.
 * @example reportProblemWords("en", { field: "reason", code: "required" }) // "Choose what is wrong"
 */
export function reportProblemWords(locale: Locale, problem: ReportProblem): string {
  const field = messagesFor(locale).report.problems[problem.field] as Record<string, ProblemText>;
  const words = field[problem.code];
  if (typeof words === "string") return words;
  if (typeof words !== "function") throw new Error(`No words for the problem "${problem.field}.${problem.code}".`);
  const value =
    problem.code === "tooLong" ? problem.max : problem.code === "tooShort" ? problem.min : problem.character;
  return (words as (value: unknown) => string)(value ?? "");
}

/** Every problem in a language, in the order given. */
export function reportProblemsInWords(locale: Locale, problems: readonly ReportProblem[]): ReportFieldMessage[] {
  return problems.map((problem) => ({ field: problem.field, message: reportProblemWords(locale, problem) }));
}
