/**
 * Custom calendar feeds: /api/calendar.ics?town=burslem&audience=families&free=1 holds the events the
 * finder would show for the same filters, as one subscribable iCalendar feed. Bad parameters get a
 * 400 naming each one; good answers carry an ETag and cache headers so polling calendars cost little. An
 * address with no filter is the feed of every event, which the site builds as a static file with every listing
 * (imported ones included): it is sent there, for good.
 */
import type { Config } from "@netlify/functions";
import { ALL_EVENTS_FEED, customFeedPath, parseFeedQuery, renderSelectedFeed } from "../../src/lib/ical/catalogue";
import { selectFeedEvents, seriesEndMillis } from "../../src/lib/ical/select";
import { toListingFilter } from "../../src/lib/listings/query";
import { FeedCache } from "../lib/feed-cache";
import { diskFeedSource, type FeedContentSource } from "../lib/feed-source";
import { cachedResponse, methodNotAllowed, movedPermanently, textResponse, withSiteHeaders } from "../lib/http";
import { siteUrlFrom } from "../lib/site";

/** What the handler needs: the events, the clock and the site's public address. */
export interface CalendarFeedDeps {
  source: FeedContentSource;
  now: () => Date;
  siteUrl: string;
}

const HOUR_MS = 3_600_000;

// Europe/London's offset is always whole hours, so its hours turn with UTC's.
const nextHour = (at: number) => Math.floor(at / HOUR_MS) * HOUR_MS + HOUR_MS;

/** Builds the handler from its dependencies, so tests can pass real local ones. */
export function createCalendarFeed(deps: CalendarFeedDeps) {
  const cache = new FeedCache();
  return async (request: Request): Promise<Response> => {
    if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed();
    const content = deps.source();
    const parsed = parseFeedQuery(new URL(request.url).searchParams, content.wards);
    if (!parsed.ok) {
      const lines = parsed.problems.map((problem) => `- ${problem.param}: ${problem.message}`);
      return textResponse(
        400,
        `This calendar address has ${lines.length === 1 ? "a problem" : "problems"}:\n${lines.join("\n")}\n\n` +
          `Make a working address at ${new URL("/calendar/", deps.siteUrl).href}\n`,
      );
    }
    const { query } = parsed;
    const address = customFeedPath(query);
    if (address === customFeedPath({})) return movedPermanently(ALL_EVENTS_FEED);
    const now = deps.now();
    const at = now.getTime();
    const fresh = cache.fresh(address, at);
    if (fresh) return cachedResponse(request, fresh.body, "text/calendar; charset=utf-8", fresh.etag);
    const items = selectFeedEvents(content.listings, toListingFilter(query), now);
    // What the feed holds: its events and the dates left out of each; the listings never change in an instance.
    // It holds the same until the hour turns (before-dark dates are worked out by the hour) or one of its events
    // ends for good.
    const signature = items.map((item) => `${item.id}:${item.hiddenDates?.join(",") ?? ""}`).join("|");
    const until = items.reduce((soonest, item) => Math.min(soonest, seriesEndMillis(item.event)), nextHour(at));
    const { body, etag } = cache.get(
      address,
      signature,
      () =>
        renderSelectedFeed(query, items, {
          siteUrl: deps.siteUrl,
          wardName: query.ward ? content.wards.get(query.ward) : undefined,
        }),
      { from: at, until },
    );
    return cachedResponse(request, body, "text/calendar; charset=utf-8", etag);
  };
}

export default withSiteHeaders(
  createCalendarFeed({
    source: diskFeedSource(process.cwd()),
    now: () => new Date(),
    siteUrl: siteUrlFrom(process.env),
  }),
);
export const config: Config = { path: "/api/calendar.ics" };
