/**
 * The submission form's fields and how they map onto SubmissionSchema. The browser (inline validation) and
 * the submit function (no-JavaScript posts) both read a form through `readSubmissionForm`, so a person sees
 * the same message for the same mistake either way. It finds problems in no language (a field and a code,
 * ./problems.ts); the page, the function and the island say them in the form's language (`submit` catalogue).
 */
import type { z } from "zod";
import { LocalDateSchema, TimeOfDaySchema } from "../domain/common";
import { WEEKDAYS } from "../domain/vocab";
import { weekdayIndexOf } from "../time/names";
import { schemaProblem, type FieldProblem, type SchemaCode } from "./problems";
import { SubmissionSchema, type Submission } from "./schema";

/** What a posted form holds: each field's text, or several for checkboxes. */
export type FormValues = Record<string, string | string[] | undefined>;

/** The form's fields in page order; ids and names are the same. Their labels are in the `submit` catalogue. */
export const FORM_FIELDS = [
  "title",
  "summary",
  "description",
  "date",
  "startTime",
  "endTime",
  "repeat",
  "repeatUntil",
  "placeId",
  "newPlaceName",
  "newPlaceAddress",
  "newPlacePostcode",
  "groupId",
  "newGroupName",
  "newGroupUrl",
  "categories",
  "audiences",
  "cost",
  "price",
  "bookingRequired",
  "bookingUrl",
  "bookingDetails",
  "accessibilitySupport",
  "accessibilityNotes",
  "meetingPoint",
  "whoGreetsYou",
  "whatToBring",
  "fineToComeAlone",
  "attendeeInstructions",
  "url",
  "contactEmail",
  "consent",
] as const;
/** A field's name. */
export type FormField = (typeof FORM_FIELDS)[number];

/** What the submission form can say is wrong, beyond what the shared schemas say of any field (SchemaCode). */
export const SUBMISSION_CODES = [
  "dateMissing",
  "dateNotReal",
  "datePast",
  "dateTooFar",
  "startTime",
  "endTime",
  "endAfterStart",
  "repeatOver24Hours",
  "repeatUnknown",
  "untilMissing",
  "untilNotReal",
  "untilBeforeFirst",
  "placeMissing",
  "placeNotListed",
  "groupMissing",
  "groupNotListed",
  "categoriesMissing",
  "categoriesUnknown",
  "audiencesMissing",
  "audiencesUnknown",
  "costUnknown",
  "priceMissing",
  "bookingUnknown",
  "bookingMissing",
  "accessUnknown",
  "aloneUnknown",
  "consent",
] as const;
/** A problem the submission form names. */
export type SubmissionCode = (typeof SUBMISSION_CODES)[number] | SchemaCode;
/** One problem with the form, in no language: for the error summary and beside the field. */
export type FieldError = FieldProblem<FormField, SubmissionCode>;

/**
 * The fields a person may leave empty whatever else they choose; their labels say "(optional)", as the GOV.UK
 * Design System asks, and the required ones are not marked. Fields needed only after a choice (the last date
 * of a repeating event, the price, where to book, a new place or group) say when in their hints.
 */
export const OPTIONAL_FIELDS: ReadonlySet<FormField> = new Set<FormField>([
  "newPlacePostcode",
  "newGroupUrl",
  "accessibilitySupport",
  "accessibilityNotes",
  "meetingPoint",
  "whoGreetsYou",
  "whatToBring",
  "fineToComeAlone",
  "attendeeInstructions",
  "url",
]);

/** How often an event repeats, as offered in the form. */
export const REPEAT_CHOICES = ["none", "weekly", "fortnightly", "monthly-date", "monthly-day"] as const;

/** How much it costs, as offered in the form. */
export const COST_CHOICES = ["free", "price", "pay-what-you-can"] as const;

/** Whether people need to book, as offered in the form. */
export const BOOKING_CHOICES = ["no", "yes"] as const;

function offered(choices: readonly string[], value: string): boolean {
  return choices.includes(value);
}

/** The value of a ticked box (fine to come alone, consent). */
export const TICKED = "yes";

/** The form value that means "a place or group not listed yet". */
export const NEW_CHOICE = "new";

/** The ids of the places and groups listed on the site (content/places/ and content/groups/). */
export interface ListedIds {
  places: ReadonlySet<string>;
  groups: ReadonlySet<string>;
}

/** What reading a form needs from its caller. */
export interface FormContext {
  /** Today in Stoke-on-Trent, YYYY-MM-DD, from the caller's clock: the first date an event may start on. */
  today: string;
  /** When given, a place or group chosen by id must be one of these. */
  listed?: ListedIds | undefined;
}

/** How many years ahead an event may start. */
export const YEARS_AHEAD = 2;

function text(values: FormValues, name: FormField): string {
  const value = values[name];
  return (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
}

function optional(values: FormValues, name: FormField): string | undefined {
  return text(values, name) || undefined;
}

function list(values: FormValues, name: FormField): string[] {
  const value = values[name];
  if (value === undefined || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

/** Which day of the week and which week of its month a YYYY-MM-DD date falls on. */
function dayOf(date: string): { code: string; day: number; position: 1 | 2 | 3 | 4 | -1 } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const day = Number(match[3]);
  const weekday = weekdayIndexOf(date);
  const position = day > 28 ? -1 : (Math.ceil(day / 7) as 1 | 2 | 3 | 4);
  return { code: WEEKDAYS[weekday] ?? "MO", day, position };
}

function recurrenceOf(values: FormValues): unknown {
  const repeat = text(values, "repeat") || "none";
  const until = optional(values, "repeatUntil");
  const day = dayOf(text(values, "date"));
  // A value the form does not offer is refused on its own field, never read as another choice.
  if (repeat === "none" || !offered(REPEAT_CHOICES, repeat) || !day) return undefined;
  if (repeat === "weekly" || repeat === "fortnightly") {
    return { freq: "weekly", interval: repeat === "weekly" ? 1 : 2, byday: [day.code], until };
  }
  if (repeat === "monthly-date") return { freq: "monthly", bymonthday: Math.min(day.day, 28), until };
  return { freq: "monthly", byday: [day.code], bysetpos: day.position, until };
}

/** The form's values arranged as SubmissionSchema expects, before any checks. */
export function toSubmissionInput(values: FormValues): unknown {
  const date = text(values, "date");
  const cost = text(values, "cost");
  const placeId = text(values, "placeId");
  const groupId = text(values, "groupId");
  return {
    title: text(values, "title"),
    summary: text(values, "summary"),
    description: text(values, "description"),
    startDate: `${date}T${text(values, "startTime")}`,
    endDate: `${date}T${text(values, "endTime")}`,
    recurrence: recurrenceOf(values),
    categories: list(values, "categories"),
    audiences: list(values, "audiences"),
    isAccessibleForFree: cost === "free",
    price: cost === "price" ? optional(values, "price") : undefined,
    payWhatYouCan: cost === "pay-what-you-can",
    booking:
      text(values, "bookingRequired") === "yes"
        ? { required: true, url: optional(values, "bookingUrl"), details: optional(values, "bookingDetails") }
        : { required: false },
    accessibilitySupport: list(values, "accessibilitySupport"),
    accessibilityNotes: optional(values, "accessibilityNotes"),
    whatToExpect: {
      meetingPoint: optional(values, "meetingPoint"),
      whoGreetsYou: optional(values, "whoGreetsYou"),
      whatToBring: optional(values, "whatToBring"),
      fineToComeAlone: text(values, "fineToComeAlone") === TICKED,
      attendeeInstructions: optional(values, "attendeeInstructions"),
    },
    url: optional(values, "url"),
    place:
      placeId === NEW_CHOICE
        ? {
            kind: "new",
            name: text(values, "newPlaceName"),
            address: text(values, "newPlaceAddress"),
            postcode: optional(values, "newPlacePostcode"),
          }
        : { kind: "known", id: placeId },
    group:
      groupId === NEW_CHOICE
        ? { kind: "new", name: text(values, "newGroupName"), url: optional(values, "newGroupUrl") }
        : { kind: "known", id: groupId },
    contactEmail: text(values, "contactEmail"),
    consent: text(values, "consent") === TICKED,
  };
}

const PATH_FIELDS: Record<string, FormField> = {
  startDate: "startTime",
  endDate: "endTime",
  recurrence: "repeat",
  "recurrence.until": "repeatUntil",
  isAccessibleForFree: "cost",
  payWhatYouCan: "cost",
  "booking.required": "bookingRequired",
  "booking.url": "bookingUrl",
  "booking.details": "bookingDetails",
  booking: "bookingRequired",
  place: "placeId",
  "place.id": "placeId",
  "place.name": "newPlaceName",
  "place.address": "newPlaceAddress",
  "place.postcode": "newPlacePostcode",
  group: "groupId",
  "group.id": "groupId",
  "group.name": "newGroupName",
  "group.url": "newGroupUrl",
};

function isFormField(name: string): name is FormField {
  return (FORM_FIELDS as readonly string[]).includes(name);
}

/**
 * The form field a schema issue belongs to.
 * @example fieldForPath(["whatToExpect", "meetingPoint"]) // "meetingPoint"
 */
export function fieldForPath(path: readonly PropertyKey[]): FormField {
  const keys = path.map(String);
  for (let length = keys.length; length > 0; length--) {
    const joined = keys.slice(0, length).join(".");
    if (PATH_FIELDS[joined]) return PATH_FIELDS[joined];
  }
  const last = keys.at(-1) ?? "title";
  if (isFormField(last)) return last;
  const first = keys[0] ?? "title";
  return isFormField(first) ? first : "title";
}

// What the schema says of these fields, as the form's own codes.
const FORM_CODES: [FormField, RegExp, SubmissionCode][] = [
  ["endTime", /must be after startDate/, "endAfterStart"],
  ["endTime", /a repeating event must last 24 hours or less/, "repeatOver24Hours"],
  ["price", /say what it costs/, "priceMissing"],
  ["repeatUntil", /needs an end/, "untilMissing"],
  ["repeatUntil", /must be a real date/, "untilNotReal"],
  ["bookingUrl", /booking is required/, "bookingMissing"],
  ["categories", /at least one/, "categoriesMissing"],
  ["categories", /must be one of/, "categoriesUnknown"],
  ["audiences", /at least one/, "audiencesMissing"],
  ["audiences", /must be one of/, "audiencesUnknown"],
  ["accessibilitySupport", /must be one of/, "accessUnknown"],
  ["consent", /.*/, "consent"],
  ["placeId", /listing id/, "placeMissing"],
  ["groupId", /listing id/, "groupMissing"],
  ["startTime", /local date and time/, "startTime"],
  ["endTime", /local date and time/, "endTime"],
];

/** A schema issue as the form's problem with one field. */
function problemFor(field: FormField, issue: z.core.$ZodIssue): FieldError {
  const own = FORM_CODES.find(([name, pattern]) => name === field && pattern.test(issue.message));
  if (own) return { field, code: own[2] };
  const first = /^must be on or after the first date \((\d{4}-\d{2}-\d{2})\)$/.exec(issue.message);
  if (field === "repeatUntil" && first) return { field, code: "untilBeforeFirst", values: { first: first[1]! } };
  const { code, values } = schemaProblem(issue);
  return values ? { field, code, values } : { field, code };
}

/** Turns schema issues into one problem per field, in the order the fields appear in the form. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const byField = new Map<FormField, FieldError>();
  for (const issue of issues) {
    const field = fieldForPath(issue.path);
    if (!byField.has(field)) byField.set(field, problemFor(field, issue));
  }
  return inFormOrder([...byField.values()]);
}

/** Problems in the order their fields appear in the form. */
function inFormOrder(problems: FieldError[]): FieldError[] {
  return problems.sort((a, b) => FORM_FIELDS.indexOf(a.field) - FORM_FIELDS.indexOf(b.field));
}

/**
 * The last date an event may start on: the same date two years on (29 February gives the 28th).
 * @example lastStartDate("2026-12-04") // "2028-12-04"
 */
export function lastStartDate(today: string): string {
  const year = String(Number(today.slice(0, 4)) + YEARS_AHEAD);
  return today.slice(5) === "02-29" ? `${year}-02-28` : `${year}${today.slice(4)}`;
}

/** True for a date written YYYY-MM-DD that exists. */
function isRealDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && LocalDateSchema.safeParse(date).success;
}

/** Why the date cannot be an event's first date, or undefined when it can. */
function dateProblem(date: string, today: string): FieldError | undefined {
  if (!date) return { field: "date", code: "dateMissing" };
  if (!isRealDate(date)) return { field: "date", code: "dateNotReal" };
  if (date < today) return { field: "date", code: "datePast" };
  const last = lastStartDate(today);
  if (date > last) return { field: "date", code: "dateTooFar", values: { lastDate: last } };
  return undefined;
}

/** Problems with the times, found without the date so they show in the same round as a problem with it. */
function timeProblems(values: FormValues): FieldError[] {
  const start = text(values, "startTime");
  const end = text(values, "endTime");
  const isTime = (time: string) => TimeOfDaySchema.safeParse(time).success;
  const problems: FieldError[] = [];
  if (!isTime(start)) problems.push({ field: "startTime", code: "startTime" });
  if (!isTime(end)) problems.push({ field: "endTime", code: "endTime" });
  else if (isTime(start) && end <= start) problems.push({ field: "endTime", code: "endAfterStart" });
  return problems;
}

/** A value sent for a choice that the form does not offer: refused, never read as another choice. */
function choiceProblems(values: FormValues, listed: ListedIds | undefined): FieldError[] {
  const problems: FieldError[] = [];
  const repeat = text(values, "repeat");
  if (repeat && !offered(REPEAT_CHOICES, repeat)) problems.push({ field: "repeat", code: "repeatUnknown" });
  if (!offered(COST_CHOICES, text(values, "cost"))) problems.push({ field: "cost", code: "costUnknown" });
  const booking = text(values, "bookingRequired");
  if (booking && !offered(BOOKING_CHOICES, booking)) {
    problems.push({ field: "bookingRequired", code: "bookingUnknown" });
  }
  const alone = text(values, "fineToComeAlone");
  if (alone && alone !== TICKED) problems.push({ field: "fineToComeAlone", code: "aloneUnknown" });
  const placeId = text(values, "placeId");
  if (listed && placeId && placeId !== NEW_CHOICE && !listed.places.has(placeId)) {
    problems.push({ field: "placeId", code: "placeNotListed" });
  }
  const groupId = text(values, "groupId");
  if (listed && groupId && groupId !== NEW_CHOICE && !listed.groups.has(groupId)) {
    problems.push({ field: "groupId", code: "groupNotListed" });
  }
  return problems;
}

// Stands in for a missing or wrong date, so the checks that do not need it still run in the same round.
const STAND_IN_DATE = "2000-01-03";

/** The result of reading a submitted form. */
export type FormResult = { ok: true; submission: Submission } | { ok: false; errors: FieldError[] };

/**
 * Reads and checks a submitted form against SubmissionSchema and what only a submission must meet: a first
 * date from today to two years ahead, only the choices the form offers, and places and groups that are
 * listed. Every problem found is named in one round, one per field, as a code for the caller to put in words.
 */
export function readSubmissionForm(values: FormValues, context: FormContext): FormResult {
  const date = text(values, "date");
  const wrongDate = dateProblem(date, context.today);
  const wrongTimes = timeProblems(values);
  const found: FieldError[] = [
    ...(wrongDate ? [wrongDate] : []),
    ...wrongTimes,
    ...choiceProblems(values, context.listed),
  ];
  const input = toSubmissionInput(isRealDate(date) ? values : { ...values, date: STAND_IN_DATE });
  const parsed = SubmissionSchema.safeParse(input);
  if (parsed.success && found.length === 0) return { ok: true, submission: parsed.data };
  const errors = parsed.success ? [] : toFieldErrors(parsed.error.issues);
  const reported = new Set(found.map((error) => error.field));
  // The schema compares start and end as written, so once either time is wrong its other time checks are moot.
  const skip = (field: FormField) =>
    reported.has(field) ||
    (reported.has("cost") && field === "price") ||
    (wrongTimes.length > 0 && (field === "startTime" || field === "endTime"));
  return { ok: false, errors: inFormOrder([...found, ...errors.filter((error) => !skip(error.field))]) };
}
