/**
 * Custom calendar feeds: /api/calendar.ics?town=burslem&audience=families&free=1 holds the events the
 * finder would show for the same filters, as one subscribable iCalendar feed. Bad parameters get a
 * 400 naming each one; good answers carry an ETag and cache headers so polling calendars cost little. An
 * address with no filter is the feed of every event, which the site builds as a static file with every listing
 * (imported ones included): it is sent there, for good. `event=a,b` limits a feed to those events: a resident's
 * saved list as one feed.
 */
import type { Config } from "@netlify/functions";
import {
  ALL_EVENTS_FEED,
  customFeedOptions,
  customFeedPath,
  onlyEvents,
  parseFeedQuery,
} from "../../src/lib/ical/catalogue";
import type { FeedData } from "../../src/lib/ical/feed-data";
import { chooseFeedEvents, type FeedChoice } from "../../src/lib/ical/select";
import { toEventBlock, toFeedFrame, type FeedOptions } from "../../src/lib/ical/to-icalendar";
import { toListingFilter } from "../../src/lib/listings/query";
import { FeedCache, type FeedPart } from "../lib/feed-cache";
import { builtFeedSource, type FeedContentSource } from "../lib/feed-source";
import { cachedResponse, methodNotAllowed, movedPermanently, textResponse, withSiteHeaders } from "../lib/http";
import { siteUrlFrom } from "../lib/site";

/** What the handler needs: the events the build published, the clock and the site's public address. */
export interface CalendarFeedDeps {
  source: FeedContentSource;
  now: () => Date;
  siteUrl: string;
}

const HOUR_MS = 3_600_000;

// Europe/London's offset is always whole hours, so its hours turn with UTC's.
const nextHour = (at: number) => Math.floor(at / HOUR_MS) * HOUR_MS + HOUR_MS;

/**
 * A feed's text in pieces: each event's text as the build wrote it, or written here when the feed leaves some of
 * its dates out, or the site's address is not the one the build wrote for.
 */
function feedParts(data: FeedData, choices: readonly FeedChoice[], options: FeedOptions): FeedPart[] {
  const [start, end] = toFeedFrame(options, choices.length > 0);
  const parts: FeedPart[] = [start];
  for (const { position, hiddenDates } of choices) {
    if ((hiddenDates === undefined || hiddenDates.length === 0) && data.siteUrl === options.siteUrl)
      parts.push(data.text(position));
    else parts.push(toEventBlock({ ...data.candidates[position]!.item(), hiddenDates }, options.siteUrl));
  }
  parts.push(end);
  return parts;
}

/** Builds the handler from its dependencies, so tests can pass real local ones. */
export function createCalendarFeed(deps: CalendarFeedDeps) {
  // What was answered from one build's data; a rebuild (the local server's) starts afresh.
  let cache = new FeedCache();
  let cachedFor: FeedData | undefined;
  return async (request: Request): Promise<Response> => {
    if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed();
    const content = deps.source();
    if (content !== cachedFor) {
      cache = new FeedCache();
      cachedFor = content;
    }
    const parsed = parseFeedQuery(
      new URL(request.url).searchParams,
      content.wards,
      (id) => content.positionOf(id) !== undefined,
    );
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
    const choices = chooseFeedEvents(
      content.candidates,
      toListingFilter(query),
      now,
      onlyEvents(content, query.events),
    );
    // What the feed holds: its events and the dates left out of each; the data it is chosen from is one build's.
    // It holds the same until the hour turns (before-dark dates are worked out by the hour) or one of its events
    // ends for good.
    const { candidates } = content;
    const signature = choices
      .map(({ position, hiddenDates }) => `${candidates[position]!.id}:${hiddenDates?.join(",") ?? ""}`)
      .join("|");
    const until = choices.reduce(
      (soonest, { position }) => Math.min(soonest, candidates[position]!.seriesEnd),
      nextHour(at),
    );
    const options = customFeedOptions(query, {
      siteUrl: deps.siteUrl,
      wardName: query.ward ? content.wards.get(query.ward) : undefined,
    });
    const { body, etag } = cache.get(address, signature, () => feedParts(content, choices, options), {
      from: at,
      until,
    });
    return cachedResponse(request, body, "text/calendar; charset=utf-8", etag);
  };
}

export default withSiteHeaders(
  createCalendarFeed({
    source: builtFeedSource(process.cwd()),
    now: () => new Date(),
    siteUrl: siteUrlFrom(process.env),
  }),
);
export const config: Config = { path: "/api/calendar.ics" };
