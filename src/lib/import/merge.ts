/**
 * What a source has given, kept between fetches: the last good copy of each of its events and services,
 * and its health. One fetch is merged into it by rules that lose nothing:
 * - an event is the same event from fetch to fetch by its key (the source, then its UID), and a changed one
 *   is updated in place, keeping the address of its page (its `slug` is chosen once, when first seen);
 * - a fetch counts as successful only when the source was read whole and gave something: a fetch that
 *   failed, was cut off, was unreadable in part, or came back empty changes nothing it did not read;
 * - an event is removed only after two successful fetches in a row without it;
 * - an event the feed still has but that could not be read this time (or not all of it, or not after a fault
 *   that may have cut part of it off) keeps its last good copy.
 * Pure: the moment is passed in.
 */
import { createHash } from "node:crypto";
import type { ImportProblem, ImportedEvent, OrukService, SourceKind } from "./model";
import { slugWords } from "./text";

/** How many successful fetches in a row must lack an event before it is removed. */
export const FETCHES_BEFORE_REMOVAL = 2;
/** How long a source may fail before it shows as failing. */
export const FAILING_AFTER_MS = 3 * 24 * 60 * 60 * 1000;
/** How many of a source's problems are kept: the first ones, with a count of the rest. */
export const PROBLEMS_KEPT = 50;
/** How many fetches the health history keeps: three days of hourly fetches. */
export const HISTORY_KEPT = 72;

/** An event as kept between fetches. */
export interface KeptEvent {
  event: ImportedEvent;
  /** The last part of its page's address, chosen when first seen and kept for good. */
  slug: string;
  /** A fingerprint of what the feed said, to tell a change. */
  hash: string;
  firstSeenAt: string;
  lastSeenAt: string;
  changedAt: string;
  /** Successful fetches in a row without it. */
  missing: number;
}

/** A service as kept between fetches. */
export interface KeptService {
  service: OrukService;
  hash: string;
  firstSeenAt: string;
  lastSeenAt: string;
  changedAt: string;
  missing: number;
}

/** One fetch, as source health shows it. */
export interface FetchRecord {
  at: string;
  /** Read whole, with something in it (or not modified since the last good fetch). */
  ok: boolean;
  events: number;
  services: number;
  problems: number;
  /** Why it did not count, when it did not. */
  reason?: string;
}

/** Everything kept for one source: stored whole, as one object, after every fetch. */
export interface SourceResult {
  source: string;
  address: string;
  kind?: SourceKind;
  /** When it was last fetched, and when a fetch last succeeded. */
  lastFetchAt?: string;
  lastSuccessAt?: string;
  /** When what it gives last changed. */
  lastChangeAt?: string;
  /** When the run of failed fetches it is in began, if it is failing now. */
  failingSince?: string;
  /** What the last good fetch said, so an unchanged feed costs nothing. */
  etag?: string;
  lastModified?: string;
  events: KeptEvent[];
  services: KeptService[];
  /** The last fetch's problems (at most PROBLEMS_KEPT), and how many there were in all. */
  problems: ImportProblem[];
  problemCount: number;
  history: FetchRecord[];
}

/** One fetch's outcome, as importer.ts gives it. */
export interface FetchOutcome {
  kind?: SourceKind | undefined;
  complete: boolean;
  notModified: boolean;
  failure?: string | undefined;
  events: ImportedEvent[];
  services: OrukService[];
  problems: ImportProblem[];
  deleted: string[];
  etag?: string | undefined;
  lastModified?: string | undefined;
}

/** A new source's empty result. */
export function emptyResult(source: string, address: string): SourceResult {
  return { source, address, events: [], services: [], problems: [], problemCount: 0, history: [] };
}

function fingerprint(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 22);
}

/** A fingerprint of an event apart from its occurrences, which the window moves on without the feed changing. */
function eventHash(event: ImportedEvent): string {
  const { occurrences: _occurrences, ...rest } = event;
  return fingerprint(rest);
}

/**
 * Whether two reads of an event's occurrences disagree where both looked: only the stretch both windows
 * cover is compared, so a window that moved on by a day is not a change, and a moved or cancelled date is.
 */
function occurrencesDiffer(before: ImportedEvent["occurrences"], after: ImportedEvent["occurrences"]): boolean {
  if (before.length === 0 || after.length === 0) return before.length !== after.length;
  const time = (iso: string) => Date.parse(iso);
  const from = Math.max(time(before[0]!.start), time(after[0]!.start));
  const to = Math.min(time(before.at(-1)!.start), time(after.at(-1)!.start));
  const within = (list: ImportedEvent["occurrences"]) =>
    JSON.stringify(list.filter((occurrence) => time(occurrence.start) >= from && time(occurrence.start) <= to));
  return within(before) !== within(after);
}

/**
 * The page address part for an event first seen now: its title as words, then a short hash of its key, so
 * two events with one title never share a page and a later change of title keeps the address.
 * @example slugFor({ title: "Book club", key: "tunstall-library#abc@google.com" }) // "book-club-x1y2z"
 */
export function slugFor(event: Pick<ImportedEvent, "title" | "key">): string {
  const suffix = createHash("sha256").update(event.key).digest("hex").slice(0, 5);
  return `${slugWords(event.title) || "event"}-${suffix}`;
}

/** The reason a fetch does not count as successful, or undefined when it does. */
function unsuccessful(outcome: FetchOutcome): string | undefined {
  if (outcome.failure) return outcome.failure;
  if (!outcome.complete) {
    const first = outcome.problems[0]?.reason;
    if (outcome.events.length === 0 && outcome.services.length === 0) {
      return first ? `it could not be read: ${first}` : "it could not be read";
    }
    return first ? `it could be read only in part: ${first}` : "it could be read only in part";
  }
  if (outcome.events.length === 0 && outcome.services.length === 0) return "it gave nothing, so nothing was removed";
  return undefined;
}

/** What merging changed: whether the published listings differ, and how. */
export interface MergeChanges {
  added: number;
  updated: number;
  removed: number;
}

/** When an item was seen and changed, and how many successful fetches in a row lacked it. */
interface Seen {
  hash: string;
  firstSeenAt: string;
  lastSeenAt: string;
  changedAt: string;
  missing: number;
}

/** How one kind of item (events, services) is told apart and kept. */
interface KeptKind<T, K extends Seen> {
  /** The item's key across fetches, and the id a feed's problems and deletions name it by. */
  keyOf: (item: T) => string;
  idOf: (item: T) => string;
  itemOf: (kept: K) => T;
  hash: (item: T) => string;
  /** A change the hash does not see (an event's dates, compared where both reads looked). */
  differs: (before: T, after: T) => boolean;
  /** True when this read of the item must not replace the kept copy. */
  keepAsWas: (item: T) => boolean;
  create: (item: T, times: Omit<Seen, "hash">) => K;
  withItem: (kept: K, item: T) => K;
}

/**
 * The items kept after one fetch: what it read, new or updated; what it lacked, kept and counted missing
 * (when the fetch was successful and did not name it as unreadable) until FETCHES_BEFORE_REMOVAL; what the
 * feed deleted, gone. Counts each change in `rules.changes`.
 */
function mergeKept<T, K extends Seen>(
  previous: readonly K[],
  fresh: readonly T[],
  rules: { at: string; ok: boolean; unreadable: Set<string>; deleted: Set<string>; changes: MergeChanges },
  kind: KeptKind<T, K>,
): K[] {
  const { at, changes } = rules;
  const read = new Map(fresh.map((item) => [kind.keyOf(item), item]));
  const kept: K[] = [];
  for (const before of previous) {
    const old = kind.itemOf(before);
    const now = read.get(kind.keyOf(old));
    if (now) {
      read.delete(kind.keyOf(old));
      if (kind.keepAsWas(old)) {
        kept.push({ ...before, lastSeenAt: at, missing: 0 });
        continue;
      }
      const hash = kind.hash(now);
      const changed = hash !== before.hash || kind.differs(old, now);
      if (changed) changes.updated += 1;
      kept.push({
        ...kind.withItem(before, now),
        hash,
        lastSeenAt: at,
        missing: 0,
        ...(changed ? { changedAt: at } : {}),
      });
      continue;
    }
    if (rules.deleted.has(kind.idOf(old))) {
      changes.removed += 1;
      continue;
    }
    if (!rules.ok || rules.unreadable.has(kind.idOf(old))) {
      kept.push(before);
      continue;
    }
    const missing = before.missing + 1;
    if (missing >= FETCHES_BEFORE_REMOVAL) {
      changes.removed += 1;
      continue;
    }
    kept.push({ ...before, missing });
  }
  for (const item of read.values()) {
    changes.added += 1;
    kept.push(kind.create(item, { firstSeenAt: at, lastSeenAt: at, changedAt: at, missing: 0 }));
  }
  return kept;
}

/**
 * Merges one fetch into a source's result. Returns the new result (the old one is not changed) and what
 * changed in the listings, so the caller asks for a rebuild only when something did.
 */
export function mergeFetch(
  previous: SourceResult,
  outcome: FetchOutcome,
  now: Date,
): { result: SourceResult; changes: MergeChanges } {
  const at = now.toISOString();
  const changes: MergeChanges = { added: 0, updated: 0, removed: 0 };
  const reason = outcome.notModified ? undefined : unsuccessful(outcome);
  const ok = reason === undefined;
  const record: FetchRecord = {
    at,
    ok,
    events: outcome.notModified ? previous.events.length : outcome.events.length,
    services: outcome.notModified ? previous.services.length : outcome.services.length,
    problems: outcome.problems.length,
    ...(reason ? { reason } : {}),
  };
  const result: SourceResult = {
    ...previous,
    ...(outcome.kind ? { kind: outcome.kind } : {}),
    lastFetchAt: at,
    history: [...previous.history, record].slice(-HISTORY_KEPT),
  };
  if (!outcome.notModified) {
    result.problems = outcome.problems.slice(0, PROBLEMS_KEPT);
    result.problemCount = outcome.problems.length;
  }
  if (ok) {
    result.lastSuccessAt = at;
    delete result.failingSince;
    // A not-modified answer keeps the validators of the copy it confirmed.
    if (!outcome.notModified) {
      if (outcome.etag) result.etag = outcome.etag;
      else delete result.etag;
      if (outcome.lastModified) result.lastModified = outcome.lastModified;
      else delete result.lastModified;
    }
  } else {
    result.failingSince = previous.failingSince ?? at;
  }
  if (outcome.failure) return { result, changes };
  if (outcome.notModified) {
    // The feed is as it was at the last good fetch, so what that fetch lacked is still lacking.
    result.events = previous.events.flatMap((kept) => {
      if (kept.missing === 0) return [kept];
      if (kept.missing + 1 >= FETCHES_BEFORE_REMOVAL) {
        changes.removed += 1;
        return [];
      }
      return [{ ...kept, missing: kept.missing + 1 }];
    });
    if (changes.removed > 0) result.lastChangeAt = at;
    return { result, changes };
  }

  // Events read this time are kept (new or updated); the rest are kept as they were, and counted missing
  // only when this fetch was successful and did not report them as unreadable.
  const unreadable = new Set(outcome.problems.flatMap((problem) => (problem.uid ? [problem.uid] : [])));
  // A fault that names no event (the feed cut off, a part that could not be parsed) may have taken part of
  // any event with it (an override, a later page): no event already kept is replaced by what this read gave.
  const damaged = !outcome.complete && outcome.problems.some((problem) => problem.uid === undefined);
  const deleted = new Set(outcome.deleted);
  const rules = { at, ok, unreadable, deleted, changes };
  result.events = mergeKept(previous.events, outcome.events, rules, {
    keyOf: (event) => event.key,
    idOf: (event) => event.uid,
    itemOf: (kept) => kept.event,
    hash: eventHash,
    differs: (before, after) => occurrencesDiffer(before.occurrences, after.occurrences),
    keepAsWas: (event) => damaged || unreadable.has(event.uid),
    create: (event, times) => ({ event, slug: slugFor(event), hash: eventHash(event), ...times }),
    withItem: (kept, event) => ({ ...kept, event }),
  });
  result.services = mergeKept(previous.services, outcome.services, rules, {
    keyOf: (service) => service.id,
    idOf: (service) => service.id,
    itemOf: (kept) => kept.service,
    hash: fingerprint,
    differs: () => false,
    keepAsWas: () => false,
    create: (service, times) => ({ service, hash: fingerprint(service), ...times }),
    withItem: (kept, service) => ({ ...kept, service }),
  });
  if (changes.added + changes.updated + changes.removed > 0) result.lastChangeAt = at;
  return { result, changes };
}

/** Whether a source shows as failing: its fetches have failed for three days or more. */
export function isFailing(result: SourceResult, now: Date): boolean {
  return result.failingSince !== undefined && now.getTime() - Date.parse(result.failingSince) >= FAILING_AFTER_MS;
}

/** True when a stored value has the shape of a source's result (anything else is left alone, not read). */
export function isSourceResult(value: unknown): value is SourceResult {
  if (typeof value !== "object" || value === null) return false;
  const result = value as Partial<SourceResult>;
  return (
    typeof result.source === "string" &&
    typeof result.address === "string" &&
    Array.isArray(result.events) &&
    Array.isArray(result.services) &&
    Array.isArray(result.problems) &&
    Array.isArray(result.history)
  );
}
