/**
 * What moderators decide about imported events: a moderated source's events wait until a moderator approves
 * each one (or declines it), and two events judged the same event from two sources can be split, so each is
 * listed on its own. The build (src/loaders/imported-events.ts) and the moderation console
 * (netlify/lib/import-review.ts) sort the imports with the same rules, here.
 */
import { z } from "zod";
import type { Source } from "../domain/source";
import { findDuplicates } from "./dedup";
import type { KeptEvent, SourceResult } from "./merge";
import { placeByRule, type KnownPlace } from "./places";

/** An event's key across the import (its source, then its UID), as the review names it. */
const EventKeySchema = z.string().min(3).max(1000);

/** A moderator's decision on one event from a moderated source. */
export const DecisionSchema = z.strictObject({
  key: EventKeySchema,
  decision: z.enum(["approved", "declined"]),
  by: z.string().min(1).max(120),
  at: z.iso.datetime({ offset: true }),
});
export type Decision = z.infer<typeof DecisionSchema>;

/** Two events a moderator judged to be different events, though the import took them for one. */
export const SplitSchema = z.strictObject({
  keys: z.tuple([EventKeySchema, EventKeySchema]),
  by: z.string().min(1).max(120),
  at: z.iso.datetime({ offset: true }),
});
export type Split = z.infer<typeof SplitSchema>;

/** What moderators have decided, as stored. */
export interface Review {
  decisions: readonly Decision[];
  splits: readonly Split[];
}

/** An imported event with the result it was kept in. */
export interface ImportEntry {
  kept: KeptEvent;
  result: SourceResult;
}

/** The imports sorted for listing. */
export interface SortedImports {
  /** From a trusted source, or approved by a moderator. */
  published: ImportEntry[];
  /** From a moderated source, with no decision yet. */
  waiting: ImportEntry[];
  /** How many a moderator declined. */
  declined: number;
  /** Sources with results that are no longer sources. */
  gone: string[];
}

/**
 * Sorts every source's events: published (a trusted source's, or approved), waiting for a moderator, or
 * declined. A decision holds for the event's key, so a changed event keeps its place on the site. Each event is
 * placed again by its source's rule against the places known now, so a place added since the feed was read
 * is found.
 */
export function sortImports(
  results: readonly SourceResult[],
  sources: ReadonlyMap<string, { data: Pick<Source, "trusted" | "location" | "place"> }>,
  review: Pick<Review, "decisions">,
  places: readonly KnownPlace[],
): SortedImports {
  const decided = new Map(review.decisions.map((decision) => [decision.key, decision.decision]));
  const sorted: SortedImports = { published: [], waiting: [], declined: 0, gone: [] };
  for (const result of results) {
    const source = sources.get(result.source);
    if (!source) {
      sorted.gone.push(result.source);
      continue;
    }
    for (const stored of result.events) {
      const kept = { ...stored, event: placeByRule(stored.event, source.data, places) };
      const decision = source.data.trusted ? "approved" : decided.get(kept.event.key);
      if (decision === "approved") sorted.published.push({ kept, result });
      else if (decision === "declined") sorted.declined += 1;
      else sorted.waiting.push({ kept, result });
    }
  }
  return sorted;
}

/** The key a pair of events is known by, whichever way round it is given. */
export function pairKey(keys: readonly [string, string]): string {
  return [...keys].sort().join("\n");
}

/** Pairs of published events judged the same event across sources, less those a moderator split. */
export function sameEventPairs(published: readonly ImportEntry[], review: Pick<Review, "splits">): [string, string][] {
  const split = new Set(review.splits.map((each) => pairKey(each.keys)));
  return findDuplicates(published.map(({ kept }) => kept.event)).filter((pair) => !split.has(pairKey(pair)));
}

/**
 * Each key in a pair, mapped to the key its set of same events is listed under: pairs that share a key are
 * one set (A=B and B=C is one event), listed under the key that sorts first.
 */
export function sameEventGroups(pairs: readonly [string, string][]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    const up = parent.get(key);
    if (up === undefined || up === key) return key;
    const root = find(up);
    parent.set(key, root);
    return root;
  };
  for (const [a, b] of pairs) {
    const [first, second] = [find(a), find(b)].sort() as [string, string];
    if (first !== second) parent.set(second, first);
  }
  return new Map([...parent.keys()].map((key) => [key, find(key)]));
}
