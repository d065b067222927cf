/**
 * Report retention with a moved clock, against a real local Netlify Blobs server: what a reporter wrote and their
 * contact go REPORT_PRIVATE_DAYS after a moderator's decision, and nothing sooner; an open report keeps everything;
 * the report itself, its decision and its audit trail stay, so its status link still says how it ended.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runReportRetention } from "../../netlify/functions/report-retention";
import { createReportStore } from "../../netlify/lib/report-store";
import { REPORT_PRIVATE_DAYS, type StoredReport } from "../../src/lib/reports/model";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";

const RECEIVED = new Date("2026-12-01T09:00:00Z");
const DECIDED = "2026-12-02T10:00:00.000Z";
const DAY = 24 * 60 * 60 * 1000;
const WROTE = "It now starts at 14:00, not 10:00. Quillonia, 07700 900871";

let blobs: LocalBlobs;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(async () => blobs.stop());

async function twoReports(name: string) {
  const reports = createReportStore(blobs.open(name));
  const base: Omit<StoredReport, "id" | "reference" | "status"> = {
    receivedAt: RECEIVED.toISOString(),
    listing: { kind: "events", id: "tunstall-coffee-morning" },
    about: { title: "Tunstall coffee morning", source: "curated" },
    reason: "time",
    details: WROTE,
    contact: { email: "quillonia.zx@example.org" },
    locale: "en",
    tokenHash: "a".repeat(64),
  };
  const decided = await reports.create(base, RECEIVED);
  const found = await reports.get(decided.id);
  await reports.replace(
    { ...decided, status: "fixed", decision: { by: "alex", at: DECIDED, reason: "Moved to 14:00" } },
    found!.etag,
  );
  const open = await reports.create(base, new Date(RECEIVED.getTime() + 1000));
  return { reports, decided: decided.id, open: open.id };
}

describe("report retention", () => {
  it("keeps everything until the day it is due", async () => {
    const { reports, decided } = await twoReports("retention-early");
    const dayBefore = new Date(Date.parse(DECIDED) + REPORT_PRIVATE_DAYS * DAY - 60_000);
    expect(await runReportRetention(reports, dayBefore)).toBe(0);
    const kept = (await reports.get(decided))!.record;
    expect(kept.details).toBe(WROTE);
    expect(kept.contact).toEqual({ email: "quillonia.zx@example.org" });
  });

  it("removes what a decided report's sender wrote and their contact, keeps its outcome, and logs no words", async () => {
    const { reports, decided, open } = await twoReports("retention-due");
    const logged: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
    const due = new Date(Date.parse(DECIDED) + REPORT_PRIVATE_DAYS * DAY + 60_000);
    expect(await runReportRetention(reports, due)).toBe(1);
    vi.restoreAllMocks();

    const after = (await reports.get(decided))!.record;
    expect(after.details).toBe("");
    expect(after.contact).toBeUndefined();
    expect(after.privateWordsRemovedAt).toBe(due.toISOString());
    expect(after.status).toBe("fixed");
    expect(after.decision?.reason).toBe("Moved to 14:00");
    expect((await reports.auditTrail(decided)).map((entry) => entry.action)).toContain("private-words-removed");
    expect(JSON.stringify(after)).not.toMatch(/Quillonia|900871|example\.org/);

    // An open report waits for its decision, however old.
    const stillOpen = (await reports.get(open))!.record;
    expect(stillOpen.details).toBe(WROTE);
    expect(stillOpen.contact).toBeDefined();

    // A second run finds nothing more to do.
    expect(await runReportRetention(reports, new Date(due.getTime() + DAY))).toBe(0);
    expect(logged.join("\n")).not.toMatch(/Quillonia|900871|example\.org/);
  });
});
