/**
 * The contract between the built pages that functions answer with and the functions themselves: which
 * built pages are templates, the marks each carries, and how a function fills them. Pages, functions and
 * tests import these names, so a mark renamed here is renamed everywhere and cannot silently break a page.
 */

/** The title mark in a frame page (the submission and buddy-up shells), replaced with the page's title. */
export const PAGE_TITLE_MARK = "PAGE_TITLE_PLACEHOLDER";
/** The signed form-start mark in a form page, replaced with a fresh signed timestamp on every answer. */
export const FORM_STARTED_MARK = "FORM_STARTED_PLACEHOLDER";
/** The id of a frame page's empty body, which a function fills with the page's content. */
export const PAGE_SLOT_ID = "page-slot";

/** Where a form page's form sits: its root element, and an empty element just after it. */
export interface FormMarks {
  rootId: string;
  endId: string;
}
/** The event submission form's marks (src/pages/[...locale]/submit/form.astro). */
export const SUBMISSION_FORM_MARKS: FormMarks = { rootId: "submission-form-root", endId: "submission-form-end" };
/** The id of the JSON block on the submission form page that lists the places and groups it offers. */
export const SUBMISSION_FORM_OPTIONS_ID = "submission-form-options";
/** The form for asking for a calendar to be added (src/pages/[...locale]/submit/calendar-form.astro). */
export const SOURCE_REQUEST_FORM_MARKS: FormMarks = { rootId: "calendar-form-root", endId: "calendar-form-end" };
/** The buddy-up request and report forms' marks (src/pages/buddy-up/). */
export const BUDDY_FORM_MARKS: FormMarks = { rootId: "buddy-form-root", endId: "buddy-form-end" };

/** The finder's page (src/pages/find/): its search form, and its results below the count. */
export const FINDER_FORM_MARKS: FormMarks = { rootId: "finder-form", endId: "finder-form-end" };
export const FINDER_RESULTS_MARKS: FormMarks = { rootId: "finder-results", endId: "finder-results-end" };
/** The id of the finder's count text, a span inside its status line. */
export const FINDER_COUNT_ID = "finder-count";
/** The id of the JSON block on the finder's page that lists the wards its form offers. */
export const FINDER_WARDS_ID = "finder-wards";

/** The feed builder's answer page (src/pages/[...locale]/calendar/link-template.astro, in every language): its title and result marks. */
export const FEED_LINK_TITLE_MARK = "__FEED_LINK_TITLE__";
export const FEED_LINK_RESULT_MARK = "__FEED_LINK_RESULT__";

/** The built template pages, by address. */
export const SUBMISSION_FORM_PAGE = "/submit/form/";
export const SUBMISSION_SHELL_PAGE = "/submit/shell/";
/** The form for asking for a calendar to be added, served at SOURCE_REQUEST_FORM_PATH. */
export const SOURCE_REQUEST_FORM_PAGE = "/submit/calendar-form/";
export const SOURCE_REQUEST_FORM_PATH = "/submit/calendar/";
/** Where a group is sent once its request is kept: what happens next. */
export const SOURCE_REQUEST_SENT_PAGE = "/submit/calendar/sent/";
export const BUDDY_REPORT_FORM_PAGE = "/buddy-up/report-form/";
export const BUDDY_SHELL_PAGE = "/buddy-up/shell/";
/** The finder, built with its whole list; a search with words or filters is answered at FINDER_RESULTS_PATH. */
export const FINDER_PAGE = "/find/";
export const FINDER_RESULTS_PATH = "/find/results/";
/** The finder's search data, as the finder in the browser loads it: what a first result needs (search-file.ts)… */
export const SEARCH_INDEX_PATH = "/search-index.json";
/** …and the summaries and the longer fields' words. */
export const SEARCH_DETAILS_PATH = "/search-details.json";

/** The open data documentation page: every API, and how to use it. */
export const OPEN_DATA_PAGE = "/open-data/";
/** The built request form of one event with buddy-up. */
export const buddyRequestFormPage = (eventId: string) => `/buddy-up/form/${eventId}/`;
/**
 * An embeddable list's built page, as a file the embed-page function reads (netlify.toml bundles them).
 * @example embedPageFile("group", "hanley-health-walks") // "dist/embed/group/hanley-health-walks/index.html"
 */
export const embedPageFile = (kind: string, id: string) => `dist/embed/${kind}/${id}/index.html`;
/** The feed builder's answer page, as a file the function reads (netlify.toml bundles it). */
export const FEED_LINK_TEMPLATE_FILE = "dist/calendar/link-template/index.html";
/**
 * The feed builder's answer page in one language (English at FEED_LINK_TEMPLATE_FILE).
 * @example feedLinkTemplateFile("pl") // "dist/pl/calendar/link-template/index.html"
 */
export const feedLinkTemplateFile = (locale: string) =>
  locale === "en" ? FEED_LINK_TEMPLATE_FILE : `dist/${locale}/calendar/link-template/index.html`;

/**
 * Marks a function's request for a built template page. A template is a file, never a function's answer:
 * the local server (scripts/serve.mjs) answers a marked request for a page that is not built with 404 at
 * once, rather than queueing it behind the very function that is waiting for it.
 */
export const PAGE_TEMPLATE_HEADER = "x-stoke-page-template";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made safe for HTML content and quoted attributes: the one escaper for HTML written by hand.
 * @example escapeHtml('<b>"Tea & cake"</b>') // "&lt;b&gt;&quot;Tea &amp; cake&quot;&lt;/b&gt;"
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * A form page with the markup between its form's marks replaced (the island by the plain form holding what
 * was typed). A page without the marks is returned as it was.
 * @example spliceForm(page, SUBMISSION_FORM_MARKS, "<form>…</form>")
 */
export function spliceForm(page: string, marks: FormMarks, markup: string): string {
  const rootStart = `<div id="${marks.rootId}">`;
  const start = page.indexOf(rootStart);
  const end = page.indexOf(`<div id="${marks.endId}" hidden></div>`);
  if (start < 0 || end <= start) return page;
  return `${page.slice(0, start)}${rootStart}${markup}</div>${page.slice(end)}`;
}

/**
 * A frame page with its title (as text) and body (as HTML) filled in.
 * @example fillShell(shell, "Your reference", "<p>…</p>")
 */
export function fillShell(shell: string, title: string, bodyHtml: string): string {
  const slot = `id="${PAGE_SLOT_ID}"></div>`;
  return shell.replaceAll(PAGE_TITLE_MARK, escapeHtml(title)).replace(slot, `id="${PAGE_SLOT_ID}">${bodyHtml}</div>`);
}

/**
 * A page with the text of the span with this id replaced by `markup`. A page without it is returned as it was.
 * @example fillSpan('<p><span id="finder-count">3 events.</span></p>', "finder-count", "No results.")
 */
export function fillSpan(page: string, id: string, markup: string): string {
  const open = `<span id="${id}">`;
  const start = page.indexOf(open);
  const end = start < 0 ? -1 : page.indexOf("</span>", start);
  if (end < 0) return page;
  return `${page.slice(0, start + open.length)}${markup}${page.slice(end)}`;
}

/**
 * A page with its title's own part (before " | " and the site's name) replaced by `title`, as text.
 * @example retitle("<title>Find | Stoke Together</title>", "Find “yoga”") // "<title>Find “yoga” | Stoke Together</title>"
 */
export function retitle(page: string, title: string): string {
  return page.replace(/<title>([^<]*?)( \| [^<|]*)?<\/title>/, (_all, _own: string, site: string | undefined) => {
    return `<title>${escapeHtml(title)}${site ?? ""}</title>`;
  });
}

/** The frame the report functions fill in, in every language: the report form, its sent and status pages. */
export const REPORT_SHELL_PAGE = "/report/shell/";
/** Where the report form is served (with the listing in its query), in every language. */
export const REPORT_FORM_PATH = "/report/";
/** A report's private status page, in every language. */
export const REPORT_STATUS_PATH = "/report/status/";
/** The listings a report can name, with their names and sources, as the build wrote them. */
export const REPORT_LISTINGS_PATH = "/report/listings.json";
