/**
 * Problems with a public form's answers, in no language: the field, what is wrong (a code) and any values the
 * words need. The checks (form.ts, ../import/source-request.ts) find them; the page, the function and the
 * island turn them into a sentence in the form's language with the words the catalogue gives (`submit`), so
 * one rule decides what is wrong and each language says it its own way.
 *
 * This module holds no words of its own and reads no catalogue: the island imports it, and gets its words as
 * plain data from the page.
 */
import type { z } from "zod";
import { fill } from "../i18n/words";
import { formatLocalDate, formatLocalDateIn } from "../time/local";

/** One problem with one field: the field's name, what is wrong, and the values its sentence names. */
export interface FieldProblem<F extends string = string, C extends string = string> {
  field: F;
  code: C;
  values?: Readonly<Record<string, string | number>> | undefined;
}

/** A problem in words, for the error summary and beside its field. */
export interface FieldMessage<F extends string = string> {
  field: F;
  message: string;
}

/**
 * What the shared schemas can say is wrong with any field's answer (from ../domain/common.ts,
 * ../domain/web-address.ts and ./schema.ts); `other` is any issue without a code of its own.
 */
export const SCHEMA_CODES = [
  "empty",
  "invisibleOnly",
  "tooLong",
  "controlCharacter",
  "directionCharacter",
  "angleBrackets",
  "oneLine",
  "htmlTags",
  "postcode",
  "webAddress",
  "webAddressLogin",
  "webAddressPrivate",
  "email",
  "repeatedValue",
  "other",
] as const;
export type SchemaCode = (typeof SCHEMA_CODES)[number];

type Classified = { code: SchemaCode; values?: Record<string, string | number> };

// The schemas' messages are written for editors of content files; each is matched here to its code.
const BY_MESSAGE: [RegExp, (match: RegExpExecArray) => Classified][] = [
  [/^must not be empty$/, () => ({ code: "empty" })],
  [/^must not be empty: it has only invisible characters$/, () => ({ code: "invisibleOnly" })],
  [/^must be ([\d,]+) characters or fewer$/, (m) => ({ code: "tooLong", values: { max: toNumber(m[1]) } })],
  [
    /hidden control characters \(it has (U\+[0-9A-F]+)\)/,
    (m) => ({ code: "controlCharacter", values: { character: m[1]! } }),
  ],
  [
    /change the direction of the text \(it has (U\+[0-9A-F]+)\)/,
    (m) => ({ code: "directionCharacter", values: { character: m[1]! } }),
  ],
  [/^must be plain text: remove < and >$/, () => ({ code: "angleBrackets" })],
  [/^must be a single line$/, () => ({ code: "oneLine" })],
  [/^must be plain text: remove HTML tags$/, () => ({ code: "htmlTags" })],
  [/^must be a UK postcode/, () => ({ code: "postcode" })],
  [/^must be a full web address starting https:\/\//, () => ({ code: "webAddress" })],
  [/^must not hold a user name or password$/, () => ({ code: "webAddressLogin" })],
  [/^must be a public web address/, () => ({ code: "webAddressPrivate" })],
  [/^must be an email address/, () => ({ code: "email" })],
  [/^lists a value twice$/, () => ({ code: "repeatedValue" })],
];

function toNumber(text: string | undefined): number {
  return Number((text ?? "").replace(/,/g, ""));
}

/**
 * The code (and values) of a schema issue about any field; `other` keeps the schema's own words for English.
 * @example schemaProblem({ code: "custom", message: "must be a single line", path: [], input: "" }) // { code: "oneLine" }
 */
export function schemaProblem(issue: z.core.$ZodIssue): Classified {
  if (issue.code === "too_big" && issue.origin === "string") {
    return { code: "tooLong", values: { max: Number(issue.maximum) } };
  }
  if (issue.code === "too_small" && issue.origin === "string" && Number(issue.minimum) <= 1) return { code: "empty" };
  for (const [pattern, classify] of BY_MESSAGE) {
    const match = pattern.exec(issue.message);
    if (match) return classify(match);
  }
  return { code: "other", values: { message: issue.message } };
}

/** The words a form's problems are said with: a sentence for each code, with `{field}` and other slots. */
export type ProblemTemplates = Readonly<Record<string, string>>;

/** What turning problems into words needs: the language's Intl locale, its templates and the fields' names. */
export interface ProblemLanguage {
  /** `en` writes dates as the site's English pages do; any other language with Intl. */
  locale: string;
  intl: string;
  templates: ProblemTemplates;
  /** A field's name as a sentence about it starts. */
  subject: (field: string) => string;
}

const numbers = new Map<string, Intl.NumberFormat>();

/** Values named `date` or ending `Date` are YYYY-MM-DD dates, written out in the language. */
function dateIn(language: ProblemLanguage, date: string): string {
  if (language.locale === "en") return formatLocalDate(date);
  return formatLocalDateIn(language.intl, date, "long");
}

/** A whole number as the language writes it (Western digits in Arabic, as the site's Intl locale asks). */
function numberIn(language: ProblemLanguage, n: number): string {
  let format = numbers.get(language.intl);
  if (format === undefined) {
    format = new Intl.NumberFormat(language.intl, { maximumFractionDigits: 0 });
    numbers.set(language.intl, format);
  }
  return format.format(n);
}

/**
 * One problem as a sentence in the language: its code's template with the field's name and values filled in,
 * or the `other` template when the code has none.
 * @example describeProblem(language, { field: "title", code: "empty" }) // "Event name must not be empty"
 */
export function describeProblem<F extends string>(language: ProblemLanguage, problem: FieldProblem<F>): string {
  const template = language.templates[problem.code] ?? language.templates["other"] ?? "{field}";
  const values: Record<string, string | number> = { field: language.subject(problem.field) };
  for (const [key, value] of Object.entries(problem.values ?? {})) {
    values[key] =
      typeof value === "string" && /(^d|D)ate$/.test(key) && /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? dateIn(language, value)
        : typeof value === "number"
          ? numberIn(language, value)
          : value;
  }
  return fill(template, values);
}

/** Every problem as words, in the order given. */
export function describeProblems<F extends string>(
  language: ProblemLanguage,
  problems: readonly FieldProblem<F>[],
): FieldMessage<F>[] {
  return problems.map((problem) => ({ field: problem.field, message: describeProblem(language, problem) }));
}
