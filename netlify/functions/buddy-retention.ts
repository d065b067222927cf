/**
 * Deletes buddy-up data that is no longer needed, every day: each request seven days after its date (with
 * the messages about it), reports after ninety days, outbox messages after thirty, and old per-client
 * counts. The clock is a parameter, so tests can move time.
 */
import type { Config } from "@netlify/functions";
import { DateTime } from "luxon";
import { CITY_ZONE } from "../../src/lib/time/zone";
import { createBuddyStore, openBuddyStore, type BuddyStore } from "../lib/buddy-store";
import { withSiteHeaders } from "../lib/http";

/** A daily run may take its time over the store: nobody waits for its answer. */
const RETENTION_STORE_BUDGET_MS = 5 * 60 * 1000;

/** Days after its date that a request is kept. */
export const REQUEST_RETENTION_DAYS = 7;
/** Days a report is kept. */
export const REPORT_RETENTION_DAYS = 90;
/** Days an outbox message is kept. */
export const OUTBOX_RETENTION_DAYS = 30;

/** How many records of each kind were deleted. */
export interface RetentionResult {
  requests: number;
  messages: number;
  reports: number;
  counts: number;
}

/** Deletes everything past its time at `now`. */
export async function runRetention(store: BuddyStore, now: Date): Promise<RetentionResult> {
  const today = DateTime.fromJSDate(now, { zone: CITY_ZONE }).startOf("day");
  const lastKeptDate = today.minus({ days: REQUEST_RETENTION_DAYS }).toISODate() ?? "";
  const result: RetentionResult = { requests: 0, messages: 0, reports: 0, counts: 0 };

  const expired = new Set<string>();
  for (const request of await store.listRequests()) {
    // A request for the 1st is kept through the 8th and deleted from the 9th.
    if (request.date < lastKeptDate) {
      await store.deleteRequest(request.id);
      await store.audit({ at: now.toISOString(), by: "retention", action: "deleted", target: request.id });
      expired.add(request.id);
      result.requests += 1;
    }
  }
  const messageCutoff = today.minus({ days: OUTBOX_RETENTION_DAYS }).toJSDate().toISOString();
  for (const message of await store.listOutbox()) {
    if ((message.requestId && expired.has(message.requestId)) || message.at < messageCutoff) {
      await store.deleteOutboxMessage(message.id);
      result.messages += 1;
    }
  }
  const reportCutoff = today.minus({ days: REPORT_RETENTION_DAYS }).toJSDate().toISOString();
  for (const report of await store.listReports()) {
    if (report.receivedAt < reportCutoff) {
      await store.deleteReport(report.id);
      result.reports += 1;
    }
  }
  result.counts = await store.pruneCounts(today.minus({ days: 1 }).toJSDate());
  return result;
}

export default withSiteHeaders(async () => {
  const result = await runRetention(createBuddyStore(openBuddyStore(RETENTION_STORE_BUDGET_MS)), new Date());
  // Counts only: nothing about who asked.
  console.log(
    `Buddy-up retention: deleted ${result.requests} requests, ${result.messages} messages, ${result.reports} reports.`,
  );
  return new Response(null, { status: 204 });
});
export const config: Config = { schedule: "@daily" };
