/**
 * Where an event happens, for everything that shows it: at a place the site knows (with its page, map pin,
 * travel and accessibility facts), at a location given only in words (shown as the organiser writes it, with
 * no pin and no facts), or online.
 */
import type { Event, Place } from "../domain";

/** What is known of a place, at the least: its name. */
type PlaceLike = Pick<Place, "name" | "address" | "postcode" | "geo">;

/** Where an event happens; `P` is as much of the place as the caller has. */
export type EventLocation<P extends PlaceLike = Place & { id: string }> =
  { kind: "place"; place: P } | { kind: "text"; text: string } | { kind: "online" };

/** What the page says of an online event. */
export const ONLINE_LABEL = "Online";

/**
 * An event's location, with its place found by `findPlace`; throws when the event names a place that is not
 * there (the build checks references first, so that is a bug).
 * @example locationOf({ locationText: "The Red Lion, Hanley", online: false }, places.get) // { kind: "text", text: "The Red Lion, Hanley" }
 */
export function locationOf<P extends PlaceLike>(
  event: Pick<Event, "place" | "locationText" | "online">,
  findPlace: (id: string) => P | undefined,
): EventLocation<P> {
  if (event.place !== undefined) {
    const place = findPlace(event.place);
    if (!place) throw new Error(`the place "${event.place}" does not exist`);
    return { kind: "place", place };
  }
  if (event.locationText !== undefined) return { kind: "text", text: event.locationText };
  return { kind: "online" };
}

/** The known place, or undefined for a location in words or online. */
export function placeOf<P extends PlaceLike>(location: EventLocation<P>): P | undefined {
  return location.kind === "place" ? location.place : undefined;
}

/**
 * Where it is, in a few words for lists: the place's name, the location as given, or "Online".
 * @example locationName({ kind: "online" }) // "Online"
 */
export function locationName(location: EventLocation<PlaceLike>): string {
  if (location.kind === "place") return location.place.name;
  return location.kind === "text" ? location.text : ONLINE_LABEL;
}

/**
 * Where it is, in one line for a calendar: the place's name, address and postcode, the location as given,
 * or "Online".
 * @example locationLine({ kind: "place", place: { name: "Tunstall Library", address: "The Boulevard", postcode: "ST6 6BW" } }) // "Tunstall Library, The Boulevard, ST6 6BW"
 */
export function locationLine(location: EventLocation<PlaceLike>): string {
  if (location.kind !== "place") return locationName(location);
  const { name, address, postcode } = location.place;
  return [name, address, postcode].filter(Boolean).join(", ");
}
