/**
 * An Astro content loader for the events collection: the Markdown files in content/events/, then every
 * approved submission and every imported event (imported-events.ts) from Netlify Blobs, parsed with the
 * same EventSchema. A submission that fails the
 * schema or names a place or group that does not exist is reported by name and left out; it never breaks
 * the build. Then the corrections moderators recorded when fixing reports (event-corrections.ts). With no Blobs store in reach (a plain `astro build`), there are simply no submissions.
 */
import type { Loader, LoaderContext } from "astro/loaders";
import { glob } from "astro/loaders";
import { getStore } from "@netlify/blobs";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import {
  SUBMISSIONS_STORE,
  SUBMISSION_KEYS,
  StoredSubmissionSchema,
  toPublishedEvent,
  type StoredSubmission,
} from "../lib/submissions/model";
import { COLLECTIONS } from "../lib/content/collections";
import { loadImportedListings } from "./imported-events";
import { storeListing } from "./listing-entry";
import { applyEventCorrections } from "./event-corrections";

async function readApproved(logger: LoaderContext["logger"]): Promise<StoredSubmission[]> {
  let store;
  try {
    store = getStore({ name: SUBMISSIONS_STORE, consistency: "strong" });
  } catch {
    logger.info("No Netlify Blobs store in reach: building without submitted events.");
    return [];
  }
  try {
    const { blobs } = await store.list({ prefix: SUBMISSION_KEYS.submissions });
    const records: StoredSubmission[] = [];
    for (const { key } of blobs) {
      const head = await store.getMetadata(key);
      if (head?.metadata["status"] !== "approved") continue;
      const parsed = StoredSubmissionSchema.safeParse(await store.get(key, { type: "json" }));
      if (!parsed.success) {
        logger.warn(`The stored submission ${key} is not a submission record: it is left out.`);
        continue;
      }
      if (parsed.data.status === "approved") records.push(parsed.data);
    }
    return records;
  } catch {
    logger.warn("Could not read submitted events from Netlify Blobs: building without them.");
    return [];
  }
}

/** True when content/ has a listing with this id in the collection. */
function listed(contentRoot: string, name: "places" | "groups", id: string): boolean {
  const { folder, extension } = COLLECTIONS[name];
  return id !== "" && existsSync(join(contentRoot, folder, `${id}${extension}`));
}

/**
 * The place and group a listing names that content/ does not list, in words for the build log; an event that
 * names no place (a location in words, or online), or a services directory that names no group, has none to miss.
 * @example unlisted("content", { place: "hanley-libary", group: "tunstall-neighbours" }) // ['place "hanley-libary"']
 */
export function unlisted(
  contentRoot: string,
  names: { place?: string | undefined; group?: string | undefined },
): string[] {
  return [
    names.place === undefined || listed(contentRoot, "places", names.place) ? "" : `place "${names.place}"`,
    names.group === undefined || listed(contentRoot, "groups", names.group) ? "" : `group "${names.group}"`,
  ].filter(Boolean);
}

/** The events collection's loader: content/events/*.md and approved submissions. */
export function eventsLoader(options: { base: string; contentRoot: string }): Loader {
  const files = glob({ base: options.base, pattern: "*.md" });
  return {
    name: "events-and-submissions",
    load: async (context) => {
      await files.load(context);
      const { logger } = context;
      const approved = await readApproved(logger);
      for (const record of approved) {
        const label = `Submitted event ${record.reference} ("${record.event.title.slice(0, 60)}")`;
        // A submitted event is always at a listed place.
        const missing = unlisted(options.contentRoot, {
          place: record.event.place.kind === "known" ? record.event.place.id : "",
          group: record.event.group.kind === "known" ? record.event.group.id : "",
        });
        if (missing.length > 0) {
          logger.warn(`${label} is left out: its ${missing.join(" and ")} is not listed in content/.`);
          continue;
        }
        const published = toPublishedEvent(record, (record.decision?.at ?? "").slice(0, 10));
        if (!published.ok) {
          const problems = Object.entries(published.problems).map(([field, message]) => `${field} ${message}`);
          logger.warn(`${label} is left out: it does not fit the event schema. ${problems.join("; ")}`);
          continue;
        }
        const { id, fields, description } = published;
        const listing = { id, label, fields: fields as unknown as Record<string, unknown>, description, kind: "event" };
        await storeListing(context, listing, "an event in content/events/");
      }
      if (approved.length > 0) logger.info(`Published ${approved.length} approved submitted event(s).`);

      const imported = await loadImportedListings(dirname(resolve(options.contentRoot)), logger);
      let published = 0;
      for (const { id, label, result } of imported) {
        if (!result.ok) {
          logger.warn(`${label} is left out: ${result.reason}.`);
          continue;
        }
        // An event at a location given in words, or online, names no place.
        const place = result.fields["place"];
        const missing = unlisted(options.contentRoot, {
          ...(place === undefined ? {} : { place: String(place) }),
          group: String(result.fields["organizer"]),
        });
        if (missing.length > 0) {
          logger.warn(`${label} is left out: its ${missing.join(" and ")} is not listed in content/.`);
          continue;
        }
        const listing = { id, label, fields: result.fields, description: result.description, kind: "event" };
        if (await storeListing(context, listing, "another event")) published += 1;
      }
      if (published > 0) logger.info(`Published ${published} imported event(s).`);

      // Last, the corrections moderators recorded when fixing reports, to whichever event they name.
      await applyEventCorrections(context);
    },
  };
}
