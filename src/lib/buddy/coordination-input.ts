/**
 * What a coordinator may send to the coordination API: a meeting plan, a new welcomer, a closing note, and
 * which list of requests to show. Each reader answers with the values or a message per field, written
 * to be shown beside that field in the console.
 */
import { z } from "zod";
import { plainLine, plainText, SlugSchema, TimeOfDaySchema } from "../domain";
import { holdsContactDetails } from "./coordination";

/** Blank text counts as not given, so an empty optional box is not an error. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    schema.optional(),
  );
}

const RecordIdSchema = z.string().regex(/^[a-z0-9]{10,24}$/, { error: "must be chosen from the list" });

/** A change to a request's meeting plan; any of the three may be left out. */
export const PlanInputSchema = z.object({
  welcomerId: optional(RecordIdSchema),
  meetingPoint: optional(
    plainLine(200)
      .min(3, { error: "must be at least 3 characters: name a public spot at the venue" })
      .refine((text) => !holdsContactDetails(text), {
        error: "must name a place only: no web address, email address or phone number (the resident sees it)",
      }),
  ),
  meetingTime: optional(TimeOfDaySchema),
});

/** A change to a request's meeting plan. */
export type PlanInput = z.output<typeof PlanInputSchema>;

/** A new welcomer: a first name, their group, and how the coordinator reaches them. */
export const WelcomerInputSchema = z.object({
  name: z
    .string({ error: "must be given" })
    .trim()
    .min(1, { error: "must be given" })
    .max(40, { error: "must be 40 characters or fewer" })
    .regex(/^\p{L}[\p{L}\p{M}' .-]*$/u, {
      error: "must be a first name: letters, spaces, hyphens and apostrophes only",
    }),
  groupId: SlugSchema.describe("One of the verified groups that offer welcomers."),
  note: optional(plainText(300)),
});

/** A new welcomer, as sent. */
export type WelcomerInput = z.output<typeof WelcomerInputSchema>;

/** Closing a request, with an optional note the resident sees. */
export const CloseInputSchema = z.object({
  note: optional(plainText(300)),
});

/** Which requests to list: still open, or past (closed, cancelled, or dated before today). */
export const RequestViewSchema = z.enum(["open", "past"], { error: "must be open or past" });

/** How each field is named in a message. */
export const FIELD_LABELS: Record<string, string> = {
  welcomerId: "Welcomer",
  meetingPoint: "Meeting point",
  meetingTime: "Meeting time",
  name: "First name",
  groupId: "Group",
  note: "Note",
  view: "View",
};

/** The result of reading input: the values, or a message per field. */
export type InputResult<T> = { ok: true; value: T } | { ok: false; fields: Record<string, string> };

/**
 * Reads input with a schema; each problem becomes "<Label> <problem>", the first per field.
 * @example readInput(CloseInputSchema, { note: "<b>" }) // { ok: false, fields: { note: "Note must be plain text: remove HTML tags" } }
 */
export function readInput<T extends z.ZodType>(schema: T, input: unknown): InputResult<z.output<T>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "body");
    const message =
      issue.code !== "invalid_type" || issue.message.startsWith("must")
        ? issue.message
        : issue.message.includes("undefined")
          ? "must be given"
          : "must be text";
    fields[field] ??= `${FIELD_LABELS[field] ?? field} ${message}`;
  }
  return { ok: false, fields };
}
