/**
 * A group's request for its calendar to be added as a source, from the form at /submit/calendar/: its
 * fields, how a posted form is read and checked, the record kept until a moderator adds the calendar or
 * declines it, and what the moderation console is sent. The address is checked as a source's is
 * (SourceAddressSchema), so what a group sends is what a moderator can add.
 */
import { z } from "zod";
import { SlugSchema, plainLine, plainText } from "../domain/common";
import { SourceAddressSchema } from "../domain/source";
import { ContactEmailSchema, SubmittedGroupSchema } from "../submissions/schema";

/** What a posted form holds: each field's text, or a list for a repeated name. */
export type FormValues = Record<string, string | string[] | undefined>;

/** The form value that means "a group not listed yet". */
export const NEW_GROUP = "new";

/** The kinds of calendar a group can say it keeps; only a hint for the moderator (the importer tells by reading). */
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
 * The form's fields in page order: the label people see, and how a message about the field begins.
 * Ids and names in the form are the same as the keys.
 */
export const REQUEST_FIELDS = {
  groupId: { label: "Your group", subject: "Your group" },
  groupName: { label: "Your group's name", subject: "Your group's name" },
  url: { label: "Your calendar's address, or your events page", subject: "The address" },
  calendar: { label: "What kind of calendar is it? (optional)", subject: "The kind of calendar" },
  placeId: { label: "Where its events usually happen (optional)", subject: "The place" },
  placeWords: { label: "Or say where, in a few words (optional)", subject: "Where its events happen" },
  share: { label: "Sharing your events", subject: "Sharing" },
  contactEmail: { label: "Your email address", subject: "Your email address" },
  note: { label: "Anything else we should know (optional)", subject: "Your note" },
} as const;
/** A request form field's name. */
export type RequestField = keyof typeof REQUEST_FIELDS;

/** One problem with the form, for the error summary and beside its field. */
export interface RequestProblem {
  field: RequestField;
  message: string;
}

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

// The schema's messages are written for any field; these say it for this form.
const FORM_MESSAGES: [RequestField, RegExp, string][] = [
  ["groupId", /./, "Choose your group, or choose 'A group not listed' and give its name"],
  ["groupName", /must not be empty$/, "Enter your group's name"],
  ["calendar", /./, "Choose the kind of calendar from the list, or leave it unchosen"],
  ["placeId", /./, "Choose a place from the list, or leave it unchosen"],
];

function sentenceFor(field: RequestField, message: string): string {
  const rewrite = FORM_MESSAGES.find(([name, pattern]) => name === field && pattern.test(message));
  return rewrite ? rewrite[2] : `${REQUEST_FIELDS[field].subject} ${message}`;
}

/**
 * Reads and checks a posted request form: every problem, one per field in page order, or the request. A group
 * or place chosen from the list must be one the site lists; an empty address is asked for in plain words.
 */
export function readSourceRequestForm(
  values: FormValues,
  listed: ListedIds,
): { ok: true; request: SourceRequestInput } | { ok: false; errors: RequestProblem[] } {
  const problems = new Map<RequestField, string>();
  const add = (field: RequestField, message: string) => {
    if (!problems.has(field)) problems.set(field, message);
  };
  const input = toInput(values);
  if (text(values, "url") === "") {
    add("url", "Enter the address of your calendar or events page, starting https:// or webcal://");
  }
  if (text(values, "contactEmail") === "") add("contactEmail", "Enter your email address, so we can reply");
  const parsed = SourceRequestFields.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldFor(issue.path);
      add(field, sentenceFor(field, issue.message));
    }
  }
  const groupId = text(values, "groupId");
  if (groupId && groupId !== NEW_GROUP && !listed.groups.has(groupId)) {
    add("groupId", "Choose your group from the list, or choose 'A group not listed' and give its name");
  }
  const placeId = text(values, "placeId");
  if (placeId && !listed.places.has(placeId)) add("placeId", "Choose a place from the list, or leave it unchosen");

  if (problems.size > 0 || !parsed.success) {
    const order = Object.keys(REQUEST_FIELDS);
    return {
      ok: false,
      errors: [...problems]
        .map(([field, message]) => ({ field, message }))
        .sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field)),
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
