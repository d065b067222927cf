/**
 * Text search over listings, the way residents search: it forgives typos (a wrong, missing or extra
 * letter, and two letters swapped), finds other forms of a word ("gardens", "walks", "volunteering"),
 * understands everyday words for what the listings offer ("toddlers", "food parcel", "GP"), and ranks a
 * match in a title above one in the keywords, those above the summary, and those above the longer text.
 *
 * Fuse.js does the fuzzy matching, over the vocabulary (every distinct word in the listings) rather than
 * over every record: the vocabulary grows far more slowly than the listings, so a search stays quick at
 * tens of thousands of records. Each matching word leads through its stem to its records by an inverted
 * index. Fuse runs only over the words that have enough of the search word's letters to be within its
 * threshold (a count of letters, far quicker than bitap), with the same results as over every word.
 *
 * A first search must be quick from the moment the first search file is read, so little is done before
 * it: the words of the titles, labels and keywords come folded and stemmed in the file with the records
 * whose titles have them, and a stem's records are gathered from those lists and from the labels' columns
 * only when a search first asks for that stem. The summaries and longer fields of the second file are
 * read in steps (`buildIndex`), so building the index of every field never holds a page for long.
 *
 * Fuse's bitap counts two swapped letters as two errors, so its best guess for a swap is often another
 * word: over the real content's 1,883 words, it was right for 9 of 16 one-swap typos ("chiar" gave
 * "charged", "repiar" "appreciated", "stoek" "restock"). Every swap of two neighbouring letters of a search
 * word is therefore looked up exactly in the vocabulary first: all 16 found, at a few map look-ups a word.
 * A Damerau (optimal string alignment) distance library was the other choice: measured over a 3,100-word
 * vocabulary it costs about 2 ms a word, as much as Fuse itself, and would run beside Fuse for every typo.
 */
import { eachBit, positionsIn, toBits } from "../domain/code-bits";
import Fuse from "fuse.js/basic";
import {
  AUDIENCES,
  AUDIENCE_LABELS,
  CATEGORIES,
  CATEGORY_LABELS,
  PLACE_KINDS,
  PLACE_KIND_LABELS,
  TOWNS,
  TOWN_LABELS,
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
  /** How many records there are. */
  size: number;
  /** A record by its number, made when a search first finds it. */
  recordAt: (record: number) => SearchRecord;
  /** Every record, made all at once when first asked for (a search without text lists them all). */
  readonly records: readonly SearchRecord[];
  /**
   * True for an index of the first search file alone (`readSearchIndex`): it has no summaries and finds no
   * words of the longer fields, so the finder replaces it once the second file is read.
   */
  partial?: boolean;
  /** The distinct words, sorted, for prefix look-ups and the fuzzy matchers. */
  words: readonly string[];
  /** Each of `words`' stem, in the same order. */
  wordStems: readonly string[];
  /**
   * A stem's entries, or undefined for a stem no listing has: record number × FIELD_COUNT + the best field
   * it appears in, once per record, in record order; gathered when first asked for.
   */
  postingsOf: (stem: string) => Int32Array | undefined;
  /** For each stem, a word of the listings that has it, to suggest a spelling. */
  readonly surface: ReadonlyMap<string, string>;
  /** How many distinct stems each record's title has: between equal matches, the fewer the nearer. */
  titleLengths: Uint8Array;
  /**
   * Each record's title as its sorted stems, to know a title that says exactly what was asked, made for a
   * record when a search first finds it (use `titleKeyOf`).
   */
  titleKeys: (string | undefined)[];
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

const FOLDED = /^[a-z0-9]{2,}( [a-z0-9]{2,})*$/;

/** Whether a word is indexed: common words and single letters say nothing about a listing. */
const isIndexed = (word: string) => word.length >= 2 && !STOP_WORDS.has(word);

const titleKey = (words: readonly string[]) =>
  [...new Set(words.filter((word) => !STOP_WORDS.has(word)).map(stemWord))].sort().join(" ");

/** A record's longer fields' words, folded (build-records writes them folded already: no need to fold again). */
export function textWords(text: string | undefined): string[] {
  if (!text) return [];
  return FOLDED.test(text) ? text.split(" ") : foldedWords(text);
}

/** The texts each label is found by, by position in the domain's lists: a category's with its everyday words. */
const LABEL_TEXTS = {
  categories: CATEGORIES.map((code) => `${CATEGORY_LABELS[code]} ${CATEGORY_SEARCH_WORDS[code] ?? ""}`),
  audiences: AUDIENCES.map((code) => AUDIENCE_LABELS[code]),
  towns: TOWNS.map((code) => TOWN_LABELS[code]),
  kind: PLACE_KINDS.map((code) => PLACE_KIND_LABELS[code]),
};
type LabelList = keyof typeof LABEL_TEXTS;
const LABEL_LISTS = Object.keys(LABEL_TEXTS) as LabelList[];
/** The columns of the second field: the label lists, then the keywords. */
const COLUMNS = [...LABEL_LISTS, "keywords"] as const;
/** More than any column's positions: a label is numbered column × COLUMN_SPAN + position. */
const COLUMN_SPAN = 2 ** 24;

/**
 * The records' second field, a column per list: their labels as sets of positions in the domain's lists
 * (`toBits`), a kind as its position (-1 for none), and their keywords as positions in `keywordTexts` (-1
 * for none). A number per record, not an array: nothing for a phone to allocate for each listing.
 */
export interface LabelColumns {
  categories: readonly number[];
  audiences: readonly number[];
  towns: readonly number[];
  kind: readonly number[];
  keywords: readonly number[];
  keywordTexts: readonly string[];
}

/**
 * A growing list of distinct texts, and the function that gives a text's position in it, adding it when new.
 * @example const table = textTable(); table.numberOf("a"); table.numberOf("b"); table.numberOf("a") // 0
 */
export function textTable(): { texts: string[]; numberOf: (text: string) => number } {
  const texts: string[] = [];
  const numbers = new Map<string, number>();
  return {
    texts,
    numberOf: (text) => {
      let number = numbers.get(text);
      if (number === undefined) {
        number = texts.length;
        numbers.set(text, number);
        texts.push(text);
      }
      return number;
    },
  };
}

/** The records' labels and keywords as columns, as an index reads them. */
export function labelColumns(records: readonly SearchRecord[]): LabelColumns {
  const keywordTable = textTable();
  return {
    categories: records.map((record) => toBits(CATEGORIES, record.categories)),
    audiences: records.map((record) => toBits(AUDIENCES, record.audiences)),
    towns: records.map((record) => toBits(TOWNS, record.towns)),
    kind: records.map((record) => (record.kind ? positionsIn(PLACE_KINDS, [record.kind])[0]! : -1)),
    keywords: records.map(({ keywords }) => (keywords ? keywordTable.numberOf(keywords) : -1)),
    keywordTexts: keywordTable.texts,
  };
}

/** Each label (list and position) that a record has, as `visit` is given them: a column's sets, or its positions. */
function eachLabel(
  labels: LabelColumns,
  list: LabelList | "keywords",
  record: number,
  visit: (position: number) => void,
) {
  const value = labels[list][record]!;
  if (list === "kind" || list === "keywords") {
    if (value >= 0) visit(value);
  } else eachBit(value, visit);
}

/** The texts of each label that a record has, then its keywords' text, as `visit` is given them. */
function eachLabelText(labels: LabelColumns, record: number, visit: (text: string) => void): void {
  for (const list of LABEL_LISTS) eachLabel(labels, list, record, (position) => visit(LABEL_TEXTS[list][position]!));
  const keywords = labels.keywords[record]!;
  if (keywords >= 0) visit(labels.keywordTexts[keywords]!);
}

/** The words of the first two fields (title, then labels and keywords), each with its stem, and the records whose title has each. */
export interface TitleTerms {
  /** The distinct indexed words of the titles, labels and keywords, sorted. */
  words: string[];
  /** Each word's stem. */
  stems: string[];
  /** For each word, the records whose title has it, by number, in order. */
  titles: number[][];
}

/**
 * The words of the records' titles, labels and keywords, found once at build time: the first search file
 * carries them, so the finder neither folds nor stems a title on its way from the file to a first result.
 */
export function titleTerms(titles: readonly string[], labels: LabelColumns): TitleTerms {
  const found = new Map<string, number[]>();
  titles.forEach((title, record) => {
    for (const word of foldedWords(title)) {
      if (!isIndexed(word)) continue;
      const list = found.get(word);
      if (list === undefined) found.set(word, [record]);
      else if (list[list.length - 1] !== record) list.push(record);
    }
    eachLabelText(labels, record, (text) => {
      for (const word of foldedWords(text)) if (isIndexed(word) && !found.has(word)) found.set(word, []);
    });
  });
  const words = [...found.keys()].sort();
  return { words, stems: words.map(stemWord), titles: words.map((word) => found.get(word)!) };
}

/**
 * What an index is built from, whether records in memory or the shipped files: the first two fields'
 * words ready stemmed, the labels and keywords as columns, and each record's summary and longer fields'
 * words, these as numbers into one shared list, so each distinct word is stemmed once however many use it.
 */
export interface IndexSource {
  size: number;
  /** A record by number: the index asks for those a search finds. */
  recordAt: (record: number) => SearchRecord;
  /** Every record, when the source has them all at hand already. */
  records?: readonly SearchRecord[] | undefined;
  /** The distinct indexed words of the titles, labels and keywords, sorted (`TitleTerms`), and their stems. */
  words: readonly string[];
  stems: readonly string[];
  /** The records whose title has a word of `words`, by its position there: in order. */
  titlesOf: (word: number) => ArrayLike<number>;
  labels: LabelColumns;
  /** Whether there are summaries and longer fields' words: the first search file has none. */
  complete: boolean;
  summaryOf: (record: number) => string;
  /** The longer fields' distinct words, folded, and their stems (any left out are found). */
  textWords: readonly string[];
  textStems?: readonly string[] | undefined;
  /** For each record, its longer fields' words as positions in `textWords`. */
  textOf: (record: number) => ArrayLike<number>;
}

/** How many records are read between two steps of a build that `buildInSteps` runs. */
const RECORDS_PER_STEP = 1000;

/** Words by number, each with its stem by number (-1 for a word not indexed), added as they are met. */
class Vocabulary {
  readonly words: string[] = [];
  readonly stemNumbers: number[] = [];
  readonly stems: string[] = [];
  readonly numbers = new Map<string, number>();
  readonly stemIndex = new Map<string, number>();

  /** A word's stem number, the word added with its stem (given, or found) when it is new. */
  stemNumber(word: string, stem?: string): number {
    const known = this.numbers.get(word);
    if (known !== undefined) return this.stemNumbers[known]!;
    let number = -1;
    if (isIndexed(word)) {
      const found = stem ?? stemWord(word);
      number = this.stemIndex.get(found) ?? -1;
      if (number < 0) {
        number = this.stems.length;
        this.stemIndex.set(found, number);
        this.stems.push(found);
      }
    }
    this.numbers.set(word, this.words.length);
    this.words.push(word);
    this.stemNumbers.push(number);
    return number;
  }

  /** A known word's stem number, or -1. */
  find(word: string): number {
    const known = this.numbers.get(word);
    return known === undefined ? -1 : this.stemNumbers[known]!;
  }
}

/** Record-and-field entries in any order, sorted, each record once with its best field (the lowest). */
function toEntries(entries: Int32Array): Int32Array {
  entries.sort();
  let kept = 0;
  let last = -1;
  for (let at = 0; at < entries.length; at++) {
    const record = Math.floor(entries[at]! / FIELD_COUNT);
    if (record === last) continue;
    last = record;
    entries[kept++] = entries[at]!;
  }
  return entries.subarray(0, kept);
}

/**
 * Each stem's entries (by stem number) from (stem, entry) pairs in any order: one counting sort by stem,
 * then `toEntries` within each stem.
 */
function pairsByStem(stemCount: number, pairs: Int32Array, count: number): Int32Array[] {
  const starts = new Int32Array(stemCount + 1);
  for (let at = 0; at < count; at += 2) starts[pairs[at]! + 1]!++;
  for (let stem = 0; stem < stemCount; stem++) starts[stem + 1]! += starts[stem]!;
  const entries = new Int32Array(count / 2);
  const filled = starts.slice(0, stemCount);
  for (let at = 0; at < count; at += 2) entries[filled[pairs[at]!]!++] = pairs[at + 1]!;
  return Array.from({ length: stemCount }, (_, stem) => toEntries(entries.subarray(starts[stem], starts[stem + 1])));
}

/** The records with each position of a column of labels, grouped in one pass over it. */
function groupRecords(labels: LabelColumns, list: LabelList | "keywords", positions: number): number[][] {
  const groups = Array.from({ length: positions }, (): number[] => []);
  for (let record = 0; record < labels[list].length; record++)
    eachLabel(labels, list, record, (position) => groups[position]!.push(record));
  return groups;
}

/**
 * Builds an index in steps: a generator that pauses after every `RECORDS_PER_STEP` records of summaries
 * and longer fields and before its last sorts. `buildAtOnce` runs it at once; `buildInSteps` lets the page
 * answer between steps. The first two fields' entries for a stem are gathered when a search first asks
 * for it, from the words' records and the labels' columns: a first search reads only what it needs.
 */
export function* buildIndex(source: IndexSource): Generator<void, SearchIndex, void> {
  const { labels, size } = source;
  const vocabulary = new Vocabulary();
  source.words.forEach((word, at) => vocabulary.stemNumber(word, source.stems[at]));
  const firstWords = vocabulary.words.length;

  // The summaries and longer fields: every (stem, record and field) pair goes into one growing list, then
  // is sorted by stem: no array per stem while reading, which at tens of thousands of records is most of the work.
  let longer: Int32Array[] = [];
  if (source.complete) {
    let pairs = new Int32Array(1 << 16);
    let count = 0;
    const add = (stem: number, entry: number) => {
      if (stem < 0) return;
      if (count + 2 > pairs.length) {
        const larger = new Int32Array(pairs.length * 2);
        larger.set(pairs);
        pairs = larger;
      }
      pairs[count++] = stem;
      pairs[count++] = entry;
    };
    const textStems = source.textWords.map((word, at) => vocabulary.stemNumber(word, source.textStems?.[at]));
    for (let record = 0; record < size; record++) {
      const entry = record * FIELD_COUNT;
      for (const word of foldedWords(source.summaryOf(record))) add(vocabulary.stemNumber(word), entry + 2);
      const text = source.textOf(record);
      for (let at = 0; at < text.length; at++) add(textStems[text[at]!]!, entry + 3);
      if (record % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
    }
    yield;
    longer = pairsByStem(vocabulary.stems.length, pairs, count);
    yield;
  }

  // The first file's words come sorted; any others are sorted in with them.
  let words = source.words;
  let wordStems = source.stems;
  if (vocabulary.words.length > firstWords) {
    const stemOfWord = new Map<string, string>();
    vocabulary.words.forEach((word, number) => {
      const stem = vocabulary.stemNumbers[number]!;
      if (stem >= 0) stemOfWord.set(word, vocabulary.stems[stem]!);
    });
    words = [...stemOfWord.keys()].sort();
    wordStems = words.map((word) => stemOfWord.get(word)!);
  }

  // The first file's words of each stem, by stem number, and so the distinct stems of each record's title.
  const titleWords = Array.from({ length: vocabulary.stems.length }, (): number[] => []);
  for (let word = 0; word < firstWords; word++) {
    const stem = vocabulary.stemNumbers[word]!;
    if (stem >= 0) titleWords[stem]!.push(word);
  }
  const titleLengths = new Uint8Array(size);
  const lastStem = new Int32Array(size).fill(-1);
  titleWords.forEach((numbers, stem) => {
    for (const word of numbers) {
      const records = source.titlesOf(word);
      for (let at = 0; at < records.length; at++) {
        const record = records[at]!;
        if (lastStem[record] === stem || titleLengths[record] === 255) continue;
        lastStem[record] = stem;
        titleLengths[record]!++;
      }
    }
  });

  // Which labels and keywords have each stem (as a column's number in COLUMNS × COLUMN_SPAN + a position in
  // it), and the records of each, found when a search first needs them.
  let labelStems: Map<number, number[]> | undefined;
  const stemsOfLabels = () => {
    if (labelStems) return labelStems;
    const found = new Map<number, number[]>();
    const note = (text: string, column: number, position: number) => {
      const label = column * COLUMN_SPAN + position;
      for (const word of foldedWords(text)) {
        const stem = vocabulary.find(word);
        if (stem < 0) continue;
        const known = found.get(stem);
        if (!known) found.set(stem, [label]);
        // Texts come in order, so a text's word seen twice is its stem's last label.
        else if (known[known.length - 1] !== label) known.push(label);
      }
    };
    LABEL_LISTS.forEach((list, column) => LABEL_TEXTS[list].forEach((text, position) => note(text, column, position)));
    const used = new Uint8Array(labels.keywordTexts.length);
    for (const keywords of labels.keywords) if (keywords >= 0) used[keywords] = 1;
    labels.keywordTexts.forEach((text, position) => {
      if (used[position]) note(text, LABEL_LISTS.length, position);
    });
    return (labelStems = found);
  };
  const groups: number[][][] = [];
  const recordsWith = (label: number) => {
    const column = Math.floor(label / COLUMN_SPAN);
    const list = COLUMNS[column]!;
    const positions = list === "keywords" ? labels.keywordTexts.length : LABEL_TEXTS[list].length;
    return (groups[column] ??= groupRecords(labels, list, positions))[label % COLUMN_SPAN]!;
  };

  const postings = new Map<string, Int32Array>();
  const postingsOf = (stem: string): Int32Array | undefined => {
    let entries = postings.get(stem);
    if (entries !== undefined) return entries;
    const number = vocabulary.stemIndex.get(stem);
    if (number === undefined) return undefined;
    const gathered: number[] = [];
    for (const word of titleWords[number]!) {
      const records = source.titlesOf(word);
      for (let at = 0; at < records.length; at++) gathered.push(records[at]! * FIELD_COUNT);
    }
    for (const label of stemsOfLabels().get(number) ?? [])
      for (const record of recordsWith(label)) gathered.push(record * FIELD_COUNT + 1);
    const more = longer[number];
    entries =
      more && gathered.length === 0 ? more : toEntries(Int32Array.from(more ? [...gathered, ...more] : gathered));
    postings.set(stem, entries);
    return entries;
  };

  let all = source.records;
  const made: SearchRecord[] = [];
  let surface: Map<string, string> | undefined;
  const index: SearchIndex = {
    size,
    recordAt: (record) => all?.[record] ?? (made[record] ??= source.recordAt(record)),
    get records() {
      return (all ??= Array.from({ length: size }, (_, record) => index.recordAt(record)));
    },
    words,
    wordStems,
    postingsOf,
    // The shortest word with each stem, the first in order of those as short.
    get surface() {
      if (surface) return surface;
      surface = new Map<string, string>();
      words.forEach((word, at) => {
        const known = surface!.get(wordStems[at]!);
        if (known === undefined || word.length < known.length) surface!.set(wordStems[at]!, word);
      });
      return surface;
    },
    titleLengths,
    titleKeys: [],
    search: (text, limit) => searchRecords(index, text, limit),
    suggest: (text) => suggestSpelling(index, text),
  };
  return index;
}

/** Runs a build (`buildIndex`) to its end at once. */
export function buildAtOnce<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Waits for the next task, so that a page can handle what is waiting (a key, a tap, a paint). */
const nextTask = () => new Promise<void>((resume) => setTimeout(resume, 0));

/** Runs a build (`buildIndex`) step by step, waiting for `pause` between steps so that a page stays responsive. */
export async function buildInSteps<T>(steps: Generator<void, T, void>, pause = nextTask): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await pause();
  }
}

/**
 * Builds the index for a set of records, as written at build time or in tests. The finder builds it from
 * the shipped files instead, with `readSearchIndex` (search-file.ts), where the words are found already.
 */
export function createSearchIndex(records: readonly SearchRecord[]): SearchIndex {
  const labels = labelColumns(records);
  const terms = titleTerms(
    records.map((record) => record.title),
    labels,
  );
  const words = textTable();
  const texts = records.map((record) => textWords(record.text).map(words.numberOf));
  return buildAtOnce(
    buildIndex({
      size: records.length,
      records,
      recordAt: (record) => records[record]!,
      words: terms.words,
      stems: terms.stems,
      titlesOf: (word) => terms.titles[word]!,
      labels,
      complete: true,
      summaryOf: (record) => records[record]!.summary,
      textWords: words.texts,
      textOf: (record) => texts[record]!,
    }),
  );
}

/** A record's title as its sorted stems, made when first asked for. */
function titleKeyOf(index: SearchIndex, record: number): string {
  return (index.titleKeys[record] ??= titleKey(foldedWords(index.recordAt(record).title)));
}

/** The stems of the words in the sorted vocabulary that start with `prefix`, of at most `limit` words. */
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
    found.push(index.wordStems[at]!);
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

/** How far Fuse may stray for a typo: about one letter in seven wrong (Fuse's `threshold`). */
const TYPO_THRESHOLD = 0.34;
/** How far it may stray for a "Did you mean" guess. */
const LOOSE_THRESHOLD = 0.5;

/**
 * The positions of the words in the vocabulary that have at least as many of a search word's letters as
 * Fuse's bitap needs to match it anywhere within `threshold`: a match with e errors (e/length at most the
 * threshold) pairs all but e of the search word's letters with equal letters of the word. Counting letters
 * is far quicker than bitap, and leaves it a few hundred words of thousands.
 */
function wordsSharingLetters(index: SearchIndex, word: string, threshold: number): number[] {
  let errors = 0;
  while ((errors + 1) / word.length <= threshold) errors++;
  const needed = word.length - errors;
  // Letters by their code's last seven bits: two letters that share them only let more words through.
  const wanted = new Uint8Array(128);
  for (let at = 0; at < word.length; at++) wanted[word.charCodeAt(at) & 127]!++;
  const used = new Uint8Array(128);
  const found: number[] = [];
  index.words.forEach((candidate, position) => {
    if (candidate.length < needed) return;
    used.fill(0);
    let shared = 0;
    for (let at = 0; at < candidate.length && shared < needed; at++) {
      const letter = candidate.charCodeAt(at) & 127;
      if (used[letter]! < wanted[letter]!) {
        used[letter]!++;
        shared++;
      }
    }
    if (shared >= needed) found.push(position);
  });
  return found;
}

/**
 * Fuse's best matches for a word in the vocabulary, at most `limit`, each with its stem and closeness (1 is
 * exact): the same matches and scores as Fuse over every word, as it only leaves out words it cannot match.
 */
function fuzzyMatches(
  index: SearchIndex,
  word: string,
  threshold: number,
  limit: number,
): { word: string; stem: string; closeness: number }[] {
  const positions = wordsSharingLetters(index, word, threshold);
  const fuse = new Fuse(
    positions.map((position) => index.words[position]!),
    { includeScore: true, ignoreLocation: true, threshold },
  );
  return fuse.search(word, { limit }).map((hit) => ({
    word: hit.item,
    stem: index.wordStems[positions[hit.refIndex]!]!,
    closeness: 1 - (hit.score ?? 1),
  }));
}

/** Vocabulary stems a search word matches, each with how closely (1 is exact). */
function matchWords(index: SearchIndex, word: string, understood = false, written = false): Map<string, number> {
  const found = new Map<string, number>();
  const add = (stem: string, closeness: number) => {
    if (closeness > (found.get(stem) ?? 0) && index.postingsOf(stem)) found.set(stem, closeness);
  };
  const stem = stemWord(word);
  add(stem, 1);
  // Two or three letters are too few to guess at: they match the start of words only.
  if (word.length <= 3) {
    for (const each of stemsStartingWith(index, word)) add(each, PREFIX_CLOSENESS);
    return found;
  }
  // A word the listings use, or the intent table knows, is not also a typo of other words ("wellies" is
  // not "wellbeing", "ladies" not "buddies"), but it still finds the longer words it starts ("walk" finds
  // "walkers"): a look-up in the sorted words, so most searches never need the fuzzy matcher at all.
  const exact = found.size > 0;
  for (const each of stemsStartingWith(index, stem)) add(each, CONTAINS_CLOSENESS);
  if (understood || exact) return found;
  const before = found.size;
  for (const swapped of swaps(word)) add(stemWord(swapped), SWAP_CLOSENESS);
  if (written || found.size > before) return found;
  // A word may be anywhere in a vocabulary entry ("yoga" in "yogalates"), with about one letter in seven wrong.
  for (const hit of fuzzyMatches(index, word, TYPO_THRESHOLD, WORDS_PER_TERM)) add(hit.stem, hit.closeness);
  return found;
}

/** Each record's score for some stems: its best one, weighted by the field it is in and by `scale`. */
function scoreStems(index: SearchIndex, stems: Map<string, number>, scale = 1): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [stem, closeness] of stems) {
    for (const entry of index.postingsOf(stem) ?? []) {
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
  // Only a title with every word searched for, each exactly, can say exactly what was asked.
  const everyInTitle = units.length * SEARCH_FIELDS[0].weight;
  for (const [record, total] of totals) {
    if (total >= everyInTitle && titleKeyOf(index, record) === asked) totals.set(record, total + EXACT_TITLE_BONUS);
  }
  const best = everyInTitle + EXACT_TITLE_BONUS;
  const { titleLengths } = index;
  return (
    [...totals]
      // Between equal matches, the shorter title says more nearly what was asked.
      .sort((a, b) => b[1] - a[1] || titleLengths[a[0]]! - titleLengths[b[0]]! || a[0] - b[0])
      .slice(0, limit)
      .map(([record, total]) => ({ record: index.recordAt(record), score: Math.max(0, 1 - total / best) }))
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
      const nearest = fuzzyMatches(index, word, LOOSE_THRESHOLD, 10).find(
        (hit) => hit.word[0] === word[0] || (hit.word[0] === word[1] && hit.word[1] === word[0]),
      );
      replacement = nearest ? index.surface.get(nearest.stem) : undefined;
    }
    if (replacement === undefined || replacement === word) return word;
    changed = true;
    return replacement;
  });
  return changed ? corrected.join(" ") : undefined;
}
