/** What the finder's built page offers before any search: the wards to choose from. */
import type { FinderWard } from "../islands/finder/where-filter";
import { loadContent } from "./content";

/** Wards to choose from, by name. */
export async function finderWards(): Promise<FinderWard[]> {
  return (await loadContent()).wards.map((ward) => ({ id: ward.id, name: ward.data.name, town: ward.data.town }));
}
