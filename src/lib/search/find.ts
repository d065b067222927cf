/**
 * The finder's answer to a listing query: text search, filters, dates and distance together, grouped by
 * kind of listing. Filters mean what they mean on the pre-rendered pages and in calendar feeds, because
 * they are the same functions (`matchesFilter`, and `toLocalSpan`, held equal to `toDateRange`).
 */
import type { Geo } from "../domain/common";
import { sortByDistance } from "../geo/geo";
import { matchesFilter } from "../listings/filters";
import { toListingFilter, type ListingQuery } from "../listings/query";
import { overlapsSpan, toLocalSpan, type LocalSpan } from "../listings/spans";
import type { LocalDateTime } from "../time/local";
import { RECORD_TYPES, type RecordOccurrence, type RecordType, type SearchRecord } from "./record";
import type { SearchIndex } from "./search-index";

/** One listing in the finder's results. */
export interface FinderResult {
  record: SearchRecord;
  /** For events: the first matching date, and how many more match. */
  next?: RecordOccurrence | undefined;
  moreDates: number;
  /** With "near me": how far away, when the listing has a position. */
  miles?: number | undefined;
  minutes?: number | undefined;
}

/** Results of one kind of listing. */
export interface FinderGroup {
  type: RecordType;
  results: FinderResult[];
}

/** Everything the finder shows for a query. */
export interface FinderResults {
  total: number;
  groups: FinderGroup[];
  /** When nothing matches: the nearest spelling of the search that would find something with the same filters. */
  didYouMean?: string | undefined;
}

/** The dates of an event that a query keeps: upcoming, not cancelled, in the span, before dark if asked. */
export function matchingOccurrences(
  occurrences: readonly RecordOccurrence[],
  query: Pick<ListingQuery, "beforeDark">,
  now: LocalDateTime,
  span: LocalSpan | undefined,
): RecordOccurrence[] {
  return occurrences.filter(
    (occurrence) =>
      !occurrence.cancelled &&
      occurrence.end > now &&
      (span === undefined || overlapsSpan(occurrence, span)) &&
      (!query.beforeDark || occurrence.beforeDark),
  );
}

/**
 * Whether a record passes a query's filters (not its text), with an event's matching dates. Groups,
 * places and services have no dates, so a chosen date does not remove them; they never "finish before
 * dark", so that filter leaves only events.
 */
export function matchRecord(
  record: SearchRecord,
  query: ListingQuery,
  now: LocalDateTime,
  span: LocalSpan | undefined = toLocalSpan(query, now),
): { matches: boolean; occurrences: RecordOccurrence[] } {
  const filterable = {
    towns: record.towns,
    wards: record.wards,
    categories: record.categories,
    audiences: record.audiences,
    free: record.free,
    beforeDark: record.type === "event",
    accessibility: record.accessibility,
    buddyUp: record.buddyUp,
    languages: record.languages,
  };
  if (!matchesFilter(filterable, toListingFilter(query))) return { matches: false, occurrences: [] };
  if (record.type !== "event") return { matches: true, occurrences: [] };
  const occurrences = matchingOccurrences(record.occurrences ?? [], query, now, span);
  return { matches: occurrences.length > 0, occurrences };
}

/**
 * Finds listings for a query. `near` (the resident's position) never comes from the URL: it stays in the
 * browser. Without text, events come soonest first and the rest by name; with text, best match first;
 * near someone, nearest first, with listings that have no position after the rest. When a search finds
 * nothing, `didYouMean` offers the nearest spelling that finds something with the same filters.
 */
export function findListings(index: SearchIndex, query: ListingQuery, now: LocalDateTime, near?: Geo): FinderResults {
  const results = findMatching(index, query, now, near);
  if (results.total > 0 || !query.q) return results;
  const spelling = index.suggest(query.q);
  if (spelling === undefined || findMatching(index, { ...query, q: spelling }, now, near).total === 0) return results;
  return { ...results, didYouMean: spelling };
}

/**
 * Every listing of the kinds asked for that matches a query's words and filters (not its distance), each event
 * with its first matching date: best match first for a search with words, else in the index's order. The finder
 * sorts and groups these; the events API pages through them.
 * @example matchingResults(index, { q: "walk", free: true }, now, ["event"])[0].next?.start
 */
export function matchingResults(
  index: SearchIndex,
  query: ListingQuery,
  now: LocalDateTime,
  types: readonly RecordType[] = RECORD_TYPES,
): FinderResult[] {
  const span = toLocalSpan(query, now);
  const ranked = query.q ? index.search(query.q, index.size).map((hit) => hit.record) : undefined;
  const results: FinderResult[] = [];
  for (const record of ranked ?? index.records) {
    if (!types.includes(record.type)) continue;
    const { matches, occurrences } = matchRecord(record, query, now, span);
    if (!matches) continue;
    results.push({ record, next: occurrences[0], moreDates: Math.max(0, occurrences.length - 1) });
  }
  return results;
}

/**
 * Results near a position, nearest first and only those within `within` miles when it is given; those with no
 * position after them, in their order.
 */
export function nearestFirst(results: readonly FinderResult[], near: Geo, within?: number): FinderResult[] {
  const { located, unlocated } = sortByDistance(results, near, (result) => result.record.geo, within);
  return [...located.map(({ item, miles, minutes }) => ({ ...item, miles, minutes })), ...unlocated];
}

function findMatching(index: SearchIndex, query: ListingQuery, now: LocalDateTime, near?: Geo): FinderResults {
  const results = matchingResults(index, query, now);
  if (!query.q) {
    // Listings with a date (events) and without are compared apart, so the order is the same whatever the input.
    results.sort(
      (a, b) =>
        (a.next && b.next ? a.next.start.localeCompare(b.next.start) : Number(!a.next) - Number(!b.next)) ||
        a.record.title.localeCompare(b.record.title, "en-GB"),
    );
  }
  const groups = RECORD_TYPES.map((type) => {
    const ofType = results.filter((result) => result.record.type === type);
    return { type, results: near ? nearestFirst(ofType, near, query.within) : ofType };
  }).filter((group) => group.results.length > 0);
  return { total: groups.reduce((sum, group) => sum + group.results.length, 0), groups };
}

/**
 * The results of a fuller index for the same query, with those already shown kept first and in their order
 * and the listings it adds after them in each group: when the finder's second search file is read, the list
 * under the resident's finger only grows. A listing shown takes its fuller record (with its summary).
 * @example keepShownFirst(fromTitles, fromEveryField).groups[0].results[0] // the first listing shown before
 */
export function keepShownFirst(shown: FinderResults, next: FinderResults): FinderResults {
  if (shown.total === 0) return next;
  const keyOf = (result: FinderResult) => `${result.record.type}/${result.record.id}`;
  const fuller = new Map(next.groups.flatMap((group) => group.results.map((result) => [keyOf(result), result])));
  const groups = RECORD_TYPES.map((type) => {
    const before = shown.groups.find((group) => group.type === type)?.results ?? [];
    const after = next.groups.find((group) => group.type === type)?.results ?? [];
    const kept = new Set(before.map(keyOf));
    return {
      type,
      results: [
        ...before.map((result) => fuller.get(keyOf(result)) ?? result),
        ...after.filter((result) => !kept.has(keyOf(result))),
      ],
    };
  }).filter((group) => group.results.length > 0);
  return { total: groups.reduce((sum, group) => sum + group.results.length, 0), groups };
}

/**
 * What to suggest when nothing matches: the filters in use, most narrowing first, as things to loosen.
 * @example suggestLoosening({ free: true, town: "tunstall" }) // ["town", "free"]
 */
export function suggestLoosening(query: ListingQuery, near?: Geo): (keyof ListingQuery | "near")[] {
  const order: (keyof ListingQuery)[] = [
    "q",
    "within",
    "when",
    "from",
    "to",
    "ward",
    "town",
    "beforeDark",
    "free",
    "category",
    "audience",
    "accessibility",
    "buddyUp",
    "language",
  ];
  const used: (keyof ListingQuery | "near")[] = order.filter((field) => {
    const value = query[field];
    return value !== undefined && value !== false && !(Array.isArray(value) && value.length === 0);
  });
  if (near && query.within === undefined) used.push("near");
  return used;
}
