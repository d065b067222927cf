/**
 * Pages the submission functions answer with, built from the site's own built pages so they look and
 * behave like every other page: the form page (with a fresh signed timestamp, and on error with what was
 * typed and every problem listed) and the confirmation and status pages. All text goes through React's
 * renderer, which escapes it.
 */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import SubmissionFields, { type FormOptions } from "../../src/forms/SubmissionFields";
import {
  FORM_STARTED_MARK,
  PAGE_TEMPLATE_HEADER,
  SUBMISSION_FORM_MARKS,
  SUBMISSION_FORM_OPTIONS_ID,
  escapeHtml,
  fillShell,
  spliceForm,
  type FormMarks,
} from "../../src/lib/pages/contract";
import type { FormField, FormValues } from "../../src/lib/submissions/form";
import type { SubmissionWords } from "../../src/lib/submissions/form-words";
import type { FieldMessage } from "../../src/lib/submissions/problems";

/** Fetches a built page of this site (the form or the shell), as text. */
export type PageLoader = (path: string) => Promise<string>;

/** Loads built pages from the site that the request came to. */
export function pagesFrom(request: Request, fetchImpl: typeof fetch = fetch): PageLoader {
  return async (path) => {
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, request.url), {
        headers: { accept: "text/html", [PAGE_TEMPLATE_HEADER]: "1" },
      });
    } catch {
      throw new PageUnavailableError(`The built page ${path} could not be fetched.`);
    }
    if (!response.ok) throw new PageUnavailableError(`The built page ${path} answered ${response.status}.`);
    return response.text();
  };
}

/** A built page a function draws on could not be had: named in the log, so the cause is plain. */
export class PageUnavailableError extends Error {
  override name = "PageUnavailableError";
}

/** The places and groups the built form page offers. */
export function readFormOptions(page: string): FormOptions {
  const open = `<script type="application/json" id="${SUBMISSION_FORM_OPTIONS_ID}">`;
  const start = page.indexOf(open);
  const end = start < 0 ? -1 : page.indexOf("</script>", start);
  return end > start ? (JSON.parse(page.slice(start + open.length, end)) as FormOptions) : { places: [], groups: [] };
}

/** The form page with a fresh signed timestamp for the island and the plain form. */
export function withFormStarted(page: string, formStarted: string): string {
  return page.replaceAll(FORM_STARTED_MARK, formStarted);
}

/** English's title of a page whose form came back with problems; a form in another language gives its own. */
const ERROR_TITLE = "Error: {title}";

/**
 * A page's title marked as an error page, as screen reader users expect ("Error: Submit an event | …"), in the
 * words of the page's language (`template`, with the title in `{title}`).
 */
export function withErrorTitle(page: string, template = ERROR_TITLE): string {
  const [before = "", after = ""] = template.split("{title}");
  return page.replace(/<title>([^<]*)<\/title>/, (_all, title: string) => {
    return `<title>${escapeHtml(before)}${title}${escapeHtml(after)}</title>`;
  });
}

/**
 * The form page as it was sent back with problems: the island is replaced by the plain form, holding what
 * was typed, with the error summary first; the title starts "Error:" (in the form's language) as screen reader
 * users expect.
 */
export function renderFormWithErrors(
  page: string,
  words: SubmissionWords,
  values: FormValues,
  errors: readonly FieldMessage<FormField>[],
  formStarted: string,
  notice?: string,
): string {
  const form = renderToStaticMarkup(
    createElement(SubmissionFields, { options: readFormOptions(page), words, values, errors, formStarted }),
  );
  return withNotice(withErrorTitle(spliceForm(page, SUBMISSION_FORM_MARKS, form), words.kit.errorTitle), notice);
}

/**
 * A built form page with its form (between `marks`) replaced by `form`, holding what was typed; with
 * problems or a notice, the title starts "Error:" as screen reader users expect, and the notice is above
 * the form.
 */
export function renderFormPage(
  page: string,
  marks: FormMarks,
  form: ReactElement,
  hasErrors: boolean,
  notice?: string,
  errorTitle = ERROR_TITLE,
): string {
  const body = spliceForm(page, marks, renderToStaticMarkup(form));
  return withNotice(hasErrors || notice !== undefined ? withErrorTitle(body, errorTitle) : body, notice);
}

/** The opening of every public form that functions draw again. */
const FORM_OPENING = '<form class="submission-form';

/** A notice above the form, for a problem that is not one field's (too many sent, a refused form). */
export function withNotice(page: string, notice: string | undefined): string {
  if (!notice) return page;
  const alert = renderToStaticMarkup(
    createElement("div", { className: "notice notice--alert", role: "alert" }, createElement("p", null, notice)),
  );
  return page.replace(FORM_OPENING, `${alert}${FORM_OPENING}`);
}

/** A page in the site's frame with a title and body. */
/**
 * The top of a private status page: just after sending, a confirmation panel with the reference to keep; later,
 * the page's heading. `dir` keeps a reference's letters and dashes in order on a right-to-left page.
 */
export function statusHeading(
  isNew: boolean,
  words: { sent: string; title: string; reference: string },
  reference: string,
  dir?: "ltr",
): ReactElement {
  return isNew
    ? createElement(
        "div",
        { className: "confirmation-panel" },
        createElement("h1", null, words.sent),
        createElement("p", null, words.reference, createElement("br"), createElement("strong", { dir }, reference)),
      )
    : createElement("h1", null, words.title);
}

export function renderInShell(shell: string, title: string, body: ReactElement): string {
  return fillShell(shell, title, renderToStaticMarkup(body));
}
