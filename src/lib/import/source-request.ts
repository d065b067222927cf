/**
 * A group's request for its calendar to be added as a source, from the form at /submit/calendar/: its
 * fields, how a posted form is read and checked, the record kept until a moderator adds the calendar or
 * declines it, and what the moderation console is sent. The address is checked as a source's is
 * (SourceAddressSchema), so what a group sends is what a moderator can add.
 */
import { z } from "zod";
import { SlugSchema, plainLine, plainText } from "../domain/common";
import { SourceAddressSchema } from "../domain/source";
import { schemaProblem, type FieldProblem, type SchemaCode } from "../submissions/problems";
import { ContactEmailSchema, SubmittedGroupSchema } from "../submissions/schema";

/** What a posted form holds: each field's text, or a list for a repeated name. */
export type FormValues = Record<string, string | string[] | undefined>;

/** The form value that means "a group not listed yet". */
export const NEW_GROUP = "new";

/**
 * The kinds of calendar a group can say it keeps; only a hint for the moderator (the importer tells by reading).
 * The moderation console names them in English; the form's words for them are in the `submit` catalogue.
 */
export const CALENDAR_KINDS = {
  google: "Google Calendar",
  outlook: "Outlook or Microsoft 365",
  apple: "Apple (iCloud) Calendar",
  website: "Events on our own website",
  other: "Something else",
} as const;
/** A kind of calendar a group can say it keeps. */
export type CalendarKind = keyof typeof CALENDAR_KINDS;

/**
 * The form's fields in page order. Ids and names in the form are the same; each one's label, and how a
 * message about it begins, are in the `submit` catalogue.
 */
export const REQUEST_FIELDS = [
  "groupId",
  "groupName",
  "url",
  "calendar",
  "placeId",
  "placeWords",
  "share",
  "contactEmail",
  "note",
] as const;
/** A request form field's name. */
export type RequestField = (typeof REQUEST_FIELDS)[number];

/** What the request form can say is wrong, beyond what the shared schemas say of any field (SchemaCode). */
export const REQUEST_CODES = [
  "groupMissing",
  "groupNotListed",
  "groupNameMissing",
  "urlMissing",
  "calendarUnknown",
  "placeUnknown",
  "emailMissing",
] as const;
/** A problem the request form names. */
export type RequestCode = (typeof REQUEST_CODES)[number] | SchemaCode;
/** One problem with the form, in no language: for the error summary and beside its field. */
export type RequestProblem = FieldProblem<RequestField, RequestCode>;

/** What a group sends: whose calendar, where it is, and how to reply. */
export const SourceRequestFields = z.strictObject({
  group: SubmittedGroupSchema,
  url: SourceAddressSchema,
  calendar: z.enum(Object.keys(CALENDAR_KINDS) as [CalendarKind, ...CalendarKind[]]).optional(),
  place: SlugSchema.optional(),
  placeWords: plainLine(200).optional(),
  /** The group's word that anyone may share its events under the Open Government Licence (the site's open data). */
  share: z.boolean().default(false),
  /** Private: shown only in the moderation console, and deleted with the request when it is resolved. */
  contactEmail: ContactEmailSchema,
  note: plainText(1000).optional(),
});
/** A checked request, before it is stored. */
export type SourceRequestInput = z.output<typeof SourceRequestFields>;

/** A request as stored: one object, written once, deleted whole when a moderator resolves it. */
export const StoredSourceRequestSchema = SourceRequestFields.extend({
  id: z.string().regex(/^[a-z0-9]{10,24}$/),
  receivedAt: z.iso.datetime({ offset: true }),
  /** The sender's address as a keyed hash, never the address itself. */
  clientHash: z.string(),
});
/** A request as stored. */
export type StoredSourceRequest = z.output<typeof StoredSourceRequestSchema>;

/** What the moderation console is sent about a request: everything but the sender's hashed address. */
export type SourceRequestView = Omit<StoredSourceRequest, "clientHash">;

/** A stored request as the console shows it. */
export function toRequestView(record: StoredSourceRequest): SourceRequestView {
  const { clientHash: _client, ...shown } = record;
  return shown;
}

/** The ids of the groups and places listed on the site. */
export interface ListedIds {
  places: ReadonlySet<string>;
  groups: ReadonlySet<string>;
}

function text(values: FormValues, name: RequestField): string {
  const value = values[name];
  return (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
}

/** The form's answers as the fields schema reads them: empty optional answers left out. */
function toInput(values: FormValues): Record<string, unknown> {
  const optional = (name: RequestField) => text(values, name) || undefined;
  const groupId = text(values, "groupId");
  return {
    group:
      groupId === NEW_GROUP || (groupId === "" && text(values, "groupName") !== "")
        ? { kind: "new", name: text(values, "groupName") }
        : { kind: "known", id: groupId },
    url: text(values, "url"),
    calendar: optional("calendar"),
    place: optional("placeId"),
    placeWords: optional("placeWords"),
    share: text(values, "share") === "yes",
    contactEmail: text(values, "contactEmail"),
    note: optional("note"),
  };
}

/** The form field a schema issue belongs to. */
function fieldFor(path: readonly PropertyKey[]): RequestField {
  const [first, second] = path.map(String);
  if (first === "group") return second === "name" ? "groupName" : "groupId";
  if (first === "place") return "placeId";
  return (first ?? "url") as RequestField;
}

// What the schema says of these fields, as the form's own codes.
const FORM_CODES: [RequestField, RegExp, RequestCode][] = [
  ["groupId", /./, "groupMissing"],
  ["groupName", /must not be empty$/, "groupNameMissing"],
  ["calendar", /./, "calendarUnknown"],
  ["placeId", /./, "placeUnknown"],
];

function problemFor(field: RequestField, issue: z.core.$ZodIssue): RequestProblem {
  const own = FORM_CODES.find(([name, pattern]) => name === field && pattern.test(issue.message));
  if (own) return { field, code: own[2] };
  const { code, values } = schemaProblem(issue);
  return values ? { field, code, values } : { field, code };
}

/**
 * Reads and checks a posted request form: every problem, one per field in page order, or the request. A group
 * or place chosen from the list must be one the site lists; an empty address is asked for in plain words.
 */
export function readSourceRequestForm(
  values: FormValues,
  listed: ListedIds,
): { ok: true; request: SourceRequestInput } | { ok: false; errors: RequestProblem[] } {
  const problems = new Map<RequestField, RequestProblem>();
  const add = (problem: RequestProblem) => {
    if (!problems.has(problem.field)) problems.set(problem.field, problem);
  };
  const input = toInput(values);
  if (text(values, "url") === "") add({ field: "url", code: "urlMissing" });
  if (text(values, "contactEmail") === "") add({ field: "contactEmail", code: "emailMissing" });
  const parsed = SourceRequestFields.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldFor(issue.path);
      add(problemFor(field, issue));
    }
  }
  const groupId = text(values, "groupId");
  if (groupId && groupId !== NEW_GROUP && !listed.groups.has(groupId))
    add({ field: "groupId", code: "groupNotListed" });
  const placeId = text(values, "placeId");
  if (placeId && !listed.places.has(placeId)) add({ field: "placeId", code: "placeUnknown" });

  if (problems.size > 0 || !parsed.success) {
    return {
      ok: false,
      errors: [...problems.values()].sort((a, b) => REQUEST_FIELDS.indexOf(a.field) - REQUEST_FIELDS.indexOf(b.field)),
    };
  }
  return { ok: true, request: parsed.data };
}

/**
 * The name a source made from a request starts as, for the moderator to change if they like.
 * @example suggestedSourceName("Meir Welcome Circle") // "Meir Welcome Circle's own calendar"
 * @example suggestedSourceName("Hanley Health Walks") // "Hanley Health Walks' own calendar"
 */
export function suggestedSourceName(group: string): string {
  return `${group}${/s$/i.test(group) ? "'" : "'s"} own calendar`;
}
