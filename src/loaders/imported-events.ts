/**
 * Imported events for the events collection: every source's result from Netlify Blobs (the hourly import
 * keeps one per source), made into listings with what the source applies and where they came from. Only a
 * trusted source's events publish here; a moderated source's wait until a moderator approves each one. Each
 * event is placed again by its source's rule against today's content/places/, so a place added since the feed
 * was read is found. The same event from two sources is listed once, with both credited, unless a moderator split
 * the pair. An event that cannot be listed is reported by name and left
 * out; it never breaks the build. With no Blobs store in reach, there are simply no imported events.
 */
import type { LoaderContext } from "astro/loaders";
import { knownPlaces, readCollectionFiles } from "../../netlify/lib/content-files";
import type { SourceResult } from "../lib/import/merge";
import type { KnownPlace } from "../lib/import/places";
import { sameEventGroups, sameEventPairs, sortImports, type Review } from "../lib/import/review";
import { withAddedSources, type AddedSource } from "../lib/import/added-sources";
import { toSiteEvent, type SiteEventResult } from "../lib/import/to-event";
import { DAYS_KEPT, importWindow, readWindow } from "../lib/import/window";
import { readStoredImports } from "./imports-store";

/** One imported listing to store in the collection. */
export interface ImportedListing {
  id: string;
  label: string;
  result: SiteEventResult;
}

/**
 * The listings from every trusted source's result, each event placed by its source's rule against `places`,
 * the same event from several sources once (the listing whose key sorts first, crediting the others). `root`
 * is where content/ is.
 */
export function importedListings(
  results: readonly SourceResult[],
  content: { root: string; places: readonly KnownPlace[]; added?: readonly AddedSource[]; review?: Review },
  logger: Pick<LoaderContext["logger"], "info" | "warn">,
): ImportedListing[] {
  const { root, places, added = [], review = { decisions: [], splits: [] } } = content;
  const files = readCollectionFiles(root, "sources").listings;
  const sources = new Map(withAddedSources(files, added).map((entry) => [entry.id, entry]));
  const sorted = sortImports(results, sources, review, places);
  for (const gone of sorted.gone) {
    logger.info(`Imported events from "${gone}" are left out: it is no longer a source.`);
  }
  if (sorted.waiting.length > 0) {
    logger.info(`${sorted.waiting.length} imported event(s) from moderated sources wait for a moderator.`);
  }
  const published = sorted.published;
  const groups = sameEventGroups(sameEventPairs(published, review));
  const credits = new Map<string, { source: string; name: string }[]>();
  for (const { kept, result } of published) {
    const root = groups.get(kept.event.key);
    if (!root || root === kept.event.key) continue;
    const source = sources.get(result.source)!;
    credits.set(root, [...(credits.get(root) ?? []), { source: source.id, name: source.data.name }]);
  }
  // Events seen in one run share their read window: it is worked out once per moment seen.
  const windows = new Map<string, ReturnType<typeof readWindow>>();
  const windowFrom = (seenAt: string) => {
    let window = windows.get(seenAt);
    if (window === undefined) {
      window = readWindow(importWindow(new Date(seenAt), DAYS_KEPT));
      windows.set(seenAt, window);
    }
    return window;
  };
  return published.flatMap(({ kept, result }) => {
    const root = groups.get(kept.event.key);
    if (root !== undefined && root !== kept.event.key) return [];
    const source = sources.get(result.source)!;
    const label = `Imported event "${kept.event.title.slice(0, 60)}" from ${result.source}`;
    const checkedAt = result.lastSuccessAt ?? kept.lastSeenAt;
    return [
      {
        id: kept.slug,
        label,
        result: toSiteEvent(
          kept,
          { id: source.id, data: source.data, checkedAt },
          {
            window: windowFrom(kept.lastSeenAt),
            alsoFrom: credits.get(kept.event.key) ?? [],
          },
        ),
      },
    ];
  });
}

/** Every imported listing from Netlify Blobs, ready for the events loader. */
export async function loadImportedListings(root: string, logger: LoaderContext["logger"]): Promise<ImportedListing[]> {
  const { results, added, review } = await readStoredImports(logger);
  return results.length === 0
    ? []
    : importedListings(results, { root, places: knownPlaces(root), added, review }, logger);
}
