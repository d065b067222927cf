/**
 * The listing query as it travels in a URL: the finder's state, shareable links and calendar feed
 * addresses all use these parameters, so a search means the same thing everywhere. Parsing names every
 * unknown or malformed parameter, for a clear 400 or an on-page message.
 */
import {
  ACCESSIBILITY_FEATURES,
  AUDIENCES,
  AUDIENCE_LABELS,
  CATEGORIES,
  TOWNS,
  type AccessibilityFeature,
} from "../domain/vocab";
import type { ListingFilter } from "./filters";

/** The named spans of time a search can ask for (each language's finder words name them). */
export const WHENS = ["today", "tomorrow", "weekend", "week", "month"] as const;
/** A named span of time. */
export type When = (typeof WHENS)[number];

/** Distances, in miles, that "near me" can be limited to. */
export const WITHIN_MILES = [1, 2, 5] as const;

/**
 * Everything a listing search can say: the filter's fields, and the words, dates and distance a search adds.
 * Every field is optional: an empty query lists everything.
 */
export interface ListingQuery extends ListingFilter {
  q?: string | undefined;
  when?: When | undefined;
  /** Chosen dates, inclusive, as local YYYY-MM-DD. */
  from?: string | undefined;
  to?: string | undefined;
  accessibility?: AccessibilityFeature[] | undefined;
  near?: { lat: number; lng: number } | undefined;
  within?: (typeof WITHIN_MILES)[number] | undefined;
}

/** The URL parameter for each query field. */
export const QUERY_PARAMS = {
  q: "q",
  when: "when",
  from: "from",
  to: "to",
  town: "town",
  ward: "ward",
  category: "category",
  audience: "audience",
  free: "free",
  beforeDark: "dark",
  accessibility: "access",
  buddyUp: "buddy",
  near: "near",
  within: "within",
} as const satisfies Record<keyof ListingQuery, string>;

/** The fields that filter by what a listing is: shared by the finder's address and calendar feed addresses. */
export const FILTER_FIELDS = [
  "town",
  "ward",
  "category",
  "audience",
  "free",
  "beforeDark",
  "accessibility",
  "buddyUp",
] as const satisfies readonly (keyof ListingQuery)[];

/** A parameter that could not be read, with what to write instead. */
export interface QueryProblem {
  param: string;
  message: string;
}

/** The outcome of reading a query: the query, or every problem found. */
export type QueryResult = { ok: true; query: ListingQuery } | { ok: false; problems: QueryProblem[] };

const FLAG_VALUES = new Set(["1", "true", "yes", "on"]);
const OFF_VALUES = new Set(["0", "false", "no", "off", ""]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(list: readonly T[], value: string): T | undefined {
  return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

// Checked without Luxon so the finder in the browser can read queries without loading it.
function isRealLocalDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === value;
}

/**
 * Reads a listing query from URL parameters. `allowed` limits which fields this address accepts (a
 * calendar feed has no `q` or `near`); `also` names parameters of the address's own, which its caller reads;
 * anything else is reported, never silently ignored.
 * @example parseListingQuery(new URLSearchParams("town=burslem&free=1")) // { ok: true, query: { town: "burslem", free: true } }
 */
export function parseListingQuery(
  params: URLSearchParams,
  allowed: readonly (keyof ListingQuery)[] = Object.keys(QUERY_PARAMS) as (keyof ListingQuery)[],
  also: readonly string[] = [],
): QueryResult {
  const query: ListingQuery = {};
  const problems: QueryProblem[] = [];
  const fieldByParam = new Map<string, keyof ListingQuery>(allowed.map((field) => [QUERY_PARAMS[field], field]));
  const seen = new Set<string>();

  for (const [given, raw] of params) {
    const value = raw.trim();
    if (also.includes(given)) continue;
    const field = fieldByParam.get(given);
    const param = field === undefined ? shortened(given) : given;
    if (field === undefined) {
      const known = [...allowed.map((name) => QUERY_PARAMS[name]), ...also].join(", ");
      problems.push({ param, message: `"${param}" is not something this address understands. It accepts: ${known}.` });
      continue;
    }
    if (seen.has(param) && field !== "accessibility") {
      problems.push({ param, message: `"${param}" is given more than once; give it once.` });
      continue;
    }
    seen.add(param);
    const problem = readField(query, field, value);
    if (problem) problems.push({ param, message: problem });
  }
  if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
    problems.push({ param: "to", message: `"to" (${query.to}) is before "from" (${query.from}).` });
  }
  if ((query.from !== undefined || query.to !== undefined) && query.when !== undefined) {
    problems.push({ param: "when", message: `give "when" or chosen dates ("from", "to"), not both.` });
  }
  if (query.within !== undefined && query.near === undefined) {
    problems.push({ param: "within", message: `"within" needs "near" (your position).` });
  }
  return problems.length > 0 ? { ok: false, problems: bounded(problems) } : { ok: true, query };
}

/**
 * A query whose ward, if it names one, is one of the city's (`wards`, by id); otherwise the problem, listing them.
 * @example requireKnownWard(parseListingQuery(params), wards)
 */
export function requireKnownWard(result: QueryResult, wards: ReadonlyMap<string, string>): QueryResult {
  if (!result.ok || result.query.ward === undefined || wards.has(result.query.ward)) return result;
  const message = `"ward" names no ward in the city. Ward ids: ${[...wards.keys()].join(", ")}.`;
  return { ok: false, problems: [{ param: "ward", message }] };
}

/** The most problems one answer lists: an answer stays small whatever the address holds. */
export const MAX_LISTED_PROBLEMS = 10;

/**
 * The first problems, and how many more there are, in MAX_LISTED_PROBLEMS at most: one rule for every address
 * that names its problems (the finder, calendar feeds, the open data APIs).
 * @example bounded(twelveProblems).length // 10
 */
export function bounded(problems: QueryProblem[]): QueryProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  const shown = problems.slice(0, MAX_LISTED_PROBLEMS - 1);
  const more = problems.length - shown.length;
  return [...shown, { param: "…", message: `…and ${more} more problems of the same kinds.` }];
}

/**
 * An unknown parameter's name as it is quoted back: at most 40 characters.
 * @example shortened("a".repeat(50)) // "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…"
 */
export function shortened(param: string): string {
  const characters = [...param];
  return characters.length > 40 ? `${characters.slice(0, 39).join("")}…` : param;
}

function readFlag(value: string): boolean | undefined {
  if (FLAG_VALUES.has(value.toLowerCase())) return true;
  if (OFF_VALUES.has(value.toLowerCase())) return false;
  return undefined;
}

/** Sets one field from its text; returns a message when the text is not valid for it. */
function readField(query: ListingQuery, field: keyof ListingQuery, value: string): string | undefined {
  switch (field) {
    case "q":
      if (value.length > 100) return `"q" must be 100 characters or fewer.`;
      if (value) query.q = value;
      return undefined;
    case "when": {
      const when = oneOf(WHENS, value);
      if (!when) return `"when" must be one of: ${WHENS.join(", ")}.`;
      query.when = when;
      return undefined;
    }
    case "from":
    case "to":
      if (!isRealLocalDate(value)) return `"${field}" must be a date written YYYY-MM-DD, e.g. 2026-12-05.`;
      query[field] = value;
      return undefined;
    case "town": {
      const town = oneOf(TOWNS, value);
      if (!town) return `"town" must be one of: ${TOWNS.join(", ")}.`;
      query.town = town;
      return undefined;
    }
    case "ward":
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) return `"ward" must be a ward id such as burslem-park.`;
      query.ward = value;
      return undefined;
    case "category": {
      const category = oneOf(CATEGORIES, value);
      if (category) {
        query.category = category;
        return undefined;
      }
      const audience = AUDIENCES.find((key) => key.slice(0, 5) === value.slice(0, 5));
      const hint = audience
        ? ` "${value}" looks like an audience: try audience=${audience} (${AUDIENCE_LABELS[audience]}).`
        : "";
      return `"category" must be one of: ${CATEGORIES.join(", ")}.${hint}`;
    }
    case "audience": {
      const audience = oneOf(AUDIENCES, value);
      if (!audience) return `"audience" must be one of: ${AUDIENCES.join(", ")}.`;
      query.audience = audience;
      return undefined;
    }
    case "free":
    case "beforeDark":
    case "buddyUp": {
      const flag = readFlag(value);
      if (flag === undefined) return `"${QUERY_PARAMS[field]}" must be 1 (yes) or 0 (no).`;
      if (flag) query[field] = true;
      return undefined;
    }
    case "accessibility": {
      const features = value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean);
      const unknown = features.filter((feature) => !oneOf(ACCESSIBILITY_FEATURES, feature));
      if (unknown.length > 0) return `"access" must be one or more of: ${ACCESSIBILITY_FEATURES.join(", ")}.`;
      const merged = new Set([...(query.accessibility ?? []), ...(features as AccessibilityFeature[])]);
      query.accessibility = [...merged];
      return undefined;
    }
    case "near": {
      const match = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(value);
      const lat = Number(match?.[1]);
      const lng = Number(match?.[2]);
      if (!match || Math.abs(lat) > 90 || Math.abs(lng) > 180)
        return `"near" must be a position written lat,lng, e.g. 53.0232,-2.1751.`;
      query.near = { lat, lng };
      return undefined;
    }
    case "within": {
      const miles = WITHIN_MILES.find((option) => String(option) === value);
      if (miles === undefined) return `"within" must be one of: ${WITHIN_MILES.join(", ")} (miles).`;
      query.within = miles;
      return undefined;
    }
  }
}

/**
 * Writes a query as URL parameters, in a stable order, leaving out what is not set.
 * @example toSearchParams({ town: "hanley", free: true }).toString() // "town=hanley&free=1"
 */
export function toSearchParams(query: ListingQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of Object.keys(QUERY_PARAMS) as (keyof ListingQuery)[]) {
    const value = query[field];
    if (value === undefined || value === false || value === "") continue;
    const name = QUERY_PARAMS[field];
    if (value === true) params.set(name, "1");
    else if (Array.isArray(value)) {
      if (value.length > 0) params.set(name, value.join(","));
    } else if (typeof value === "object") params.set(name, `${value.lat},${value.lng}`);
    else params.set(name, String(value));
  }
  return params;
}

/** The parts of a query that filter by what a listing is, as a filter for `matchesFilter`. */
export function toListingFilter(query: ListingQuery): ListingFilter {
  return {
    town: query.town,
    ward: query.ward,
    category: query.category,
    audience: query.audience,
    free: query.free,
    beforeDark: query.beforeDark,
    accessibility: query.accessibility,
    buddyUp: query.buddyUp,
  };
}
