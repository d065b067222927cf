/**
 * Short links for printed posters' tear-off strips: `/e/<code>/` leads to an event's page. A code is made from
 * the event's id alone (seven characters of a hash, in letters and digits that cannot be mistaken for each other),
 * so a poster printed today still leads to its event after any number of builds.
 */

/** Where short links live, on the site. */
export const SHORT_LINK_PATH = "/e/";

// Crockford's base 32: no i, l, o or u, which are read as 1, 0 or v.
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const LENGTH = 7;

/** FNV-1a, 64 bits: a well-spread hash of a short text, enough for seven characters of base 32. */
function hash(text: string): bigint {
  let value = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    value ^= BigInt(byte);
    value = (value * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return value;
}

/**
 * An event's short code.
 * @example shortCode("tunstall-coffee-morning") // "0ny1430"
 */
export function shortCode(id: string): string {
  let value = hash(id);
  let code = "";
  for (let index = 0; index < LENGTH; index += 1) {
    code += ALPHABET[Number(value & 31n)];
    value >>= 5n;
  }
  return code;
}

/**
 * Every event's short code, by code; fails naming both events if two ids ever share one (about one chance in
 * seven thousand at 10,000 events), so no printed link can lead to the wrong event: rename one of them.
 */
export function shortLinks(ids: readonly string[]): Map<string, string> {
  const byCode = new Map<string, string>();
  for (const id of ids) {
    const code = shortCode(id);
    const other = byCode.get(code);
    if (other !== undefined && other !== id)
      throw new Error(`The events ${other} and ${id} have the same short link (${code}): give one of them another id.`);
    byCode.set(code, id);
  }
  return byCode;
}
