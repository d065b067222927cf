/**
 * Which occurrences a listing filter keeps. One set of semantics for the pre-rendered pages, the finder
 * and the calendar feeds.
 */
import type { AccessibilityFeature, Audience, Category, Language, Town } from "../domain/vocab";
import { DEFAULT_LANGUAGES } from "./languages";

/** The facts about an occurrence that filters look at. */
export interface Filterable {
  town?: Town | undefined;
  ward?: string | undefined;
  /** For a listing in several places (a group active in two towns, a service at three venues): all of them. */
  towns?: readonly Town[] | undefined;
  wards?: readonly string[] | undefined;
  categories: readonly Category[];
  audiences: readonly Audience[];
  free: boolean;
  beforeDark: boolean;
  accessibility: readonly AccessibilityFeature[];
  buddyUp: boolean;
  /** The languages it is run in; none said means English. */
  languages?: readonly Language[] | undefined;
}

/** A filter: every field that is set must match. */
export interface ListingFilter {
  town?: Town | undefined;
  ward?: string | undefined;
  category?: Category | undefined;
  audience?: Audience | undefined;
  free?: boolean | undefined;
  beforeDark?: boolean | undefined;
  accessibility?: readonly AccessibilityFeature[] | undefined;
  buddyUp?: boolean | undefined;
  /** A language it is run in. */
  language?: Language | undefined;
}

/**
 * True when an item passes every part of the filter. `everyone` events match any audience; a listing in
 * several towns or wards matches any of them.
 * @example matchesFilter({ town: "hanley", ... }, { town: "hanley", free: true })
 */
export function matchesFilter(item: Filterable, filter: ListingFilter): boolean {
  if (filter.town !== undefined && !(item.towns ?? [item.town]).includes(filter.town)) return false;
  if (filter.ward !== undefined && !(item.wards ?? [item.ward]).includes(filter.ward)) return false;
  if (filter.category !== undefined && !item.categories.includes(filter.category)) return false;
  if (
    filter.audience !== undefined &&
    !item.audiences.includes(filter.audience) &&
    !item.audiences.includes("everyone")
  ) {
    return false;
  }
  if (filter.free === true && !item.free) return false;
  if (filter.beforeDark === true && !item.beforeDark) return false;
  if (filter.buddyUp === true && !item.buddyUp) return false;
  if (filter.accessibility?.some((feature) => !item.accessibility.includes(feature))) return false;
  if (filter.language !== undefined && !(item.languages ?? DEFAULT_LANGUAGES).includes(filter.language)) return false;
  return true;
}
