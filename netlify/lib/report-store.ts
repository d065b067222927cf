/**
 * Reports of wrong listings on Netlify Blobs. Each report is one entry under a sortable unique key, written
 * once whole (never half-written), with its status in the metadata; a moderator's decision replaces it only if
 * nobody changed it since it was read (its ETag). The audit trail and the per-client counts are append-only: one
 * new key per event, never rewritten.
 */
import { getStore, type Store } from "@netlify/blobs";
import { randomBytes } from "node:crypto";
import { boundedStoreFetch, STORE_BUDGET_MS } from "./blobs-fetch";
import { newSortableId, recordAndCount } from "./blobs-keys";
import { getJSONWithETag } from "./blobs-etag";
import { HttpError } from "./http";
import {
  REPORTS_STORE,
  REPORT_KEYS,
  reportReference,
  type ReportAuditEntry,
  type ReportStatus,
  type StoredReport,
} from "../../src/lib/reports/model";
import type { StoredCorrection } from "../../src/lib/reports/corrections";

/** The store could not be reached: answer 503 and ask the client to try again. */
export class ReportStoreUnavailableError extends HttpError {
  constructor() {
    super(503, "We could not save or read reports just now. Nothing was saved. Please try again in a minute.", {
      "retry-after": "60",
    });
  }
}

/** The site-wide reports store, read and written with strong consistency. */
export function openReportsStore(budgetMs = STORE_BUDGET_MS): Store {
  return getStore({ name: REPORTS_STORE, consistency: "strong", fetch: boundedStoreFetch(budgetMs) });
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new ReportStoreUnavailableError();
  }
}

const metadataOf = (report: StoredReport) => ({ status: report.status, receivedAt: report.receivedAt });

/** The report store's operations; every failure to reach Blobs becomes ReportStoreUnavailableError. */
export function createReportStore(store: Store) {
  return {
    /** Saves a new report in one write; it either exists whole afterwards or not at all. */
    async create(record: Omit<StoredReport, "id" | "reference" | "status">, now: Date): Promise<StoredReport> {
      return guarded(async () => {
        const id = newSortableId(now);
        const saved: StoredReport = { ...record, id, reference: reportReference(id), status: "open" };
        const result = await store.setJSON(REPORT_KEYS.report(id), saved, {
          onlyIfNew: true,
          metadata: metadataOf(saved),
        });
        if (!result.modified) throw new ReportStoreUnavailableError();
        return saved;
      });
    },

    /** One report and its ETag, or undefined (also for an id that cannot be one). */
    async get(id: string): Promise<{ record: StoredReport; etag: string | undefined } | undefined> {
      if (!/^[a-z0-9]{10,24}$/.test(id)) return undefined;
      return guarded(async () => {
        const found = await getJSONWithETag<StoredReport>(store, REPORT_KEYS.report(id));
        return found ? { record: found.data, etag: found.etag } : undefined;
      });
    },

    /**
     * Replaces a report only if nobody else changed it since it was read (its ETag still matches); answers
     * false when someone did, so the caller can say so rather than overwrite their change.
     */
    async replace(record: StoredReport, etag: string | undefined): Promise<boolean> {
      return guarded(async () => {
        if (!etag) return false;
        const result = await store.setJSON(REPORT_KEYS.report(record.id), record, {
          metadata: metadataOf(record),
          onlyIfMatch: etag,
        });
        return result.modified;
      });
    },

    /** Every report, oldest first, optionally only those with one status. */
    async list(status?: ReportStatus): Promise<StoredReport[]> {
      return guarded(async () => {
        const { blobs } = await store.list({ prefix: REPORT_KEYS.reports });
        const keys = blobs.map((blob) => blob.key).sort();
        const records: StoredReport[] = [];
        for (const key of keys) {
          if (status) {
            const head = await store.getMetadata(key);
            if (head?.metadata["status"] !== status) continue;
          }
          const record = (await store.get(key, { type: "json" })) as StoredReport | null;
          if (record) records.push(record);
        }
        return records;
      });
    },

    /** Appends one line to a report's audit trail under a new key. */
    async audit(id: string, entry: ReportAuditEntry): Promise<void> {
      return guarded(async () => {
        const sequence = process.hrtime.bigint().toString().padStart(20, "0");
        const key = `${REPORT_KEYS.audit(id)}${entry.at}-${sequence}-${randomBytes(4).toString("hex")}`;
        await store.setJSON(key, entry, { onlyIfNew: true });
      });
    },

    /** A report's audit trail, oldest first. */
    async auditTrail(id: string): Promise<ReportAuditEntry[]> {
      return guarded(async () => {
        const { blobs } = await store.list({ prefix: REPORT_KEYS.audit(id) });
        const entries = await Promise.all(
          blobs
            .map((blob) => blob.key)
            .sort()
            .map((key) => store.get(key, { type: "json" }) as Promise<ReportAuditEntry | null>),
        );
        return entries.filter((entry): entry is ReportAuditEntry => entry !== null);
      });
    },

    /**
     * Saves a correction to an event under a new key that sorts by time, written once; the build's events
     * loader applies every one, oldest first.
     */
    async addCorrection(correction: StoredCorrection, now: Date): Promise<void> {
      return guarded(async () => {
        const result = await store.setJSON(REPORT_KEYS.correction(newSortableId(now)), correction, { onlyIfNew: true });
        if (!result.modified) throw new ReportStoreUnavailableError();
      });
    },

    /** Every correction for one event, oldest first. */
    async corrections(eventId: string): Promise<StoredCorrection[]> {
      return guarded(async () => {
        const { blobs } = await store.list({ prefix: REPORT_KEYS.corrections });
        const all = await Promise.all(
          blobs
            .map((blob) => blob.key)
            .sort()
            .map((key) => store.get(key, { type: "json" }) as Promise<StoredCorrection | null>),
        );
        return all.filter((entry): entry is StoredCorrection => entry !== null && entry.eventId === eventId);
      });
    },

    /** Records one report from a client and says how many it sent in the window, this one included. */
    async countRecent(clientHash: string, now: Date, windowMs: number): Promise<number> {
      return guarded(() => recordAndCount(store, REPORT_KEYS.rate, clientHash, now, windowMs));
    },
  };
}

/** The report store's operations. */
export type ReportStore = ReturnType<typeof createReportStore>;
