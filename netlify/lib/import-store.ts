/**
 * Each source's result on Netlify Blobs (src/lib/import/store-keys.ts): read before a fetch, and replaced
 * whole after it, so a reader sees either the last result or the new one, never half of one.
 */
import { createHash } from "node:crypto";
import { getStore, type Store } from "@netlify/blobs";
import type { z } from "zod";
import { isSourceResult, type SourceResult } from "../../src/lib/import/merge";
import { IMPORTS_STORE, IMPORT_KEYS } from "../../src/lib/import/store-keys";
import { AddedSourceSchema, type AddedSource } from "../../src/lib/import/added-sources";
import { DecisionSchema, SplitSchema, pairKey, type Decision, type Split } from "../../src/lib/import/review";
import { boundedStoreFetch } from "./blobs-fetch";

/** A blob's name for an event's key or a pair's: the keys hold any characters a feed's UIDs do. */
function nameFor(key: string): string {
  return createHash("sha256").update(key).digest("base64url").slice(0, 32);
}

/** The imports store, with a time budget for the whole run's calls to it. */
export function openImportsStore(budgetMs: number): Store {
  return getStore({ name: IMPORTS_STORE, consistency: "strong", fetch: boundedStoreFetch(budgetMs) });
}

/** The imports store's operations. */
export function createImportStore(store: Store) {
  /** Every object under a prefix that is what the schema says (anything else stored there is left alone). */
  async function readAll<T>(prefix: string, schema: z.ZodType<T>): Promise<T[]> {
    const { blobs } = await store.list({ prefix });
    const values = await Promise.all(blobs.map((blob) => store.get(blob.key, { type: "json" }) as Promise<unknown>));
    return values.flatMap((value) => {
      const parsed = schema.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
  }

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
    addedSources: (): Promise<AddedSource[]> => readAll(IMPORT_KEYS.added, AddedSourceSchema),

    /** Every moderator's decision on an event from a moderated source. */
    decisions: (): Promise<Decision[]> => readAll(IMPORT_KEYS.decisions, DecisionSchema),

    /** Keeps a decision on an event, replacing any earlier one on it whole. */
    async decide(decision: Decision): Promise<void> {
      await store.setJSON(IMPORT_KEYS.decision(nameFor(decision.key)), decision);
    },

    /** Every pair moderators split. */
    splits: (): Promise<Split[]> => readAll(IMPORT_KEYS.splits, SplitSchema),

    /** Keeps a pair a moderator split. */
    async split(split: Split): Promise<void> {
      await store.setJSON(IMPORT_KEYS.split(nameFor(pairKey(split.keys))), split);
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
