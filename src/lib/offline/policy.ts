/**
 * What the service worker (src/service-worker/sw.ts) keeps on a resident's phone, and what it never keeps: the
 * rules as plain functions of a path, so they are tested without a browser. Nothing here knows of the worker's
 * caches or the clock.
 */
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "../i18n/locales";
import { MY_LIST_DATA_PATH } from "../my-list/saved";

/**
 * Data a kept page reads as it opens: the My list page's listings with their next dates. Answered from the network
 * and kept, and from the last copy kept when there is no signal, so the list shows its dates on a bus.
 */
export const KEPT_DATA: readonly string[] = [MY_LIST_DATA_PATH];

/**
 * Addresses the worker never answers and never keeps: every Netlify Function's address (config.path in
 * netlify/functions/*.ts; tests/unit/offline-policy.test.ts reads them all, so a new function cannot be left
 * out) and the staff's pages. Each is a path prefix after the language prefix, except those starting "^",
 * which are regular expressions over the whole path. Function answers are personal (status links, a buddy-up
 * request), change with every request (the finder's results, a calendar link) or carry a form's one-time
 * tokens (the submission form).
 */
export const NEVER_KEPT: readonly string[] = [
  // Every function under /api/ (submissions, buddy-up, moderation, coordination, open data, the events API).
  "/api/",
  "/.netlify/",
  // The staff's pages: the moderation console and the coordinators' queue.
  "/moderate/",
  "/coordinate/",
  // Pages a function draws for each request.
  "/submit/",
  "/submit",
  // Reporting a wrong listing: the form (with its one-time tokens) and the reporter's private status page.
  "/report",
  "/find/results",
  "/calendar/link",
  "/buddy-up/ask/",
  "/buddy-up/report",
  "/buddy-up/status",
  "/embed/group/",
  "/embed/place/",
  "/embed/town/",
  "/language/",
  // Short links on printed posters, answered with a redirect.
  "/e/",
  // An event's QR code, drawn by a function.
  "^/events/[^/]+/qr\\.svg$",
];

/** The language a site path is in, from its prefix (/ur/events/… is Urdu); English for the site's own addresses. */
export function localeOfPath(path: string): Locale {
  const code = /^\/([a-z]{2})(?:\/|$)/.exec(path)?.[1];
  return code !== undefined && isLocale(code) && code !== DEFAULT_LOCALE ? code : DEFAULT_LOCALE;
}

/** A path without its language prefix: /ur/events/x/ → /events/x/. */
function bare(path: string): string {
  const locale = localeOfPath(path);
  return locale === DEFAULT_LOCALE ? path : path.slice(locale.length + 1) || "/";
}

/**
 * Whether the worker must leave a path alone: never answer it from a cache, never keep its answer.
 * @example isNeverKept("/submit/status/") // true
 * @example isNeverKept("/ur/find/results/") // true
 * @example isNeverKept("/events/x/") // false
 */
export function isNeverKept(path: string): boolean {
  const candidates = [path, bare(path)];
  return NEVER_KEPT.some((rule) =>
    rule.startsWith("^")
      ? candidates.some((candidate) => new RegExp(rule).test(candidate))
      : candidates.some((candidate) => candidate === rule || candidate.startsWith(rule)),
  );
}

/**
 * Whether the worker may keep the page a browser opened at this address: a GET of one of the site's own pages,
 * with no query string (a query is a search or a function's answer: /find/?q=yoga is the finder's results), and
 * not an address it must leave alone.
 */
export function isKeepablePage(url: URL, origin: string, method = "GET"): boolean {
  return method === "GET" && url.origin === origin && url.search === "" && !isNeverKept(url.pathname);
}

/** The listings' sections: a saved listing's page is /<section>/<id>/, in any language. */
const LISTING_SECTIONS = ["events", "groups", "places", "services"] as const;
const LISTING_PAGE = new RegExp(
  `^(?:/(?:${LOCALES.filter((code) => code !== DEFAULT_LOCALE).join("|")}))?/(?:${LISTING_SECTIONS.join("|")})/[a-z0-9][a-z0-9-]*/$`,
);
const MY_LIST_PAGE = new RegExp(`^(?:/(?:${LOCALES.filter((code) => code !== DEFAULT_LOCALE).join("|")}))?/my-list/$`);

/** The most pages one "keep-pages" message may ask for: a list longer than this keeps its first ones. */
export const MAX_KEPT_PAGES = 60;

/**
 * The pages a "keep-pages" message from the My list page asks the worker to keep, as same-origin paths: only
 * listing pages (/events/x/, /ur/groups/y/) and the My list page in each language, each once, at most
 * MAX_KEPT_PAGES. Anything else in the message (another site, a query string, a function's address) is ignored.
 * @example pagesToKeep({ type: "keep-pages", urls: ["/events/a/", "https://x.example/"] }, "https://s.org") // ["/events/a/"]
 */
export function pagesToKeep(message: unknown, origin: string): string[] {
  if (typeof message !== "object" || message === null) return [];
  const { type, urls } = message as { type?: unknown; urls?: unknown };
  if (type !== "keep-pages" || !Array.isArray(urls)) return [];
  const kept = new Set<string>();
  for (const entry of urls) {
    if (kept.size >= MAX_KEPT_PAGES) break;
    if (typeof entry !== "string" || !entry.startsWith("/") || entry.startsWith("//")) continue;
    if (!URL.canParse(entry, origin)) continue;
    const url = new URL(entry, origin);
    if (url.origin !== origin || url.search !== "" || url.hash !== "") continue;
    if (!LISTING_PAGE.test(url.pathname) && !MY_LIST_PAGE.test(url.pathname)) continue;
    if (isNeverKept(url.pathname)) continue;
    kept.add(url.pathname);
  }
  return [...kept];
}

/** The offline page in a language, the worker's answer for a page it has not kept. */
export function offlinePagePath(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? "/offline/" : `/${locale}/offline/`;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? "");

/** Where the notice goes: at the top of the page's main landmark, the first thing after the skip link lands. */
const MAIN_OPENING = /<main\b[^>]*>/;

/**
 * A kept page's HTML with the offline notice at the top of its main content: what it says (in the page's
 * language), and a link to the same page to try for the latest copy. The page's HTML is otherwise as it was
 * kept; HTML without a main element comes back unchanged.
 */
export function withOfflineNotice(html: string, notice: { text: string; retry: string; href: string }): string {
  const opening = MAIN_OPENING.exec(html);
  if (!opening) return html;
  const at = opening.index + opening[0].length;
  const banner =
    `<div class="offline-notice" role="status" data-offline-notice><div class="container">` +
    `<p>${escapeHtml(notice.text)} <a href="${escapeHtml(notice.href)}">${escapeHtml(notice.retry)}</a></p>` +
    `</div></div>`;
  return html.slice(0, at) + banner + html.slice(at);
}

/**
 * When a kept page was saved, in its language's words: the day (3 December) and the time (14:05), on the
 * city's clock.
 */
export function savedAtParts(intlTag: string, savedAt: Date): { day: string; time: string } {
  const day = new Intl.DateTimeFormat(intlTag, { day: "numeric", month: "long", timeZone: "Europe/London" });
  const time = new Intl.DateTimeFormat(intlTag, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "Europe/London",
  });
  return { day: day.format(savedAt), time: time.format(savedAt) };
}
