/**
 * Matching where a feed says an event is to a place the site knows, without geocoding over the network:
 * by the feed's coordinates (within a short walk), by postcode together with the name, by the place's name
 * or its street address written in the location text. A location that matches nothing is kept as the feed
 * gives it, and moderators see it as a place to add.
 */
import { LOCATION_TEXT_MAX } from "../domain/event";
import { distanceMiles } from "../geo/geo";
import type { ImportedEvent, ImportedLocation } from "./model";
import { oneLine } from "./text";

/** What the matcher needs to know of a place. */
export interface KnownPlace {
  id: string;
  name: string;
  address?: string;
  postcode?: string;
  geo?: { lat: number; lng: number };
}

/** How close a feed's coordinates must be to a place's to be that place: across a car park, not down the road. */
export const MATCH_DISTANCE_METRES = 75;
const METRES_PER_MILE = 1_609.344;
/** Places closer together than this are at the same spot as far as coordinates can tell. */
const SAME_SPOT_METRES = 15;

/** Words that never say which place is meant. */
const SMALL_WORDS = ["the", "and", "of", "at", "in", "on", "a"];
/** Words that say nothing about which place is meant, mostly: they are in nearly every address. */
const FILLER = new Set([...SMALL_WORDS, "stoke", "trent", "uk", "upon", "road", "street"]);

function wordsOf(text: string, leaveOut: ReadonlySet<string>): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !leaveOut.has(word));
}

/** The words of a text that tell places apart, lower case, without punctuation. */
export function placeWords(text: string): string[] {
  return wordsOf(text, FILLER);
}

const ONLY_SMALL_WORDS = new Set(SMALL_WORDS);

/** True when every word of `name` is in `text`, in order and next to each other. */
function namesPlace(textWords: string[], nameWords: string[]): boolean {
  if (nameWords.length === 0) return false;
  for (let at = 0; at + nameWords.length <= textWords.length; at++) {
    if (nameWords.every((word, index) => textWords[at + index] === word)) return true;
  }
  return false;
}

/** A name's words, and whether they are to be found among all of a text's words or only its telling ones. */
interface NameWords {
  words: string[];
  whole: boolean;
}

/**
 * The names a place goes by, as words: its full name, and for "Tunstall Park (Victoria Park)" also the name
 * before the brackets and the one inside them. A name left with one word without its filler ("Stoke Library"
 * is only "library") is matched whole, or any library would be Stoke's.
 */
function namesOf(name: string): NameWords[] {
  const known = NAMES.get(name);
  if (known) return known;
  const bracket = /^(.*?)\s*\((.+)\)\s*$/.exec(name);
  const names = bracket ? [name, bracket[1]!, bracket[2]!] : [name];
  const words = names
    .map((each): NameWords => {
      const telling = placeWords(each);
      const all = wordsOf(each, ONLY_SMALL_WORDS);
      return telling.length === 1 && all.length > 1 ? { words: all, whole: true } : { words: telling, whole: false };
    })
    .filter((each) => each.words.length > 0);
  NAMES.set(name, words);
  return words;
}

/** Each place name's words, worked out once: an import matches thousands of events against the same places. */
const NAMES = new Map<string, NameWords[]>();

/**
 * The known place a feed's location is, or undefined. Coordinates within MATCH_DISTANCE_METRES win (the
 * nearest, when one is clearly nearest; when several share the spot, the text decides among them); then a
 * place whose whole name is in the location text, checked against the postcode when both give one (the
 * longest name wins, so "Hanley Park Pavilion" beats "Hanley Park"); then the only place whose street address
 * (two words or more) is in the text; then the only place with the location's postcode.
 * @example matchPlace({ text: "Tunstall Library, The Boulevard, ST6 6BW" }, places) // "tunstall-library"
 */
export function matchPlace(location: ImportedLocation, places: readonly KnownPlace[]): string | undefined {
  let candidates: readonly KnownPlace[] = places;
  if (location.geo) {
    const near = places
      .flatMap((place) => {
        const metres = place.geo ? distanceMiles(location.geo!, place.geo) * METRES_PER_MILE : Infinity;
        return metres <= MATCH_DISTANCE_METRES ? [{ place, metres }] : [];
      })
      .sort((a, b) => a.metres - b.metres);
    // One place clearly nearest is the match; places sharing a spot (a park and the towpath through it) are
    // told apart by the text, among themselves only.
    if (near.length === 1 || (near.length > 1 && near[1]!.metres - near[0]!.metres > SAME_SPOT_METRES)) {
      return near[0]!.place.id;
    }
    if (near.length > 1) candidates = near.map(({ place }) => place);
  }
  const text = location.text ?? "";
  const words = placeWords(text);
  const allWords = wordsOf(text, ONLY_SMALL_WORDS);
  const named = candidates
    .map((place) => ({
      place,
      length: Math.max(
        0,
        ...namesOf(place.name)
          .filter((name) => namesPlace(name.whole ? allWords : words, name.words))
          .map((name) => name.words.length),
      ),
    }))
    .filter(
      ({ place, length }) =>
        length > 0 && (!location.postcode || !place.postcode || place.postcode === location.postcode),
    )
    .sort((a, b) => b.length - a.length);
  if (named[0]) return named[0].place.id;
  const postcodeFits = (place: KnownPlace) =>
    !location.postcode || !place.postcode || place.postcode === location.postcode;
  const addressed = candidates.filter((place) => {
    const address = place.address ? placeWords(place.address) : [];
    return address.length >= 2 && namesPlace(words, address) && postcodeFits(place);
  });
  if (addressed.length === 1) return addressed[0]!.id;
  if (location.postcode) {
    const sharing = candidates.filter((place) => place.postcode === location.postcode);
    if (sharing.length === 1) return sharing[0]!.id;
  }
  return undefined;
}

/** Where a source says its events are: its `location` strategy and its default `place` (content/sources/). */
export interface LocationRule {
  /** The feed's own location (matched to a place), always `place`, or online; `feed` when not given. */
  location?: "feed" | "default-place" | "online" | undefined;
  /** The place used when the feed gives no location, or always with `default-place`. */
  place?: string | undefined;
}

/** What an online event's location says, in the import's results. */
export const ONLINE_LOCATION = "Online";

/**
 * True when a feed's location is a meeting link or the name of a meeting service rather than a place:
 * calendars put "Microsoft Teams Meeting" or a Zoom address there.
 * @example isOnlineLocation("Microsoft Teams Meeting") // true
 */
export function isOnlineLocation(text: string): boolean {
  const line = text.trim();
  return (
    /^https?:\/\/\S+$/i.test(line) ||
    /^(online|zoom( meeting)?|google meet|(microsoft )?teams( meeting)?|skype( meeting)?)$/i.test(line)
  );
}

/**
 * An event placed by its source's rule, against the places known now (so an event whose place was added
 * since it was read finds it): online; always the source's place; or the feed's own location matched to a
 * known place, with the source's place only when the feed gives no location at all. A location that matches
 * nothing is kept, with no place.
 * @example placeByRule(event, { location: "feed", place: "tunstall-library" }, places).place // "tunstall-library"
 */
export function placeByRule(event: ImportedEvent, rule: LocationRule, places: readonly KnownPlace[]): ImportedEvent {
  const { place: _earlier, ...unplaced } = event;
  if (rule.location === "online") return { ...unplaced, location: { text: ONLINE_LOCATION } };
  if (rule.location === "default-place" && rule.place) return { ...unplaced, place: rule.place };
  const matched = matchPlace(event.location, places);
  if (matched) return { ...unplaced, place: matched };
  const hasLocation = event.location.text || event.location.postcode || event.location.geo;
  return !hasLocation && rule.place ? { ...unplaced, place: rule.place } : unplaced;
}

/** A location that matched no known place, for moderators to add to content/places/. */
export interface PlaceToAdd {
  /** The location as the event's page shows it. */
  text: string;
  /** A UK postcode the feed gave with it, when it gave one. */
  postcode?: string;
  /** How many of the source's events are there. */
  events: number;
}

/**
 * The locations of a source's events that match no known place (and are not online), each once with how many
 * events are there, most events first: the places moderators could add, so those events show the place's
 * page, map, travel and access facts.
 * @example placesToAdd(events, { location: "feed" }, places) // [{ text: "The Red Lion, Hanley", events: 3 }]
 */
export function placesToAdd(
  events: readonly ImportedEvent[],
  rule: LocationRule,
  places: readonly KnownPlace[],
): PlaceToAdd[] {
  if (rule.location === "online") return [];
  const found = new Map<string, PlaceToAdd>();
  for (const event of events) {
    if (placeByRule(event, rule, places).place !== undefined) continue;
    const text = oneLine(event.location.text ?? "", LOCATION_TEXT_MAX);
    if (!text || isOnlineLocation(text)) continue;
    const key = text.toLowerCase();
    const known = found.get(key);
    const postcode = known?.postcode ?? event.location.postcode;
    found.set(key, { text: known?.text ?? text, ...(postcode ? { postcode } : {}), events: (known?.events ?? 0) + 1 });
  }
  return [...found.values()].sort((a, b) => b.events - a.events || a.text.localeCompare(b.text, "en-GB"));
}
