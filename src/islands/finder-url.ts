/**
 * The finder's state in the address bar: the listing query as `toSearchParams` writes it, plus the view
 * (list or map). The resident's position is never written there: it stays in the browser.
 */
import { fromFinderPath, FINDER_PATH } from "../lib/listings/finder-path";
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

/** Reads the finder's state from a path (a pre-rendered preset) and query string. */
export function readFinderUrl(pathname: string, search: string): FinderUrlState {
  const params = new URLSearchParams(search);
  const view = params.get("view") === "map" ? "map" : "list";
  params.delete("view");
  const preset = fromFinderPath(pathname) ?? {};
  if ([...params.keys()].length === 0) return { query: { ...preset }, view, problems: [] };
  const result = parseListingQuery(params, URL_FIELDS);
  return result.ok ? { query: result.query, view, problems: [] } : { query: {}, view, problems: result.problems };
}

/** The finder's address for a state. */
export function toFinderUrl(query: ListingQuery, view: "list" | "map"): string {
  const { near: _near, within: _within, ...shareable } = query;
  const params = toSearchParams(shareable);
  if (view === "map") params.set("view", "map");
  const search = params.toString();
  return search ? `${FINDER_PATH}?${search}` : FINDER_PATH;
}
