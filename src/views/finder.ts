/** What the finder's pre-rendered pages list: the events a preset asks for, with the same rules as the finder. */
import type { FinderPreset } from "../lib/listings/finder-path";
import { toDateRange } from "../lib/listings/date-range";
import { toListingFilter } from "../lib/listings/query";
import { buildNow } from "./clock";
import { listOccurrences, occurrencesIn, type OccurrenceView } from "./events";
import { loadContent } from "./content";

/** Occurrences for a preset: its dates (or the coming weeks), town, cost and before-dark filters. */
export async function finderOccurrences(preset: FinderPreset): Promise<OccurrenceView[]> {
  const range = toDateRange(preset, buildNow());
  const filter = toListingFilter(preset);
  return range ? occurrencesIn(range, filter) : listOccurrences({ filter });
}

/** Wards to choose from, by name. */
export async function finderWards(): Promise<{ id: string; name: string; town?: FinderPreset["town"] }[]> {
  return (await loadContent()).wards.map((ward) => ({ id: ward.id, name: ward.data.name, town: ward.data.town }));
}
