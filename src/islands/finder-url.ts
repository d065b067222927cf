/**
 * The finder's state in the address bar: the listing query as `toSearchParams` writes it, plus the view
 * (list or map). The resident's position is never written there: it stays in the browser.
 */
import { FINDER_PATH } from "../lib/listings/finder-path";
import {
  FILTER_FIELDS,
  parseListingQuery,
  toSearchParams,
  type ListingQuery,
  type QueryProblem,
} from "../lib/listings/query";

/** What the finder reads from its address. */
export interface FinderUrlState {
  query: ListingQuery;
  view: "list" | "map";
  problems: QueryProblem[];
}

// `near` and `within` need the position, which never goes into an address.
const URL_FIELDS = ["q", "when", "from", "to", ...FILTER_FIELDS] as const;

/** The "when" choice the finder's form sends when the resident picks dates of their own. */
export const CHOSEN_DATES = "dates";

/**
 * The address as the finder's form sends it, read as the listing query means it: a form sends every field,
 * so an empty one means "any", and the dates typed count only when "Choose dates" is the "when" chosen.
 * @example fromFinderForm(new URLSearchParams("q=yoga&when=&town=&from=2026-12-05")).toString() // "q=yoga"
 */
export function fromFinderForm(params: URLSearchParams): URLSearchParams {
  const read = new URLSearchParams();
  const when = params.get("when");
  for (const [name, value] of params) {
    if (value.trim() === "") continue;
    if (when !== null && name === "when" && value === CHOSEN_DATES) continue;
    if (when !== null && when !== CHOSEN_DATES && (name === "from" || name === "to")) continue;
    read.append(name, value);
  }
  return read;
}

/** Reads the finder's state from its query string, as a link or the form sent it. */
export function readFinderUrl(search: string): FinderUrlState {
  const params = fromFinderForm(new URLSearchParams(search));
  const view = params.get("view") === "map" ? "map" : "list";
  params.delete("view");
  if ([...params.keys()].length === 0) return { query: {}, view, problems: [] };
  const result = parseListingQuery(params, URL_FIELDS);
  return result.ok ? { query: result.query, view, problems: [] } : { query: {}, view, problems: result.problems };
}

/** The finder's address for a state, at `path`: the finder's own in the page's language (/ur/find/). */
export function toFinderUrl(query: ListingQuery, view: "list" | "map", path: string = FINDER_PATH): string {
  const { near: _near, within: _within, ...shareable } = query;
  const params = toSearchParams(shareable);
  if (view === "map") params.set("view", "map");
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
