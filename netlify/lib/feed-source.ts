/**
 * Where functions get events for feeds: content/ read from disk (netlify.toml bundles it with them),
 * parsed with the same schemas as the build, read once per function instance.
 */
import { placeEvents, type PlacedEvent } from "../../src/lib/events/facts";
import { readContentFiles } from "./content-files";

/** The events a feed can hold, and the ward ids a query may name. */
export interface FeedContent {
  listings: PlacedEvent[];
  wards: Map<string, string>;
}

/** A source of feed content; a function calls it per request, so it may cache. */
export type FeedContentSource = () => FeedContent;

/** Reads content/ under `root` once, and fails loudly (without listing content) if a file is invalid. */
export function diskFeedSource(root: string): FeedContentSource {
  let cached: FeedContent | undefined;
  return () => {
    if (cached) return cached;
    const { content, problems } = readContentFiles(root);
    if (problems.length > 0)
      throw new Error(`${problems.length} content file(s) are not valid; run npm run build to see them.`);
    cached = {
      listings: placeEvents(content),
      wards: new Map(content.wards.map((ward) => [ward.id, ward.data.name])),
    };
    return cached;
  };
}
