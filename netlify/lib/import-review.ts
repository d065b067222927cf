/**
 * Imported events for moderators (under /api/moderation/imports): a moderated source's events wait here until
 * a moderator approves each one (it is listed from the next build) or declines it; an approved one can be
 * taken off again. The same event from two sources is listed once; moderators see each such pair and can split
 * it, so both are listed. Every decision asks for a rebuild. The rules for what is listed are
 * src/lib/import/review.ts, the same the build uses.
 */
import type { Source } from "../../src/lib/domain/source";
import {
  pairKey,
  sameEventPairs,
  sortImports,
  type Decision,
  type ImportEntry,
  type Split,
} from "../../src/lib/import/review";
import { toSiteEvent } from "../../src/lib/import/to-event";
import { DAYS_KEPT, importWindow, readWindow } from "../../src/lib/import/window";
import { HttpError, json, jsonError, readJsonObject } from "./http";
import type { ImportStore } from "./import-store";
import type { KnownPlace } from "../../src/lib/import/places";

/** One imported event, as the console shows it. */
export interface ReviewEvent {
  key: string;
  title: string;
  source: { id: string; name: string; trusted: boolean };
  start: string;
  end: string;
  allDay: boolean;
  cancelled: boolean;
  /** The feed's repeat rule, when it is a series, and its dates in the window. */
  rrule?: string;
  dates: number;
  place?: string;
  locationText?: string;
  url?: string;
  /** The start of the feed's description, as plain text. */
  description?: string;
  firstSeenAt: string;
  changedAt: string;
  /** Why it cannot be listed even when approved, when it cannot. */
  cannotList?: string;
}

/** What the imports endpoints need. */
export interface ImportReviewDependencies {
  /** content/sources/ with the sources added from the console. */
  sources: () => Promise<{ id: string; data: Source }[]>;
  /** The places known now, to place each event as the build will. */
  places: () => readonly KnownPlace[];
  store: Pick<ImportStore, "all" | "decisions" | "decide" | "splits" | "split">;
  now: () => Date;
  /** Asks for a rebuild so a decision reaches the site; never throws. */
  rebuild: (reason: string) => Promise<unknown>;
}

const DESCRIPTION_SHOWN = 400;

function shown(entry: ImportEntry, source: { id: string; data: Source }): ReviewEvent {
  const { event } = entry.kept;
  const checkedAt = entry.result.lastSuccessAt ?? entry.kept.lastSeenAt;
  const listing = toSiteEvent(
    entry.kept,
    { id: source.id, data: source.data, checkedAt },
    { window: readWindow(importWindow(new Date(entry.kept.lastSeenAt), DAYS_KEPT)) },
  );
  const description = event.description?.replace(/\s+/g, " ").trim();
  return {
    key: event.key,
    title: event.title,
    source: { id: source.id, name: source.data.name, trusted: source.data.trusted },
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    cancelled: event.status === "cancelled",
    ...(event.rrule ? { rrule: event.rrule } : {}),
    dates: event.occurrences.length,
    ...(event.place ? { place: event.place } : {}),
    ...(event.location.text ? { locationText: event.location.text } : {}),
    ...(event.url ? { url: event.url } : {}),
    ...(description
      ? {
          description:
            description.length > DESCRIPTION_SHOWN ? `${description.slice(0, DESCRIPTION_SHOWN - 1)}…` : description,
        }
      : {}),
    firstSeenAt: entry.kept.firstSeenAt,
    changedAt: entry.kept.changedAt,
    ...(listing.ok ? {} : { cannotList: listing.reason }),
  };
}

const byStart = (a: ReviewEvent, b: ReviewEvent) =>
  Date.parse(a.start) - Date.parse(b.start) || a.key.localeCompare(b.key);

/** Everything the imports view shows. */
export interface ImportOverview {
  waiting: ReviewEvent[];
  /** Approved from sources that are not trusted, so a moderator can take them off again. */
  approved: ReviewEvent[];
  declined: number;
  pairs: { keys: [string, string]; events: [ReviewEvent, ReviewEvent] }[];
  splits: number;
}

/** The imports as they stand, sorted by the build's rules. */
async function readImports(deps: ImportReviewDependencies) {
  const [sources, results, decisions, splits] = await Promise.all([
    deps.sources(),
    deps.store.all(),
    deps.store.decisions(),
    deps.store.splits(),
  ]);
  const byId = new Map(sources.map((source) => [source.id, source]));
  const sorted = sortImports(results, byId, { decisions }, deps.places());
  const moderated = sorted.published.filter((entry) => !byId.get(entry.result.source)!.data.trusted);
  return { byId, sorted, moderated, splits };
}

async function overview(deps: ImportReviewDependencies): Promise<ImportOverview> {
  const { byId, sorted, moderated, splits } = await readImports(deps);
  const show = (entry: ImportEntry) => shown(entry, byId.get(entry.result.source)!);
  const events = new Map(sorted.published.map((entry) => [entry.kept.event.key, entry]));
  const pairs = sameEventPairs(sorted.published, { splits }).map((keys) => ({
    keys,
    events: keys.map((key) => show(events.get(key)!)) as [ReviewEvent, ReviewEvent],
  }));
  return {
    waiting: sorted.waiting.map(show).sort(byStart),
    approved: moderated.map(show).sort(byStart),
    declined: sorted.declined,
    pairs,
    splits: splits.length,
  };
}

/** The event key a request names, or a 400 that names the field. */
function keyIn(body: Record<string, unknown>): string {
  const key = body["key"];
  if (typeof key !== "string" || key.length === 0) {
    throw new FieldError("key", "is needed: the imported event's key, as the list gives it");
  }
  return key;
}

class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field} ${problem}`);
  }
}

/**
 * Answers /api/moderation/imports[/approve|decline|split] for a signed-in moderator; `parts` is the path after
 * /api/moderation/imports.
 */
export async function answerImportReview(
  request: Request,
  parts: string[],
  deps: ImportReviewDependencies,
  moderator: string,
): Promise<Response> {
  const [action, ...rest] = parts;
  if (rest.length > 0) throw new HttpError(404, "No such imports action.");
  if (!action) {
    if (request.method !== "GET") throw new HttpError(405, "Use GET to list imported events.", { allow: "GET" });
    return json(200, await overview(deps));
  }
  if (!["approve", "decline", "split"].includes(action)) throw new HttpError(404, "No such imports action.");
  if (request.method !== "POST") throw new HttpError(405, `Use POST to ${action}.`, { allow: "POST" });
  const body = await readJsonObject(request, 4 * 1024);
  const at = deps.now().toISOString();
  try {
    const { sorted, moderated, splits } = await readImports(deps);

    if (action === "split") {
      const keys = body["keys"];
      if (!Array.isArray(keys) || keys.length !== 2 || !keys.every((key) => typeof key === "string")) {
        throw new FieldError("keys", "must be the two keys of a pair judged the same event");
      }
      const pair = keys as [string, string];
      const judged = sameEventPairs(sorted.published, { splits }).some((found) => pairKey(found) === pairKey(pair));
      if (!judged) throw new HttpError(404, "Those two events are not a pair judged the same event.");
      const split: Split = { keys: [...pair].sort() as [string, string], by: moderator, at };
      await deps.store.split(split);
      await deps.rebuild("Split two imported events judged the same");
      return json(200, { split });
    }

    const key = keyIn(body);
    const candidates = action === "approve" ? sorted.waiting : [...sorted.waiting, ...moderated];
    const entry = candidates.find((each) => each.kept.event.key === key);
    if (!entry) {
      throw new HttpError(404, `There is no imported event with that key that can be ${action}d.`);
    }
    const decision: Decision = { key, decision: action === "approve" ? "approved" : "declined", by: moderator, at };
    await deps.store.decide(decision);
    const wasListed = moderated.some((entry) => entry.kept.event.key === key);
    if (action === "approve" || wasListed) {
      await deps.rebuild(`${action === "approve" ? "Publish" : "Withdraw"} imported event "${entry.kept.event.title}"`);
    }
    return json(200, { decision, rebuild: action === "approve" || wasListed });
  } catch (error) {
    if (error instanceof FieldError)
      return jsonError(400, "Some fields need changing.", { [error.field]: error.problem });
    throw error;
  }
}
