/** The calendar feed data the build writes, made from listings for tests and read back as a function reads it. */
import { placeEvents, type PlacedEvent } from "../../src/lib/events/facts";
import { readFeedData, writeFeedData, type FeedData } from "../../src/lib/ical/feed-data";
import { content } from "./content";

const encoder = new TextEncoder();

/** What the build would write for `listings` (content/'s events by default) at `now`, read back from its bytes. */
export function builtFeedData(options: { now: Date; siteUrl?: string; listings?: readonly PlacedEvent[] }): FeedData {
  const files = writeFeedData(options.listings ?? placeEvents(content), content.wards, {
    siteUrl: options.siteUrl ?? "https://stoketogether.org.uk",
    now: options.now,
  });
  return readFeedData({
    index: files["index.json"],
    events: encoder.encode(files["events.ics"]),
    listings: encoder.encode(files["listings.json"]),
  });
}
