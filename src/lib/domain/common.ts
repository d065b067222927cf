/**
 * Small field schemas shared by every entity: slugs, local dates and times, coordinates, postcodes,
 * links, and the controlled lists. Error messages are written for the person editing the file.
 */
import { z } from "zod";

/** Name of a controlled list in messages, with its allowed keys. */
function listMessage(listName: string, keys: readonly string[]): string {
  return `must be one of the ${listName}: ${keys.join(", ")}`;
}

/** A value from a controlled list, with a message that lists what is allowed. */
export function controlled<const T extends readonly [string, ...string[]]>(keys: T, listName: string) {
  return z.enum(keys, { error: () => listMessage(listName, keys) });
}

/** A list of controlled values with no repeats. */
export function controlledList<const T extends readonly [string, ...string[]]>(keys: T, listName: string) {
  return z
    .array(controlled(keys, listName))
    .refine((values) => new Set(values).size === values.length, { error: `lists a value twice` });
}

/** The id of another listing, as its file name without the extension (e.g. `hanley-park`). */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: "must be a listing id: lower-case letters, digits and single hyphens (e.g. hanley-park)",
});

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(text: string): boolean {
  const match = LOCAL_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const daysInMonth = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return m >= 1 && m <= 12 && d >= 1 && d <= (daysInMonth[m - 1] ?? 0);
}

/**
 * A calendar date in Stoke-on-Trent, written `2026-12-06`. YAML reads an unquoted date as a timestamp
 * at midnight UTC, so a parsed Date is turned back into the date that was written.
 */
export const LocalDateSchema = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .refine(isRealDate, { error: "must be a real date written as YYYY-MM-DD (e.g. 2026-12-06)" });

/** A wall-clock date and time in Stoke-on-Trent (Europe/London), written `2026-12-06T10:00`. */
export const LocalDateTimeSchema = z
  .string({ error: "must be a local date and time written as YYYY-MM-DDTHH:MM (e.g. 2026-12-06T10:00), in quotes" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, {
    error: "must be a local date and time written as YYYY-MM-DDTHH:MM (e.g. 2026-12-06T10:00), with no time zone",
  })
  .refine((text) => isRealDate(text.slice(0, 10)), { error: "names a date that does not exist" });

/** A time of day, 24-hour, written `09:30`. */
export const TimeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "must be a 24-hour time written as HH:MM (e.g. 09:30)" });

/** Latitude and longitude in WGS84 decimal degrees. */
export const GeoSchema = z.strictObject({
  lat: z
    .number({ error: "lat must be a number (decimal degrees, e.g. 53.0232)" })
    .min(-90)
    .max(90)
    .describe("Latitude in decimal degrees, e.g. 53.0232."),
  lng: z
    .number({ error: "lng must be a number (decimal degrees, e.g. -2.1751)" })
    .min(-180)
    .max(180)
    .describe("Longitude in decimal degrees, e.g. -2.1751 (west of Greenwich is negative)."),
});

/** A UK postcode such as `ST1 3DW`, upper case with one space. */
export const PostcodeSchema = z
  .string()
  .trim()
  .transform((text) => text.toUpperCase().replace(/\s+/g, " "))
  .refine((text) => /^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/.test(text), {
    error: "must be a UK postcode with a space (e.g. ST1 3DW)",
  });

/** A public web address starting https:// (or http://), kept normalised (see web-address.ts). */
export { WebAddressSchema as UrlSchema } from "./web-address";

// Control characters (C0, DEL and C1) other than tab and the line breaks: invisible, and some end or garble text.
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
// Bidirectional embeddings, overrides and isolates: they reorder what is shown (the "Trojan Source" trick).
// The marks U+200E, U+200F and U+061C are left alone: right-to-left text needs them.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// Characters that show nothing and take no room: joiners, marks, fillers, variation selectors and tags.
const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\u2800]/gu;

/** The code point as written in the Unicode standard, e.g. U+202E. */
function codePointName(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** A character that must not be stored: a control character, or one that reorders the text, named as U+XXXX. */
export interface HiddenCharacter {
  kind: "control" | "direction";
  character: string;
}

/**
 * The first character of a text that must not be stored (a control character, or one that reorders the text),
 * or undefined when it holds none. Tab and line breaks (LF, CR) are allowed; a caller refuses line breaks if it
 * needs one line.
 * @example findHiddenCharacter("abc\u202E") // { kind: "direction", character: "U+202E" }
 */
export function findHiddenCharacter(text: string): HiddenCharacter | undefined {
  const control = CONTROL.exec(text);
  if (control) return { kind: "control", character: codePointName(control[0]) };
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) return { kind: "direction", character: codePointName(bidi[0]) };
  return undefined;
}

/**
 * Why a text holds a character that must not be stored, in English, or undefined when it holds none.
 * @example hiddenCharacterProblem("abc\u202E") // "must not contain hidden characters that change ..."
 */
export function hiddenCharacterProblem(text: string): string | undefined {
  const found = findHiddenCharacter(text);
  if (found?.kind === "control") {
    return `must not contain hidden control characters (it has ${found.character}): type it again rather than pasting it`;
  }
  if (found?.kind === "direction") {
    return `must not contain hidden characters that change the direction of the text (it has ${found.character}): type it again rather than pasting it`;
  }
  return undefined;
}

/**
 * True when a text shows nothing: it is empty, or only spaces and invisible characters (zero-width spaces
 * and joiners, direction marks, fillers).
 * @example isBlank("\u200B \u2060") // true
 */
export function isBlank(text: string): boolean {
  return text.replace(IGNORABLE, "").trim() === "";
}

/**
 * How many characters of a text are shown, spaces included: its length without invisible characters.
 * @example shownLength("a\u200Bb c") // 4
 */
export function shownLength(text: string): number {
  return [...text.replace(IGNORABLE, "").trim()].length;
}

/**
 * The checks every stored text shares: line breaks as LF (a browser sends CR LF), Unicode NFC, trimmed, not
 * blank, and no control or reordering characters.
 */
function storedText(max: number) {
  return z
    .string()
    .overwrite((text) => text.replace(/\r\n?/g, "\n"))
    .normalize("NFC")
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, { error: `must be ${max} characters or fewer` })
    .refine((text) => text === "" || !isBlank(text), { error: "must not be empty: it has only invisible characters" })
    .superRefine((text, ctx) => {
      const problem = hiddenCharacterProblem(text);
      if (problem) ctx.addIssue({ code: "custom", message: problem, input: text });
    });
}

/** One line of plain text, stored in Unicode NFC: no HTML, no line breaks, no control characters. */
export function plainLine(max: number) {
  return storedText(max)
    .refine((text) => !/[<>]/.test(text), { error: "must be plain text: remove < and >" })
    .refine((text) => !/[\r\n]/.test(text), { error: "must be a single line" });
}

/** A paragraph or two of plain text, stored in Unicode NFC with LF line breaks: no HTML, no control characters. */
export function plainText(max: number) {
  return storedText(max).refine((text) => !/<[a-z!/]/i.test(text), { error: "must be plain text: remove HTML tags" });
}

/** Fields every listing carries to say how far it can be trusted. */
export const TrustFields = {
  lastChecked: LocalDateSchema.describe("The date someone last checked this listing was right (YYYY-MM-DD)."),
  example: z
    .boolean()
    .default(false)
    .describe("true for an illustrative listing that is not a real group or event; the page says so."),
};

/**
 * Where an imported listing was read: its source, its identifier there, when the source was last read in
 * full and when the listing last changed there, and (for a listing whose record gives one, such as an Open
 * Referral service) the date its own record says it was last updated.
 */
export const ImportedFromSchema = z.strictObject({
  source: SlugSchema.describe("The source's id (content/sources/)."),
  name: plainLine(120).describe("The source's name, as the page shows it."),
  uid: z.string().min(1).max(1000).describe("The listing's identifier in its feed."),
  checkedAt: z.iso.datetime({ offset: true }).describe("When the source was last read in full."),
  changedAt: z.iso.datetime({ offset: true }).describe("When the listing last changed in its feed."),
  updatedOn: LocalDateSchema.optional().describe("The date the listing's own record says it was last updated."),
  alsoFrom: z
    .array(z.strictObject({ source: SlugSchema, name: plainLine(120) }))
    .default([])
    .describe("Other sources that publish the same listing."),
});
/** Where an imported listing came from, as its page says it. */
export type Provenance = z.output<typeof ImportedFromSchema>;

/** A point on the map. */
export type Geo = z.output<typeof GeoSchema>;
