/**
 * Events from a web page's JSON-LD: every `<script type="application/ld+json">` (found by parse5, as a
 * browser would), and in each every schema.org Event wherever it sits (the top level, a list, `@graph`,
 * `subEvent`), read by readSchemaOrgEvent (schema-org-event.ts).
 *
 * - A script that is not JSON is a problem at its line; the other scripts still import. Every problem
 *   carries the line its script starts on.
 * - An EventSeries (or SessionSeries) that lists subEvents is read through them, not listed itself.
 * - Events sharing a uid: the same event twice (same start) is kept once; different events that share a
 *   url (one page for a whole programme) are told apart by their start, as `url#start`.
 * - `complete` is false when a script is not JSON, or an event was left out with nothing to identify it by;
 *   an event left out for a problem is named by its uid in the problem, so its earlier copy can be kept.
 */
import { parse, type DefaultTreeAdapterTypes } from "parse5";
import type { ImportedEvent, ImportProblem, ImportWindow, SourceRead } from "./model";
import { isSchemaOrgEvent, isSeries, readSchemaOrgEvent } from "./schema-org-event";
import { isJsonObject, listOf, type JsonObject } from "./schema-org-values";
import { readWindow } from "./window";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** How a page is read. */
export interface JsonLdOptions {
  /** The source's id, or the file or URL read in a dry run. */
  source: string;
  window: ImportWindow;
  /** The page's address, against which relative `@id` and `url` values are resolved (and `<base href>`). */
  pageUrl?: string | undefined;
}

/** JSON nested deeper than this is not looked into: no real page needs it, and it keeps the walk bounded. */
const MAX_DEPTH = 40;
/** Properties that point back up or across, where an event found would be another's, not this one's. */
const NOT_FOLLOWED = new Set(["@context", "superEvent"]);

interface Script {
  text: string;
  line?: number;
}

/** Every element in document order; a loop, not recursion, so no nesting is too deep. */
function elementsOf(root: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if ("tagName" in node) found.push(node);
    // A template's content is inert (parse5 keeps it apart from childNodes), as in a browser.
    if (!("childNodes" in node)) continue;
    for (let index = node.childNodes.length - 1; index >= 0; index -= 1) {
      const child = node.childNodes[index];
      if (child) stack.push(child);
    }
  }
  return found;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function isJsonLdScript(element: Element): boolean {
  if (element.tagName !== "script") return false;
  const type = attribute(element, "type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/ld+json";
}

function textOfScript(element: Element): string {
  return element.childNodes
    .map((child) => ("value" in child && child.nodeName === "#text" ? child.value : ""))
    .join("");
}

function baseUrlOf(elements: Element[], pageUrl: string | undefined): string | undefined {
  const href = elements.find((element) => element.tagName === "base" && attribute(element, "href") !== undefined);
  const base = href === undefined ? undefined : attribute(href, "href")?.trim();
  if (base === undefined || base === "") return pageUrl;
  return URL.canParse(base, pageUrl) ? new URL(base, pageUrl).href : pageUrl;
}

function collectEvents(value: unknown, found: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const item of value) collectEvents(item, found, depth + 1);
    return;
  }
  if (!isJsonObject(value)) return;
  if (isSchemaOrgEvent(value) && !(isSeries(value) && listOf(value.subEvent).length > 0)) found.push(value);
  for (const [key, child] of Object.entries(value)) {
    if (!NOT_FOLLOWED.has(key)) collectEvents(child, found, depth + 1);
  }
}

/**
 * The schema.org Event objects in a JSON-LD value, in document order, series with subEvents left out.
 * @example findSchemaOrgEvents({ "@graph": [{ "@type": "Organization" }, { "@type": "Event" }] }).length // 1
 */
export function findSchemaOrgEvents(value: unknown): JsonObject[] {
  const found: JsonObject[] = [];
  collectEvents(value, found, 0);
  return found;
}

function keyed(event: ImportedEvent, uid: string): ImportedEvent {
  return { ...event, uid, key: `${event.source}#${uid}` };
}

/** One event per uid, in page order: repeats of one event dropped, different events sharing a uid told apart by start. */
function oneEventPerUid(events: ImportedEvent[]): ImportedEvent[] {
  const startsByUid = new Map<string, Set<string>>();
  for (const event of events) startsByUid.set(event.uid, (startsByUid.get(event.uid) ?? new Set()).add(event.start));
  const seen = new Set<string>();
  const kept: ImportedEvent[] = [];
  for (const event of events) {
    const shared = (startsByUid.get(event.uid)?.size ?? 0) > 1;
    const uid = shared ? `${event.uid}#${event.start}` : event.uid;
    if (seen.has(uid)) continue;
    seen.add(uid);
    kept.push(shared ? keyed(event, uid) : event);
  }
  return kept;
}

/**
 * Reads the schema.org Events in a page's JSON-LD: those with an occurrence in the window, and every problem.
 * @example readJsonLdPage(html, { source: "tunstall-library", window, pageUrl: "https://library.example.org/whats-on" }).events[0]?.title
 */
export function readJsonLdPage(html: string, options: JsonLdOptions): SourceRead {
  // A window the caller got wrong throws here, whatever the page holds.
  readWindow(options.window);
  const elements = elementsOf(parse(html, { sourceCodeLocationInfo: true }));
  const pageUrl = baseUrlOf(elements, options.pageUrl);
  const scripts: Script[] = elements.filter(isJsonLdScript).map((element) => {
    const line = element.sourceCodeLocation?.startLine;
    return { text: textOfScript(element), ...(line === undefined ? {} : { line }) };
  });

  const problems: ImportProblem[] = [];
  const events: ImportedEvent[] = [];
  let complete = true;
  for (const script of scripts) {
    const at = script.line === undefined ? {} : { line: script.line };
    let data: unknown;
    try {
      data = JSON.parse(script.text);
    } catch (error) {
      const why = error instanceof Error ? ` (${error.message})` : "";
      problems.push({ source: options.source, ...at, reason: `this JSON-LD script is not valid JSON${why}` });
      complete = false;
      continue;
    }
    for (const object of findSchemaOrgEvents(data)) {
      const read = readSchemaOrgEvent(object, { source: options.source, window: options.window, pageUrl });
      problems.push(...read.problems.map((problem) => ({ ...problem, ...at })));
      if (read.event) events.push(read.event);
      else if (read.leftOut && read.uid === undefined) complete = false;
    }
  }

  return {
    kind: "jsonld",
    events: oneEventPerUid(events).filter((event) => event.occurrences.length > 0),
    services: [],
    problems,
    complete,
  };
}
