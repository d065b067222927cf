/**
 * Values as feeds give them, made fit to keep: postcodes found in free-text locations and written one way,
 * and web addresses kept only when they are public http(s) addresses, as the site stores every address.
 * (HTML in names and descriptions becomes text in plain-text.ts.)
 */
import { WebAddressSchema } from "../domain/web-address";

/**
 * A UK postcode written any way, upper case with one space; undefined when the text is not one.
 * @example normalisePostcode(" st65ad ") // "ST6 5AD"
 */
export function normalisePostcode(text: string): string | undefined {
  const parts = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/.exec(text.replace(/\s+/g, "").toUpperCase());
  return parts ? `${parts[1]} ${parts[2]}` : undefined;
}

/**
 * The last UK postcode in a line of free text (an address written as one string), upper case with one space.
 * @example findPostcode("Tunstall Library, The Boulevard, st6 5ad") // "ST6 5AD"
 */
export function findPostcode(text: string): string | undefined {
  const found = [...text.matchAll(/\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b/gi)].pop();
  return found ? normalisePostcode(found[0]) : undefined;
}

/**
 * A web address kept only when it is one the site would store (public, http or https, no credentials),
 * normalised; anything else is dropped.
 * @example publicWebAddress("javascript:alert(1)") // undefined
 */
export function publicWebAddress(address: string | undefined, base?: string): string | undefined {
  if (!address) return undefined;
  let absolute: string;
  try {
    absolute = new URL(address.trim(), base).href;
  } catch {
    return undefined;
  }
  const parsed = WebAddressSchema.safeParse(absolute);
  return parsed.success ? parsed.data : undefined;
}

/**
 * A name as the words of a web address: accents dropped, lower case, "&" as "and", apostrophes gone, other
 * characters as single hyphens, cut on a word to at most `max` characters. Empty when nothing is left.
 * @example slugWords("Carers' Café & Chat") // "carers-cafe-and-chat"
 */
export function slugWords(text: string, max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.length <= max ? slug : slug.slice(0, max).replace(/-[^-]*$/, "");
}

/**
 * A line with nothing the site's one-line fields refuse (angle brackets, line breaks), cut to `max` at a word.
 * @example oneLine("Back room,\n The Red Lion", 200) // "Back room, The Red Lion"
 */
export function oneLine(text: string, max: number): string {
  const line = text.replace(/[<>]/g, "").replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).replace(/\s+\S*$/, "")}…`;
}
