/** The event data the build writes for the functions, made from listings for tests and read back as a function reads it. */
import { openEventsSource, type OpenEventsSource } from "../../netlify/lib/open-events-source";
import { placeEvents, type PlacedEvent } from "../../src/lib/events/facts";
import { readFeedData, writeFeedData, type FeedData } from "../../src/lib/ical/feed-data";
import { toOpenEvent } from "../../src/lib/open-data/events";
import { sourceTermsFrom } from "../../src/lib/open-data/terms";
import { buildSearchData } from "../../src/lib/search/build-records";
import { toSearchFiles } from "../../src/lib/search/search-file";
import { content } from "./content";

const encoder = new TextEncoder();

/** Listings of every kind, as content/ holds them. */
type Content = typeof content;

/**
 * What the build would write for `listings` (placed from `from`, content/ by default) at `now`, read back from its
 * bytes; each event's open data under `from`'s sources' terms.
 */
export function builtFeedData(options: {
  now: Date;
  siteUrl?: string | undefined;
  listings?: readonly PlacedEvent[];
  from?: Content;
}): FeedData {
  const from = options.from ?? content;
  const siteUrl = options.siteUrl ?? "https://stoketogether.org.uk";
  const sourceTerms = sourceTermsFrom(from.sources);
  const files = writeFeedData(options.listings ?? placeEvents(from), from.wards, {
    siteUrl,
    now: options.now,
    open: (listing) => toOpenEvent(listing, { siteUrl, sourceTerms }),
  });
  return readFeedData({
    index: files["index.json"],
    events: encoder.encode(files["events.ics"]),
    listings: encoder.encode(files["listings.json"]),
    open: encoder.encode(files["open.json"]),
  });
}

/** The events API's data as a build of `from` (content/ by default) at `now` writes it: event data and search files. */
export function builtOpenEvents(options: { now: Date; siteUrl?: string; from?: Content }): OpenEventsSource {
  const from = options.from ?? content;
  const feed = builtFeedData({ now: options.now, siteUrl: options.siteUrl, from });
  const files = toSearchFiles(buildSearchData(from, options.now));
  const json = { first: JSON.stringify(files.first), details: JSON.stringify(files.details) };
  return openEventsSource(
    () => feed,
    (which) => json[which],
  );
}
