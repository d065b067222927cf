/**
 * The finder for a browser without JavaScript: a search from the finder's form (or a shared finder address,
 * which netlify.toml sends here when it holds words or filters) answered with the finder's page, its results
 * drawn on the server by the same search library, index and filters as the finder in the browser. The
 * addresses of the finder's former pre-rendered searches (/find/weekend/hanley/free/any-time/) are sent on,
 * for good, to the same search in the finder's address.
 */
import type { Config } from "@netlify/functions";
import { HttpError, html, movedPermanently, toErrorResponse, withSiteHeaders } from "../lib/http";
import { readSearchIndex } from "../../src/lib/search/search-file";
import { renderFinderProblems, renderFinderResults } from "../lib/finder-page";
import { PageUnavailableError, pagesFrom, type PageLoader } from "../lib/pages";
import { readFinderUrl, toFinderUrl } from "../../src/islands/finder-url";
import { fromFinderPath } from "../../src/lib/listings/finder-path";
import { FINDER_PAGE, FINDER_RESULTS_PATH, SEARCH_DETAILS_PATH, SEARCH_INDEX_PATH } from "../../src/lib/pages/contract";
import { findListings } from "../../src/lib/search/find";
import type { SearchIndex } from "../../src/lib/search/search-index";
import { toLocalDateTime } from "../../src/lib/time/local";

/** The addresses a search is answered at: the finder's own (rewritten here) and the function's. */
const FINDER_ADDRESSES = new Set([FINDER_PAGE, FINDER_RESULTS_PATH, FINDER_RESULTS_PATH.slice(0, -1)]);

/** What the handler needs. */
export interface FindResultsDependencies {
  now: () => Date;
  pages: (request: Request) => PageLoader;
  /** How long a loaded page and index serve before the built index is checked again; a minute by default. */
  keepFor?: number;
  /**
   * The built search index's revision (its ETag) on the site a request came to, or undefined when it cannot be
   * told: a kept page and index go on serving while it is the one they were loaded at, and are loaded again
   * once a build has changed it (or it cannot be told).
   */
  revision?: (request: Request) => Promise<string | undefined>;
}

interface Loaded {
  page: string;
  index: SearchIndex;
}

/**
 * Builds the handler; it keeps the built page and the parsed index it loads, per site, checking every `keepFor`
 * that the built index is still the one it loaded, so a search finds what the latest build lists.
 */
export function createFindResultsHandler(deps: FindResultsDependencies) {
  const keepFor = deps.keepFor ?? 60_000;
  const kept = new Map<string, { loading: Promise<Loaded>; at: number; revision: string | undefined }>();

  const load = async (request: Request): Promise<Loaded> => {
    const origin = new URL(request.url).origin;
    const now = deps.now().getTime();
    const known = kept.get(origin);
    if (known && now - known.at < keepFor) return known.loading;
    const revision = await deps.revision?.(request).catch(() => undefined);
    if (known && revision !== undefined && revision === known.revision) {
      known.at = now;
      return known.loading;
    }
    const pages = deps.pages(request);
    const loading = Promise.all([pages(FINDER_PAGE), pages(SEARCH_INDEX_PATH), pages(SEARCH_DETAILS_PATH)]).then(
      ([page, first, details]) => ({ page, index: readSearchIndex(first, details) }),
    );
    kept.set(origin, { loading, at: now, revision });
    // A failed load is not kept: the next search tries again.
    loading.catch(() => {
      if (kept.get(origin)?.loading === loading) kept.delete(origin);
    });
    return loading;
  };

  return async (request: Request): Promise<Response> => {
    try {
      const url = new URL(request.url);
      const moved = fromFinderPath(url.pathname);
      if (moved) return movedPermanently(toFinderUrl(moved, readFinderUrl(url.search).view));
      const { page, index } = await load(request).catch((error: unknown) => {
        if (error instanceof PageUnavailableError || error instanceof SyntaxError)
          throw new HttpError(503, "The search is not available just now. Please try again in a minute.", {
            "retry-after": "60",
          });
        throw error;
      });
      if (!FINDER_ADDRESSES.has(url.pathname)) {
        const message = "There is no search at this address: the finder's searches are at /find/ now.";
        return html(404, renderFinderProblems(page, [{ param: "address", message }]));
      }
      const { query, problems } = readFinderUrl(url.search);
      if (problems.length > 0) return html(400, renderFinderProblems(page, problems));
      const results = findListings(index, query, toLocalDateTime(deps.now()));
      return html(200, renderFinderResults(page, query, results));
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** The built search index's ETag, from a HEAD request to the site the request came to. */
async function indexRevision(request: Request): Promise<string | undefined> {
  const response = await fetch(new URL(SEARCH_INDEX_PATH, request.url), { method: "HEAD" });
  return response.ok ? (response.headers.get("etag") ?? undefined) : undefined;
}

const handler = createFindResultsHandler({
  now: () => new Date(),
  pages: (request) => pagesFrom(request),
  revision: indexRevision,
});

export default withSiteHeaders((request: Request) => handler(request));

// FINDER_RESULTS_PATH; netlify.toml also sends here the finder's own address when it holds a search, and the
// finder's old addresses.
export const config: Config = { path: ["/find/results/", "/find/results"], method: "GET" };
