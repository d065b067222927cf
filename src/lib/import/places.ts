/**
 * Matching where a feed says an event is to a place the site knows, without geocoding over the network:
 * by the feed's coordinates (within a short walk), by postcode together with the name, and by the place's
 * name written in the location text. A location that matches nothing is kept as the feed gives it.
 */
import { distanceMiles } from "../geo/geo";
import type { ImportedLocation } from "./model";

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

/** Words that say nothing about which place is meant. */
const FILLER = new Set(["the", "and", "of", "at", "in", "on", "a", "stoke", "trent", "uk", "upon", "road", "street"]);

/** The words of a text that tell places apart, lower case, without punctuation. */
export function placeWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !FILLER.has(word));
}

/** True when every word of `name` is in `text`, in order and next to each other. */
function namesPlace(textWords: string[], nameWords: string[]): boolean {
  if (nameWords.length === 0) return false;
  for (let at = 0; at + nameWords.length <= textWords.length; at++) {
    if (nameWords.every((word, index) => textWords[at + index] === word)) return true;
  }
  return false;
}

/**
 * The names a place goes by, as words: its full name, and for "Tunstall Park (Victoria Park)" also the name
 * before the brackets and the one inside them.
 */
function namesOf(name: string): string[][] {
  const known = NAMES.get(name);
  if (known) return known;
  const bracket = /^(.*?)\s*\((.+)\)\s*$/.exec(name);
  const names = bracket ? [name, bracket[1]!, bracket[2]!] : [name];
  const words = names.map(placeWords).filter((each) => each.length > 0);
  NAMES.set(name, words);
  return words;
}

/** Each place name's words, worked out once: an import matches thousands of events against the same places. */
const NAMES = new Map<string, string[][]>();

/**
 * The known place a feed's location is, or undefined. Coordinates within MATCH_DISTANCE_METRES win (the
 * nearest, when one is clearly nearest; when several share the spot, the text decides among them); then a place whose whole name is in the location text, checked against the postcode when both
 * give one (the longest name wins, so "Hanley Park Pavilion" beats "Hanley Park"); then the only place with
 * the location's postcode.
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
  const named = candidates
    .map((place) => ({
      place,
      length: Math.max(
        0,
        ...namesOf(place.name)
          .filter((name) => namesPlace(words, name))
          .map((name) => name.length),
      ),
    }))
    .filter(
      ({ place, length }) =>
        length > 0 && (!location.postcode || !place.postcode || place.postcode === location.postcode),
    )
    .sort((a, b) => b.length - a.length);
  if (named[0]) return named[0].place.id;
  if (location.postcode) {
    const sharing = candidates.filter((place) => place.postcode === location.postcode);
    if (sharing.length === 1) return sharing[0]!.id;
  }
  return undefined;
}
