/**
 * The submission form's fields and how they map onto SubmissionSchema. The browser (inline validation) and
 * the submit function (no-JavaScript posts) both read a form through `readSubmissionForm`, so a person sees
 * the same message for the same mistake either way.
 */
import type { z } from "zod";
import { LocalDateSchema, TimeOfDaySchema } from "../domain/common";
import { WEEKDAYS } from "../domain/vocab";
import { formatLocalDate } from "../time/local";
import { weekdayIndexOf } from "../time/names";
import { SubmissionSchema, type Submission } from "./schema";

/** What a posted form holds: each field's text, or several for checkboxes. */
export type FormValues = Record<string, string | string[] | undefined>;

/** One problem with the form, for the error summary and beside the field. */
export interface FieldError {
  field: FormField;
  message: string;
}

/** The form's fields in page order, with the label people see; ids and names are the same. */
export const FORM_FIELDS = {
  title: "Event name",
  summary: "Short summary",
  description: "Full description",
  date: "Date",
  startTime: "Start time",
  endTime: "End time",
  repeat: "How often it happens",
  repeatUntil: "Last date it happens",
  placeId: "Where it happens",
  newPlaceName: "Name of the new place",
  newPlaceAddress: "Address of the new place",
  newPlacePostcode: "Postcode of the new place",
  groupId: "Who runs it",
  newGroupName: "Name of your group",
  newGroupUrl: "Your group's website",
  categories: "What it is about",
  audiences: "Who it is for",
  cost: "Cost",
  price: "Price",
  bookingRequired: "Do people need to book?",
  bookingUrl: "Where to book online",
  bookingDetails: "How to book otherwise",
  accessibilitySupport: "Access support",
  accessibilityNotes: "Anything else about access",
  meetingPoint: "Where to go when you arrive",
  whoGreetsYou: "Who will say hello",
  whatToBring: "What to bring",
  fineToComeAlone: "Lots of people come on their own",
  attendeeInstructions: "What happens, for a first-timer",
  url: "More information on your website",
  contactEmail: "Your email address",
  consent: "Privacy",
} as const;
/** A field's name. */
export type FormField = keyof typeof FORM_FIELDS;

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

/**
 * A field's label as the form shows it.
 * @example formLabel("url") // "More information on your website (optional)"
 */
export function formLabel(name: FormField): string {
  return OPTIONAL_FIELDS.has(name) ? `${FORM_FIELDS[name]} (optional)` : FORM_FIELDS[name];
}

/** How often an event repeats, as offered in the form. */
export const REPEAT_CHOICES = {
  none: "Just once",
  weekly: "Every week on the same day",
  fortnightly: "Every other week on the same day",
  "monthly-date": "Every month on the same date",
  "monthly-day": "Every month on the same weekday (for example the second Tuesday)",
} as const;

/** How much it costs, as offered in the form. */
export const COST_CHOICES = {
  free: "Free",
  price: "There is a price",
  "pay-what-you-can": "Pay what you can",
} as const;

/** Whether people need to book, as offered in the form. */
export const BOOKING_CHOICES = {
  no: "No, just turn up",
  yes: "Yes",
} as const;

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
  if (repeat === "none" || !Object.hasOwn(REPEAT_CHOICES, repeat) || !day) return undefined;
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
  if (last in FORM_FIELDS) return last as FormField;
  const first = keys[0] ?? "title";
  return first in FORM_FIELDS ? (first as FormField) : "title";
}

const MESSAGES = {
  date: "Enter the date it happens (the first date, if it repeats)",
  startTime: "Enter the start time, like 10:30",
  endTime: "Enter the end time, like 12:00",
  endAfterStart: "End time must be after the start time",
} as const;

// Messages in the schema are written for editors of content files; these say the same for the form.
const FORM_MESSAGES: [FormField, RegExp, string][] = [
  ["endTime", /must be after startDate/, MESSAGES.endAfterStart],
  ["price", /say what it costs/, "Say what it costs, or choose Free or Pay what you can"],
  ["repeatUntil", /needs an end/, "Give the last date it happens, so the listing does not run for ever"],
  ["repeatUntil", /must be a real date/, "Last date it happens must be a real date, written like 2027-12-31"],
  ["bookingUrl", /booking is required/, "Say where to book online, or how to book otherwise"],
  ["categories", /at least one/, "Choose at least one thing it is about"],
  ["categories", /must be one of/, "Choose what it is about from the choices listed"],
  ["audiences", /at least one/, "Choose who it is for (Everyone when it is open to all)"],
  ["audiences", /must be one of/, "Choose who it is for from the choices listed"],
  ["accessibilitySupport", /must be one of/, "Choose access support from the choices listed, or none"],
  ["consent", /.*/, "Tick the box to agree to the privacy notice, so we can keep your email"],
  ["placeId", /listing id/, "Choose where it happens, or choose a new place"],
  ["groupId", /listing id/, "Choose who runs it, or choose a new group"],
  ["startTime", /local date and time/, MESSAGES.startTime],
  ["endTime", /local date and time/, MESSAGES.endTime],
];

/** A schema issue as one sentence for the person filling in the form. */
function sentenceFor(field: FormField, message: string): string {
  const rewrite = FORM_MESSAGES.find(([name, pattern]) => name === field && pattern.test(message));
  if (rewrite) return rewrite[2];
  return `${FORM_FIELDS[field]} ${message}`;
}

/** Turns schema issues into one message per field, in the order the fields appear in the form. */
export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldError[] {
  const byField = new Map<FormField, string>();
  for (const issue of issues) {
    const field = fieldForPath(issue.path);
    if (!byField.has(field)) byField.set(field, sentenceFor(field, issue.message));
  }
  const order = Object.keys(FORM_FIELDS);
  return [...byField]
    .map(([field, message]) => ({ field, message }))
    .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
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
function dateProblem(date: string, today: string): string | undefined {
  if (!date) return MESSAGES.date;
  if (!isRealDate(date)) return "Date must be a real date, written like 2027-03-12";
  if (date < today) return "Date must be today or in the future";
  const last = lastStartDate(today);
  if (date > last) return `Date must be within two years from today, so on or before ${formatLocalDate(last)}`;
  return undefined;
}

/** Problems with the times, found without the date so they show in the same round as a problem with it. */
function timeProblems(values: FormValues): FieldError[] {
  const start = text(values, "startTime");
  const end = text(values, "endTime");
  const isTime = (time: string) => TimeOfDaySchema.safeParse(time).success;
  const problems: FieldError[] = [];
  if (!isTime(start)) problems.push({ field: "startTime", message: MESSAGES.startTime });
  if (!isTime(end)) problems.push({ field: "endTime", message: MESSAGES.endTime });
  else if (isTime(start) && end <= start) problems.push({ field: "endTime", message: MESSAGES.endAfterStart });
  return problems;
}

/** A value sent for a choice that the form does not offer: refused, never read as another choice. */
function choiceProblems(values: FormValues, listed: ListedIds | undefined): FieldError[] {
  const problems: FieldError[] = [];
  const offered = (choices: object, value: string) => Object.hasOwn(choices, value);
  const repeat = text(values, "repeat");
  if (repeat && !offered(REPEAT_CHOICES, repeat)) {
    problems.push({
      field: "repeat",
      message:
        "Choose how often it happens: just once, every week, every other week, every month on the same date, or every month on the same weekday",
    });
  }
  if (!offered(COST_CHOICES, text(values, "cost"))) {
    problems.push({ field: "cost", message: "Choose whether it is free, has a price, or is pay what you can" });
  }
  const booking = text(values, "bookingRequired");
  if (booking && !offered(BOOKING_CHOICES, booking)) {
    problems.push({
      field: "bookingRequired",
      message: "Choose whether people need to book: Yes, or No, just turn up",
    });
  }
  const alone = text(values, "fineToComeAlone");
  if (alone && alone !== TICKED) {
    problems.push({
      field: "fineToComeAlone",
      message: "Tick the box if it is fine to come alone, or leave it unticked",
    });
  }
  const placeId = text(values, "placeId");
  if (listed && placeId && placeId !== NEW_CHOICE && !listed.places.has(placeId)) {
    problems.push({
      field: "placeId",
      message: "Choose where it happens from the list, or choose a new place: the place you sent is not listed",
    });
  }
  const groupId = text(values, "groupId");
  if (listed && groupId && groupId !== NEW_CHOICE && !listed.groups.has(groupId)) {
    problems.push({
      field: "groupId",
      message: "Choose who runs it from the list, or choose a new group: the group you sent is not listed",
    });
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
 * listed. Every problem found is named in one round, one per field.
 */
export function readSubmissionForm(values: FormValues, context: FormContext): FormResult {
  const date = text(values, "date");
  const wrongDate = dateProblem(date, context.today);
  const wrongTimes = timeProblems(values);
  const found: FieldError[] = [
    ...(wrongDate ? [{ field: "date" as const, message: wrongDate }] : []),
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
  const merged = [...found, ...errors.filter((error) => !skip(error.field))];
  const order = Object.keys(FORM_FIELDS);
  return { ok: false, errors: merged.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)) };
}
