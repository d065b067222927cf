/**
 * What `/api/oruk/services` can be asked, and which services it gives. The parameters are Open Referral's
 * (`search`, `taxonomy_term_id`, `taxonomy_id`, `organization_id`, `modified_after`, `day`, `start_time`,
 * `end_time`, `proximity`, `page`, `per_page`, `full`, `format`) and the site's own (`text`, `town`, `ward`, `lat`,
 * `lng`, `examples`). Every unknown or bad parameter is named with what to write instead, for a 400.
 *
 * `postcode` is refused with the reason: the site keeps no postcode dataset and looks nothing up over the
 * network, so it cannot tell where a postcode is. A reader gives a point as `lat` and `lng` instead.
 */
import { TOWNS, WEEKDAYS, weekdayNamed, type Town, type Weekday } from "../domain/vocab";
import { distanceMiles } from "../geo/geo";
import { bounded, shortened, type QueryProblem } from "../listings/query";
import { STOP_WORDS, foldedWords, stemWord } from "../search/text";
import { isUuid } from "./oruk-ids";
import type { OrukListing } from "./oruk";
import { ORUK_TAXONOMY_CODES, allHsdsTerms, toHsdsTaxonomy } from "./oruk-taxonomy";

/** How many services a page holds unless asked, and at most. */
export const DEFAULT_PER_PAGE = 50;
export const MAX_PER_PAGE = 100;
/** The furthest `proximity` can reach, in metres: the city is about 20 km from end to end. */
export const MAX_PROXIMITY_METRES = 50_000;

/** A search of the services, as read from the address. */
export interface OrukQuery {
  /** The stems of the words searched for: every one must be found. */
  words?: string[];
  /** Taxonomy term ids: a service must have every one. */
  terms?: string[];
  /** A taxonomy id: a service must have a term of it. */
  taxonomy?: string;
  organization?: string;
  town?: Town;
  ward?: string;
  near?: { lat: number; lng: number };
  proximityMetres?: number;
  day?: Weekday;
  /** HH:MM: a schedule that opens at or after this. */
  startTime?: string;
  /** HH:MM: a schedule that closes at or before this. */
  endTime?: string;
  /** Epoch milliseconds: services last modified at or after this. */
  modifiedAfter?: number;
  page: number;
  perPage: number;
  /** False for one-to-one fields only; the site gives fully nested services unless asked. */
  full: boolean;
  examples: boolean;
}

/** A query, or every problem with the address. */
export type OrukQueryResult = { ok: true; query: OrukQuery } | { ok: false; problems: QueryProblem[] };

/** The parameters `/api/oruk/services` reads, with what each is for, as a 400 lists them. */
export const ORUK_SERVICE_PARAMS = [
  "search",
  "text",
  "taxonomy_term_id",
  "taxonomy_id",
  "organization_id",
  "town",
  "ward",
  "lat",
  "lng",
  "proximity",
  "postcode",
  "day",
  "start_time",
  "end_time",
  "modified_after",
  "minimum_age",
  "maximum_age",
  "page",
  "per_page",
  "full",
  "format",
  "examples",
] as const;
type Param = (typeof ORUK_SERVICE_PARAMS)[number];

// Parameters that may be given more than once, each time adding to the others.
const REPEATABLE = new Set<Param>(["taxonomy_term_id"]);

const FLAGS: Record<string, boolean> = { "1": true, true: true, yes: true, "0": false, false: false, no: false };

/**
 * A true-or-false parameter's value (`full`, `examples`), or undefined when it is neither.
 * @example readOrukFlag("1") // true
 */
export function readOrukFlag(value: string): boolean | undefined {
  return FLAGS[value.trim().toLowerCase()];
}
const TIME = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;
const DECIMAL = /^-?\d{1,3}(?:\.\d+)?$/;
const WHOLE = /^\d{1,9}$/;

/** What the address can name: the wards the build knew, by id. */
export interface OrukQueryContext {
  wards: ReadonlySet<string>;
}

const TERMS = allHsdsTerms();
const TERM_BY_ID = new Map(TERMS.map(({ term }) => [term.id, term.id]));
// A term can also be named by its taxonomy and code, or by its code alone where only one taxonomy has it.
const TERM_BY_CODE = new Map<string, string>();
for (const { taxonomy, term } of TERMS) {
  TERM_BY_CODE.set(`${taxonomy}:${term.code}`, term.id);
  if (!TERMS.some((other) => other.taxonomy !== taxonomy && other.term.code === term.code)) {
    TERM_BY_CODE.set(term.code, term.id);
  }
}
const TAXONOMY_BY_NAME = new Map<string, string>(
  ORUK_TAXONOMY_CODES.flatMap((code) => {
    const id = toHsdsTaxonomy(code).id;
    return [
      [code, id],
      [id, id],
    ];
  }),
);

/** A term's id from what a reader wrote: its UUID, `categories:food-support`, or `food-support`. */
function termId(value: string): string | undefined {
  return TERM_BY_ID.get(value.toLowerCase()) ?? TERM_BY_CODE.get(value.toLowerCase());
}

/**
 * Reads `/services`'s parameters. Each problem names its parameter and says what would work.
 * @example parseOrukQuery(new URLSearchParams("taxonomy_term_id=food-support&town=hanley"), { wards: new Set() }).ok // true
 */
export function parseOrukQuery(params: URLSearchParams, context: OrukQueryContext): OrukQueryResult {
  const query: OrukQuery = { page: 1, perPage: DEFAULT_PER_PAGE, full: true, examples: false };
  const problems: QueryProblem[] = [];
  const seen = new Set<string>();
  const say = (param: string, message: string) => problems.push({ param, message });

  for (const [given, raw] of params) {
    const value = raw.trim();
    const param = ORUK_SERVICE_PARAMS.find((known) => known === given);
    if (param === undefined) {
      const name = shortened(given);
      say(name, `"${name}" is not a parameter of this API. It reads: ${ORUK_SERVICE_PARAMS.join(", ")}.`);
      continue;
    }
    if (seen.has(param) && !REPEATABLE.has(param)) {
      say(param, `"${param}" is given more than once; give it once.`);
      continue;
    }
    seen.add(param);
    const problem = readParam(query, param, value, context);
    if (problem) say(param, problem);
  }

  if (seen.has("search") && seen.has("text")) say("text", `"text" is another name for "search": give one of them.`);
  if (seen.has("lat") !== seen.has("lng")) {
    say(seen.has("lat") ? "lng" : "lat", `"lat" and "lng" go together: give both, in decimal degrees.`);
  }
  if (seen.has("proximity") && !seen.has("lat") && !seen.has("lng")) {
    say("proximity", `"proximity" is a distance from a point: give "lat" and "lng" with it.`);
  }
  return problems.length > 0 ? { ok: false, problems: bounded(problems) } : { ok: true, query };
}

/** Sets one parameter; returns what is wrong with its value, if anything. */
function readParam(query: OrukQuery, param: Param, value: string, context: OrukQueryContext): string | undefined {
  switch (param) {
    case "search":
    case "text": {
      if (value.length > 200) return `"${param}" must be 200 characters or fewer.`;
      const words = foldedWords(value);
      const meaningful = words.filter((word) => !STOP_WORDS.has(word));
      const chosen = (meaningful.length > 0 ? meaningful : words).map(stemWord);
      if (chosen.length > 0) query.words = [...new Set(chosen)];
      return undefined;
    }
    case "taxonomy_term_id": {
      const ids: string[] = [];
      for (const part of value.split(",").map((text) => text.trim())) {
        const id = termId(part);
        if (id === undefined) {
          return `"${part.slice(0, 60)}" is not one of the site's taxonomy terms: give a term's id or code from /api/oruk/taxonomy_terms (e.g. food-support, families, drop-in).`;
        }
        ids.push(id);
      }
      query.terms = [...new Set([...(query.terms ?? []), ...ids])];
      return undefined;
    }
    case "taxonomy_id": {
      const id = TAXONOMY_BY_NAME.get(value.toLowerCase());
      if (id === undefined) {
        return `"taxonomy_id" must be one of the site's taxonomies, by id or code: ${ORUK_TAXONOMY_CODES.join(", ")} (see /api/oruk/taxonomies).`;
      }
      query.taxonomy = id;
      return undefined;
    }
    case "organization_id":
      if (!isUuid(value))
        return `"organization_id" must be an organisation's id, a UUID such as a service's organization_id.`;
      query.organization = value.toLowerCase();
      return undefined;
    case "town": {
      const town = TOWNS.find((known) => known === value.toLowerCase());
      if (!town) return `"town" must be one of: ${TOWNS.join(", ")}.`;
      query.town = town;
      return undefined;
    }
    case "ward":
      if (!context.wards.has(value)) {
        return `"ward" must be the id of one of the city's wards, e.g. burslem-park (the ward pages at /areas/ list them).`;
      }
      query.ward = value;
      return undefined;
    case "lat":
    case "lng": {
      const limit = param === "lat" ? 90 : 180;
      const number = DECIMAL.test(value) ? Number(value) : Number.NaN;
      if (!Number.isFinite(number) || Math.abs(number) > limit) {
        return `"${param}" must be a number of decimal degrees between -${limit} and ${limit}, e.g. ${param === "lat" ? "53.0232" : "-2.1751"}.`;
      }
      query.near = { lat: 0, lng: 0, ...query.near, [param]: number };
      return undefined;
    }
    case "proximity": {
      const metres = WHOLE.test(value) ? Number(value) : Number.NaN;
      if (!(metres >= 1 && metres <= MAX_PROXIMITY_METRES)) {
        return `"proximity" must be a whole number of metres from 1 to ${MAX_PROXIMITY_METRES}, e.g. 1600 for about a mile.`;
      }
      query.proximityMetres = metres;
      return undefined;
    }
    case "postcode":
      return `"postcode" cannot be used here: the site keeps no postcode dataset and looks nothing up over the network, so it cannot tell where a postcode is. Give the point as "lat" and "lng" (decimal degrees, e.g. lat=53.0232&lng=-2.1751) with "proximity" in metres.`;
    case "minimum_age":
    case "maximum_age":
      return `"${param}" cannot be used here: the site's services give no age ranges. Choose who a service is for with taxonomy_term_id and an audience, e.g. taxonomy_term_id=young-people.`;
    case "day": {
      const day = WEEKDAYS.find((known) => known === value.toUpperCase()) ?? weekdayNamed(value);
      if (!day) return `"day" must be a day of the week, as MO, TU, WE, TH, FR, SA, SU or its name, e.g. tuesday.`;
      query.day = day;
      return undefined;
    }
    case "start_time":
    case "end_time": {
      const match = TIME.exec(value);
      if (!match) return `"${param}" must be a time of day written HH:MM, 24-hour, e.g. 09:30.`;
      query[param === "start_time" ? "startTime" : "endTime"] = `${match[1]}:${match[2]}`;
      return undefined;
    }
    case "modified_after": {
      const at = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/.test(value)
        ? Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
        : Number.NaN;
      if (!Number.isFinite(at)) {
        return `"modified_after" must be a date (2026-12-01) or a date and time with its offset (2026-12-01T09:00:00Z).`;
      }
      query.modifiedAfter = at;
      return undefined;
    }
    case "page": {
      const page = WHOLE.test(value) ? Number(value) : 0;
      if (page < 1) return `"page" must be a whole number from 1, the first page.`;
      query.page = page;
      return undefined;
    }
    case "per_page": {
      const perPage = WHOLE.test(value) ? Number(value) : 0;
      if (perPage < 1 || perPage > MAX_PER_PAGE) return `"per_page" must be a whole number from 1 to ${MAX_PER_PAGE}.`;
      query.perPage = perPage;
      return undefined;
    }
    case "full":
    case "examples": {
      const flag = readOrukFlag(value);
      if (flag === undefined) return `"${param}" must be true or false (or 1 or 0).`;
      query[param] = flag;
      return undefined;
    }
    case "format":
      if (value.toLowerCase() !== "json") return `"format" can only be json here.`;
      return undefined;
  }
}

/** The nearest of a service's located places to a point, in metres, or undefined when none is located. */
function distanceMetres(listing: OrukListing, from: { lat: number; lng: number }): number | undefined {
  let nearest: number | undefined;
  for (const { location } of listing.service.service_at_locations) {
    if (location.latitude === undefined || location.longitude === undefined) continue;
    const metres = distanceMiles(from, { lat: location.latitude, lng: location.longitude }) * 1609.344;
    if (nearest === undefined || metres < nearest) nearest = metres;
  }
  return nearest;
}

/** True when every searched stem starts a stem of the listing's words. */
function matchesWords(listing: OrukListing, words: readonly string[]): boolean {
  return words.every((word) => listing.words.some((own) => own.startsWith(word)));
}

/** True when one of the service's times passes the day and time filters together. */
function matchesTimes(listing: OrukListing, query: OrukQuery): boolean {
  if (query.day === undefined && query.startTime === undefined && query.endTime === undefined) return true;
  return listing.service.service_at_locations.some((at) =>
    at.schedules.some(
      (schedule) =>
        (query.day === undefined || schedule.byday.split(",").some((day) => day.endsWith(query.day!))) &&
        (query.startTime === undefined || schedule.opens_at >= query.startTime) &&
        (query.endTime === undefined || schedule.closes_at <= query.endTime),
    ),
  );
}

/**
 * The services a query gives, in order: nearest first when it names a point (services with no located place
 * last, or left out within a proximity), else by name. Examples only when asked for.
 * @example selectOrukServices(listings, { page: 1, perPage: 50, full: true, examples: false, town: "hanley" })
 */
export function selectOrukServices(listings: readonly OrukListing[], query: OrukQuery): OrukListing[] {
  const kept = listings.filter((listing) => {
    const { service } = listing;
    if (listing.example && !query.examples) return false;
    if (query.town !== undefined && !listing.towns.includes(query.town)) return false;
    if (query.ward !== undefined && !listing.wards.includes(query.ward)) return false;
    if (query.organization !== undefined && service.organization_id !== query.organization) return false;
    if (query.terms?.some((id) => !service.attributes.some((attribute) => attribute.taxonomy_term_id === id))) {
      return false;
    }
    if (
      query.taxonomy !== undefined &&
      !service.attributes.some((attribute) => attribute.taxonomy_term.taxonomy_id === query.taxonomy)
    ) {
      return false;
    }
    if (query.modifiedAfter !== undefined && Date.parse(service.last_modified) < query.modifiedAfter) return false;
    if (query.words && !matchesWords(listing, query.words)) return false;
    return matchesTimes(listing, query);
  });
  const byName = (a: OrukListing, b: OrukListing) => a.service.name.localeCompare(b.service.name, "en-GB");
  const { near } = query;
  if (!near) return kept.sort(byName);
  const measured = kept.map((listing) => ({ listing, metres: distanceMetres(listing, near) }));
  const located = measured
    .filter((entry): entry is { listing: OrukListing; metres: number } => entry.metres !== undefined)
    .filter((entry) => query.proximityMetres === undefined || entry.metres <= query.proximityMetres)
    .sort((a, b) => a.metres - b.metres || byName(a.listing, b.listing))
    .map((entry) => entry.listing);
  if (query.proximityMetres !== undefined) return located;
  const unlocated = measured.filter((entry) => entry.metres === undefined).map((entry) => entry.listing);
  return [...located, ...unlocated.sort(byName)];
}
