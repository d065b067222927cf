/**
 * One page of an OpenActive RPDE feed (Realtime Paged Data Exchange,
 * https://openactive.io/realtime-paged-data-exchange/): `{ next, items: [{ id, modified, kind, state, data }] }`.
 *
 * - Items of kind ScheduledSession, Event, OnDemandEvent, CourseInstance and HeadlineEvent are read as
 *   schema.org events (readSchemaOrgEvent, shared with json-ld.ts), keyed by the item's id.
 * - SessionSeries and EventSeries items are not listed: the sessions are. A session takes the name,
 *   description, location, url and attendance mode it lacks from its `superEvent`, embedded or, by id, a
 *   series on the same page; a session still without a name is left out with a problem.
 * - Deleted items (`state: "deleted"`, no data) are returned by id in `deleted`, to be removed.
 * - Other kinds (FacilityUse, IndividualFacilityUse, Slot, …) are skipped, with one problem per kind.
 * - The item's `modified` orders the feed and is not a time: lastModified comes from `data.dateModified`.
 * - `next` is resolved against the page's address; the feed ends on a page with no items, or whose `next`
 *   is itself. A page that cannot be read ends the read too, with `complete: false`.
 */
import type { ImportedEvent, ImportProblem, ImportWindow, SourceRead } from "./model";
import { readSchemaOrgEvent, type SchemaOrgEventRead } from "./schema-org-event";
import { isJsonObject, textOf, typesOf, type JsonObject } from "./schema-org-values";
import { readWindow } from "./window";

/** How an RPDE page is read. */
export interface RpdeOptions {
  /** The source's id, or the file or URL read in a dry run. */
  source: string;
  window: ImportWindow;
  /** The page's own address, against which `next` is resolved and compared. */
  pageUrl?: string | undefined;
}

/** One RPDE page read. */
export interface RpdeRead extends SourceRead {
  kind: "rpde";
  /** The next page's address, resolved against this page's, when it gives a usable one. */
  next?: string;
  /** True when there is no page to read after this one: no items, `next` the page itself, or no usable next. */
  lastPage: boolean;
  /** The ids of items the feed marks deleted: remove the events keyed `${source}#${id}`. */
  deleted: string[];
}

const EVENT_KINDS: ReadonlySet<string> = new Set([
  "ScheduledSession",
  "Event",
  "OnDemandEvent",
  "CourseInstance",
  "HeadlineEvent",
]);
const SERIES_KINDS: ReadonlySet<string> = new Set(["SessionSeries", "EventSeries"]);
/** What a session takes from its series when it does not say itself. */
const FROM_SERIES = ["name", "description", "location", "url", "eventAttendanceMode"] as const;

interface Item {
  id: string;
  kind: string;
  data: JsonObject;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

function sameAddress(a: string, b: string): boolean {
  return URL.canParse(a) && URL.canParse(b) ? new URL(a).href === new URL(b).href : a === b;
}

/** Every id a series can be referred to by: its item id, its data's `@id` and `id`. */
function seriesById(items: Item[]): Map<string, JsonObject> {
  const found = new Map<string, JsonObject>();
  for (const item of items) {
    if (!SERIES_KINDS.has(item.kind)) continue;
    for (const id of [item.id, idOf(item.data["@id"]), idOf(item.data.id)]) {
      if (id !== undefined && !found.has(id)) found.set(id, item.data);
    }
  }
  return found;
}

function withSeries(session: JsonObject, series: JsonObject | undefined): JsonObject {
  if (series === undefined) return session;
  const merged: JsonObject = { ...session };
  for (const field of FROM_SERIES) {
    if (merged[field] === undefined && series[field] !== undefined) merged[field] = series[field];
  }
  return merged;
}

function readNext(
  value: unknown,
  pageUrl: string | undefined,
): { next: string; problem?: undefined } | { next?: undefined; problem: string } {
  const text = textOf(value);
  if (text === undefined) return { problem: "the page has no next link, so the rest of the feed cannot be read" };
  const base = pageUrl !== undefined && URL.canParse(pageUrl) ? pageUrl : undefined;
  if (!URL.canParse(text, base)) {
    return {
      problem: `the next link "${text.slice(0, 80)}" is not a full web address, and this page's address is not known`,
    };
  }
  const next = new URL(text, base);
  if (next.protocol !== "https:" && next.protocol !== "http:") {
    return { problem: `the next link "${text.slice(0, 80)}" is not an http or https address` };
  }
  return { next: next.href };
}

/** A page's items sorted: those to read, deleted ids, counts of kinds not read, and problems with the rest. */
interface SortedItems {
  items: Item[];
  deleted: string[];
  skippedKinds: Map<string, number>;
  problems: ImportProblem[];
  /** False when an item could not be read with nothing to name it by. */
  complete: boolean;
}

function sortItems(entries: unknown[], source: string): SortedItems {
  const sorted: SortedItems = { items: [], deleted: [], skippedKinds: new Map(), problems: [], complete: true };
  entries.forEach((entry, index) => {
    const id = isJsonObject(entry) ? idOf(entry.id) : undefined;
    if (!isJsonObject(entry) || id === undefined) {
      sorted.problems.push({ source, reason: `item ${index + 1} has no id, so it is skipped` });
      sorted.complete = false;
      return;
    }
    const state = textOf(entry.state);
    if (state === "deleted") {
      sorted.deleted.push(id);
    } else if (state !== "updated") {
      const reason = `the item's state "${state ?? ""}" is neither "updated" nor "deleted", so it is skipped`;
      sorted.problems.push({ source, uid: id, reason });
    } else if (!isJsonObject(entry.data)) {
      sorted.problems.push({ source, uid: id, reason: "the item is updated but has no data, so it is skipped" });
    } else {
      const kind = textOf(entry.kind) ?? typesOf(entry.data)[0] ?? "(no kind)";
      if (EVENT_KINDS.has(kind) || SERIES_KINDS.has(kind)) sorted.items.push({ id, kind, data: entry.data });
      else sorted.skippedKinds.set(kind, (sorted.skippedKinds.get(kind) ?? 0) + 1);
    }
  });
  return sorted;
}

/** One session or event, with what it lacks taken from its series. */
function readItem(item: Item, series: Map<string, JsonObject>, options: RpdeOptions): SchemaOrgEventRead {
  const superEvent = item.data.superEvent;
  const reference = isJsonObject(superEvent) ? idOf(superEvent["@id"]) : idOf(superEvent);
  const parent = (reference === undefined ? undefined : series.get(reference)) ?? superEvent;
  const data = withSeries(item.data, isJsonObject(parent) ? parent : undefined);
  if (textOf(data.name) === undefined && reference !== undefined && !series.has(reference)) {
    const reason = `the ${item.kind} has no name, and its series ${reference} is not on this page, so it is left out`;
    return { leftOut: true, uid: item.id, problems: [{ source: options.source, uid: item.id, reason }] };
  }
  return readSchemaOrgEvent(data, { ...options, uid: item.id });
}

/**
 * Reads one RPDE page: its events with an occurrence in the window, deleted ids, the next page, problems.
 * @example readRpdePage(json, { source: "active-stoke", window, pageUrl: "https://activity.example.org/api/rpde/sessions" }).next // "https://activity.example.org/api/rpde/sessions?afterTimestamp=…"
 */
export function readRpdePage(json: string, options: RpdeOptions): RpdeRead {
  // A window the caller got wrong throws here, whatever the page holds.
  readWindow(options.window);
  const unreadable = (reason: string): RpdeRead => ({
    kind: "rpde",
    events: [],
    services: [],
    problems: [{ source: options.source, reason }],
    complete: false,
    lastPage: true,
    deleted: [],
  });

  let page: unknown;
  try {
    page = JSON.parse(json);
  } catch (error) {
    return unreadable(`the page is not valid JSON${error instanceof Error ? ` (${error.message})` : ""}`);
  }
  if (!isJsonObject(page) || !Array.isArray(page.items)) {
    return unreadable('the page is not an RPDE page: it has no "items" list');
  }

  const { items, deleted, skippedKinds, problems, complete } = sortItems(page.items, options.source);
  const series = seriesById(items);
  const events: ImportedEvent[] = [];
  for (const item of items.filter((candidate) => EVENT_KINDS.has(candidate.kind))) {
    const read = readItem(item, series, options);
    problems.push(...read.problems);
    if (read.event && read.event.occurrences.length > 0) events.push(read.event);
  }
  for (const [kind, count] of skippedKinds) {
    const counted = count === 1 ? `1 ${kind} item is` : `${count} ${kind} items are`;
    problems.push({
      source: options.source,
      reason: `${counted} skipped: this importer reads sessions and events only`,
    });
  }

  const next = readNext(page.next, options.pageUrl);
  const endOfFeed =
    page.items.length === 0 ||
    (next.next !== undefined && options.pageUrl !== undefined && sameAddress(next.next, options.pageUrl));
  const followable = next.problem === undefined || endOfFeed;
  if (!followable) problems.push({ source: options.source, reason: next.problem });
  return {
    kind: "rpde",
    events,
    services: [],
    problems,
    complete: complete && followable,
    ...(next.next === undefined ? {} : { next: next.next }),
    lastPage: endOfFeed || next.next === undefined,
    deleted,
  };
}
