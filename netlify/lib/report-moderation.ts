/**
 * Reports of wrong listings, for moderators (under /api/moderation/reports): GET lists them by status (open by
 * default) with the listing, its source and what the reporter said; GET <id> shows one with its audit trail;
 * POST <id>/fixed, <id>/not-a-problem and <id>/passed-on close one with a reason the reporter sees. Fixing a
 * report about an event may record a correction (a date cancelled or moved, the whole event cancelled, or its
 * details put right), which the next build shows; a rebuild is asked for. Each decision is made once (again with the same one changes
 * nothing; another is refused), conditional on what was read, and audited with who, when and why.
 */
import { EDITABLE_EVENT_DETAILS, EventCorrectionSchema, type EventCorrection } from "../../src/lib/reports/corrections";
import { REPORT_STATUSES, listingPath, type ReportStatus, type StoredReport } from "../../src/lib/reports/model";
import { HttpError, json, jsonError, readJsonObject } from "./http";
import type { ReportStore } from "./report-store";

/** What the report endpoints need. */
export interface ReportModerationDependencies {
  store: ReportStore;
  now: () => Date;
  /** Asks for a rebuild so a correction is published; never throws. */
  rebuild: (reason: string) => Promise<unknown>;
}

/** A report as the console shows it: everything but its token's hash. */
export type ReportView = Omit<StoredReport, "tokenHash"> & { path: string };

function toView(record: StoredReport): ReportView {
  const { tokenHash: _token, ...shown } = record;
  return { ...shown, path: listingPath(record.listing) };
}

const DECISIONS: Record<string, Exclude<ReportStatus, "open">> = {
  fixed: "fixed",
  "not-a-problem": "not-a-problem",
  "passed-on": "passed-on",
};

/** A 400 naming the fields to change. */
function refused(message: string, fields: Record<string, string>): Response {
  return jsonError(400, message, fields);
}

/**
 * Answers /api/moderation/reports[/<id>[/<decision>]] for a signed-in moderator; `parts` is the path after
 * /api/moderation/reports.
 */
export async function answerReports(
  request: Request,
  parts: string[],
  deps: ReportModerationDependencies,
  moderator: string,
): Promise<Response> {
  const [id, action] = parts;
  const { store } = deps;
  if (!id) {
    if (request.method !== "GET") throw new HttpError(405, "Use GET to list reports.", { allow: "GET" });
    const status = new URL(request.url).searchParams.get("status") ?? "open";
    if (!(REPORT_STATUSES as readonly string[]).includes(status)) throw new HttpError(400, "Unknown status.");
    return json(200, { reports: (await store.list(status as ReportStatus)).map(toView) });
  }
  const found = await store.get(id);
  if (!found) throw new HttpError(404, "There is no report with that reference.");
  const { record, etag } = found;

  if (!action) {
    if (request.method !== "GET") throw new HttpError(405, "Use GET to see a report.", { allow: "GET" });
    const corrections = record.listing.kind === "events" ? await store.corrections(record.listing.id) : [];
    return json(200, { report: toView(record), audit: await store.auditTrail(id), corrections });
  }

  const decision = DECISIONS[action];
  if (!decision) throw new HttpError(404, "No such report action.");
  if (request.method !== "POST") throw new HttpError(405, `Use POST to mark a report ${decision}.`, { allow: "POST" });
  const body = await readJsonObject(request, 16 * 1024);
  const reason = typeof body["reason"] === "string" ? body["reason"].trim() : "";
  if (!reason || reason.length > 600 || /<[a-z!/]/i.test(reason)) {
    return refused("Give a reason in plain text (up to 600 characters).", {
      reason: "Say what was done or why, in plain text: the reporter sees it",
    });
  }
  let correction: EventCorrection | undefined;
  if (body["correction"] !== undefined && body["correction"] !== null) {
    if (decision !== "fixed" || record.listing.kind !== "events") {
      return refused("Only a fixed report about an event can record a correction.", {
        correction: "Leave the correction out",
      });
    }
    const parsed = EventCorrectionSchema.safeParse(body["correction"]);
    if (!parsed.success) {
      const fields = Object.fromEntries(
        parsed.error.issues.map((issue) => [["correction", ...issue.path].join("."), issue.message]),
      );
      return refused("The correction needs changing.", fields);
    }
    correction = parsed.data;
  }

  if (record.status === decision) return json(200, { report: toView(record), changed: false });
  if (record.status !== "open") {
    throw new HttpError(409, `This report was already marked ${record.status}.`);
  }
  const now = deps.now();
  const at = now.toISOString();
  const decided: StoredReport = { ...record, status: decision, decision: { by: moderator, at, reason } };
  if (!(await store.replace(decided, etag))) {
    throw new HttpError(409, "Someone else changed this report just now. Reload it and try again.");
  }
  if (correction) {
    await store.addCorrection({ eventId: record.listing.id, correction, reportId: record.id, by: moderator, at }, now);
  }
  await store.audit(id, {
    at,
    by: moderator,
    action: decision,
    reason: correction ? `${reason} (correction: ${describeCorrection(correction)})` : reason,
  });
  if (correction) await deps.rebuild(`Correct event ${record.listing.id} for report ${record.reference}`);
  return json(200, { report: toView(decided), changed: true, corrected: correction !== undefined });
}

/**
 * A correction in a few words, for the audit trail.
 * @example describeCorrection({ kind: "cancel-date", date: "2026-12-01" }) // "cancelled 2026-12-01"
 */
export function describeCorrection(correction: EventCorrection): string {
  if (correction.kind === "cancel-date") return `cancelled ${correction.date}`;
  if (correction.kind === "cancel-event") return "cancelled the whole event";
  if (correction.kind === "edit-details") {
    return `changed ${EDITABLE_EVENT_DETAILS.filter((field) => correction[field] !== undefined).join(", ")}`;
  }
  return `moved ${correction.date} to ${correction.startDate}–${correction.endDate.slice(11)}`;
}
