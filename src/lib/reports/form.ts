/**
 * The "Is something wrong here?" form: its fields, and how a posted form is read and checked. The report
 * page, the report function and the tests read forms through here, so a resident is told the same thing for
 * the same mistake however the form reached us. A problem is told without words (its field, its code, and the
 * limit or character it is about); ./words.ts says it in the page's language.
 */
import { z } from "zod";
import { findHiddenCharacter, isBlank, shownLength } from "../domain/common";
import {
  DETAILS_NEEDED,
  REPORT_REASONS,
  parseListing,
  type ListingRef,
  type ReportContact,
  type ReportReason,
} from "./model";

/** What a posted form holds: each field's text, or several for a repeated name. */
export type FormValues = Record<string, string | string[] | undefined>;

/** The longest details accepted, in characters as shown. */
export const MAX_DETAILS = 2000;
/** The shortest details accepted when they are needed: a few words, not a stray key. */
export const MIN_DETAILS = 10;
/** The longest contact accepted. */
export const MAX_CONTACT = 200;

/** The form's fields in page order, each with the problems it can have; ids and names are the same. */
export const LISTING_REPORT_PROBLEMS = {
  listing: ["required", "notListed"],
  reason: ["required"],
  details: ["required", "tooShort", "tooLong", "controlCharacter", "directionCharacter", "notPlain"],
  contact: ["tooLong", "invalid"],
} as const;
/** A field of the form. */
export type ReportFormField = keyof typeof LISTING_REPORT_PROBLEMS;
/** The form's fields in page order. */
export const REPORT_FORM_FIELDS = Object.keys(LISTING_REPORT_PROBLEMS) as ReportFormField[];

/** One problem with one answer, without words: its field, its code, and the limit or character it is about. */
export type ReportProblem = {
  [F in ReportFormField]: {
    field: F;
    code: (typeof LISTING_REPORT_PROBLEMS)[F][number];
    max?: number;
    min?: number;
    character?: string;
  };
}[ReportFormField];

/** A checked report. */
export interface ReportInput {
  listing: ListingRef;
  reason: ReportReason;
  details: string;
  contact?: ReportContact;
}

/** Whether a listing is on the site. */
export type IsListed = (listing: ListingRef) => boolean;

function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** Text as a person typed it: line breaks as LF (a browser sends CR LF), in Unicode NFC, trimmed. */
function typed(raw: string): string {
  return raw.replace(/\r\n?/g, "\n").normalize("NFC").trim();
}

const EMAIL = z.email();
/** A UK or international phone number: digits with spaces, brackets, dashes or a leading +. */
const PHONE = /^\+?[\d\s()-]+$/;

/**
 * The contact as an email address or a phone number, or undefined when it is neither.
 * @example contactOf("07700 900123") // { phone: "07700 900123" }
 */
export function contactOf(raw: string): ReportContact | undefined {
  if (raw.includes("@")) return EMAIL.safeParse(raw).success ? { email: raw } : undefined;
  const digits = raw.replace(/\D/g, "");
  return PHONE.test(raw) && digits.length >= 10 && digits.length <= 15 ? { phone: raw } : undefined;
}

function detailsProblem(details: string, needed: boolean): ReportProblem | undefined {
  if (details === "" || isBlank(details)) return needed ? { field: "details", code: "required" } : undefined;
  if (needed && shownLength(details) < MIN_DETAILS) return { field: "details", code: "tooShort", min: MIN_DETAILS };
  if (shownLength(details) > MAX_DETAILS) return { field: "details", code: "tooLong", max: MAX_DETAILS };
  const hidden = findHiddenCharacter(details);
  if (hidden) {
    const code = hidden.kind === "control" ? "controlCharacter" : "directionCharacter";
    return { field: "details", code, character: hidden.character };
  }
  if (/<[a-z!/]/i.test(details)) return { field: "details", code: "notPlain" };
  return undefined;
}

/**
 * Reads and checks a report form: the listing must be on the site, a reason chosen, details given where the
 * reason needs them, and any contact must be an email address or a phone number. Every field's first problem
 * is returned, in page order.
 */
export function readListingReport(
  values: FormValues,
  isListed: IsListed,
): { ok: true; report: ReportInput } | { ok: false; errors: ReportProblem[] } {
  const errors: ReportProblem[] = [];

  const listingText = text(values, "listing").trim();
  const listing = parseListing(listingText);
  if (listingText === "") errors.push({ field: "listing", code: "required" });
  else if (!listing || !isListed(listing)) errors.push({ field: "listing", code: "notListed" });

  const reasonText = text(values, "reason");
  const reason = (REPORT_REASONS as readonly string[]).includes(reasonText) ? (reasonText as ReportReason) : undefined;
  if (!reason) errors.push({ field: "reason", code: "required" });

  const details = typed(text(values, "details"));
  const problem = detailsProblem(details, reason === undefined || DETAILS_NEEDED.has(reason));
  if (problem) errors.push(problem);

  const contactText = typed(text(values, "contact"));
  let contact: ReportContact | undefined;
  if (contactText.length > MAX_CONTACT) errors.push({ field: "contact", code: "tooLong", max: MAX_CONTACT });
  else if (contactText !== "") {
    contact = contactOf(contactText);
    if (!contact) errors.push({ field: "contact", code: "invalid" });
  }

  if (errors.length > 0 || !listing || !reason) return { ok: false, errors };
  return {
    ok: true,
    report: { listing, reason, details: isBlank(details) ? "" : details, ...(contact ? { contact } : {}) },
  };
}
