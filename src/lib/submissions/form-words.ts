/**
 * The words the submission and calendar request forms are drawn and explained with, in one language, as plain
 * data (the island is given them by the page), and how each form's problems become sentences in them. Reads
 * no catalogue itself: ./catalogue-words.ts gathers the words on the server.
 */
import type { ListingTextAttributes } from "../i18n/listing-lang";
import type { Locale } from "../i18n/locales";
import type { Messages } from "../i18n/types";
import type { FieldError, FormField } from "./form";
import type { RequestField, RequestProblem } from "../import/source-request";
import { describeProblems, type FieldMessage, type ProblemLanguage } from "./problems";

type Submit = Messages["submit"];

/** What both forms share: the language, the form kit's words, notices and any field's problems. */
export interface CommonFormWords {
  locale: Locale;
  /** The Intl locale numbers and dates are written with. */
  intl: string;
  kit: Submit["kit"];
  notices: Submit["notices"];
  problems: Submit["problems"];
  /** The privacy notice in the form's language. */
  privacyHref: string;
  /** How the listed places' and groups' own names are marked on the form (listingText). */
  own: ListingTextAttributes;
}

/** The event submission form's words, with the site's lists it offers. */
export interface SubmissionWords extends CommonFormWords {
  event: Submit["event"];
  category: Messages["vocab"]["category"];
  audience: Messages["vocab"]["audience"];
  accessibility: Messages["vocab"]["accessibility"];
}

/** The calendar request form's words. */
export interface RequestWords extends CommonFormWords {
  calendar: Submit["calendar"];
}

/**
 * A field's label as the form shows it: optional fields say so.
 * @example labelOf(words.kit, "Price", true) // "Price (optional)"
 */
export function labelOf(kit: Submit["kit"], label: string, optional: boolean): string {
  return optional ? kit.optional.replace("{label}", label) : label;
}

/** The submission form's problems as sentences in its language. */
export function describeSubmissionProblems(
  words: SubmissionWords,
  problems: readonly FieldError[],
): FieldMessage<FormField>[] {
  const language: ProblemLanguage = {
    locale: words.locale,
    intl: words.intl,
    templates: { ...words.problems, ...words.event.problems },
    subject: (field) => words.event.fields[field as FormField],
  };
  return describeProblems(language, problems);
}

/** The calendar request form's problems as sentences in its language. */
export function describeRequestProblems(
  words: RequestWords,
  problems: readonly RequestProblem[],
): FieldMessage<RequestField>[] {
  const language: ProblemLanguage = {
    locale: words.locale,
    intl: words.intl,
    templates: { ...words.problems, ...words.calendar.problems },
    subject: (field) => words.calendar.subjects[field as RequestField],
  };
  return describeProblems(language, problems);
}
