/** View data for calendar feeds: every event ready for a feed, and the feeds the build publishes. */
import { listFeeds, renderFeed, type FeedDefinition } from "../lib/ical/catalogue";
import { writeFeedData, type FeedDataFiles } from "../lib/ical/feed-data";
import type { PlacedEvent } from "../lib/events/facts";
import { toEventICalendar } from "../lib/ical/to-icalendar";
import { toOpenEvent } from "../lib/open-data/events";
import { sourceTermsFrom } from "../lib/open-data/terms";
import { buildNow } from "./clock";
import { placedEvents } from "./events";
import { loadContent } from "./content";

/** Every event with its place, organiser and sun point, once per build. */
export function feedListings(): Promise<PlacedEvent[]> {
  return placedEvents();
}

/** The feeds published under a path prefix, e.g. "/calendar/town/". */
export async function feedsUnder(prefix: string): Promise<FeedDefinition[]> {
  return listFeeds(await loadContent()).filter((feed) => feed.path.startsWith(prefix));
}

const CALENDAR_HEADERS = { "Content-Type": "text/calendar; charset=utf-8" };

/** A published feed as the response of a build-time endpoint. */
export async function feedResponse(path: string, site: URL | undefined): Promise<Response> {
  const feed = (await feedsUnder(path)).find((candidate) => candidate.path === path);
  if (!feed) throw new Error(`No feed is published at ${path}.`);
  const text = renderFeed(feed, await feedListings(), { siteUrl: siteOf(site), now: buildNow() });
  return new Response(text, { headers: CALENDAR_HEADERS });
}

let feedData: Promise<FeedDataFiles> | undefined;

/** The event functions' data (see feed-data.ts), written once per build. */
export function feedDataFiles(site: URL | undefined): Promise<FeedDataFiles> {
  feedData ??= Promise.all([feedListings(), loadContent()]).then(([listings, content]) => {
    const siteUrl = siteOf(site);
    const sourceTerms = sourceTermsFrom(content.sources);
    return writeFeedData(listings, content.wards, {
      siteUrl,
      now: buildNow(),
      open: (listing) => toOpenEvent(listing, { siteUrl, sourceTerms }),
    });
  });
  return feedData;
}

let listingsById: Promise<Map<string, PlacedEvent>> | undefined;

/** One event's calendar file as the response of a build-time endpoint. */
export async function eventFileResponse(id: string, site: URL | undefined): Promise<Response> {
  listingsById ??= feedListings().then((listings) => new Map(listings.map((listing) => [listing.id, listing])));
  const listing = (await listingsById).get(id);
  if (!listing) throw new Error(`No event has the id ${id}.`);
  return new Response(toEventICalendar(listing, { siteUrl: siteOf(site) }), { headers: CALENDAR_HEADERS });
}

/** The site's public address, which astro.config.mjs always sets. */
export function siteOf(site: URL | undefined): string {
  if (!site) throw new Error("astro.config.mjs must set `site`: feeds need absolute links.");
  return site.origin;
}
