/**
 * Imported events for the events collection: every source's result from Netlify Blobs (the hourly import
 * keeps one per source), made into listings with what the source applies and where they came from. Only a
 * trusted source's events publish here; a moderated source's wait for a moderator. The same event from two
 * sources is listed once, with both credited. An event that cannot be listed is reported by name and left
 * out; it never breaks the build. With no Blobs store in reach, there are simply no imported events.
 */
import { getStore } from "@netlify/blobs";
import type { LoaderContext } from "astro/loaders";
import { readCollectionFiles } from "../../netlify/lib/content-files";
import { findDuplicates } from "../lib/import/dedup";
import { isSourceResult, type KeptEvent, type SourceResult } from "../lib/import/merge";
import { IMPORTS_STORE, IMPORT_KEYS } from "../lib/import/store-keys";
import { AddedSourceSchema, withAddedSources, type AddedSource } from "../lib/import/added-sources";
import { toSiteEvent, type SiteEventResult } from "../lib/import/to-event";
import { DAYS_KEPT, importWindow, readWindow } from "../lib/import/window";

async function readStored(logger: LoaderContext["logger"]): Promise<{ results: SourceResult[]; added: AddedSource[] }> {
  let store;
  try {
    store = getStore({ name: IMPORTS_STORE, consistency: "strong" });
  } catch {
    return { results: [], added: [] };
  }
  const read = async (prefix: string) => {
    const { blobs } = await store.list({ prefix });
    const values = await Promise.all(blobs.map((blob) => store.get(blob.key, { type: "json" }) as Promise<unknown>));
    return values.map((value, index) => ({ key: blobs[index]!.key, value }));
  };
  try {
    const results = (await read(IMPORT_KEYS.results)).flatMap(({ key, value }) => {
      if (isSourceResult(value)) return [value];
      logger.warn(`The stored import ${key} is not a source's result: it is left out.`);
      return [];
    });
    const added = (await read(IMPORT_KEYS.added)).flatMap(({ key, value }) => {
      const parsed = AddedSourceSchema.safeParse(value);
      if (parsed.success) return [parsed.data];
      logger.warn(`The source ${key} added from the console is not a source: it is left out.`);
      return [];
    });
    return { results, added };
  } catch {
    logger.warn("Could not read imported events from Netlify Blobs: building without them.");
    return { results: [], added: [] };
  }
}

/** Sets of keys judged the same event, joined where pairs share one (A=B and B=C is one event). */
function sameEventGroups(pairs: [string, string][]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    const up = parent.get(key);
    if (up === undefined || up === key) return key;
    const root = find(up);
    parent.set(key, root);
    return root;
  };
  for (const [a, b] of pairs) {
    const [first, second] = [find(a), find(b)].sort() as [string, string];
    if (first !== second) parent.set(second, first);
  }
  return new Map([...parent.keys()].map((key) => [key, find(key)]));
}

/** One imported listing to store in the collection. */
export interface ImportedListing {
  id: string;
  label: string;
  result: SiteEventResult;
}

/**
 * The listings from every trusted source's result, the same event from several sources once (the listing
 * whose key sorts first, crediting the others). `root` is where content/ is.
 */
export function importedListings(
  results: readonly SourceResult[],
  root: string,
  logger: Pick<LoaderContext["logger"], "info" | "warn">,
  added: readonly AddedSource[] = [],
): ImportedListing[] {
  const files = readCollectionFiles(root, "sources").listings;
  const sources = new Map(withAddedSources(files, added).map((entry) => [entry.id, entry]));
  const published: { kept: KeptEvent; result: SourceResult }[] = [];
  let waiting = 0;
  for (const result of results) {
    const source = sources.get(result.source);
    if (!source) {
      logger.info(`Imported events from "${result.source}" are left out: it is no longer a source.`);
      continue;
    }
    if (!source.data.trusted) {
      waiting += result.events.length;
      continue;
    }
    for (const kept of result.events) published.push({ kept, result });
  }
  if (waiting > 0) logger.info(`${waiting} imported event(s) from moderated sources wait for a moderator.`);
  const groups = sameEventGroups(findDuplicates(published.map(({ kept }) => kept.event)));
  const credits = new Map<string, { source: string; name: string }[]>();
  for (const { kept } of published) {
    const root = groups.get(kept.event.key);
    if (!root || root === kept.event.key) continue;
    const source = sources.get(kept.event.source)!;
    credits.set(root, [...(credits.get(root) ?? []), { source: source.id, name: source.data.name }]);
  }
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
            window: readWindow(importWindow(new Date(kept.lastSeenAt), DAYS_KEPT)),
            alsoFrom: credits.get(kept.event.key) ?? [],
          },
        ),
      },
    ];
  });
}

/** Every imported listing from Netlify Blobs, ready for the events loader. */
export async function loadImportedListings(root: string, logger: LoaderContext["logger"]): Promise<ImportedListing[]> {
  const { results, added } = await readStored(logger);
  return results.length === 0 ? [] : importedListings(results, root, logger, added);
}
