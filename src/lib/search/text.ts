/**
 * How search reads text, the same for listings and for what residents type: folded (case, accents,
 * punctuation), cut into words, common words dropped, and English words reduced to their stem so that
 * "gardens", "walks" and "volunteering" find "garden", "walking" and "volunteers".
 *
 * The stemmer is the `stemmer` package (Porter's algorithm, part of the unified/wooorm family): ESM with
 * its own types, no dependencies, and 1.4 KB gzip in the finder's search bundle.
 */
import { stemmer } from "stemmer";

/**
 * Folds case, accents and punctuation so "Café" finds "cafe" and "St. John's" finds "st johns".
 * @example foldText("  Café   St. John’s ") // "cafe st johns"
 */
export function foldText(text: string): string {
  // Most listings' text is plain ASCII, folded far quicker without Unicode classes: only the rest needs
  // its accents taken apart and dropped. This runs over every field of every listing when the index loads.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text))
    return text
      .toLowerCase()
      .replace(/['.]/g, "")
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .toLowerCase();
}

/**
 * Words too common to say anything about a listing. Dropped from the longer fields before they are
 * indexed, and from a search unless it has nothing else ("in Romanian" searches for "romanian").
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a about after all also am an and any are as at be because been before being but by can could did do does " +
    "doing down during each few for from further had has have having he her here hers him his how i if in into " +
    "is it its itself just me more most my near no nor not of off on once only or other our ours out over own " +
    "same she should so some such than that the their theirs them then there these they this those through to " +
    "too under until up very was we were what when where which while who whom why will with would you your yours " +
    "yourself us get got let lets may might must shall ll ve re thing things stuff something anything whats"
  ).split(" "),
);

/**
 * The words of a text, folded, each at least two characters long (one letter says nothing).
 * @example foldedWords("Knit & natter, St. John's") // ["knit", "natter", "st", "johns"]
 */
export function foldedWords(text: string): string[] {
  // Plain ASCII, most listings' text, in one pass: the same words as folding and splitting, read at every load.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text))
    return (
      text
        .toLowerCase()
        .replace(/['.]/g, "")
        .match(/[a-z0-9]{2,}/g) ?? []
    );
  return foldText(text)
    .split(" ")
    .filter((word) => word.length >= 2);
}

const stems = new Map<string, string>();

/**
 * A folded word's English stem (Porter's algorithm, from the `stemmer` package), remembered because
 * listings repeat their words many times over.
 * @example stemWord("volunteering") // "volunt", as for "volunteers"
 */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    // Numbers and short words (GP, BSL) are kept as they are: a stemmer only knows English words.
    stem = word.length <= 3 || /\d/.test(word) ? word : stemmer(word);
    stems.set(word, stem);
  }
  return stem;
}

/**
 * The distinct words of some longer texts, one per stem, without common words or those in `known`
 * (already indexed from a more important field): what a listing needs to be found by its description
 * without carrying the paragraphs themselves.
 * @example distinctWords(["Bring sturdy shoes, and bring water."], new Set(["water"])) // "bring sturdy shoes"
 */
export function distinctWords(texts: readonly (string | undefined)[], known: ReadonlySet<string> = new Set()): string {
  const seen = new Set([...known].map(stemWord));
  const kept: string[] = [];
  for (const text of texts) {
    for (const word of foldedWords(text ?? "")) {
      if (STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
      const stem = stemWord(word);
      if (seen.has(stem)) continue;
      seen.add(stem);
      kept.push(word);
    }
  }
  return kept.join(" ");
}

/**
 * Markdown as plain words: link addresses, emphasis and heading marks removed.
 * @example markdownWords("## Where\nSee [the map](https://example.org/map).") // "Where\nSee the map."
 */
export function markdownWords(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/^#+\s*/gm, "")
    .replace(/[*_`>]/g, "");
}
