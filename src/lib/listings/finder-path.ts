/**
 * Addresses of the finder's pre-rendered pages. A static site cannot read a query string on the server,
 * so the common searches (when × town × free × before dark) are built as pages with the choice in the
 * path, and the filter links on each page lead to the others: the finder works with JavaScript off.
 */
import { TOWNS, type Town } from "../domain/vocab";
import { WHEN_LABELS, type ListingQuery, type When } from "./query";

/** The part of a listing query that pre-rendered finder pages cover. */
export type FinderPreset = Pick<ListingQuery, "when" | "town" | "free" | "beforeDark">;

const ANY_DAY = "any-day";
const ALL_TOWNS = "all-towns";
const ANY_COST = "any-cost";
const FREE = "free";
const ANY_TIME = "any-time";
const BEFORE_DARK = "before-dark";
const WHENS = Object.keys(WHEN_LABELS) as When[];

/** The finder's own address. */
export const FINDER_PATH = "/find/";

/**
 * The address of the pre-rendered page for a preset; the bare finder when nothing is chosen.
 * @example toFinderPath({ when: "weekend", free: true }) // "/find/weekend/all-towns/free/any-time/"
 */
export function toFinderPath(preset: FinderPreset): string {
  if (!preset.when && !preset.town && !preset.free && !preset.beforeDark) return FINDER_PATH;
  const segments = [
    preset.when ?? ANY_DAY,
    preset.town ?? ALL_TOWNS,
    preset.free ? FREE : ANY_COST,
    preset.beforeDark ? BEFORE_DARK : ANY_TIME,
  ];
  return `${FINDER_PATH}${segments.join("/")}/`;
}

/**
 * The preset a finder address stands for, or undefined when it is not one.
 * @example fromFinderPath("/find/today/hanley/any-cost/before-dark/") // { when: "today", town: "hanley", beforeDark: true }
 */
export function fromFinderPath(path: string): FinderPreset | undefined {
  if (path === FINDER_PATH) return {};
  const match = /^\/find\/([a-z-]+)\/([a-z-]+)\/([a-z-]+)\/([a-z-]+)\/?$/.exec(path);
  if (!match) return undefined;
  const [, when, town, cost, dark] = match as unknown as [string, string, string, string, string];
  const preset: FinderPreset = {};
  if (when !== ANY_DAY) {
    if (!(WHENS as string[]).includes(when)) return undefined;
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

/** Every preset that has a pre-rendered page, the bare finder first. */
export function allFinderPresets(): FinderPreset[] {
  const presets: FinderPreset[] = [];
  for (const when of [undefined, ...WHENS])
    for (const town of [undefined, ...TOWNS])
      for (const free of [false, true])
        for (const beforeDark of [false, true]) {
          const preset: FinderPreset = {};
          if (when) preset.when = when;
          if (town) preset.town = town;
          if (free) preset.free = true;
          if (beforeDark) preset.beforeDark = true;
          presets.push(preset);
        }
  return presets;
}
