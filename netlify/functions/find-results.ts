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
import { localeOfPath, localePath, pathWithoutLocale, type Locale } from "../../src/lib/i18n/locales";
import { finderWordsFor } from "../../src/lib/i18n/finder-words";

/** The addresses a search is answered at, in each language: the finder's own (rewritten here) and the function's. */
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
  index: Promise<SearchIndex>;
  /** The built finder page in each language asked for so far. */
  pages: Map<Locale, Promise<string>>;
  loader: PageLoader;
}

/**
 * Builds the handler; it keeps the built page and the parsed index it loads, per site, checking every `keepFor`
 * that the built index is still the one it loaded, so a search finds what the latest build lists.
 */
export function createFindResultsHandler(deps: FindResultsDependencies) {
  const keepFor = deps.keepFor ?? 60_000;
  const kept = new Map<string, { loaded: Loaded; at: number; revision: string | undefined }>();

  /** What a site has built, kept while its index is the one loaded; a failed load is not kept. */
  const loadedFor = async (request: Request): Promise<Loaded> => {
    const origin = new URL(request.url).origin;
    const now = deps.now().getTime();
    const known = kept.get(origin);
    if (known && now - known.at < keepFor) return known.loaded;
    const revision = await deps.revision?.(request).catch(() => undefined);
    if (known && revision !== undefined && revision === known.revision) {
      known.at = now;
      return known.loaded;
    }
    const loader = deps.pages(request);
    const index = Promise.all([loader(SEARCH_INDEX_PATH), loader(SEARCH_DETAILS_PATH)]).then(([first, details]) =>
      readSearchIndex(first, details),
    );
    const loaded: Loaded = { index, pages: new Map(), loader };
    kept.set(origin, { loaded, at: now, revision });
    index.catch(() => {
      if (kept.get(origin)?.loaded === loaded) kept.delete(origin);
    });
    return loaded;
  };

  const load = async (request: Request, locale: Locale): Promise<{ page: string; index: SearchIndex }> => {
    const loaded = await loadedFor(request);
    let page = loaded.pages.get(locale);
    if (page === undefined) {
      page = loaded.loader(localePath(locale, FINDER_PAGE));
      loaded.pages.set(locale, page);
      const failed = page;
      failed.catch(() => {
        if (loaded.pages.get(locale) === failed) loaded.pages.delete(locale);
      });
    }
    const [built, index] = await Promise.all([page, loaded.index]);
    return { page: built, index };
  };

  return async (request: Request): Promise<Response> => {
    try {
      const url = new URL(request.url);
      const moved = fromFinderPath(url.pathname);
      if (moved) return movedPermanently(toFinderUrl(moved, readFinderUrl(url.search).view));
      const locale = localeOfPath(url.pathname);
      const words = finderWordsFor(locale);
      const { page, index } = await load(request, locale).catch((error: unknown) => {
        if (error instanceof PageUnavailableError || error instanceof SyntaxError)
          throw new HttpError(503, words.text.problems.unavailable, { "retry-after": "60" });
        throw error;
      });
      if (!FINDER_ADDRESSES.has(pathWithoutLocale(url.pathname))) {
        const message = "There is no search at this address: the finder's searches are at /find/ now.";
        return html(404, renderFinderProblems(page, [{ param: "address", message }], words));
      }
      const { query, problems } = readFinderUrl(url.search);
      if (problems.length > 0) return html(400, renderFinderProblems(page, problems, words));
      const results = findListings(index, query, toLocalDateTime(deps.now()));
      return html(200, renderFinderResults(page, query, results, words));
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

// FINDER_RESULTS_PATH in every language (Netlify reads this config as written, so the languages are spelt out; a
// test keeps them the same as LOCALES); netlify.toml also sends here the finder's own address in every language
// when it holds a search, and the finder's old addresses.
export const config: Config = {
  path: [
    "/find/results/",
    "/find/results",
    "/ur/find/results/",
    "/ur/find/results",
    "/ar/find/results/",
    "/ar/find/results",
    "/pl/find/results/",
    "/pl/find/results",
    "/ro/find/results/",
    "/ro/find/results",
  ],
  method: "GET",
};
