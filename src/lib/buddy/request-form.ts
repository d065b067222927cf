/**
 * The buddy-up request form and the report form: their fields, and how a posted form is read and checked.
 * The form page, the request function and the report function all read forms through here, so a person
 * sees the same message for the same mistake however the form reached us. A problem is told here without
 * words (its field, its code, and the limit or character it is about); `problemWords` in ./form-words.ts says
 * it in the page's language.
 */
import { z } from "zod";
import { findHiddenCharacter, isBlank, shownLength } from "../domain/common";
import type { ResidentContact } from "./model";

/** What a posted form holds: each field's text, or several for checkboxes. */
export type FormValues = Record<string, string | string[] | undefined>;

/** What can be wrong with an answer, whatever the field and the language. */
export type ProblemCode =
  | "required"
  | "notOffered"
  | "alreadyAsked"
  | "tooShort"
  | "tooLong"
  | "invalid"
  | "notPlain"
  | "onlyInvisible"
  | "controlCharacter"
  | "directionCharacter";

/** The request form's fields in page order, each with the problems it can have; ids and names are the same. */
export const REQUEST_PROBLEMS = {
  date: ["required", "notOffered", "alreadyAsked"],
  name: ["required", "tooLong", "controlCharacter", "directionCharacter", "notPlain"],
  contactMethod: ["required"],
  email: ["required", "invalid"],
  phone: ["required", "invalid"],
  accessNeeds: ["tooLong", "onlyInvisible", "controlCharacter", "directionCharacter", "notPlain"],
  preferences: ["tooLong", "onlyInvisible", "controlCharacter", "directionCharacter", "notPlain"],
  adult: ["required"],
  consent: ["required"],
} as const satisfies Record<string, readonly ProblemCode[]>;
/** A request form field's name. */
export type RequestField = keyof typeof REQUEST_PROBLEMS;
/** The request form's fields in page order. */
export const REQUEST_FIELDS = Object.keys(REQUEST_PROBLEMS) as RequestField[];

/** The report form's fields, each with the problems it can have. */
export const REPORT_PROBLEMS = {
  message: ["tooShort", "tooLong", "controlCharacter", "directionCharacter", "notPlain"],
  contact: ["tooLong", "onlyInvisible", "controlCharacter", "directionCharacter", "notPlain"],
} as const satisfies Record<string, readonly ProblemCode[]>;
/** A report form field's name. */
export type ReportField = keyof typeof REPORT_PROBLEMS;
/** The report form's fields in page order. */
export const REPORT_FIELDS = Object.keys(REPORT_PROBLEMS) as ReportField[];

/**
 * One problem with a form's answer, without words: which field, what is wrong, and the limit (`max`) or the
 * hidden character (`character`, as U+XXXX) it is about.
 */
export type ProblemOf<T extends Record<string, readonly ProblemCode[]>> = {
  [F in keyof T & string]: { field: F; code: T[F][number]; max?: number; character?: string };
}[keyof T & string];
export type RequestProblem = ProblemOf<typeof REQUEST_PROBLEMS>;
export type ReportProblem = ProblemOf<typeof REPORT_PROBLEMS>;

/** A problem said in words, for the error summary and beside the field (and a script's JSON). */
export interface FieldProblem<F extends string = string> {
  field: F;
  message: string;
}

/** The date choices offered for one event. */
export interface DateChoice {
  date: string;
  startTime: string;
  label: string;
}

/** A checked request: what is stored about the resident, and which date. */
export interface RequestInput {
  date: string;
  startTime: string;
  name: string;
  contact: ResidentContact;
  accessNeeds?: string;
  preferences?: string;
}

const noLinks = (text: string) => !/(https?:\/\/|www\.)/i.test(text);

/** Text as a person typed it: line breaks as LF (a browser sends CR LF), in Unicode NFC, trimmed. */
function typed() {
  return z
    .string()
    .overwrite((text) => text.replace(/\r\n?/g, "\n"))
    .normalize("NFC")
    .trim();
}

/** Refuses control characters and characters that reorder the text, naming the character. */
function withoutHiddenCharacters(text: string, ctx: z.RefinementCtx) {
  const found = findHiddenCharacter(text);
  if (found) {
    const code: ProblemCode = found.kind === "control" ? "controlCharacter" : "directionCharacter";
    ctx.addIssue({ code: "custom", message: code, params: { character: found.character }, input: text });
  }
}

/** An optional answer may be left empty, but not filled with only invisible characters. */
const notOnlyInvisible = (text: string) => text === "" || !isBlank(text);

// Each rule's message is its problem code; a length limit's issue carries the limit itself.
const RequestSchema = z.strictObject({
  date: z.string().min(1, { error: "required" }),
  name: typed()
    .refine((text) => !isBlank(text), { error: "required" })
    .max(40, { error: "tooLong" })
    .superRefine(withoutHiddenCharacters)
    .refine((text) => !/[<>@\d\r\n]/.test(text) && noLinks(text), { error: "notPlain" }),
  contactMethod: z.enum(["email", "phone"], { error: "required" }),
  // Checked below for the contact method chosen; one too long to be real is simply not one.
  email: z.string().trim().max(200, { error: "invalid" }),
  phone: z.string().trim().max(40, { error: "invalid" }),
  accessNeeds: typed()
    .max(500, { error: "tooLong" })
    .refine(notOnlyInvisible, { error: "onlyInvisible" })
    .superRefine(withoutHiddenCharacters)
    .refine((text) => !/<[a-z!/]/i.test(text), { error: "notPlain" }),
  preferences: typed()
    .max(300, { error: "tooLong" })
    .refine(notOnlyInvisible, { error: "onlyInvisible" })
    .superRefine(withoutHiddenCharacters)
    .refine((text) => !/<[a-z!/]/i.test(text), { error: "notPlain" }),
  adult: z.literal("yes", { error: "required" }),
  consent: z.literal("yes", { error: "required" }),
});

/** A zod issue as a problem without words. */
function problemOf<P extends { field: string; code: string }>(issue: z.core.$ZodIssue): P {
  const character = issue.code === "custom" ? (issue.params?.["character"] as string | undefined) : undefined;
  return {
    field: String(issue.path[0]),
    code: issue.message,
    ...(issue.code === "too_big" && issue.message === "tooLong" ? { max: Number(issue.maximum) } : {}),
    ...(character ? { character } : {}),
  } as unknown as P;
}

const EMAIL = z.email();
/** A UK or international phone number: digits with spaces, brackets, dashes or a leading +; 10 to 15 digits. */
const PHONE = /^\+?[\d\s()-]+$/;

function text(values: FormValues, name: string): string {
  const value = values[name];
  return (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
}

/** Each field's first problem, in the form's order. */
function inOrder<P extends { field: string }>(problems: P[], fields: readonly string[]): P[] {
  const seen = new Set<string>();
  return problems
    .filter((problem) => (seen.has(problem.field) ? false : (seen.add(problem.field), true)))
    .sort((a, b) => fields.indexOf(a.field) - fields.indexOf(b.field));
}

/**
 * Reads and checks a request form against the dates offered for its event. With one date offered, that
 * date is taken even if none was sent (the form shows it as text).
 */
export function readRequestForm(
  values: FormValues,
  dates: readonly DateChoice[],
): { ok: true; request: RequestInput } | { ok: false; errors: RequestProblem[] } {
  const input = Object.fromEntries(REQUEST_FIELDS.map((name) => [name, text(values, name)]));
  if (!input["date"] && dates.length === 1) input["date"] = dates[0]!.date;
  const parsed = RequestSchema.safeParse(input);
  const problems: RequestProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => problemOf<RequestProblem>(issue));

  const chosen = dates.find((choice) => choice.date === input["date"]);
  if (input["date"] && !chosen) problems.push({ field: "date", code: "notOffered" });
  const method = input["contactMethod"];
  let contact: ResidentContact | undefined;
  if (method === "email") {
    if (!input["email"]) problems.push({ field: "email", code: "required" });
    else if (!EMAIL.safeParse(input["email"]).success) problems.push({ field: "email", code: "invalid" });
    else contact = { email: input["email"] };
  }
  if (method === "phone") {
    const digits = (input["phone"] ?? "").replace(/\D/g, "");
    if (!input["phone"]) problems.push({ field: "phone", code: "required" });
    else if (!PHONE.test(input["phone"] ?? "") || digits.length < 10 || digits.length > 15)
      problems.push({ field: "phone", code: "invalid" });
    else contact = { phone: input["phone"] ?? "" };
  }

  if (problems.length > 0 || !parsed.success || !chosen || !contact) {
    return { ok: false, errors: inOrder(problems, REQUEST_FIELDS) };
  }
  return {
    ok: true,
    request: {
      date: chosen.date,
      startTime: chosen.startTime,
      name: parsed.data.name,
      contact,
      ...(parsed.data.accessNeeds ? { accessNeeds: parsed.data.accessNeeds } : {}),
      ...(parsed.data.preferences ? { preferences: parsed.data.preferences } : {}),
    },
  };
}

const ReportSchema = z.strictObject({
  message: typed()
    .refine((text) => shownLength(text) >= 10, { error: "tooShort" })
    .max(3000, { error: "tooLong" })
    .superRefine(withoutHiddenCharacters)
    .refine((text) => !/<[a-z!/]/i.test(text), { error: "notPlain" }),
  contact: typed()
    .max(200, { error: "tooLong" })
    .refine(notOnlyInvisible, { error: "onlyInvisible" })
    .superRefine(withoutHiddenCharacters)
    .refine((text) => !/[<>]/.test(text), { error: "notPlain" }),
});

/** Reads and checks a report form. */
export function readReportForm(
  values: FormValues,
): { ok: true; report: { message: string; contact?: string } } | { ok: false; errors: ReportProblem[] } {
  const parsed = ReportSchema.safeParse({ message: text(values, "message"), contact: text(values, "contact") });
  if (!parsed.success) {
    return {
      ok: false,
      errors: inOrder(
        parsed.error.issues.map((issue) => problemOf<ReportProblem>(issue)),
        REPORT_FIELDS,
      ),
    };
  }
  return {
    ok: true,
    report: { message: parsed.data.message, ...(parsed.data.contact ? { contact: parsed.data.contact } : {}) },
  };
}
