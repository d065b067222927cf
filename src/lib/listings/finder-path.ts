/**
 * The finder's address, and the addresses its common searches (when × town × free × before dark) once had as
 * pages of their own, with the choice in the path. A search now lives in the finder's query string and is
 * answered without JavaScript by the find-results function; an old address, bookmarked or shared, is sent on
 * to its search there.
 */
import { TOWNS, type Town } from "../domain/vocab";
import { WHENS, type ListingQuery, type When } from "./query";

/** The part of a listing query that the finder's old addresses carried. */
export type FinderPreset = Pick<ListingQuery, "when" | "town" | "free" | "beforeDark">;

const ANY_DAY = "any-day";
const ALL_TOWNS = "all-towns";
const ANY_COST = "any-cost";
const FREE = "free";
const ANY_TIME = "any-time";
const BEFORE_DARK = "before-dark";

/** The finder's own address. */
export const FINDER_PATH = "/find/";

/**
 * The search an old finder address stands for, or undefined when it is not one (the bare finder included).
 * @example fromFinderPath("/find/today/hanley/any-cost/before-dark/") // { when: "today", town: "hanley", beforeDark: true }
 */
export function fromFinderPath(path: string): FinderPreset | undefined {
  const match = /^\/find\/([a-z-]+)\/([a-z-]+)\/([a-z-]+)\/([a-z-]+)\/?$/.exec(path);
  if (!match) return undefined;
  const [, when, town, cost, dark] = match as unknown as [string, string, string, string, string];
  const preset: FinderPreset = {};
  if (when !== ANY_DAY) {
    if (!(WHENS as readonly string[]).includes(when)) return undefined;
    preset.when = when as When;
  }
  if (town !== ALL_TOWNS) {
    if (!(TOWNS as readonly string[]).includes(town)) return undefined;
    preset.town = town as Town;
  }
  if (cost !== ANY_COST && cost !== FREE) return undefined;
  if (cost === FREE) preset.free = true;
  if (dark !== ANY_TIME && dark !== BEFORE_DARK) return undefined;
  if (dark === BEFORE_DARK) preset.beforeDark = true;
  return preset;
}
