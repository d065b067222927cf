/** View data for each ward's fair share (src/lib/areas/fairness.ts), counted from the listings the pages show. */
import { countWards, type Fairness } from "../lib/areas/fairness";
import { GREEN_PLACE_KINDS } from "../lib/domain/vocab";
import { loadContent } from "./content";
import { listOccurrences } from "./events";
import { AREA_COUNT_DAYS } from "./listings";

/** The counts, the wards' ONS codes by id, and the days the event dates are counted over. */
export interface WardFairness {
  fairness: Fairness;
  codes: Map<string, string>;
  days: number;
}

let counted: Promise<WardFairness> | undefined;

/** Each ward's counts, worked out once per build. */
export function wardFairness(): Promise<WardFairness> {
  counted ??= (async () => {
    const content = await loadContent();
    const wardOf = (place: string | undefined) =>
      place === undefined ? undefined : content.placeById.get(place)?.data.ward;
    const occurrences = await listOccurrences({ days: AREA_COUNT_DAYS });
    const fairness = countWards({
      wards: content.wards.map((ward) => ({ id: ward.id, name: ward.data.name })),
      occurrences: occurrences.map((view) => ({
        ward: view.ward,
        example: view.example,
        cancelled: view.status === "cancelled",
        free: view.free,
        beforeDark: view.beforeDark,
        buddyUp: view.buddyUp,
        audiences: view.audiences,
      })),
      regularEvents: content.events
        .filter((event) => event.data.recurrence && !event.data.example)
        .map((event) => ({ group: event.data.organizer, ward: wardOf(event.data.place) })),
      services: content.services
        .filter((service) => !service.data.example)
        .map((service) => ({ wards: service.data.service_at_location.flatMap((at) => wardOf(at.place) ?? []) })),
      greenSpaces: content.places
        .filter((place) => GREEN_PLACE_KINDS.includes(place.data.kind))
        .map((place) => ({ ward: place.data.ward })),
    });
    return {
      fairness,
      codes: new Map(content.wards.flatMap((ward) => (ward.data.code ? [[ward.id, ward.data.code] as const] : []))),
      days: AREA_COUNT_DAYS,
    };
  })();
  return counted;
}
