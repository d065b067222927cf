/** What the finder's built page lists before any search: the coming weeks' events, as other lists show them. */
import type { FinderWard } from "../islands/finder/where-filter";
import { listOccurrences, type OccurrenceView } from "./events";
import { loadContent } from "./content";

/** The coming weeks' occurrences, soonest first. */
export async function finderOccurrences(): Promise<OccurrenceView[]> {
  return listOccurrences();
}

/** Wards to choose from, by name. */
export async function finderWards(): Promise<FinderWard[]> {
  return (await loadContent()).wards.map((ward) => ({ id: ward.id, name: ward.data.name, town: ward.data.town }));
}
