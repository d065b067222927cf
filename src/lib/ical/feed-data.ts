/**
 * What the build writes for the custom feed functions, beside the site: every event still on, with the facts a
 * feed chooses by and its VEVENT text written once. A function instance reads these files instead of parsing
 * content/ itself, so it answers from exactly the listings the build published (imported and approved events
 * included), and its first answer joins bytes the build wrote instead of writing thousands of events.
 *
 * Three files, under FEED_DATA_DIR:
 * - `index.json`: the format, the site address the text was written for, the wards, and for each event its id,
 *   filter facts, series end, sun point and where its text and its data start and how long they are (in bytes);
 * - `events.ics`: each event's VEVENT text, one after another;
 * - `listings.json`: each event as a feed writes it (the event, where it is, who runs it), one JSON array; a
 *   function parses one only when it must (a before-dark feed's dates, or text for another site address).
 */
import type { Geo } from "../domain";
import type { AccessibilityFeature, Audience, Category, Town } from "../domain/vocab";
import type { PlacedEvent } from "../events/facts";
import type { Filterable } from "../listings/filters";
import { feedCandidates, type FeedCandidate } from "./select";
import { toEventBlock, type FeedEvent } from "./to-icalendar";

/** Where the files are, in the built site. */
export const FEED_DATA_DIR = "calendar/feed-data";
/** The three files' names. */
export const FEED_DATA_FILES = { index: "index.json", events: "events.ics", listings: "listings.json" } as const;
/** The layout of the files; a function refuses files of another layout instead of misreading them. */
export const FEED_DATA_FORMAT = 1;

/** An event's filter facts as written: `beforeDark` is each occurrence's own, so it is left out. */
interface WrittenFacts {
  town?: Town;
  ward?: string;
  categories: Category[];
  audiences: Audience[];
  free: boolean;
  accessibility: AccessibilityFeature[];
  buddyUp: boolean;
}

interface WrittenEvent {
  id: string;
  facts: WrittenFacts;
  /** The series' end in epoch milliseconds, or null for a series with no end. */
  end: number | null;
  sun: [lat: number, lng: number];
  /** Byte offset and length of its VEVENT text in events.ics. */
  text: [start: number, length: number];
  /** Byte offset and length of its data in listings.json. */
  data: [start: number, length: number];
}

interface IndexFile {
  format: number;
  siteUrl: string;
  wards: [id: string, name: string][];
  events: WrittenEvent[];
}

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
  options: { siteUrl: string; now: Date | { toMillis(): number } },
): FeedDataFiles {
  const at = options.now instanceof Date ? options.now.getTime() : options.now.toMillis();
  const candidates = feedCandidates(listings);
  const texts: string[] = [];
  const datas: string[] = [];
  const events: WrittenEvent[] = [];
  let textAt = 0;
  // Past the array's opening bracket.
  let dataAt = 1;
  candidates.forEach((candidate: FeedCandidate, position) => {
    if (candidate.seriesEnd <= at) return;
    const listing = listings[position]!;
    const text = toEventBlock(candidate.item(), options.siteUrl);
    const data = JSON.stringify(writtenItem(listing));
    const [textSize, dataSize] = [byteLength(text), byteLength(data)];
    const { facts } = candidate;
    events.push({
      id: candidate.id,
      facts: {
        ...(facts.town !== undefined ? { town: facts.town } : {}),
        ...(facts.ward !== undefined ? { ward: facts.ward } : {}),
        categories: [...facts.categories],
        audiences: [...facts.audiences],
        free: facts.free,
        accessibility: [...facts.accessibility],
        buddyUp: facts.buddyUp,
      },
      end: Number.isFinite(candidate.seriesEnd) ? candidate.seriesEnd : null,
      sun: [candidate.sunPoint.lat, candidate.sunPoint.lng],
      text: [textAt, textSize],
      data: [dataAt, dataSize],
    });
    texts.push(text);
    datas.push(data);
    textAt += textSize;
    // The comma between two items.
    dataAt += dataSize + 1;
  });
  const index: IndexFile = {
    format: FEED_DATA_FORMAT,
    siteUrl: options.siteUrl,
    wards: wards.map((ward) => [ward.id, ward.data.name]),
    events,
  };
  return {
    [FEED_DATA_FILES.index]: JSON.stringify(index),
    [FEED_DATA_FILES.events]: texts.join(""),
    [FEED_DATA_FILES.listings]: `[${datas.join(",")}]`,
  } as FeedDataFiles;
}

/** The custom feed functions' view of the built events. */
export interface FeedData {
  /** The site address the built text was written for. */
  siteUrl: string;
  /** Ward names by id. */
  wards: ReadonlyMap<string, string>;
  /** Every event still on when the site was built, for `chooseFeedEvents`. */
  candidates: readonly FeedCandidate[];
  /** An event's VEVENT text as the build wrote it, for `siteUrl` and with no dates left out. */
  text: (position: number) => Uint8Array;
}

/**
 * The feed data in the files the build wrote: `index` as text, the other two as bytes or as a way to read them,
 * which is used the first time they are needed (a feed with no dates left out never reads listings.json). Each
 * event's data is parsed the first time it is asked for, and then kept.
 * @example readFeedData({ index, events, listings: () => readFileSync(path) }).candidates.length
 */
export function readFeedData(files: {
  index: string;
  events: Uint8Array | (() => Uint8Array);
  listings: Uint8Array | (() => Uint8Array);
}): FeedData {
  const events = once(files.events);
  const listings = once(files.listings);
  const index = JSON.parse(files.index) as Partial<IndexFile>;
  if (index.format !== FEED_DATA_FORMAT || !Array.isArray(index.events) || !Array.isArray(index.wards)) {
    throw new Error(
      `The calendar feed data is not in the layout this code reads (format ${FEED_DATA_FORMAT}); build the site again.`,
    );
  }
  const decoder = new TextDecoder();
  const candidates = index.events.map((written): FeedCandidate => {
    let item: FeedEvent | undefined;
    const [start, length] = written.data;
    const facts: Filterable = { ...written.facts, beforeDark: true };
    const sunPoint: Geo = { lat: written.sun[0], lng: written.sun[1] };
    return {
      id: written.id,
      facts,
      seriesEnd: written.end ?? Number.POSITIVE_INFINITY,
      sunPoint,
      item: () => (item ??= JSON.parse(decoder.decode(listings().subarray(start, start + length))) as FeedEvent),
    };
  });
  const texts = index.events.map((written) => written.text);
  return {
    siteUrl: index.siteUrl ?? "",
    wards: new Map(index.wards),
    candidates,
    text: (position) => {
      const [start, length] = texts[position]!;
      return events().subarray(start, start + length);
    },
  };
}

/** Bytes, or a way to read them used once, the first time they are asked for. */
function once(bytes: Uint8Array | (() => Uint8Array)): () => Uint8Array {
  if (bytes instanceof Uint8Array) return () => bytes;
  let read: Uint8Array | undefined;
  return () => (read ??= bytes());
}
