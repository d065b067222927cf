/**
 * One body read by the reader for its kind, as the same shape whatever the kind: events, services,
 * problems, whether it was read whole, the next page's address for a paginated API, and the ids an
 * RPDE feed says were deleted.
 */
import { readICalendar } from "./ical";
import { readJsonLdPage } from "./json-ld";
import type { ImportWindow, SourceKind, SourceRead } from "./model";
import { readOrukPage } from "./oruk";
import { readRpdePage } from "./rpde";

/** What a body gave, with what leads on from it. */
export interface BodyRead extends SourceRead {
  /** The next page to read (ORUK and RPDE), when there is one. */
  next?: string;
  /** Ids the feed says were deleted (RPDE). */
  deleted: string[];
}

/** Where a body came from and the window to keep. */
export interface ReadOptions {
  source: string;
  window: ImportWindow;
  /** The address the body was read from, for relative links and the next page. */
  pageUrl?: string;
}

/**
 * Reads one body of a known kind. Never throws for what a feed holds: a body the reader cannot read comes
 * back incomplete, with the reason.
 * @example readBody("ical", text, { source: "tunstall-library", window }).events.length // 4
 */
export function readBody(kind: SourceKind, body: string, options: ReadOptions): BodyRead {
  const { source, window, pageUrl } = options;
  const page = pageUrl === undefined ? {} : { pageUrl };
  switch (kind) {
    case "ical":
      return { ...readICalendar(body, { source, window }), deleted: [] };
    case "jsonld":
      return { ...readJsonLdPage(body, { source, window, ...page }), deleted: [] };
    case "rpde": {
      const read = readRpdePage(body, { source, window, ...page });
      const { lastPage, next, ...rest } = read;
      return lastPage || next === undefined ? rest : { ...rest, next };
    }
    case "oruk": {
      // ORUK pages are numbered through their address: a local file has none, so it is read as one page.
      const read = readOrukPage(body, { source, pageUrl: pageUrl ?? "https://example.invalid/services" });
      const { next, totalPages: _totalPages, ...rest } = read;
      const base = { kind, events: [], deleted: [], ...rest };
      return next !== undefined && pageUrl !== undefined ? { ...base, next } : base;
    }
  }
}
