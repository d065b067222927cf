/**
 * Where the custom feed functions get their events: the feed data the build wrote beside the site
 * (src/lib/ical/feed-data.ts; netlify.toml bundles it with the functions). A deployed function's files never
 * change, so it reads them once; the local server rebuilds the site into a new folder and swaps it in, so each
 * request looks (one stat) at whether the folder is still the one that was read, and reads the new one if not.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { FEED_DATA_DIR, FEED_DATA_FILES, readFeedData, type FeedData } from "../../src/lib/ical/feed-data";

/** A source of feed data; a function calls it per request, so it may cache. */
export type FeedContentSource = () => FeedData;

/** Where the build writes the feed data, under a checkout or a deployed function's files. */
export const BUILT_FEED_DATA = join("dist", FEED_DATA_DIR);

/** What `get` gives, or an error naming the missing path under the site's root and saying to build the site first. */
function orMissing<T>(path: string, get: () => T): T {
  try {
    return get();
  } catch (error) {
    throw new Error(`The calendar feed data is missing (${path}): build the site first.`, { cause: error });
  }
}

/** Which build's folder this is: a rebuild swaps in a new folder. */
function buildOf(folder: string): string {
  const stat = orMissing(BUILT_FEED_DATA, () => statSync(folder));
  return `${stat.ino}:${stat.mtimeMs}`;
}

const read = (folder: string, name: string) =>
  orMissing(join(BUILT_FEED_DATA, name), () => readFileSync(join(folder, name)));

const open = (folder: string, name: string) =>
  orMissing(join(BUILT_FEED_DATA, name), () => openSync(join(folder, name), "r"));

/**
 * Reads the feed data the build wrote under `root`: the index and the events' text at once, and each event's data
 * from listings.json and its open data from open.json, by its offset, the first time a function needs it. Fails
 * loudly, saying what to do, when the site has not been built.
 */
export function builtFeedSource(root: string): FeedContentSource {
  const folder = join(root, BUILT_FEED_DATA);
  let cached: { build: string; files: number[]; data: FeedData } | undefined;
  return () => {
    for (let attempt = 0; ; attempt += 1) {
      const build = buildOf(folder);
      if (cached?.build === build) return cached.data;
      const index = read(folder, FEED_DATA_FILES.index).toString("utf8");
      const events = read(folder, FEED_DATA_FILES.events);
      // Opened with the others, so each event's data is read from this build's file even once a rebuild has
      // swapped in another: an open file stays what it was.
      const listings = open(folder, FEED_DATA_FILES.listings);
      const openData = open(folder, FEED_DATA_FILES.open);
      const files = [listings, openData];
      // All four must come from one build; a rebuild that swapped the folder meanwhile means reading again.
      if (buildOf(folder) !== build && attempt < 3) {
        files.forEach((file) => closeSync(file));
        continue;
      }
      cached?.files.forEach((file) => closeSync(file));
      const ranges = (file: number) => (start: number, length: number) => {
        const bytes = Buffer.allocUnsafe(length);
        readSync(file, bytes, 0, length, start);
        return bytes.toString("utf8");
      };
      cached = {
        build,
        files,
        data: readFeedData({ index, events, listings: ranges(listings), open: ranges(openData) }),
      };
      return cached.data;
    }
  };
}
