/**
 * An Astro content loader for the sources collection: the files in content/sources/, then the sources
 * moderators added in the console (kept in the imports store), parsed with the same SourceSchema, so a source
 * added in the console is in the collection from the next build. A file with the same id wins. An added source
 * that names a group or place content/ does not list is reported and left out; it never breaks the build.
 */
import type { Loader } from "astro/loaders";
import { glob } from "astro/loaders";
import type { AddedSource } from "../lib/import/added-sources";
import { unlisted } from "./events";
import { readStoredImports } from "./imports-store";
import { storeListing } from "./listing-entry";

/** The added sources the collection can hold, or why each other one is left out. */
export function addedSourceEntries(
  added: readonly AddedSource[],
  contentRoot: string,
  fileIds: ReadonlySet<string>,
): { id: string; label: string; fields: Record<string, unknown>; missing: string[] }[] {
  return added
    .filter((source) => !fileIds.has(source.id))
    .map((source) => ({
      id: source.id,
      label: `The source "${source.data.name}" added in the console by ${source.addedBy}`,
      fields: { ...source.data },
      missing: unlisted(contentRoot, { place: source.data.place, group: source.data.group }),
    }));
}

/** The sources collection's loader: content/sources/*.md and the sources added in the console. */
export function sourcesLoader(options: { base: string; contentRoot: string }): Loader {
  const files = glob({ base: options.base, pattern: "*.md" });
  return {
    name: "sources-and-added",
    load: async (context) => {
      await files.load(context);
      const { logger, store } = context;
      const { added } = await readStoredImports(logger);
      const fileIds = new Set(store.keys());
      for (const entry of addedSourceEntries(added, options.contentRoot, fileIds)) {
        if (entry.missing.length > 0) {
          logger.warn(`${entry.label} is left out: content/ does not list its ${entry.missing.join(" or ")}.`);
          continue;
        }
        await storeListing(
          context,
          { id: entry.id, label: entry.label, fields: entry.fields, description: "", kind: "source" },
          "a source in content/sources/",
        );
      }
    },
  };
}
