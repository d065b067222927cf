/**
 * The feeds the site publishes at build time, and the custom feed's address. One list drives the
 * build's endpoints, the Subscribe links on pages and the tests that parse every feed back.
 */
import type { DateTime } from "luxon";
import { CATEGORIES, CATEGORY_LABELS, TOWNS, TOWN_LABELS } from "../domain/vocab";
import type { ListingFilter } from "../listings/filters";
import {
  FILTER_FIELDS,
  parseListingQuery,
  requireKnownWard,
  shortened,
  toSearchParams,
  type ListingQuery,
  type QueryProblem,
} from "../listings/query";
import { describeFeedQuery } from "./describe-feed";
import { isListingId } from "../my-list/saved";
import type { PlacedEvent } from "../events/facts";
import { placeOf } from "../events/location";
import { selectFeedEvents } from "./select";
import { toICalendar, type FeedOptions } from "./to-icalendar";

/** A published feed: where it lives, what subscribers see it called, and what it holds. */
export interface FeedDefinition {
  /** Site path, e.g. /calendar/town/burslem.ics. */
  path: string;
  /** X-WR-CALNAME. */
  name: string;
  description: string;
  filter: ListingFilter;
  /** For feeds that are not a listing filter: one group's or one place's events. */
  only?: ((listing: PlacedEvent) => boolean) | undefined;
}

const SITE = "Stoke Together";

/** The address of the feed of every upcoming event. */
export const ALL_EVENTS_FEED = "/calendar/all.ics";
/** The address of a town's feed. */
export const townFeedPath = (town: string) => `/calendar/town/${town}.ics`;
/** The address of a category's feed. */
export const categoryFeedPath = (category: string) => `/calendar/category/${category}.ics`;
/** The address of a group's feed. */
export const groupFeedPath = (group: string) => `/calendar/group/${group}.ics`;
/** The address of a place's feed. */
export const placeFeedPath = (place: string) => `/calendar/place/${place}.ics`;
/** The address of one event's calendar file. */
export const eventFilePath = (event: string) => `/events/${event}.ics`;
/** The Netlify Function that answers custom feeds. */
export const CUSTOM_FEED_PATH = "/api/calendar.ics";

/** The fields a custom feed address accepts: the finder's filters, without search words, dates or position. */
export const FEED_QUERY_FIELDS = FILTER_FIELDS;

/** The parameter that names events by id, comma-separated: a resident's saved list as one feed. */
export const FEED_EVENTS_PARAM = "event";
/** The most events one feed address names (a saved list keeps no more). */
export const MAX_FEED_EVENTS = 60;

/** A custom feed's query: the finder's filters, and the events it is limited to, if any. */
export interface FeedQuery extends ListingQuery {
  /** Event ids, in the order given, each once. */
  events?: string[] | undefined;
}

/** The outcome of reading a custom feed's address. */
export type FeedQueryResult = { ok: true; query: FeedQuery } | { ok: false; problems: QueryProblem[] };

/**
 * The events an address names (`event=a,b`), or what is wrong with them. An event that has ended or been taken off
 * the site since the address was made is left out of the feed rather than breaking it, which a calendar app would
 * go on asking for; only when none of the events named is on the site is the address wrong, and they are named.
 */
function readFeedEvents(
  params: URLSearchParams,
  isEvent: (id: string) => boolean,
): { events?: string[]; problem?: string } {
  const given = params.getAll(FEED_EVENTS_PARAM);
  if (given.length === 0) return {};
  const ids = [
    ...new Set(
      given
        .join(",")
        .split(",")
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
  if (ids.length === 0) {
    return { problem: `"event" must name events by id, separated by commas, e.g. event=coffee-morning,quiz-night.` };
  }
  const malformed = ids.filter((id) => !isListingId(id));
  if (malformed.length > 0) {
    const named = malformed.slice(0, 5).map((id) => `"${shortened(id)}"`);
    return {
      problem: `"event" must be event ids (lower-case letters, digits and hyphens) separated by commas; not: ${named.join(", ")}.`,
    };
  }
  if (ids.length > MAX_FEED_EVENTS) {
    return { problem: `"event" names ${ids.length} events; one feed holds ${MAX_FEED_EVENTS} at most.` };
  }
  if (!ids.some(isEvent)) {
    return {
      problem: `"event" names no event still on the site: ${ids.join(", ")}. Find events at /events/ (the id is the last part of an event's address).`,
    };
  }
  return { events: ids };
}

/**
 * Reads a custom feed's address with the finder's rules (`parseListingQuery`), allowing only the
 * feed fields and the events it is limited to (`event`, which `isEvent` knows), and checks that a ward names one
 * of the city's wards.
 * @example parseFeedQuery(new URLSearchParams("category=family"), wards) // { ok: false, problems: [{ param: "category", … audience=families … }] }
 */
export function parseFeedQuery(
  params: URLSearchParams,
  wards: ReadonlyMap<string, string>,
  isEvent: (id: string) => boolean = () => true,
): FeedQueryResult {
  const result = requireKnownWard(parseListingQuery(params, FEED_QUERY_FIELDS, [FEED_EVENTS_PARAM]), wards);
  const { events, problem } = readFeedEvents(params, isEvent);
  if (problem !== undefined) {
    return {
      ok: false,
      problems: [...(result.ok ? [] : result.problems), { param: FEED_EVENTS_PARAM, message: problem }],
    };
  }
  if (!result.ok) return result;
  return { ok: true, query: events ? { ...result.query, events } : result.query };
}

/**
 * For a feed limited to some events (`FeedQuery.events`), whether the candidate at a position is one of them; for
 * any other feed, every candidate may be.
 * @example chooseFeedEvents(candidates, filter, now, onlyEvents(data, ["quiz-night"]))
 */
export function onlyEvents(
  data: { candidates: readonly { id: string }[] },
  events: readonly string[] | undefined,
): (position: number) => boolean {
  if (events === undefined) return () => true;
  const wanted = new Set(events);
  return (position) => wanted.has(data.candidates[position]?.id ?? "");
}

export { describeFeedQuery };

/**
 * What a custom feed says about itself: its name and description from its query, and its own address.
 * @example customFeedOptions({ town: "burslem" }, { siteUrl }).name // "Stoke Together: events in Burslem"
 */
export function customFeedOptions(
  query: FeedQuery,
  options: { siteUrl: string; wardName?: string | undefined },
): FeedOptions {
  const filtered = describeFeedQuery(query, options.wardName);
  // A list's events change as the resident saves more and some end: the name says what it is, not how many.
  const onlySaved = query.events !== undefined && customFeedPath({ ...query, events: undefined }) === CUSTOM_FEED_PATH;
  const description = query.events === undefined ? filtered : onlySaved ? "saved events" : `saved events, ${filtered}`;
  return {
    name: `${SITE}: ${description}`,
    description: `Stoke Together ${description}.`,
    siteUrl: options.siteUrl,
    feedUrl: new URL(customFeedPath(query), options.siteUrl).href,
  };
}

/**
 * The address of a custom feed for a query, relative to the site.
 * @example customFeedPath({ town: "burslem", audience: "families" }) // "/api/calendar.ics?town=burslem&audience=families"
 * @example customFeedPath({ events: ["coffee-morning", "quiz-night"] }) // "/api/calendar.ics?event=coffee-morning,quiz-night"
 */
export function customFeedPath(query: FeedQuery): string {
  // Ids are letters, digits and hyphens: the commas between them stay commas, so the address stays readable.
  const events = query.events?.length ? `${FEED_EVENTS_PARAM}=${query.events.join(",")}` : "";
  const params = [toSearchParams(query).toString(), events].filter(Boolean).join("&");
  return params ? `${CUSTOM_FEED_PATH}?${params}` : CUSTOM_FEED_PATH;
}

/**
 * The subscribe addresses for a feed path: https:// to paste into a calendar, webcal:// to open one.
 * @example subscribeLinks("/calendar/all.ics", "https://stoketogether.org.uk").webcal // "webcal://stoketogether.org.uk/calendar/all.ics"
 */
export function subscribeLinks(path: string, siteUrl: string): { https: string; webcal: string } {
  const https = new URL(path, siteUrl).href;
  return { https, webcal: https.replace(/^https?:/, "webcal:") };
}

/** Every feed published at build time: all events, each town, category, group and place. */
export function listFeeds(input: {
  groups: readonly { id: string; data: { name: string } }[];
  places: readonly { id: string; data: { name: string } }[];
}): FeedDefinition[] {
  return [
    {
      path: ALL_EVENTS_FEED,
      name: `${SITE}: all events`,
      description: "Everything on in Stoke-on-Trent listed on Stoke Together.",
      filter: {},
    },
    ...TOWNS.map((town) => ({
      path: townFeedPath(town),
      name: `${SITE}: events in ${TOWN_LABELS[town]}`,
      description: `What's on in ${TOWN_LABELS[town]}, Stoke-on-Trent.`,
      filter: { town },
    })),
    ...CATEGORIES.map((category) => ({
      path: categoryFeedPath(category),
      name: `${SITE}: ${CATEGORY_LABELS[category]}`,
      description: `${CATEGORY_LABELS[category]} events in Stoke-on-Trent.`,
      filter: { category },
    })),
    ...input.groups.map((group) => ({
      path: groupFeedPath(group.id),
      name: `${SITE}: ${group.data.name}`,
      description: `Events run by ${group.data.name}.`,
      filter: {},
      only: (listing: PlacedEvent) => listing.event.organizer === group.id,
    })),
    ...input.places.map((place) => ({
      path: placeFeedPath(place.id),
      name: `${SITE}: events at ${place.data.name}`,
      description: `What's on at ${place.data.name}.`,
      filter: {},
      only: (listing: PlacedEvent) => placeOf(listing.location)?.id === place.id,
    })),
  ];
}

/**
 * A published feed as iCalendar text.
 * @example renderFeed(listFeeds(content)[0], listings, { siteUrl, now }) // "BEGIN:VCALENDAR\r\n…"
 */
export function renderFeed(
  feed: FeedDefinition,
  listings: readonly PlacedEvent[],
  options: { siteUrl: string; now: Date | DateTime },
): string {
  return toICalendar(selectFeedEvents(listings, feed.filter, options.now, feed.only), {
    name: feed.name,
    description: feed.description,
    siteUrl: options.siteUrl,
    feedUrl: new URL(feed.path, options.siteUrl).href,
  });
}
