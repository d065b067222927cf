/**
 * The buddy-up request form and the report form: their fields, and how a posted form is read and checked.
 * The form page, the request function and the report function all read forms through here, so a person
 * sees the same message for the same mistake however the form reached us.
 */
import { z } from "zod";
import { hiddenCharacterProblem, isBlank, shownLength } from "../domain/common";
import type { ResidentContact } from "./model";

/** What a posted form holds: each field's text, or several for checkboxes. */
export type FormValues = Record<string, string | string[] | undefined>;

/** The request form's fields in page order, with the label people see; ids and names are the same. */
export const REQUEST_FIELDS = {
  date: "Which date",
  name: "Your first name, or what you like to be called",
  contactMethod: "How should the coordinator contact you?",
  email: "Your email address",
  phone: "Your phone number",
  accessNeeds: "Any access needs (optional)",
  preferences: "Anything that would help you feel comfortable (optional)",
  adult: "Your age",
  consent: "The code of conduct and your details",
} as const;
/** A request form field's name. */
export type RequestField = keyof typeof REQUEST_FIELDS;

/** The report form's fields. */
export const REPORT_FIELDS = {
  message: "What happened, or what worries you",
  contact: "How we can reply (optional)",
} as const;
/** A report form field's name. */
export type ReportField = keyof typeof REPORT_FIELDS;

/** One problem with a form, for the error summary and beside the field. */
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

/** Refuses control characters and characters that reorder the text, naming the field as `name`. */
function withoutHiddenCharacters(name: string) {
  return (text: string, ctx: z.RefinementCtx) => {
    const problem = hiddenCharacterProblem(text);
    if (problem) ctx.addIssue({ code: "custom", message: `${name} ${problem}`, input: text });
  };
}

/** An optional answer may be left empty, but not filled with only invisible characters. */
const notOnlyInvisible = (text: string) => text === "" || !isBlank(text);

const RequestSchema = z.strictObject({
  date: z.string().min(1, { error: "Choose which date you would like to go" }),
  name: typed()
    .refine((text) => !isBlank(text), { error: "Enter your first name, or what you would like to be called" })
    .max(40, { error: "Your name must be 40 characters or fewer" })
    .superRefine(withoutHiddenCharacters("Your name"))
    .refine((text) => !/[<>@\d\r\n]/.test(text) && noLinks(text), {
      error: "Enter just a first name or what you like to be called, in plain letters",
    }),
  contactMethod: z.enum(["email", "phone"], { error: "Choose whether the coordinator should email or phone you" }),
  email: z.string().trim().max(200),
  phone: z.string().trim().max(40),
  accessNeeds: typed()
    .max(500, { error: "Access needs must be 500 characters or fewer" })
    .refine(notOnlyInvisible, {
      error: "Access needs must not be only invisible characters: write them, or leave the box empty",
    })
    .superRefine(withoutHiddenCharacters("Access needs"))
    .refine((text) => !/<[a-z!/]/i.test(text), { error: "Access needs must be plain text: remove HTML tags" }),
  preferences: typed()
    .max(300, { error: "Preferences must be 300 characters or fewer" })
    .refine(notOnlyInvisible, {
      error: "Preferences must not be only invisible characters: write them, or leave the box empty",
    })
    .superRefine(withoutHiddenCharacters("Preferences"))
    .refine((text) => !/<[a-z!/]/i.test(text), { error: "Preferences must be plain text: remove HTML tags" }),
  adult: z.literal("yes", {
    error: "Confirm that you are 18 or over. If you are under 18, youth services can help instead",
  }),
  consent: z.literal("yes", {
    error: "Tick the box to agree to the code of conduct and to us keeping your details until after the event",
  }),
});

const EMAIL = z.email();
/** A UK or international phone number: digits with spaces, brackets, dashes or a leading +; 10 to 15 digits. */
const PHONE = /^\+?[\d\s()-]+$/;

function text(values: FormValues, name: string): string {
  const value = values[name];
  return (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
}

function inOrder<F extends string>(problems: FieldProblem<F>[], fields: Record<F, string>): FieldProblem<F>[] {
  const order = Object.keys(fields);
  const seen = new Set<F>();
  return problems
    .filter((problem) => (seen.has(problem.field) ? false : (seen.add(problem.field), true)))
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
}

/**
 * Reads and checks a request form against the dates offered for its event. With one date offered, that
 * date is taken even if none was sent (the form shows it as text).
 */
export function readRequestForm(
  values: FormValues,
  dates: readonly DateChoice[],
): { ok: true; request: RequestInput } | { ok: false; errors: FieldProblem<RequestField>[] } {
  const input = Object.fromEntries(Object.keys(REQUEST_FIELDS).map((name) => [name, text(values, name)]));
  if (!input["date"] && dates.length === 1) input["date"] = dates[0]!.date;
  const parsed = RequestSchema.safeParse(input);
  const problems: FieldProblem<RequestField>[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ field: issue.path[0] as RequestField, message: issue.message }));

  const chosen = dates.find((choice) => choice.date === input["date"]);
  if (input["date"] && !chosen) {
    problems.push({
      field: "date",
      message: "Choose one of the dates listed: the date you sent is not one we can arrange a buddy for",
    });
  }
  const method = input["contactMethod"];
  let contact: ResidentContact | undefined;
  if (method === "email") {
    if (!input["email"]) problems.push({ field: "email", message: "Enter your email address" });
    else if (!EMAIL.safeParse(input["email"]).success)
      problems.push({ field: "email", message: "Enter an email address like name@example.com" });
    else contact = { email: input["email"] };
  }
  if (method === "phone") {
    const digits = (input["phone"] ?? "").replace(/\D/g, "");
    if (!input["phone"]) problems.push({ field: "phone", message: "Enter your phone number" });
    else if (!PHONE.test(input["phone"] ?? "") || digits.length < 10 || digits.length > 15)
      problems.push({ field: "phone", message: "Enter a phone number like 01782 123456 or 07700 900123" });
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
    .refine((text) => shownLength(text) >= 10, {
      error: "Tell us what happened or what worries you, in a sentence or more",
    })
    .max(3000, { error: "Keep it to 3,000 characters or fewer; a coordinator can ask for more" })
    .superRefine(withoutHiddenCharacters("Your report"))
    .refine((text) => !/<[a-z!/]/i.test(text), { error: "Write it as plain text: remove HTML tags" }),
  contact: typed()
    .max(200, { error: "How we can reply must be 200 characters or fewer" })
    .refine(notOnlyInvisible, {
      error:
        "How we can reply must not be only invisible characters: write an email or phone number, or leave it empty",
    })
    .superRefine(withoutHiddenCharacters("How we can reply"))
    .refine((text) => !/[<>]/.test(text), { error: "How we can reply must be plain text: remove < and >" }),
});

/** Reads and checks a report form. */
export function readReportForm(
  values: FormValues,
): { ok: true; report: { message: string; contact?: string } } | { ok: false; errors: FieldProblem<ReportField>[] } {
  const parsed = ReportSchema.safeParse({ message: text(values, "message"), contact: text(values, "contact") });
  if (!parsed.success) {
    return {
      ok: false,
      errors: inOrder(
        parsed.error.issues.map((issue) => ({ field: issue.path[0] as ReportField, message: issue.message })),
        REPORT_FIELDS,
      ),
    };
  }
  return {
    ok: true,
    report: { message: parsed.data.message, ...(parsed.data.contact ? { contact: parsed.data.contact } : {}) },
  };
}
