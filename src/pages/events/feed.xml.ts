import type { APIRoute } from "astro";
import { feedListings, siteOf } from "../../views/feeds";
import { buildNow } from "../../views/clock";
import { isStillOn } from "../../lib/ical/select";
import { nextOccurrence } from "../../lib/events/occurrences";
import { newestFirst, toRssFeed } from "../../lib/listings/rss";
import { locationName } from "../../lib/events/location";
import { formatOccurrence } from "../../lib/time/format";
import { cityNow } from "../../lib/time/zone";

/** RSS of new and updated events that are still on. */
export const GET: APIRoute = async ({ site }) => {
  const now = cityNow(buildNow());
  // Only the events the feed carries need their next date worked out.
  const events = newestFirst((await feedListings()).filter((listing) => isStillOn(listing.event, now))).map(
    (listing) => {
      const next = nextOccurrence(listing.event, now);
      return {
        id: listing.id,
        event: listing.event,
        placeName: locationName(listing.location),
        nextText: next ? `Next: ${formatOccurrence(next.start, next.end, listing.event.allDay)}` : undefined,
      };
    },
  );
  return new Response(toRssFeed(events, { siteUrl: siteOf(site), feedPath: "/events/feed.xml" }), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
};
