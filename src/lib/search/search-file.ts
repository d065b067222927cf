/**
 * The finder's search data as the site ships it, in two files, and the one way to read them:
 * `readSearchIndex` turns the files' JSON text (or the parsed files) into a ready index, for the finder in
 * the browser and for a function on the server alike.
 *
 * The first file (`/search-index.json`) holds what a first result needs: every listing's id, title, kind,
 * filters' values, place, position and dates, and the words of its title, labels and keywords; the second
 * (`/search-details.json`) the summaries and the longer fields' words. Measured at 10,000 synthetic
 * listings, the summaries and the longer fields' words were 560 KB of the 770 KB gzip, and folding and
 * stemming them most of the time to a built index: the finder fetches both at once, answers from the first
 * as soon as it is read, and searches every field once the second has come. A function reads both.
 *
 * The file is compact because a phone downloads it, and quick to read because a phone reads it. Each
 * record is a row of values in a fixed order, not an object with named fields; strings that many records
 * repeat (venues, places in words, costs, wards) are written once in `strings` and referred to by position;
 * categories, audiences, towns and accessibility are sets of positions in the domain's own lists written as
 * one number's bits, and a place kind a position; an address is the kind of listing and its id. The first
 * file also carries the distinct words of the titles, labels and keywords, sorted, with their stems and the
 * records whose titles have each, so the finder goes from the file to a first result without folding or
 * stemming a title (at 10,000 synthetic listings, 53 KB more gzip: 273 KB in all). The longer fields' words
 * (`text`) are positions in one shared list of words, most used first, each written once with its stem
 * however many listings use it. An event's dates are whole days after `firstDay`, each the days since the
 * one before, with the time of day and length written only when they change: every date up to
 * `SEARCH_DAYS` ahead fits in a few bytes, so any date a resident chooses finds the events on it. Nothing a
 * resident can search for is left out: the round trip is tested.
 */
import { ACCESSIBILITY_FEATURES, AUDIENCES, CATEGORIES, PLACE_KINDS, TOWNS, type PlaceKind } from "../domain/vocab";
import { fromBits, toBits } from "../domain/code-bits";
import { addDays, type LocalDateTime } from "../time/local";
import {
  COST_KINDS,
  RECORD_TYPES,
  type RecordCost,
  type RecordOccurrence,
  type SearchData,
  type SearchRecord,
} from "./record";
import {
  buildIndex,
  buildInSteps,
  buildAtOnce,
  labelColumns,
  textTable,
  textWords,
  titleTerms,
  type IndexSource,
  type SearchIndex,
} from "./search-index";
import { stemWord } from "./text";

/** The files' format; a reader refuses any other. */
export const SEARCH_FILE_FORMAT = 5;

/**
 * The listings, a column per field, each with one value per listing in the same order: values of one kind
 * side by side compress far better than each listing's values together.
 */
export interface FileColumns {
  /** Positions in RECORD_TYPES. */
  type: number[];
  id: string[];
  title: string[];
  /** Positions in `strings` (-1 for none), as are `where`, `price` and `wards`. */
  keywords: number[];
  where: number[];
  /** A position in COST_KINDS, or -1 for a listing that names no cost. */
  cost: number[];
  /** The price in the listing's own words. */
  price: number[];
  /** 1 for free, + 2 for buddy-up. */
  flags: number[];
  /** Sets of positions in the domain's lists (TOWNS, CATEGORIES…) written as bits (see `toBits`). */
  towns: number[];
  wards: number[][];
  categories: number[];
  audiences: number[];
  accessibility: number[];
  /** A position in PLACE_KINDS, or -1 for none. */
  kind: number[];
  /** Latitude and longitude in hundred-thousandths of a degree (about a metre) from `GEO_ORIGIN`, or null. */
  lat: (number | null)[];
  lng: (number | null)[];
  /** An event's dates (see `encodeDates`), or 0 for a listing without dates. */
  dates: (number[] | 0)[];
}

/** The first file: what a first result needs. */
export interface SearchFile {
  format: typeof SEARCH_FILE_FORMAT;
  builtAt: string;
  /** The local date that events' dates count their days from. */
  firstDay: string;
  /** Strings that records share, by position. */
  strings: string[];
  wards: SearchData["wards"];
  records: FileColumns;
  /** The distinct words of the titles, labels and keywords, folded and sorted, that the index is built on. */
  words: string[];
  /** Each word's stem (see `writeStem`), found at build time so the finder need not. */
  stems: WrittenStem[];
  /** For each word, the records whose title has it: their numbers, each the difference from the one before, or 0 for none. */
  titles: (number[] | 0)[];
}

/** The second file: each listing's summary and longer fields' words, in the first file's order. */
export interface SearchDetailsFile {
  format: typeof SEARCH_FILE_FORMAT;
  /** The same as the first file's: the two are read together only when they come from one build. */
  builtAt: string;
  summary: string[];
  /** The longer fields' distinct words, folded, most used first. */
  words: string[];
  /** Each word's stem (see `writeStem`). */
  stems: WrittenStem[];
  /** The longer fields' words: positions in `words`, in order, each the difference from the one before. */
  text: number[][];
}

/** Both files, as the site ships them. */
export interface SearchFiles {
  first: SearchFile;
  details: SearchDetailsFile;
}

/** A stem as written: how many letters to drop from the end of its word, or the stem itself when it does not start the word. */
type WrittenStem = number | string;

/**
 * A word's stem, as the files write it: most stems start their word, and need only a small number.
 * @example writeStem("walking", "walk") // 3
 */
export function writeStem(word: string, stem: string): WrittenStem {
  return word.startsWith(stem) ? word.length - stem.length : stem;
}

/**
 * A word's stem from how the files write it (`writeStem`).
 * @example readStem("walking", 3) // "walk"
 */
export function readStem(word: string, written: WrittenStem): string {
  return typeof written === "number" ? word.slice(0, word.length - written) : written;
}

/** Numbers in order, written as each one's difference from the one before: small numbers compress well. */
const toDifferences = (numbers: readonly number[]) =>
  numbers.map((value, at) => value - (at > 0 ? numbers[at - 1]! : 0));

/** Positions are written from here, near the city, in hundred-thousandths of a degree: shorter numbers. */
const GEO_ORIGIN = { lat: 53, lng: -2.2 };

const MINUTES_PER_DAY = 24 * 60;

const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 864e5;
const minuteOf = (time: LocalDateTime) => +time.slice(11, 13) * 60 + +time.slice(14, 16);

/**
 * An event's dates as numbers: for each date, (days since the one before, or since `firstDay`) × 4 + 1 when
 * it finishes before dark + 2 when it is cancelled; before it, when its start time or length differs from
 * the date before's, -1 - the start in minutes after midnight and then the length in minutes (wall-clock).
 * @example encodeDates([{ start: "2026-12-03T10:00", end: "2026-12-03T12:00", beforeDark: true }], "2026-12-01") // [-601, 120, 9]
 */
export function encodeDates(occurrences: readonly RecordOccurrence[], firstDay: string): number[] {
  const numbers: number[] = [];
  let day = dayNumber(firstDay);
  let start = -1;
  let length = -1;
  for (const occurrence of occurrences) {
    const startDay = dayNumber(occurrence.start);
    const startMinute = minuteOf(occurrence.start);
    const minutes = (dayNumber(occurrence.end) - startDay) * MINUTES_PER_DAY + minuteOf(occurrence.end) - startMinute;
    if (startDay < day) throw new Error(`Dates must come in order from ${firstDay}: ${occurrence.start} does not.`);
    if (startMinute !== start || minutes !== length) {
      numbers.push(-1 - startMinute, minutes);
      start = startMinute;
      length = minutes;
    }
    numbers.push((startDay - day) * 4 + (occurrence.beforeDark ? 1 : 0) + (occurrence.cancelled ? 2 : 0));
    day = startDay;
  }
  return numbers;
}

const pad = (value: number) => String(value).padStart(2, "0");

const dayTexts = new Map<string, string[]>();
const timeTexts: string[] = [];
const dateTimeTexts = new Map<string, Map<number, LocalDateTime>>();

/** Reads dates written by `encodeDates` back into local wall-clock dates. */
export function decodeDates(numbers: readonly number[], firstDay: string): RecordOccurrence[] {
  const occurrences: RecordOccurrence[] = [];
  // Every event counts from the same first day: each date and time's text is made once, not once an event,
  // as the weekly events that share a time of day share most of their dates.
  let days = dayTexts.get(firstDay);
  if (days === undefined) dayTexts.set(firstDay, (days = []));
  let texts = dateTimeTexts.get(firstDay);
  if (texts === undefined) dateTimeTexts.set(firstDay, (texts = new Map()));
  const at = (offset: number, minute: number) => {
    const key = offset * MINUTES_PER_DAY + minute;
    let text = texts.get(key);
    if (text === undefined) {
      const day = offset + Math.floor(minute / MINUTES_PER_DAY);
      const time = minute % MINUTES_PER_DAY;
      text = `${(days[day] ??= addDays(firstDay, day))}T${(timeTexts[time] ??= `${pad(Math.floor(time / 60))}:${pad(time % 60)}`)}`;
      texts.set(key, text);
    }
    return text;
  };
  let day = 0;
  let start = 0;
  let length = 0;
  for (let position = 0; position < numbers.length; position++) {
    const value = numbers[position]!;
    if (value < 0) {
      start = -1 - value;
      length = numbers[++position]!;
      continue;
    }
    day += value >> 2;
    const occurrence: RecordOccurrence = {
      start: at(day, start),
      end: at(day, start + length),
      beforeDark: (value & 1) === 1,
    };
    if (value & 2) occurrence.cancelled = true;
    occurrences.push(occurrence);
  }
  return occurrences;
}

/** A listing's address, from its kind and id: every listing's page is at /<kind>s/<id>/. */
const urlOf = (record: Pick<SearchRecord, "type" | "id">) => `/${record.type}s/${record.id}/`;

/** Turns the search data into the two files the site ships (at build time). */
export function toSearchFiles(data: SearchData): SearchFiles {
  const { texts: strings, numberOf } = textTable();
  const stringOf = (value: string | undefined) => (value === undefined ? -1 : numberOf(value));
  const labels = labelColumns(data.records);
  const terms = titleTerms(
    data.records.map((record) => record.title),
    labels,
  );

  // The longer fields' words, most used first, so the commonest have the shortest numbers.
  const uses = new Map<string, number>();
  const texts = data.records.map((record) => [...new Set(textWords(record.text))]);
  for (const words of texts) for (const word of words) uses.set(word, (uses.get(word) ?? 0) + 1);
  const words = [...uses.keys()].sort((a, b) => uses.get(b)! - uses.get(a)! || (a < b ? -1 : 1));
  const wordNumbers = new Map(words.map((word, number) => [word, number]));

  const starts = data.records.flatMap((record) => record.occurrences?.map((o) => o.start.slice(0, 10)) ?? []);
  const firstDay = starts.length > 0 ? starts.reduce((a, b) => (b < a ? b : a)) : data.builtAt.slice(0, 10);

  const records: FileColumns = {
    type: [],
    id: [],
    title: [],
    keywords: [],
    where: [],
    cost: [],
    price: [],
    flags: [],
    towns: [],
    wards: [],
    categories: [],
    audiences: [],
    accessibility: [],
    kind: [],
    lat: [],
    lng: [],
    dates: [],
  };
  const details: SearchDetailsFile = {
    format: SEARCH_FILE_FORMAT,
    builtAt: data.builtAt,
    summary: [],
    words,
    stems: words.map((word) => writeStem(word, stemWord(word))),
    text: [],
  };
  data.records.forEach((record, number) => {
    if (record.url !== urlOf(record)) throw new Error(`${record.id}: its address must be ${urlOf(record)}.`);
    const text = texts[number]!.map((word) => wordNumbers.get(word)!).sort((a, b) => a - b);
    records.type.push(RECORD_TYPES.indexOf(record.type));
    records.id.push(record.id);
    records.title.push(record.title);
    records.keywords.push(stringOf(record.keywords));
    records.where.push(stringOf(record.where));
    records.cost.push(record.cost ? COST_KINDS.indexOf(record.cost.kind) : -1);
    records.price.push(stringOf(record.cost && "price" in record.cost ? record.cost.price : undefined));
    records.flags.push((record.free ? 1 : 0) + (record.buddyUp ? 2 : 0));
    records.towns.push(labels.towns[number]!);
    records.wards.push(record.wards.map(stringOf));
    records.categories.push(labels.categories[number]!);
    records.audiences.push(labels.audiences[number]!);
    records.accessibility.push(toBits(ACCESSIBILITY_FEATURES, record.accessibility));
    records.kind.push(labels.kind[number]!);
    records.lat.push(record.geo ? Math.round((record.geo.lat - GEO_ORIGIN.lat) * 1e5) : null);
    records.lng.push(record.geo ? Math.round((record.geo.lng - GEO_ORIGIN.lng) * 1e5) : null);
    records.dates.push(record.occurrences ? encodeDates(record.occurrences, firstDay) : 0);
    details.summary.push(record.summary);
    details.text.push(toDifferences(text));
  });
  return {
    first: {
      format: SEARCH_FILE_FORMAT,
      builtAt: data.builtAt,
      firstDay,
      strings,
      wards: data.wards,
      records,
      words: terms.words,
      stems: terms.words.map((word, at) => writeStem(word, terms.stems[at]!)),
      titles: terms.titles.map((list) => (list.length > 0 ? toDifferences(list) : 0)),
    },
    details,
  };
}

/** A file, parsed and checked to be one this code reads. */
function parseFile<T extends { format: number; builtAt: string }>(file: string | T): T {
  const parsed = typeof file === "string" ? (JSON.parse(file) as T) : file;
  if (parsed?.format !== SEARCH_FILE_FORMAT)
    throw new Error(`The search data is not in format ${SEARCH_FILE_FORMAT}: build the site again.`);
  return parsed;
}

/** Both files parsed, the second (when given) checked to be from the first's build and to have its listings. */
function parseFiles(
  first: string | SearchFile,
  details: string | SearchDetailsFile | undefined,
): [SearchFile, SearchDetailsFile | undefined] {
  const parsed = parseFile(first);
  if (details === undefined) return [parsed, undefined];
  const more = parseFile(details);
  if (more.builtAt !== parsed.builtAt || more.summary.length !== parsed.records.id.length)
    throw new Error("The two search files are from different builds: build the site again.");
  return [parsed, more];
}

/** Numbers written as differences (`toDifferences`) read back. */
function fromDifferences(differences: readonly number[]): number[] {
  const numbers = new Array<number>(differences.length);
  let number = 0;
  for (let at = 0; at < differences.length; at++) numbers[at] = number += differences[at]!;
  return numbers;
}

/**
 * Reads one record of the files by its number (an index asks for those a search finds: most searches look
 * at the dates of a few events); without the second file, summaries are empty.
 */
function recordReader(
  file: SearchFile,
  details: SearchDetailsFile | undefined,
  withText: boolean,
): (number: number) => SearchRecord {
  const { strings, firstDay, records: columns } = file;
  const text = (value: number) => (value < 0 ? undefined : strings[value]);
  const atPosition = (value: number | null | undefined, origin: number) =>
    // Whole hundred-thousandths divided once, so a position written to five places reads back exactly.
    (Math.round(origin * 1e5) + value!) / 1e5;
  return (number) => {
    const id = columns.id[number]!;
    const type = RECORD_TYPES[columns.type[number]!]!;
    const flags = columns.flags[number]!;
    const kind = columns.kind[number]!;
    const lat = columns.lat[number];
    const record: SearchRecord = {
      type,
      id,
      url: urlOf({ type, id }),
      title: columns.title[number]!,
      summary: details?.summary[number] ?? "",
      keywords: strings[columns.keywords[number]!] ?? "",
      where: text(columns.where[number]!),
      towns: fromBits(TOWNS, columns.towns[number]!),
      wards: columns.wards[number]!.map((position) => strings[position]!),
      geo:
        lat === null || lat === undefined
          ? undefined
          : { lat: atPosition(lat, GEO_ORIGIN.lat), lng: atPosition(columns.lng[number], GEO_ORIGIN.lng) },
      categories: fromBits(CATEGORIES, columns.categories[number]!),
      audiences: fromBits(AUDIENCES, columns.audiences[number]!),
      free: (flags & 1) === 1,
      cost: costOf(columns.cost[number]!, text(columns.price[number]!)),
      accessibility: fromBits(ACCESSIBILITY_FEATURES, columns.accessibility[number]!),
      buddyUp: (flags & 2) === 2,
      kind: kind < 0 ? undefined : (PLACE_KINDS[kind] as PlaceKind),
    };
    const textNumbers = details?.text[number];
    if (withText && textNumbers && textNumbers.length > 0)
      record.text = fromDifferences(textNumbers)
        .map((position) => details!.words[position])
        .join(" ");
    const dates = columns.dates[number];
    if (dates) record.occurrences = decodeDates(dates, firstDay);
    return record;
  };
}

/**
 * The search data in the files, as the records were built: every searchable word and every date.
 * @example readSearchData(files.first, files.details).records[0].summary === data.records[0].summary // true
 */
export function readSearchData(first: string | SearchFile, details: string | SearchDetailsFile): SearchData {
  const [parsed, more] = parseFiles(first, details);
  const recordAt = recordReader(parsed, more, true);
  return {
    builtAt: parsed.builtAt,
    records: parsed.records.id.map((_, number) => recordAt(number)),
    wards: parsed.wards,
  };
}

/**
 * A build of the index of the files (`buildIndex`): the words of the titles, labels and keywords come
 * stemmed in the first file, and the longer fields' in the second, so only the summaries are folded.
 */
function indexFiles(file: SearchFile, details: SearchDetailsFile | undefined): Generator<void, SearchIndex, void> {
  const { records: columns, strings } = file;
  const titles: number[][] = [];
  const source: IndexSource = {
    size: columns.id.length,
    recordAt: recordReader(file, details, false),
    words: file.words,
    stems: file.words.map((word, at) => readStem(word, file.stems[at]!)),
    titlesOf: (word) => {
      const differences = file.titles[word];
      return (titles[word] ??= differences ? fromDifferences(differences) : []);
    },
    labels: {
      categories: columns.categories,
      audiences: columns.audiences,
      towns: columns.towns,
      kind: columns.kind,
      keywords: columns.keywords,
      keywordTexts: strings,
    },
    complete: details !== undefined,
    summaryOf: (record) => details?.summary[record] ?? "",
    textWords: details?.words ?? [],
    textStems: details?.words.map((word, at) => readStem(word, details.stems[at]!)),
    textOf: (record) => (details ? fromDifferences(details.text[record]!) : []),
  };
  return buildIndex(source);
}

/**
 * The one entry point from shipped data to a ready search: the JSON text of `/search-index.json` and of
 * `/search-details.json`, or those files parsed, to an index for `findListings`. Used by the finder in the
 * browser and by functions on the server. Given the first file alone, the index finds listings by their
 * titles, labels, keywords, filters and dates (not by their summaries or longer fields), and is `partial`.
 * @example findListings(readSearchIndex(firstJson, detailsJson), { q: "yoga" }, now)
 */
export function readSearchIndex(first: string | SearchFile, details?: string | SearchDetailsFile): SearchIndex {
  const [parsed, more] = parseFiles(first, details);
  const index = buildAtOnce(indexFiles(parsed, more));
  if (!more) index.partial = true;
  return index;
}

/**
 * `readSearchIndex` of both files in steps, waiting for `pause` (by default, the next task) between them,
 * so that a page building the index of every field goes on answering its resident meanwhile.
 * @example await readSearchIndexInSteps(firstJson, detailsJson)
 */
export async function readSearchIndexInSteps(
  first: string | SearchFile,
  details: string | SearchDetailsFile,
  pause?: () => Promise<void>,
): Promise<SearchIndex> {
  return buildInSteps(
    (function* () {
      const parsed = parseFile(first);
      yield;
      const [, more] = parseFiles(parsed, details);
      yield;
      return yield* indexFiles(parsed, more);
    })(),
    pause,
  );
}

/** A listing's cost from its kind's position in COST_KINDS and its price words. */
function costOf(kind: number, price: string | undefined): RecordCost | undefined {
  switch (COST_KINDS[kind]) {
    case "free":
      return { kind: "free" };
    case "pay-what-you-can":
      return { kind: "pay-what-you-can", price };
    case "price":
      return price ? { kind: "price", price } : undefined;
    case "ask":
      return { kind: "ask" };
    default:
      return undefined;
  }
}
