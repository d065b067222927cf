/**
 * Where the events API gets its events: the functions' event data the build wrote (feed-source.ts), for each
 * event's open data, and the finder's search files the build wrote beside the site (netlify.toml bundles both
 * with the function), so the API chooses events with the finder's own search. The search files are read when the
 * event data is (again after a rebuild); the second, with the longer fields' words, only once a search has words.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FeedData } from "../../src/lib/ical/feed-data";
import { SEARCH_DETAILS_PATH, SEARCH_INDEX_PATH } from "../../src/lib/pages/contract";
import { readSearchIndex } from "../../src/lib/search/search-file";
import type { SearchIndex } from "../../src/lib/search/search-index";
import { builtFeedSource, type FeedContentSource } from "./feed-source";

/** The events API's view of one build. */
export interface OpenEventsData {
  feed: FeedData;
  /** The finder's search index: of every field with `full`, else of titles, labels and keywords. */
  index: (full: boolean) => SearchIndex;
}

/** A source of the events API's data; the function calls it per request, so it caches. */
export type OpenEventsSource = () => OpenEventsData;

/** Where the build writes the finder's search files, under a checkout or a deployed function's files. */
export const BUILT_SEARCH_FILES = {
  first: join("dist", SEARCH_INDEX_PATH),
  details: join("dist", SEARCH_DETAILS_PATH),
} as const;

/** The events API's data from files, as `readFile` gives them: a build's, or a test's. */
export function openEventsSource(
  feedSource: FeedContentSource,
  readSearchFile: (which: keyof typeof BUILT_SEARCH_FILES) => string,
): OpenEventsSource {
  let cached: OpenEventsData | undefined;
  return () => {
    const feed = feedSource();
    if (cached?.feed === feed) return cached;
    const first = readSearchFile("first");
    let titles: SearchIndex | undefined;
    let full: SearchIndex | undefined;
    cached = {
      feed,
      index: (fullText) => {
        if (fullText) return (full ??= readSearchIndex(first, readSearchFile("details")));
        return full ?? (titles ??= readSearchIndex(first));
      },
    };
    return cached;
  };
}

/**
 * The events API's data the build wrote under `root`. Fails loudly, saying to build the site first, when it has
 * not been built.
 */
export function builtOpenEventsSource(root: string): OpenEventsSource {
  return openEventsSource(builtFeedSource(root), (which) => {
    const path = BUILT_SEARCH_FILES[which];
    try {
      return readFileSync(join(root, path), "utf8");
    } catch (error) {
      throw new Error(`The finder's search file is missing (${path}): build the site first.`, { cause: error });
    }
  });
}
