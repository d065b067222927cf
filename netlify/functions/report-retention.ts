/**
 * Every day, removes what reporters wrote and how to reach them from reports a moderator decided more than
 * REPORT_PRIVATE_DAYS ago; the report's listing, reason and decision stay, so its status link still says how it
 * ended. A report still open keeps everything. The clock is a parameter, so tests can move time.
 */
import type { Config } from "@netlify/functions";
import { withoutPrivateWords } from "../../src/lib/reports/model";
import { createReportStore, openReportsStore, type ReportStore } from "../lib/report-store";
import { withSiteHeaders } from "../lib/http";

/** A daily run may take its time over the store: nobody waits for its answer. */
const RETENTION_STORE_BUDGET_MS = 5 * 60 * 1000;

/** Removes the private words of every report past its time at `now`; answers how many it changed. */
export async function runReportRetention(store: ReportStore, now: Date): Promise<number> {
  let changed = 0;
  for (const listed of await store.list()) {
    if (withoutPrivateWords(listed, now) === listed) continue;
    // Read again with its ETag, so a moderator's change made meanwhile is never overwritten.
    const found = await store.get(listed.id);
    if (!found) continue;
    const kept = withoutPrivateWords(found.record, now);
    if (kept === found.record) continue;
    if (await store.replace(kept, found.etag)) {
      await store.audit(kept.id, { at: now.toISOString(), by: "retention", action: "private-words-removed" });
      changed += 1;
    }
  }
  return changed;
}

export default withSiteHeaders(async () => {
  const changed = await runReportRetention(createReportStore(openReportsStore(RETENTION_STORE_BUDGET_MS)), new Date());
  // A count only: nothing of what anyone wrote.
  console.log(`Report retention: removed the private words of ${changed} reports.`);
  return new Response(null, { status: 204 });
});

export const config: Config = { schedule: "@daily" };
