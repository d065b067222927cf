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
  toSearchParams,
  type ListingQuery,
  type QueryResult,
} from "../listings/query";
import { describeFeedQuery } from "./describe-feed";
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

/**
 * Reads a custom feed's address with the finder's rules (`parseListingQuery`), allowing only the
 * feed fields, and checks that a ward names one of the city's wards.
 * @example parseFeedQuery(new URLSearchParams("category=family"), wards) // { ok: false, problems: [{ param: "category", … audience=families … }] }
 */
export function parseFeedQuery(params: URLSearchParams, wards: ReadonlyMap<string, string>): QueryResult {
  return requireKnownWard(parseListingQuery(params, FEED_QUERY_FIELDS), wards);
}

export { describeFeedQuery };

/**
 * What a custom feed says about itself: its name and description from its query, and its own address.
 * @example customFeedOptions({ town: "burslem" }, { siteUrl }).name // "Stoke Together: events in Burslem"
 */
export function customFeedOptions(
  query: ListingQuery,
  options: { siteUrl: string; wardName?: string | undefined },
): FeedOptions {
  const description = describeFeedQuery(query, options.wardName);
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
 */
export function customFeedPath(query: ListingQuery): string {
  const params = toSearchParams(query).toString();
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
