/**
 * What the build writes for the functions that answer with events (custom calendar feeds, the events API), beside
 * the site: every event still on, with the facts a feed chooses by, its VEVENT text and its open data written once.
 * A function instance reads these files instead of parsing content/ itself, so it answers from exactly the
 * listings the build published (imported and approved events included), and its first answer joins bytes the
 * build wrote instead of writing thousands of events.
 *
 * Four files, under FEED_DATA_DIR:
 * - `index.json`: the format, the site address the text was written for, the wards, and for every event, column by
 *   column, its id, filter facts (a town and ward by number, categories, audiences and accessibility as bits of the
 *   site's own lists), series end, sun point (by number, as events share places) and the byte length of its text
 *   and its data. A function instance parses this file whole before its first answer, so it is kept small: about
 *   60 bytes an event;
 * - `events.ics`: each event's VEVENT text, one after another;
 * - `listings.json`: each event as a feed writes it (the event, where it is, who runs it), one JSON array; a
 *   function parses one only when it must (a before-dark feed's dates, or text for another site address);
 * - `open.json`: each event as the open data gives it (src/lib/open-data/events.ts), or null for one whose source
 *   does not let it be shared: nothing that may not go out is in the file. One JSON array, read by offset too.
 */
import { createHash } from "node:crypto";
import type { Geo } from "../domain";
import { fromBits, toBits } from "../domain/code-bits";
import { ACCESSIBILITY_FEATURES, AUDIENCES, CATEGORIES, LANGUAGES, TOWNS } from "../domain/vocab";
import type { PlacedEvent } from "../events/facts";
import type { Filterable } from "../listings/filters";
import { DEFAULT_LANGUAGES } from "../listings/languages";
import { feedCandidates, type FeedCandidate } from "./select";
import { toEventBlock, type FeedEvent } from "./to-icalendar";
import { OPEN_SHARES, type OpenEvent, type OpenShare } from "../open-data/events";

/** Where the files are, in the built site. */
export const FEED_DATA_DIR = "calendar/feed-data";
/** The three files' names. */
export const FEED_DATA_FILES = {
  index: "index.json",
  events: "events.ics",
  listings: "listings.json",
  open: "open.json",
} as const;
/** The layout of the files; a function refuses files of another layout instead of misreading them. */
export const FEED_DATA_FORMAT = 4;

/** The index, column by column: the n-th entry of each list is the n-th event's. */
interface IndexFile {
  format: number;
  siteUrl: string;
  /** Which build's data this is: a hash of every event's text, data and open data, which any change changes. */
  build: string;
  /** The moment the build was made for, in epoch milliseconds. */
  built: number;
  wards: [id: string, name: string][];
  /** The site's towns, categories, audiences and accessibility features, in the order the numbers count them. */
  towns: readonly string[];
  categories: readonly string[];
  audiences: readonly string[];
  accessibility: readonly string[];
  languages: readonly string[];
  ids: string[];
  /** Position in `towns`, or -1 for none. */
  town: number[];
  /** Position in `wards`, or -1 for none. */
  ward: number[];
  /** Bit n set: the n-th of the list. */
  category: number[];
  audience: number[];
  access: number[];
  /** The languages it is run in, as bits of `languages`. */
  language: number[];
  /** 1: free or pay what you can; 2: buddy-up; 4: all day. */
  flags: number[];
  /** The series' end in epoch milliseconds, or null for a series with no end. */
  end: (number | null)[];
  /** Sun points, each [lat, lng], and each event's by position. */
  suns: [lat: number, lng: number][];
  sun: number[];
  /**
   * Each event's text's length in events.ics, its data's in listings.json and its open data's in open.json, in
   * bytes; each follows the one before.
   */
  textBytes: number[];
  dataBytes: number[];
  openBytes: number[];
  /** Whether each event's open data may go out, by position in OPEN_SHARES. */
  share: number[];
}

const FREE = 1;
const BUDDY_UP = 2;
const ALL_DAY = 4;

/** The files' contents, by name. */
export type FeedDataFiles = Record<(typeof FEED_DATA_FILES)[keyof typeof FEED_DATA_FILES], string>;

const encoder = new TextEncoder();
const byteLength = (text: string) => encoder.encode(text).byteLength;

/** An event as a feed writes it, with only the place's facts a feed shows. */
function writtenItem(listing: PlacedEvent): FeedEvent {
  const { location } = listing;
  const place =
    location.kind === "place"
      ? {
          kind: "place" as const,
          place: {
            name: location.place.name,
            ...(location.place.address ? { address: location.place.address } : {}),
            ...(location.place.postcode ? { postcode: location.place.postcode } : {}),
            ...(location.place.geo ? { geo: location.place.geo } : {}),
          },
        }
      : location;
  return { id: listing.id, event: listing.event, location: place, organizerName: listing.organizerName };
}

/**
 * The files for every event still on at `now`, their text written for `siteUrl`.
 * @example writeFeedData(listings, wards, { siteUrl, now })["index.json"]
 */
export function writeFeedData(
  listings: readonly PlacedEvent[],
  wards: readonly { id: string; data: { name: string } }[],
  options: {
    siteUrl: string;
    now: Date | { toMillis(): number };
    /** Each event as the open data gives it; without it, none may go out. */
    open?: ((listing: PlacedEvent) => OpenEvent) | undefined;
  },
): FeedDataFiles {
  const at = options.now instanceof Date ? options.now.getTime() : options.now.toMillis();
  const wardIds = wards.map((ward) => ward.id);
  const index: IndexFile = {
    format: FEED_DATA_FORMAT,
    siteUrl: options.siteUrl,
    build: "",
    built: at,
    wards: wards.map((ward) => [ward.id, ward.data.name]),
    towns: TOWNS,
    categories: CATEGORIES,
    audiences: AUDIENCES,
    accessibility: ACCESSIBILITY_FEATURES,
    languages: LANGUAGES,
    ids: [],
    town: [],
    ward: [],
    category: [],
    audience: [],
    access: [],
    language: [],
    flags: [],
    end: [],
    suns: [],
    sun: [],
    textBytes: [],
    dataBytes: [],
    openBytes: [],
    share: [],
  };
  const suns = new Map<string, number>();
  const texts: string[] = [];
  const datas: string[] = [];
  const opens: string[] = [];
  feedCandidates(listings).forEach((candidate: FeedCandidate, position) => {
    if (candidate.seriesEnd <= at) return;
    const text = toEventBlock(candidate.item(), options.siteUrl);
    const listing = listings[position]!;
    const data = JSON.stringify(writtenItem(listing));
    const open: OpenEvent = options.open?.(listing) ?? { share: "withheld" };
    const openText = open.share === "withheld" ? "null" : JSON.stringify(open.json);
    const { facts, sunPoint } = candidate;
    const sunKey = `${sunPoint.lat},${sunPoint.lng}`;
    let sun = suns.get(sunKey);
    if (sun === undefined) {
      sun = index.suns.push([sunPoint.lat, sunPoint.lng]) - 1;
      suns.set(sunKey, sun);
    }
    index.ids.push(candidate.id);
    index.town.push(facts.town === undefined ? -1 : TOWNS.indexOf(facts.town));
    index.ward.push(facts.ward === undefined ? -1 : wardIds.indexOf(facts.ward));
    index.category.push(toBits(CATEGORIES, facts.categories));
    index.audience.push(toBits(AUDIENCES, facts.audiences));
    index.access.push(toBits(ACCESSIBILITY_FEATURES, facts.accessibility));
    index.language.push(toBits(LANGUAGES, facts.languages ?? DEFAULT_LANGUAGES));
    index.flags.push((facts.free ? FREE : 0) | (facts.buddyUp ? BUDDY_UP : 0) | (listing.event.allDay ? ALL_DAY : 0));
    index.end.push(Number.isFinite(candidate.seriesEnd) ? candidate.seriesEnd : null);
    index.sun.push(sun);
    index.textBytes.push(byteLength(text));
    index.dataBytes.push(byteLength(data));
    index.openBytes.push(byteLength(openText));
    index.share.push(OPEN_SHARES.indexOf(open.share));
    texts.push(text);
    datas.push(data);
    opens.push(openText);
  });
  const events = texts.join("");
  const listed = `[${datas.join(",")}]`;
  const open = `[${opens.join(",")}]`;
  index.build = createHash("sha256").update(events).update(listed).update(open).digest("base64url").slice(0, 22);
  return {
    [FEED_DATA_FILES.index]: JSON.stringify(index),
    [FEED_DATA_FILES.events]: events,
    [FEED_DATA_FILES.listings]: listed,
    [FEED_DATA_FILES.open]: open,
  } as FeedDataFiles;
}

/** The functions' view of the built events. */
export interface FeedData {
  /** The site address the built text was written for. */
  siteUrl: string;
  /** Which build's data this is: any change to an event changes it. */
  build: string;
  /** The moment the build was made for, in epoch milliseconds. */
  built: number;
  /** Ward names by id. */
  wards: ReadonlyMap<string, string>;
  /** Every event still on when the site was built, for `chooseFeedEvents`. */
  candidates: readonly FeedCandidate[];
  /** An event's VEVENT text as the build wrote it, for `siteUrl` and with no dates left out. */
  text: (position: number) => Uint8Array;
  /** Whether an event's open data may go out, and whether it is an illustrative listing. */
  share: (position: number) => OpenShare;
  /** True for an event that lasts whole days. */
  allDay: (position: number) => boolean;
  /** An event's open data as JSON text, or undefined when it may not go out. */
  open: (position: number) => string | undefined;
  /** An event's position among the candidates, by id, or undefined when the build did not publish it. */
  positionOf: (id: string) => number | undefined;
}

/** A file read whole, or a way to read a span of it (by byte offset and length) as text. */
type RangeSource = Uint8Array | ((start: number, length: number) => string);

/**
 * The feed data in the files the build wrote: `index` as text, `events` as bytes or a way to read them the first
 * time they are needed, and `listings` and `open` as bytes or a way to read one event's data from them (by byte
 * offset and length): a feed with no dates left out never reads listings.json, and a before-dark feed reads only
 * the events it looks at; the events API reads only the open data of the events it answers with. Each event's data
 * is parsed the first time it is asked for, and then kept.
 * @example readFeedData({ index, events, listings: (start, length) => readRange(path, start, length) }).candidates
 */
export function readFeedData(files: {
  index: string;
  events: Uint8Array | (() => Uint8Array);
  listings: RangeSource;
  /** Without it, no event's open data can be read. */
  open?: RangeSource | undefined;
}): FeedData {
  const events = once(files.events);
  const decoder = new TextDecoder();
  const ranges = (data: RangeSource) =>
    typeof data === "function"
      ? data
      : (start: number, length: number) => decoder.decode(data.subarray(start, start + length));
  const listings = ranges(files.listings);
  const open = files.open === undefined ? undefined : ranges(files.open);
  const index = JSON.parse(files.index) as Partial<IndexFile>;
  if (index.format !== FEED_DATA_FORMAT || !Array.isArray(index.ids) || !Array.isArray(index.wards)) {
    throw new Error(
      `The calendar feed data is not in the layout this code reads (format ${FEED_DATA_FORMAT}); build the site again.`,
    );
  }
  const {
    ids,
    town,
    ward,
    category,
    audience,
    access,
    language,
    flags,
    end,
    suns,
    sun,
    textBytes,
    dataBytes,
    openBytes,
    share,
  } = index as IndexFile;
  const lists = {
    towns: index.towns ?? [],
    categories: index.categories ?? [],
    audiences: index.audiences ?? [],
    accessibility: index.accessibility ?? [],
    languages: index.languages ?? [],
  };
  // Events share a few combinations of categories, audiences and features: each is decoded once.
  const decoded = new Map<string, readonly string[]>();
  const decode = (bits: number, all: readonly string[], name: string) => {
    const key = `${name}:${bits}`;
    let members = decoded.get(key);
    if (!members) {
      members = fromBits(all, bits);
      decoded.set(key, members);
    }
    return members;
  };
  const sunPoints: Geo[] = (suns ?? []).map(([lat, lng]) => ({ lat, lng }));
  const textStarts: number[] = [];
  const openStarts: number[] = [];
  const candidates: FeedCandidate[] = [];
  let textAt = 0;
  // Past the arrays' opening brackets; a comma follows each item.
  let dataAt = 1;
  let openAt = 1;
  for (let position = 0; position < ids.length; position += 1) {
    const dataStart = dataAt;
    const dataLength = dataBytes[position]!;
    textStarts.push(textAt);
    textAt += textBytes[position]!;
    dataAt += dataLength + 1;
    openStarts.push(openAt);
    openAt += openBytes[position]! + 1;
    let item: FeedEvent | undefined;
    const facts = {
      town: town[position]! < 0 ? undefined : lists.towns[town[position]!],
      ward: ward[position]! < 0 ? undefined : index.wards[ward[position]!]?.[0],
      categories: decode(category[position]!, lists.categories, "category"),
      audiences: decode(audience[position]!, lists.audiences, "audience"),
      free: (flags[position]! & FREE) !== 0,
      beforeDark: true,
      accessibility: decode(access[position]!, lists.accessibility, "access"),
      buddyUp: (flags[position]! & BUDDY_UP) !== 0,
      languages: decode(language[position]!, lists.languages, "language"),
    } as Filterable;
    candidates.push({
      id: ids[position]!,
      facts,
      seriesEnd: end[position] ?? Number.POSITIVE_INFINITY,
      sunPoint: sunPoints[sun[position]!]!,
      item: () => (item ??= JSON.parse(listings(dataStart, dataLength)) as FeedEvent),
    });
  }
  let positions: Map<string, number> | undefined;
  return {
    siteUrl: index.siteUrl ?? "",
    build: index.build ?? "",
    built: index.built ?? 0,
    wards: new Map(index.wards),
    candidates,
    text: (position) => {
      const start = textStarts[position]!;
      return events().subarray(start, start + textBytes[position]!);
    },
    share: (position) => OPEN_SHARES[share[position]!] ?? "withheld",
    allDay: (position) => (flags[position]! & ALL_DAY) !== 0,
    open: (position) =>
      open === undefined || OPEN_SHARES[share[position]!] === "withheld"
        ? undefined
        : open(openStarts[position]!, openBytes[position]!),
    positionOf: (id) => (positions ??= new Map(ids.map((each, position) => [each, position]))).get(id),
  };
}

/** A file's contents, or a way to read them used once, the first time they are asked for. */
function once<T extends Uint8Array>(contents: T | (() => T)): () => T {
  if (typeof contents !== "function") return () => contents;
  let read: T | undefined;
  return () => (read ??= contents());
}
