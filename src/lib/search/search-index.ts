/**
 * Text search over listings, the way residents search: it forgives typos (a wrong, missing or extra
 * letter, and two letters swapped), finds other forms of a word ("gardens", "walks", "volunteering"),
 * understands everyday words for what the listings offer ("toddlers", "food parcel", "GP"), and ranks a
 * match in a title above one in the keywords, those above the summary, and those above the longer text.
 *
 * Fuse.js does the fuzzy matching, over the vocabulary (every distinct word in the listings) rather than
 * over every record: the vocabulary grows far more slowly than the listings, so a search stays quick at
 * tens of thousands of records. Each matching word leads through its stem to its records by an inverted
 * index.
 *
 * Fuse's bitap counts two swapped letters as two errors, so its best guess for a swap is often another
 * word: over the real content's 1,883 words, it was right for 9 of 16 one-swap typos ("chiar" gave
 * "charged", "repiar" "appreciated", "stoek" "restock"). Every swap of two neighbouring letters of a search
 * word is therefore looked up exactly in the vocabulary first: all 16 found, at a few map look-ups a word.
 * A Damerau (optimal string alignment) distance library was the other choice: measured over a 3,100-word
 * vocabulary it costs about 2 ms a word, as much as Fuse itself, and would run beside Fuse for every typo.
 */
import Fuse from "fuse.js/basic";
import {
  AUDIENCE_LABELS,
  CATEGORY_LABELS,
  PLACE_KIND_LABELS,
  TOWN_LABELS,
  type Audience,
  type Category,
  type PlaceKind,
  type Town,
} from "../domain/vocab";
import { CATEGORY_SEARCH_WORDS, type SearchRecord } from "./record";
import { INTENTS } from "./synonyms";
import { STOP_WORDS, foldText, foldedWords, stemWord } from "./text";

/** The fields searched, and how much a match in each counts. A title match outranks any other. */
export const SEARCH_FIELDS = [
  { name: "title", weight: 4 },
  { name: "keywords", weight: 2 },
  { name: "summary", weight: 1 },
  { name: "text", weight: 0.5 },
] as const satisfies readonly { name: keyof SearchRecord; weight: number }[];

/** How much a word found through the synonym and intent table counts, against the word typed. */
export const INTENT_WEIGHT = 0.6;
/** How close a word with two neighbouring letters swapped counts (1 is exact). */
const SWAP_CLOSENESS = 0.85;
/** What a longer word starting with a known word counts ("walk" in "walkers"). */
const CONTAINS_CLOSENESS = 0.9;
/** What a start of a word counts for a search of two or three letters. */
const PREFIX_CLOSENESS = 0.8;
/** Added to a listing whose title is exactly the words searched for. */
const EXACT_TITLE_BONUS = 1;

const FIELD_COUNT = SEARCH_FIELDS.length;
const MAX_TERMS = 6;
const WORDS_PER_TERM = 40;

/** A search index over a set of records. */
export interface SearchIndex {
  records: readonly SearchRecord[];
  /**
   * True for an index of the first search file alone (`readSearchIndex`): it has no summaries and finds no
   * words of the longer fields, so the finder replaces it once the second file is read.
   */
  partial?: boolean;
  /** Fuzzy matcher over the distinct words, as written (a typo is nearer the word than its stem), made when first needed. */
  vocabulary?: Fuse<string>;
  /** The distinct words, sorted, for prefix look-ups. */
  words: readonly string[];
  /** Each distinct word's stem. */
  stemOf: Map<string, string>;
  /** For each stem: record number × FIELD_COUNT + the best field it appears in, once per record, in record order. */
  postings: Map<string, Int32Array>;
  /** For each stem, a word of the listings that has it, to suggest a spelling. */
  surface: Map<string, string>;
  /**
   * Each record's title as its sorted stems, to know a title that says exactly what was asked, made for a
   * record when a search first finds it (use `titleKeyOf`).
   */
  titleKeys: (string | undefined)[];
  /** A looser matcher for "Did you mean", made when first needed. */
  loose?: Fuse<string>;
  /**
   * `searchRecords` and `suggestSpelling` over this index: the finder's query code (`find.ts`) calls them
   * through the index, so the page can show results before this module and its libraries have loaded.
   */
  search: (text: string, limit?: number) => { record: SearchRecord; score: number }[];
  suggest: (text: string) => string | undefined;
}

/** A search as the index reads it: folded like the listings' text, and cut to a sensible length. */
export function normaliseQuery(text: string): string {
  return foldText(text).slice(0, 64);
}

const labelCache = new Map<string, string>();

/** The labels a record's codes stand for: categories (with their everyday words), audiences, towns, kind. */
function labelsOf(record: SearchRecord): string {
  const key = `${record.categories.join()}|${record.audiences.join()}|${record.towns.join()}|${record.kind ?? ""}`;
  let labels = labelCache.get(key);
  if (labels === undefined) {
    labels = [
      ...record.categories.flatMap((code: Category) => [CATEGORY_LABELS[code], CATEGORY_SEARCH_WORDS[code] ?? ""]),
      ...record.audiences.map((code: Audience) => AUDIENCE_LABELS[code]),
      ...record.towns.map((code: Town) => TOWN_LABELS[code]),
      record.kind ? PLACE_KIND_LABELS[record.kind as PlaceKind] : "",
    ].join(" ");
    labelCache.set(key, labels);
  }
  return labels;
}

const FOLDED = /^[a-z0-9]{2,}( [a-z0-9]{2,})*$/;

const titleKey = (words: readonly string[]) =>
  [...new Set(words.filter((word) => !STOP_WORDS.has(word)).map(stemWord))].sort().join(" ");

/** A record's longer fields' words, folded (build-records writes them folded already: no need to fold again). */
export function textWords(text: string | undefined): string[] {
  if (!text) return [];
  return FOLDED.test(text) ? text.split(" ") : foldedWords(text);
}

/**
 * What an index is built from: the records, and their longer fields' words (`text`) as numbers into one
 * shared list of words, so each distinct word is folded and stemmed once however many records use it.
 */
export interface IndexSource {
  records: readonly SearchRecord[];
  /** The longer fields' distinct words, folded. */
  textWords: readonly string[];
  /** For each record, its longer fields' words as positions in `textWords`. */
  textOf: (record: number) => ArrayLike<number>;
}

/**
 * Builds the index for a set of records, as written at build time or in tests. The finder builds it from
 * the shipped file instead, with `readSearchIndex` (search-file.ts), which numbers the words already.
 */
export function createSearchIndex(records: readonly SearchRecord[]): SearchIndex {
  const words: string[] = [];
  const numbers = new Map<string, number>();
  const texts = records.map((record) =>
    textWords(record.text).map((word) => {
      let number = numbers.get(word);
      if (number === undefined) {
        number = words.length;
        numbers.set(word, number);
        words.push(word);
      }
      return number;
    }),
  );
  return indexRecords({ records, textWords: words, textOf: (record) => texts[record]! });
}

/** Builds the index from records and their numbered words: one pass over the records, integers only for the longer fields. */
export function indexRecords(source: IndexSource): SearchIndex {
  const { records } = source;
  const stems: string[] = [];
  const stemNumbers = new Map<string, number>();
  const stemOf = new Map<string, string>();
  const surface = new Map<string, string>();
  // Each word's stem number, or -1 for a word not indexed (common, or one letter).
  const wordStems = new Map<string, number>();
  const stemNumberOf = (word: string): number => {
    let number = wordStems.get(word);
    if (number !== undefined) return number;
    if (STOP_WORDS.has(word) || word.length < 2) number = -1;
    else {
      const stem = stemWord(word);
      stemOf.set(word, stem);
      const known = surface.get(stem);
      if (known === undefined || word.length < known.length) surface.set(stem, word);
      number = stemNumbers.get(stem);
      if (number === undefined) {
        number = stems.length;
        stemNumbers.set(stem, number);
        stems.push(stem);
      }
    }
    wordStems.set(word, number);
    return number;
  };
  const textStems = Int32Array.from(source.textWords, stemNumberOf);
  // The labels and keywords of many records are the same: each distinct one is read once.
  const keywordStems = new Map<string, number[]>();

  // Every (stem, record and field) pair goes into one growing list, then is sorted by stem into one array:
  // no array per stem while reading, which at tens of thousands of records is most of the work.
  let pairs = new Int32Array(1 << 16);
  let pairCount = 0;
  const seenIn: number[] = [];
  const bestField: number[] = [];
  const touched: number[] = [];
  let number = 0;
  const see = (stem: number, fieldIndex: number) => {
    if (stem < 0 || seenIn[stem] === number + 1) return;
    seenIn[stem] = number + 1;
    bestField[stem] = fieldIndex;
    touched.push(stem);
  };
  for (; number < records.length; number++) {
    const record = records[number]!;
    touched.length = 0;
    for (const word of foldedWords(record.title)) see(stemNumberOf(word), 0);
    const keywords = `${labelsOf(record)} ${record.keywords}`;
    let known = keywordStems.get(keywords);
    if (known === undefined) keywordStems.set(keywords, (known = foldedWords(keywords).map(stemNumberOf)));
    for (const stem of known) see(stem, 1);
    for (const word of foldedWords(record.summary)) see(stemNumberOf(word), 2);
    const text = source.textOf(number);
    for (let at = 0; at < text.length; at++) see(textStems[text[at]!]!, 3);
    if (pairCount + 2 * touched.length > pairs.length) {
      const larger = new Int32Array(Math.max(pairs.length * 2, pairCount + 2 * touched.length));
      larger.set(pairs);
      pairs = larger;
    }
    for (const stem of touched) {
      pairs[pairCount++] = stem;
      pairs[pairCount++] = number * FIELD_COUNT + bestField[stem]!;
    }
  }
  const starts = new Int32Array(stems.length + 1);
  for (let at = 0; at < pairCount; at += 2) starts[pairs[at]! + 1]!++;
  for (let stem = 0; stem < stems.length; stem++) starts[stem + 1]! += starts[stem]!;
  const entries = new Int32Array(pairCount / 2);
  const filled = starts.slice(0, stems.length);
  for (let at = 0; at < pairCount; at += 2) entries[filled[pairs[at]!]!++] = pairs[at + 1]!;
  const postings = new Map<string, Int32Array>();
  stems.forEach((stem, at) => {
    if (starts[at + 1]! > starts[at]!) postings.set(stem, entries.subarray(starts[at], starts[at + 1]));
  });

  const index: SearchIndex = {
    records,
    words: [...stemOf.keys()].sort(),
    stemOf,
    postings,
    surface,
    titleKeys: [],
    search: (text, limit) => searchRecords(index, text, limit),
    suggest: (text) => suggestSpelling(index, text),
  };
  return index;
}

/** A record's title as its sorted stems, made when first asked for. */
function titleKeyOf(index: SearchIndex, record: number): string {
  return (index.titleKeys[record] ??= titleKey(foldedWords(index.records[record]!.title)));
}

/** The words in the sorted vocabulary that start with `prefix`, at most `limit` of them. */
function stemsStartingWith(index: SearchIndex, prefix: string, limit = WORDS_PER_TERM): string[] {
  const { words } = index;
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let at = low; at < words.length && found.length < limit && words[at]!.startsWith(prefix); at++)
    found.push(words[at]!);
  return found;
}

/** The word with two neighbouring letters swapped, at each place: "yoag" gives "oyag", "yaog", "yoga". */
function swaps(word: string): string[] {
  const found: string[] = [];
  for (let at = 0; at < word.length - 1; at++) {
    if (word[at] === word[at + 1]) continue;
    found.push(word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2));
  }
  return found;
}

/** Vocabulary stems a search word matches, each with how closely (1 is exact). */
function matchWords(index: SearchIndex, word: string, understood = false, written = false): Map<string, number> {
  const found = new Map<string, number>();
  const add = (stem: string, closeness: number) => {
    if (index.postings.has(stem) && closeness > (found.get(stem) ?? 0)) found.set(stem, closeness);
  };
  const stem = stemWord(word);
  add(stem, 1);
  // Two or three letters are too few to guess at: they match the start of words only.
  if (word.length <= 3) {
    for (const each of stemsStartingWith(index, word)) add(index.stemOf.get(each)!, PREFIX_CLOSENESS);
    return found;
  }
  // A word the listings use, or the intent table knows, is not also a typo of other words ("wellies" is
  // not "wellbeing", "ladies" not "buddies"), but it still finds the longer words it starts ("walk" finds
  // "walkers"): a look-up in the sorted words, so most searches never need the fuzzy matcher at all.
  const exact = found.size > 0;
  for (const each of stemsStartingWith(index, stem)) add(index.stemOf.get(each)!, CONTAINS_CLOSENESS);
  if (understood || exact) return found;
  const before = found.size;
  for (const swapped of swaps(word)) add(stemWord(swapped), SWAP_CLOSENESS);
  if (written || found.size > before) return found;
  // A word may be anywhere in a vocabulary entry ("yoga" in "yogalates"), with about one letter in seven wrong.
  index.vocabulary ??= new Fuse(index.words, { includeScore: true, ignoreLocation: true, threshold: 0.34 });
  for (const hit of index.vocabulary.search(word, { limit: WORDS_PER_TERM }))
    add(index.stemOf.get(hit.item)!, 1 - (hit.score ?? 1));
  return found;
}

/** Each record's score for some stems: its best one, weighted by the field it is in and by `scale`. */
function scoreStems(index: SearchIndex, stems: Map<string, number>, scale = 1): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [stem, closeness] of stems) {
    for (const entry of index.postings.get(stem) ?? []) {
      const record = Math.floor(entry / FIELD_COUNT);
      const score = closeness * SEARCH_FIELDS[entry % FIELD_COUNT]!.weight * scale;
      if (score > (scores.get(record) ?? 0)) scores.set(record, score);
    }
  }
  return scores;
}

/** Records that have every one of some score maps, with the mean of their scores. */
function everyOf(maps: readonly Map<number, number>[]): Map<number, number> {
  const [first, ...rest] = maps;
  const result = new Map<number, number>();
  for (const [record, score] of first ?? []) {
    let total = score;
    for (const scores of rest) {
      const more = scores.get(record);
      if (more === undefined) {
        total = -1;
        break;
      }
      total += more;
    }
    if (total >= 0) result.set(record, total / maps.length);
  }
  return result;
}

/** The synonym and intent table by the stems of what people say. */
const INTENT_FINDS: Map<string, string[][]> = (() => {
  const table = new Map<string, string[][]>();
  for (const intent of INTENTS) {
    for (const says of intent.says) {
      const key = foldedWords(says).map(stemWord).join(" ");
      const finds = table.get(key) ?? [];
      for (const phrase of intent.finds) finds.push(foldedWords(phrase).map(stemWord));
      table.set(key, finds);
    }
  }
  return table;
})();
const LONGEST_INTENT = Math.max(...[...INTENT_FINDS.keys()].map((key) => key.split(" ").length));

/** One part of a search: the words typed, and the listings' words that an intent adds for them. */
interface QueryUnit {
  words: string[];
  finds: string[][];
}

/** Splits a search into parts, the table's phrases ("little ones") kept together, common words dropped. */
function queryUnits(text: string): QueryUnit[] {
  const words = foldedWords(normaliseQuery(text));
  const units: QueryUnit[] = [];
  for (let at = 0; at < words.length;) {
    let taken = 1;
    let finds: string[][] = [];
    for (let length = Math.min(LONGEST_INTENT, words.length - at); length >= 1; length--) {
      const key = words
        .slice(at, at + length)
        .map(stemWord)
        .join(" ");
      const found = INTENT_FINDS.get(key);
      if (found) {
        taken = length;
        finds = found;
        break;
      }
    }
    units.push({ words: words.slice(at, at + taken), finds });
    at += taken;
  }
  const meaningful = units.filter((unit) => unit.finds.length > 0 || !unit.words.every((w) => STOP_WORDS.has(w)));
  return (meaningful.length > 0 ? meaningful : units).slice(0, MAX_TERMS);
}

/** Each record's score for the words typed in one part of a search (or written together: "food bank"). */
function scoreLiteral(index: SearchIndex, words: readonly string[], understood: boolean): Map<number, number> {
  const scores = everyOf(words.map((word) => scoreStems(index, matchWords(index, word, understood))));
  if (words.length > 1) {
    // Written together ("foodbank" for "food bank"), the words are looked up as typed, not guessed at.
    for (const [record, score] of scoreStems(index, matchWords(index, words.join(""), understood, true))) {
      if (score > (scores.get(record) ?? 0)) scores.set(record, score);
    }
  }
  return scores;
}

/** Each record's score for one part of a search: its words, or below them the words an intent adds. */
function scoreUnit(index: SearchIndex, unit: QueryUnit): Map<number, number> {
  const scores = scoreLiteral(index, unit.words, unit.finds.length > 0);
  for (const phrase of unit.finds) {
    const exact = phrase.map((stem) => scoreStems(index, new Map([[stem, 1]]), INTENT_WEIGHT));
    for (const [record, score] of everyOf(exact)) {
      if (score > (scores.get(record) ?? 0)) scores.set(record, score);
    }
  }
  return scores;
}

/**
 * Records matching every part of the text (a word, or a phrase from the intent table), best first, each
 * with its score (0 is a title that says exactly what was asked). Empty text matches nothing.
 * @example searchRecords(index, "bursiem")[0].record.title // a Burslem listing
 */
export function searchRecords(
  index: SearchIndex,
  text: string,
  limit = 200,
): { record: SearchRecord; score: number }[] {
  const units = queryUnits(text);
  if (units.length === 0) return [];
  const totals = new Map<number, number>();
  const perUnit = units.map((unit) => scoreUnit(index, unit));
  for (const [record, mean] of everyOf(perUnit)) totals.set(record, mean * units.length);
  const asked = titleKey(units.flatMap((unit) => unit.words));
  // How many words each title has: between equal matches, the fewer the nearer a title is to what was asked.
  const titleLengths = new Map<number, number>();
  for (const [record, total] of totals) {
    const key = titleKeyOf(index, record);
    titleLengths.set(record, key ? key.split(" ").length : 0);
    if (key === asked) totals.set(record, total + EXACT_TITLE_BONUS);
  }
  const best = units.length * SEARCH_FIELDS[0].weight + EXACT_TITLE_BONUS;
  return (
    [...totals]
      // Between equal matches, the shorter title says more nearly what was asked.
      .sort((a, b) => b[1] - a[1] || titleLengths.get(a[0])! - titleLengths.get(b[0])! || a[0] - b[0])
      .slice(0, limit)
      .map(([record, total]) => ({ record: index.records[record]!, score: Math.max(0, 1 - total / best) }))
  );
}

/**
 * The spelling to suggest when a search finds nothing: each word that the listings do not use replaced by
 * the nearest word they do (the closest of its typo matches, or a looser guess that starts with the same
 * letter, as residents' typos seldom change the first one), or undefined when there is none to offer.
 * @example suggestSpelling(index, "chiar yogaaaa") // "chair yoga"
 */
export function suggestSpelling(index: SearchIndex, text: string): string | undefined {
  const words = foldedWords(normaliseQuery(text)).slice(0, MAX_TERMS);
  let changed = false;
  const corrected = words.map((word) => {
    if (STOP_WORDS.has(word) || word.length <= 3) return word;
    const matches = [...matchWords(index, word)].sort((a, b) => b[1] - a[1]);
    if (matches[0]?.[1] === 1) return word;
    let replacement = matches[0] ? index.surface.get(matches[0][0]) : undefined;
    if (replacement === undefined) {
      index.loose ??= new Fuse(index.words, { includeScore: true, ignoreLocation: true, threshold: 0.5 });
      const nearest = index.loose
        .search(word, { limit: 10 })
        .find((hit) => hit.item[0] === word[0] || (hit.item[0] === word[1] && hit.item[1] === word[0]));
      replacement = nearest ? index.surface.get(index.stemOf.get(nearest.item)!) : undefined;
    }
    if (replacement === undefined || replacement === word) return word;
    changed = true;
    return replacement;
  });
  return changed ? corrected.join(" ") : undefined;
}
