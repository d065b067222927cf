/**
 * Each source's result on Netlify Blobs (src/lib/import/store-keys.ts): read before a fetch, and replaced
 * whole after it, so a reader sees either the last result or the new one, never half of one.
 */
import { getStore, type Store } from "@netlify/blobs";
import { isSourceResult, type SourceResult } from "../../src/lib/import/merge";
import { IMPORTS_STORE, IMPORT_KEYS } from "../../src/lib/import/store-keys";
import { AddedSourceSchema, type AddedSource } from "../../src/lib/import/added-sources";
import { boundedStoreFetch } from "./blobs-fetch";

/** The imports store, with a time budget for the whole run's calls to it. */
export function openImportsStore(budgetMs: number): Store {
  return getStore({ name: IMPORTS_STORE, consistency: "strong", fetch: boundedStoreFetch(budgetMs) });
}

/** The imports store's operations. */
export function createImportStore(store: Store) {
  return {
    /** One source's result, or undefined when it has none (or what is stored is not one). */
    async read(source: string): Promise<SourceResult | undefined> {
      const value: unknown = await store.get(IMPORT_KEYS.result(source), { type: "json" });
      return isSourceResult(value) ? value : undefined;
    },

    /** Replaces a source's result whole. */
    async write(result: SourceResult): Promise<void> {
      await store.setJSON(IMPORT_KEYS.result(result.source), result);
    },

    /** Every source moderators added from the console (anything stored that is not one is left alone). */
    async addedSources(): Promise<AddedSource[]> {
      const { blobs } = await store.list({ prefix: IMPORT_KEYS.added });
      const values = await Promise.all(blobs.map((blob) => store.get(blob.key, { type: "json" }) as Promise<unknown>));
      return values.flatMap((value) => {
        const parsed = AddedSourceSchema.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      });
    },

    /** Keeps a source added from the console; false when one with its id was added before. */
    async addSource(source: AddedSource): Promise<boolean> {
      const result = await store.setJSON(IMPORT_KEYS.addedSource(source.id), source, { onlyIfNew: true });
      return result.modified;
    },

    /** Every source's result. */
    async all(): Promise<SourceResult[]> {
      const { blobs } = await store.list({ prefix: IMPORT_KEYS.results });
      const values = await Promise.all(blobs.map((blob) => store.get(blob.key, { type: "json" }) as Promise<unknown>));
      return values.filter(isSourceResult);
    },
  };
}

/** The imports store's operations. */
export type ImportStore = ReturnType<typeof createImportStore>;
