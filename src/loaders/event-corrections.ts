/**
 * Applies the corrections moderators recorded when fixing reports (src/lib/reports/corrections.ts) to the events
 * collection, once every event is loaded: each event is corrected, oldest correction first, parsed again with the
 * collection's schema and stored in place. A correction for an event no longer listed, or one that no longer fits,
 * is named in the build log and skipped: it never breaks the build. With no Blobs store in reach, there are none.
 */
import type { LoaderContext } from "astro/loaders";
import { getStore } from "@netlify/blobs";
import { REPORTS_STORE, REPORT_KEYS } from "../lib/reports/model";
import {
  EventCorrectionSchema,
  applyCorrection,
  type StoredCorrection,
  type CorrectableEvent,
} from "../lib/reports/corrections";

/** Every stored correction, oldest first; none when the store cannot be reached. */
async function readCorrections(logger: LoaderContext["logger"]): Promise<StoredCorrection[]> {
  let store;
  try {
    store = getStore({ name: REPORTS_STORE, consistency: "strong" });
  } catch {
    return [];
  }
  try {
    const { blobs } = await store.list({ prefix: REPORT_KEYS.corrections });
    const found: StoredCorrection[] = [];
    for (const key of blobs.map((blob) => blob.key).sort()) {
      const record = (await store.get(key, { type: "json" })) as StoredCorrection | null;
      const correction = EventCorrectionSchema.safeParse(record?.correction);
      if (!record || typeof record.eventId !== "string" || !correction.success) {
        logger.warn(`The stored correction ${key} is not a correction: it is skipped.`);
        continue;
      }
      found.push({ ...record, correction: correction.data });
    }
    return found;
  } catch {
    logger.warn("Could not read event corrections from Netlify Blobs: building without them.");
    return [];
  }
}

/** Corrects the loaded events with every stored correction. */
export async function applyEventCorrections(
  context: Pick<LoaderContext, "store" | "parseData" | "generateDigest" | "logger">,
): Promise<void> {
  const { store, parseData, generateDigest, logger } = context;
  const corrections = await readCorrections(logger);
  let applied = 0;
  for (const { eventId, correction, reportId } of corrections) {
    const label = `The correction to the event ${eventId} (report ${reportId})`;
    const entry = store.get(eventId);
    if (!entry) {
      logger.warn(`${label} is skipped: the event is no longer listed.`);
      continue;
    }
    const result = applyCorrection(entry.data as unknown as CorrectableEvent, correction);
    if (typeof result === "string") {
      logger.warn(`${label} is skipped: ${result}.`);
      continue;
    }
    try {
      const data = await parseData({ id: eventId, data: result as unknown as Record<string, unknown> });
      store.set({ ...entry, data, digest: generateDigest(`${entry.digest ?? ""}${JSON.stringify(correction)}`) });
      applied += 1;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n").slice(0, 4).join(" ") : "invalid";
      logger.warn(`${label} is skipped: the corrected event does not fit the event schema. ${reason}`);
    }
  }
  if (applied > 0) logger.info(`Applied ${applied} correction(s) to events from fixed reports.`);
}
