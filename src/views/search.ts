/** The finder's search data, built from the same content and rules as the pages. */
import { buildSearchData } from "../lib/search/build-records";
import type { SearchData } from "../lib/search/record";
import { buildNow } from "./clock";
import { loadContent } from "./content";

let building: Promise<SearchData> | undefined;

/** Every listing as the finder searches it, built once per build. */
export function getSearchData(): Promise<SearchData> {
  building ??= loadContent().then((content) => buildSearchData(content, buildNow()));
  return building;
}
