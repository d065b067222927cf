import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalBlobs, type LocalBlobs } from "../../tests/support/blobs-server";
import { content } from "../../tests/support/content";
import { EventSchema } from "../lib/domain/event";
import { REPORTS_STORE, REPORT_KEYS } from "../lib/reports/model";
import type { StoredCorrection } from "../lib/reports/corrections";
import { applyEventCorrections } from "./event-corrections";

const repeating = content.events.find((entry) => entry.data.recurrence !== undefined)!;
const first = repeating.data.startDate.slice(0, 10);

let blobs: LocalBlobs;
const before = process.env["NETLIFY_BLOBS_CONTEXT"];
beforeAll(async () => {
  blobs = await startLocalBlobs();
  process.env["NETLIFY_BLOBS_CONTEXT"] = blobs.environment;
});
afterAll(async () => {
  if (before === undefined) delete process.env["NETLIFY_BLOBS_CONTEXT"];
  else process.env["NETLIFY_BLOBS_CONTEXT"] = before;
  await blobs.stop();
});

/** A loader's context over an in-memory collection holding the repeating event as its file gives it. */
function collection() {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string }>([
    [repeating.id, { id: repeating.id, data: { ...repeating.data }, digest: "file" }],
  ]);
  const said: string[] = [];
  return {
    entries,
    said,
    context: {
      store: {
        get: (id: string) => entries.get(id),
        set: (entry: { id: string; data: Record<string, unknown>; digest?: string }) => {
          entries.set(entry.id, entry);
          return true;
        },
      },
      parseData: async ({ data }: { data: Record<string, unknown> }) => EventSchema.parse(data),
      generateDigest: (text: string) => `digest:${text.length}`,
      logger: { info: (text: string) => said.push(text), warn: (text: string) => said.push(text) },
    } as unknown as Parameters<typeof applyEventCorrections>[0],
  };
}

async function store(key: string, correction: StoredCorrection) {
  await blobs.open(REPORTS_STORE).setJSON(`${REPORT_KEYS.corrections}${key}`, correction);
}

describe("applyEventCorrections", () => {
  it("applies every stored correction in order, and skips one for an event no longer listed, saying so", async () => {
    const by = { reportId: "r1", by: "alex", at: "2026-12-01T10:00:00Z" };
    await store("0001", {
      eventId: repeating.id,
      correction: { kind: "move-date", date: first, startDate: `${first}T14:00`, endDate: `${first}T15:00` },
      ...by,
    });
    await store("0002", { eventId: "gone-event", correction: { kind: "cancel-event" }, ...by });
    await store("0003", { eventId: repeating.id, correction: { kind: "cancel-date", date: first }, ...by });
    const { entries, said, context } = collection();

    await applyEventCorrections(context);

    const data = entries.get(repeating.id)!.data as { rescheduled: unknown[]; cancelledDates: string[] };
    expect(data.rescheduled).toContainEqual({ date: first, startDate: `${first}T14:00`, endDate: `${first}T15:00` });
    expect(data.cancelledDates).toContain(first);
    expect(entries.get(repeating.id)!.digest).not.toBe("file");
    expect(said.some((line) => line.includes("gone-event") && line.includes("no longer listed"))).toBe(true);
    expect(said).toContain("Applied 2 correction(s) to events from fixed reports.");
  });

  it("puts an event's details right, and skips an edit that leaves the event unfit, saying why", async () => {
    const by = { reportId: "r2", by: "alex", at: "2026-12-02T10:00:00Z" };
    await blobs.open(REPORTS_STORE).delete(`${REPORT_KEYS.corrections}0001`);
    await blobs.open(REPORTS_STORE).delete(`${REPORT_KEYS.corrections}0002`);
    await blobs.open(REPORTS_STORE).delete(`${REPORT_KEYS.corrections}0003`);
    await store("0004", {
      eventId: repeating.id,
      correction: { kind: "edit-details", accessibilityNotes: "The lift is out of order until January." },
      ...by,
    });
    const { entries, said, context } = collection();
    // A stored edit whose summary is longer than the event's own field allows is not a correction.
    await store("0005", {
      eventId: repeating.id,
      correction: { kind: "edit-details", summary: "s".repeat(281) },
      ...by,
    } as unknown as StoredCorrection);

    await applyEventCorrections(context);

    const data = entries.get(repeating.id)!.data as { accessibilityNotes?: string; summary: string };
    expect(data.accessibilityNotes).toBe("The lift is out of order until January.");
    expect(data.summary).toBe(repeating.data.summary);
    expect(said.some((line) => line.includes("0005") && line.includes("not a correction"))).toBe(true);
    expect(said).toContain("Applied 1 correction(s) to events from fixed reports.");
  });
});
