/**
 * Groups' requests for their calendars to be added, in the imports store (src/lib/import/store-keys.ts): each
 * request is one object under a sortable unique key, written once, and deleted whole (its contact email with
 * it) when a moderator adds the calendar or declines it. The per-client counts are one new key per form sent.
 */
import { getStore, type Store } from "@netlify/blobs";
import { IMPORTS_STORE, IMPORT_KEYS } from "../../src/lib/import/store-keys";
import {
  StoredSourceRequestSchema,
  type SourceRequestInput,
  type StoredSourceRequest,
} from "../../src/lib/import/source-request";
import { boundedStoreFetch, STORE_BUDGET_MS } from "./blobs-fetch";
import { newSortableId, recordAndCount } from "./blobs-keys";
import { HttpError } from "./http";

/** The store could not be reached: answer 503 and ask the sender to try again. */
export class RequestStoreUnavailableError extends HttpError {
  constructor() {
    super(503, "We could not save or read requests just now. Nothing was saved. Please try again in a minute.", {
      "retry-after": "60",
    });
  }
}

/** The imports store, for one request's calls, with the budget a public form answers within. */
export function openSourceRequestsStore(budgetMs = STORE_BUDGET_MS): Store {
  return getStore({ name: IMPORTS_STORE, consistency: "strong", fetch: boundedStoreFetch(budgetMs) });
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new RequestStoreUnavailableError();
  }
}

const ID = /^[a-z0-9]{10,24}$/;

/** The request store's operations; every failure to reach Blobs becomes RequestStoreUnavailableError. */
export function createSourceRequestStore(store: Store) {
  return {
    /** Keeps a new request in one write: afterwards it exists whole, or not at all. */
    async create(
      request: SourceRequestInput,
      extra: { receivedAt: string; clientHash: string },
      now: Date,
    ): Promise<StoredSourceRequest> {
      return guarded(async () => {
        const record: StoredSourceRequest = { ...request, ...extra, id: newSortableId(now) };
        const result = await store.setJSON(IMPORT_KEYS.request(record.id), record, { onlyIfNew: true });
        if (!result.modified) throw new RequestStoreUnavailableError();
        return record;
      });
    },

    /** One request, or undefined when there is none with that id (or what is stored is not one). */
    async get(id: string): Promise<StoredSourceRequest | undefined> {
      if (!ID.test(id)) return undefined;
      return guarded(async () => {
        const parsed = StoredSourceRequestSchema.safeParse(await store.get(IMPORT_KEYS.request(id), { type: "json" }));
        return parsed.success ? parsed.data : undefined;
      });
    },

    /** Every request waiting for a moderator, oldest first. */
    async list(): Promise<StoredSourceRequest[]> {
      return guarded(async () => {
        const { blobs } = await store.list({ prefix: IMPORT_KEYS.requests });
        const keys = blobs.map((blob) => blob.key).sort();
        const values = await Promise.all(keys.map((key) => store.get(key, { type: "json" }) as Promise<unknown>));
        return values.flatMap((value) => {
          const parsed = StoredSourceRequestSchema.safeParse(value);
          return parsed.success ? [parsed.data] : [];
        });
      });
    },

    /** Deletes a resolved request whole, with its contact email. */
    async remove(id: string): Promise<void> {
      if (!ID.test(id)) return;
      return guarded(() => store.delete(IMPORT_KEYS.request(id)));
    },

    /** Records one form from a client and says how many it sent in the window. */
    async countRecent(clientHash: string, now: Date, windowMs: number): Promise<number> {
      return guarded(() => recordAndCount(store, IMPORT_KEYS.requestRate, clientHash, now, windowMs));
    },
  };
}

/** The request store's operations. */
export type SourceRequestStore = ReturnType<typeof createSourceRequestStore>;
