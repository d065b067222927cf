/**
 * Writes VEVENT text (RFC 5545) for the site's events, byte for byte as ical-generator writes them, without
 * building its objects or formatting each time through Luxon: a fresh feed instance writes thousands of events
 * at once. TEXT values are escaped as §3.3.11 asks and lines folded at 75 octets (§3.1); local times carry the
 * city's TZID and UTC times end in Z. The committed feeds in `__fixtures__/` hold it to ical-generator's output.
 */
import { remembered } from "../remembered";
import { parseLocal } from "../time/zone";

const NEEDS_ESCAPE = /[\\;,\r\n]/;

/**
 * A TEXT value escaped: backslash, semicolon and comma with a backslash, each line break as \n.
 * @example escapeText("Bagnall Street, Hanley") // "Bagnall Street\\, Hanley"
 */
export function escapeText(value: string | number): string {
  const text = String(value);
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/[\\;,]/g, "\\$&").replace(/(?:\r\n|\r|\n)/g, "\\n");
}

const LINE_OCTETS = 74;

// No code unit from U+0080 up: every character is ASCII, so a length is a size in octets.
const ASCII = /^[^\u0080-\uffff]*$/;

const encoder = new TextEncoder();
// Room for one folded line's octets: encodeInto fills it with whole characters only.
const lineOctets = new Uint8Array(LINE_OCTETS);

/**
 * One content line folded (§3.1): a CRLF and a space before the octet that would pass 74, never inside a character.
 * @example foldLine("DESCRIPTION:" + "x".repeat(70)).includes("\r\n ") // true
 */
export function foldLine(line: string): string {
  if (ASCII.test(line)) {
    if (line.length <= LINE_OCTETS) return line;
    const parts: string[] = [];
    for (let start = 0; start < line.length; start += LINE_OCTETS) parts.push(line.slice(start, start + LINE_OCTETS));
    return parts.join("\r\n ");
  }
  if (!line.isWellFormed()) return foldByCharacter(line);
  // Each piece is as many whole characters as fit in 74 octets, measured by the encoder itself.
  const parts: string[] = [];
  for (let rest = line; rest.length > 0;) {
    const { read } = encoder.encodeInto(rest, lineOctets);
    parts.push(rest.slice(0, read));
    rest = rest.slice(read);
  }
  return parts.join("\r\n ");
}

/** `foldLine` character by character, for a line with a lone surrogate, which the encoder would replace. */
function foldByCharacter(line: string): string {
  let folded = "";
  let octets = 0;
  let from = 0;
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    let size: number;
    let width = 1;
    if (code < 0x80) size = 1;
    else if (code < 0x800) size = 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      size = 4;
      width = 2;
    } else size = 3;
    octets += size;
    if (octets > LINE_OCTETS) {
      folded += `${line.slice(from, index)}\r\n `;
      from = index;
      octets = size;
    }
    index += width - 1;
  }
  return folded + line.slice(from);
}

const LOCAL_PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
// Bounded, in case an instance lives long; events share most of their dates and times.
const KEPT = 50_000;
const localStampOf = remembered((text: string) => parseLocal(text).toFormat("yyyyLLdd'T'HHmmss"), KEPT);

/**
 * A local time in the city ("YYYY-MM-DDTHH:MM") as a local DATE-TIME, as Luxon reads it.
 * @example toLocalStamp("2027-03-01T19:00") // "20270301T190000"
 */
export function toLocalStamp(text: string): string {
  const parts = LOCAL_PARTS.exec(text);
  // A wall-clock time is kept as written, except in the hour the clocks go forward (01:00 to 02:00 on the last
  // Sunday of March in Europe/London), which does not exist and which Luxon moves on: that one Luxon writes.
  if (parts && !(parts[2] === "03" && parts[4] === "01"))
    return `${parts[1]}${parts[2]}${parts[3]}T${parts[4]}${parts[5]}00`;
  return localStampOf(text);
}

/**
 * The date of a local time in the city as a DATE value.
 * @example toLocalDate("2027-07-29T00:00") // "20270729"
 */
export function toLocalDate(text: string): string {
  return LOCAL_PARTS.test(text)
    ? `${text.slice(0, 4)}${text.slice(5, 7)}${text.slice(8, 10)}`
    : parseLocal(text).toFormat("yyyyLLdd");
}

const untilStampOf = remembered(
  (date: string) => parseLocal(date).endOf("day").set({ millisecond: 0 }).toUTC().toFormat("yyyyLLdd'T'HHmmss'Z'"),
  KEPT,
);

/**
 * The last whole second of a date in the city, in UTC, as RRULE's UNTIL wants it when DTSTART has a TZID (§3.3.10).
 * @example toUntilStamp("2027-12-31") // "20271231T235959Z"
 */
export function toUntilStamp(date: string): string {
  return untilStampOf(date);
}
