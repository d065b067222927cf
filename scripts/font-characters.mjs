// The characters the site's web fonts carry (scripts/subset-fonts.mjs) and the build checks pages against
// (scripts/check-fonts.mjs): English text, the accented letters of names and words English borrows, and the
// punctuation and currency the listings use. Every other character is drawn by the reader's system fonts.
const span = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join("");

/** Every character the web fonts draw. */
export const FONT_CHARACTERS =
  span(0x20, 0x7e) + // Basic Latin
  "\u00a0£·" + // no-break space, pound, middle dot (the listings' separator)
  "ÀÁÂÄÇÈÉÊËÍÎÏÑÓÔÖÙÚÛÜàáâäçèéêëíîïñóôöùúûü" +
  "\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u2026\u20ac"; // – — ‘ ’ “ ” „ … € („ opens quotes in Polish and Romanian)

/**
 * Letters of the interface's Latin-script community languages, Polish and Romanian (with the cedilla forms of ș
 * and ț that older keyboards type), in a second, smaller file of each font: a page loads it only when it uses one
 * of them (its unicode-range), so English pages cost nothing more.
 */
export const EXTENDED_CHARACTERS = "ĄąĆćĘęŁłŃńŚśŹźŻżĂăȘșȚțŞşŢţ";

/** Characters the web fonts would be expected to draw: Latin letters, punctuation and currency. */
export const LATIN_OR_PUNCTUATION = /[\u0020-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]/u;

/** Code points as a CSS unicode-range, e.g. toUnicodeRange([0x20, 0x21, 0xa0]) → "U+20-21, U+A0". */
export function toUnicodeRange(codePoints) {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < sorted.length; i += 1) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j += 1;
    const hex = (n) => n.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(sorted[i])}` : `U+${hex(sorted[i])}-${hex(sorted[j])}`);
    i = j;
  }
  return parts.join(", ");
}
