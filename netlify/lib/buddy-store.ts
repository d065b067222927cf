/**
 * Buddy-up on Netlify Blobs, in its own store: requests, welcomers, reports, the outbox and the audit trail.
 * Each record is one entry under its own key; changes to a request or welcomer are conditional on its ETag,
 * so two coordinators acting at once cannot overwrite each other. Audit lines and per-client counts are
 * append-only: one new key each. Every failure to reach Blobs becomes a 503 with nothing half-written.
 */
import { getStore, type Store } from "@netlify/blobs";
import { boundedStoreFetch, STORE_BUDGET_MS } from "./blobs-fetch";
import { randomBytes } from "node:crypto";
import type {
  BuddyRequest,
  CoordinationAuditEntry,
  OutboxMessage,
  Report,
  RequestView,
  Welcomer,
} from "../../src/lib/buddy/model";
import { requestReference } from "../../src/lib/buddy/coordination";
import { getJSONWithETag } from "./blobs-etag";
import { HttpError } from "./http";
import { newSortableId, recordAndCount, timeStamp } from "./blobs-keys";

/** The name of the Blobs store that holds buddy-up's records. */
export const BUDDY_STORE = "buddy-up";

/** The buddy-up store, read and written with strong consistency. */
export function openBuddyStore(budgetMs = STORE_BUDGET_MS): Store {
  return getStore({ name: BUDDY_STORE, consistency: "strong", fetch: boundedStoreFetch(budgetMs) });
}

/** The store could not be reached: answer 503 and ask the client to try again. */
export class BuddyStoreUnavailableError extends HttpError {
  constructor() {
    super(
      503,
      "We could not save or read buddy-up requests just now. Nothing was saved. Please try again in a minute.",
      {
        "retry-after": "60",
      },
    );
  }
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new BuddyStoreUnavailableError();
  }
}

const ID = /^[a-z0-9]{10,24}$/;
const requestKey = (id: string) => `requests/${id}`;
const welcomerKey = (id: string) => `welcomers/${id}`;
const reportKey = (id: string) => `reports/${id}`;
const outboxKey = (id: string) => `outbox/${id}`;

/** A request as coordinators see it: without its token or hashes. */
export function toRequestView(request: BuddyRequest): RequestView {
  const { tokenHash: _token, clientHash: _client, contactHash: _contact, ...view } = request;
  return view;
}

/** A stored record and the ETag to change it with. */
export interface Versioned<T> {
  record: T;
  etag: string | undefined;
}

/** The buddy-up store's operations. */
export function createBuddyStore(store: Store) {
  async function readAll<T>(prefix: string): Promise<T[]> {
    const { blobs } = await store.list({ prefix });
    const keys = blobs.map((blob) => blob.key).sort();
    const records = (await Promise.all(keys.map((key) => store.get(key, { type: "json" })))) as (T | null)[];
    return records.filter((record): record is T => record !== null);
  }

  async function getVersioned<T>(key: string): Promise<Versioned<T> | undefined> {
    const found = await getJSONWithETag<T>(store, key);
    return found ? { record: found.data, etag: found.etag } : undefined;
  }

  async function replaceIfUnchanged(key: string, record: unknown, etag: string | undefined): Promise<boolean> {
    const result = await store.setJSON(key, record, etag ? { onlyIfMatch: etag } : {});
    return result.modified;
  }

  return {
    /** Saves a new request in one write. */
    async createRequest(record: Omit<BuddyRequest, "id" | "reference" | "status">, now: Date): Promise<BuddyRequest> {
      return guarded(async () => {
        const id = newSortableId(now);
        const saved: BuddyRequest = { ...record, id, reference: requestReference(id), status: "waiting" };
        const result = await store.setJSON(requestKey(id), saved, { onlyIfNew: true });
        if (!result.modified) throw new BuddyStoreUnavailableError();
        return saved;
      });
    },

    /** One request and its ETag, or undefined (also for anything that is not a request id). */
    async getRequest(id: string): Promise<Versioned<BuddyRequest> | undefined> {
      if (!ID.test(id)) return undefined;
      return guarded(() => getVersioned<BuddyRequest>(requestKey(id)));
    },

    /** Replaces a request only if nobody changed it since it was read; false when someone did. */
    async replaceRequest(record: BuddyRequest, etag: string | undefined): Promise<boolean> {
      return guarded(() => replaceIfUnchanged(requestKey(record.id), record, etag));
    },

    /** Every request, oldest first. */
    async listRequests(): Promise<BuddyRequest[]> {
      return guarded(() => readAll<BuddyRequest>("requests/"));
    },

    /** Deletes a request for good. */
    async deleteRequest(id: string): Promise<void> {
      return guarded(async () => {
        await store.delete(requestKey(id));
      });
    },

    /** Saves a new welcomer. */
    async createWelcomer(record: Omit<Welcomer, "id">, now: Date): Promise<Welcomer> {
      return guarded(async () => {
        const saved: Welcomer = { ...record, id: newSortableId(now) };
        await store.setJSON(welcomerKey(saved.id), saved, { onlyIfNew: true });
        return saved;
      });
    },

    async getWelcomer(id: string): Promise<Versioned<Welcomer> | undefined> {
      if (!ID.test(id)) return undefined;
      return guarded(() => getVersioned<Welcomer>(welcomerKey(id)));
    },

    async replaceWelcomer(record: Welcomer, etag: string | undefined): Promise<boolean> {
      return guarded(() => replaceIfUnchanged(welcomerKey(record.id), record, etag));
    },

    async listWelcomers(): Promise<Welcomer[]> {
      return guarded(() => readAll<Welcomer>("welcomers/"));
    },

    async deleteWelcomer(id: string): Promise<void> {
      return guarded(async () => {
        await store.delete(welcomerKey(id));
      });
    },

    /** Saves a new report of a concern. */
    async createReport(record: Omit<Report, "id" | "status">, now: Date): Promise<Report> {
      return guarded(async () => {
        const saved: Report = { ...record, id: newSortableId(now), status: "new" };
        await store.setJSON(reportKey(saved.id), saved, { onlyIfNew: true });
        return saved;
      });
    },

    async getReport(id: string): Promise<Versioned<Report> | undefined> {
      if (!ID.test(id)) return undefined;
      return guarded(() => getVersioned<Report>(reportKey(id)));
    },

    async replaceReport(record: Report, etag: string | undefined): Promise<boolean> {
      return guarded(() => replaceIfUnchanged(reportKey(record.id), record, etag));
    },

    /** Every report, newest first. */
    async listReports(): Promise<Report[]> {
      return guarded(async () => (await readAll<Report>("reports/")).reverse());
    },

    async deleteReport(id: string): Promise<void> {
      return guarded(async () => {
        await store.delete(reportKey(id));
      });
    },

    /** Keeps a message in the outbox. */
    async addToOutbox(message: Omit<OutboxMessage, "id">, now: Date): Promise<OutboxMessage> {
      return guarded(async () => {
        const saved: OutboxMessage = { ...message, id: newSortableId(now) };
        await store.setJSON(outboxKey(saved.id), saved, { onlyIfNew: true });
        return saved;
      });
    },

    /** Every message in the outbox, newest first. */
    async listOutbox(): Promise<OutboxMessage[]> {
      return guarded(async () => (await readAll<OutboxMessage>("outbox/")).reverse());
    },

    async deleteOutboxMessage(id: string): Promise<void> {
      return guarded(async () => {
        await store.delete(outboxKey(id));
      });
    },

    /** Appends one line to the audit trail under a new key. */
    async audit(entry: CoordinationAuditEntry): Promise<void> {
      return guarded(async () => {
        const sequence = process.hrtime.bigint().toString().padStart(20, "0");
        await store.setJSON(`audit/${entry.at}-${sequence}-${randomBytes(4).toString("hex")}`, entry, {
          onlyIfNew: true,
        });
      });
    },

    /** The audit trail, newest first; only lines about `target` when it is given. */
    async auditTrail(target?: string, limit = 500): Promise<CoordinationAuditEntry[]> {
      return guarded(async () => {
        const entries = (await readAll<CoordinationAuditEntry>("audit/")).reverse();
        return (target ? entries.filter((entry) => entry.target === target) : entries).slice(0, limit);
      });
    },

    /**
     * Records one request from a client under `purpose` and says how many it made in the window: one new
     * key per request, so concurrent requests never lose a count. Old keys are removed by retention.
     */
    async countRecent(purpose: string, clientHash: string, now: Date, windowMs: number): Promise<number> {
      return guarded(() => recordAndCount(store, `rate/${purpose}/`, clientHash, now, windowMs));
    },

    /** Deletes per-client counts older than `before`. */
    async pruneCounts(before: Date): Promise<number> {
      return guarded(async () => {
        const cutoff = timeStamp(before);
        const { blobs } = await store.list({ prefix: "rate/" });
        const old = blobs.filter((blob) => (blob.key.split("/")[3] ?? "").slice(0, 9) < cutoff);
        await Promise.all(old.map((blob) => store.delete(blob.key)));
        return old.length;
      });
    },
  };
}

/** The buddy-up store's operations. */
export type BuddyStore = ReturnType<typeof createBuddyStore>;
