/**
 * Event submissions on Netlify Blobs. Each submission is one entry under a sortable unique key, with its
 * status in the metadata; nothing is kept in a shared list, so concurrent submissions cannot overwrite each
 * other. The audit trail and the per-client counts are append-only: one new key per event, never rewritten.
 */
import { getStore, type Store } from "@netlify/blobs";
import { boundedStoreFetch, STORE_BUDGET_MS } from "./blobs-fetch";
import { randomBytes } from "node:crypto";
import {
  SUBMISSIONS_STORE,
  SUBMISSION_KEYS,
  type AuditEntry,
  type StoredSubmission,
  type SubmissionStatus,
} from "../../src/lib/submissions/model";
import { newSortableId, recordAndCount } from "./blobs-keys";
import { getJSONWithETag } from "./blobs-etag";
import { HttpError } from "./http";

/** The store could not be reached: answer 503 and ask the client to try again. */
export class StoreUnavailableError extends HttpError {
  constructor() {
    super(503, "We could not save or read submissions just now. Nothing was saved. Please try again in a minute.", {
      "retry-after": "60",
    });
  }
}

/** The site-wide submissions store, read and written with strong consistency. */
export function openSubmissionsStore(budgetMs = STORE_BUDGET_MS): Store {
  return getStore({ name: SUBMISSIONS_STORE, consistency: "strong", fetch: boundedStoreFetch(budgetMs) });
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new StoreUnavailableError();
  }
}

const submissionKey = SUBMISSION_KEYS.submission;

/** The submission store's operations; every failure to reach Blobs becomes StoreUnavailableError. */
export function createSubmissionStore(store: Store) {
  return {
    /** Saves a new submission in one write; it either exists whole afterwards or not at all. */
    async create(record: Omit<StoredSubmission, "id" | "reference" | "status">, now: Date): Promise<StoredSubmission> {
      return guarded(async () => {
        const id = newSortableId(now);
        const saved: StoredSubmission = { ...record, id, reference: `ST-${id.toUpperCase()}`, status: "pending" };
        const result = await store.setJSON(submissionKey(id), saved, {
          onlyIfNew: true,
          metadata: { status: saved.status, receivedAt: saved.receivedAt },
        });
        if (!result.modified) throw new StoreUnavailableError();
        return saved;
      });
    },

    /** One submission and its ETag, or undefined. */
    async get(id: string): Promise<{ record: StoredSubmission; etag: string | undefined } | undefined> {
      if (!/^[a-z0-9]{10,24}$/.test(id)) return undefined;
      return guarded(async () => {
        const found = await getJSONWithETag<StoredSubmission>(store, submissionKey(id));
        return found ? { record: found.data, etag: found.etag } : undefined;
      });
    },

    /**
     * Replaces a submission only if nobody else changed it since it was read (its ETag still matches);
     * answers false when someone did, so the caller can say so rather than overwrite their change.
     */
    async replace(record: StoredSubmission, etag: string | undefined): Promise<boolean> {
      return guarded(async () => {
        const options = { metadata: { status: record.status, receivedAt: record.receivedAt } };
        const result = await store.setJSON(
          submissionKey(record.id),
          record,
          etag ? { ...options, onlyIfMatch: etag } : options,
        );
        return result.modified;
      });
    },

    /** Every submission, oldest first, optionally only those with one status. */
    async list(status?: SubmissionStatus): Promise<StoredSubmission[]> {
      return guarded(async () => {
        const { blobs } = await store.list({ prefix: SUBMISSION_KEYS.submissions });
        const keys = blobs.map((blob) => blob.key).sort();
        const records: StoredSubmission[] = [];
        for (const key of keys) {
          if (status) {
            const head = await store.getMetadata(key);
            if (head?.metadata["status"] !== status) continue;
          }
          const record = (await store.get(key, { type: "json" })) as StoredSubmission | null;
          if (record) records.push(record);
        }
        return records;
      });
    },

    /** Appends one line to a submission's audit trail under a new key. */
    async audit(id: string, entry: AuditEntry): Promise<void> {
      return guarded(async () => {
        // The high-resolution clock orders entries made in the same millisecond by one instance.
        const sequence = process.hrtime.bigint().toString().padStart(20, "0");
        const key = `${SUBMISSION_KEYS.audit(id)}${entry.at}-${sequence}-${randomBytes(4).toString("hex")}`;
        await store.setJSON(key, entry, { onlyIfNew: true });
      });
    },

    /** A submission's audit trail, oldest first. */
    async auditTrail(id: string): Promise<AuditEntry[]> {
      return guarded(async () => {
        const { blobs } = await store.list({ prefix: SUBMISSION_KEYS.audit(id) });
        const entries = await Promise.all(
          blobs
            .map((blob) => blob.key)
            .sort()
            .map((key) => store.get(key, { type: "json" }) as Promise<AuditEntry | null>),
        );
        return entries.filter((entry): entry is AuditEntry => entry !== null);
      });
    },

    /**
     * Records one request from a client and says how many it made in the window, counting its own keys:
     * one new key per request, so concurrent requests never lose a count.
     */
    async countRecent(clientHash: string, now: Date, windowMs: number): Promise<number> {
      return guarded(() => recordAndCount(store, SUBMISSION_KEYS.rate, clientHash, now, windowMs));
    },

    /**
     * Notes a submission's title, place and start (hashed) and says whether it was noted before, in one
     * write that only the first submission of an event can make. Noted before the record is stored, so a
     * submission whose record then fails to store leaves its key behind: a retry is flagged as a likely
     * duplicate for the moderators, which is the safe side.
     */
    async noteEventKey(keyHash: string, at: string): Promise<boolean> {
      return guarded(async () => {
        const result = await store.set(SUBMISSION_KEYS.seenEvent(keyHash), at, { onlyIfNew: true });
        return !result.modified;
      });
    },

    /** Marks a group as trusted by the moderators. */
    async trustGroup(groupId: string, by: string, at: string): Promise<void> {
      return guarded(async () => {
        await store.setJSON(`${SUBMISSION_KEYS.trustedGroups}${groupId}`, { by, at });
      });
    },

    /** Whether the moderators trust one group: one key read, however many groups are trusted. */
    async isTrustedGroup(groupId: string): Promise<boolean> {
      return guarded(async () => (await store.getMetadata(`${SUBMISSION_KEYS.trustedGroups}${groupId}`)) !== null);
    },
  };
}

/** The submission store's operations. */
export type SubmissionStore = ReturnType<typeof createSubmissionStore>;
