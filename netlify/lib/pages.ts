/**
 * Pages the submission functions answer with, built from the site's own built pages so they look and
 * behave like every other page: the form page (with a fresh signed timestamp, and on error with what was
 * typed and every problem listed) and the confirmation and status pages. All text goes through React's
 * renderer, which escapes it.
 */
import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import SubmissionFields, { type FormOptions } from "../../src/islands/SubmissionFields";
import type { FieldError, FormValues } from "../../src/lib/submissions/form";

/** Fetches a built page of this site (the form or the shell), as text. */
export type PageLoader = (path: string) => Promise<string>;

/**
 * Marks a function's request for a built page. A built page is a file, never a function's answer: the local
 * server (scripts/serve.mjs) answers a marked request for a page that is not built with 404 at once, rather
 * than queueing it behind the very function that is waiting for it.
 */
export const PAGE_TEMPLATE_HEADER = "x-stoke-page-template";

/** Loads built pages from the site that the request came to. */
export function pagesFrom(request: Request, fetchImpl: typeof fetch = fetch): PageLoader {
  return async (path) => {
    const response = await fetchImpl(new URL(path, request.url), {
      headers: { accept: "text/html", [PAGE_TEMPLATE_HEADER]: "1" },
    });
    if (!response.ok) throw new Error(`The built page ${path} answered ${response.status}.`);
    return response.text();
  };
}

/** The built form page, at /submit/form/. */
export const FORM_PAGE = "/submit/form/";
/** The built page frame, at /submit/shell/. */
export const SHELL_PAGE = "/submit/shell/";

const ROOT_START = '<div id="submission-form-root">';
const ROOT_END = '<div id="submission-form-end" hidden></div>';

/** The places and groups the built form page offers. */
export function readFormOptions(page: string): FormOptions {
  const match = /<script type="application\/json" id="submission-form-options">([\s\S]*?)<\/script>/.exec(page);
  return match?.[1] ? (JSON.parse(match[1]) as FormOptions) : { places: [], groups: [] };
}

/** The form page with a fresh signed timestamp for the island and the plain form. */
export function withFormStarted(page: string, formStarted: string): string {
  return page.replaceAll("FORM_STARTED_PLACEHOLDER", formStarted);
}

/**
 * The form page as it was sent back with problems: the island is replaced by the plain form, holding what
 * was typed, with the error summary first; the title starts "Error:" as screen reader users expect.
 */
export function renderFormWithErrors(
  page: string,
  values: FormValues,
  errors: readonly FieldError[],
  formStarted: string,
): string {
  const form = renderToStaticMarkup(
    createElement(SubmissionFields, { options: readFormOptions(page), values, errors, formStarted }),
  );
  const start = page.indexOf(ROOT_START);
  const end = page.indexOf(ROOT_END);
  const body = start >= 0 && end > start ? `${page.slice(0, start)}${ROOT_START}${form}</div>${page.slice(end)}` : page;
  return body.replace(/<title>/, "<title>Error: ");
}

/** A page in the site's frame with a title and body. */
export function renderInShell(shell: string, title: string, body: ReactElement): string {
  const markup = renderToStaticMarkup(body);
  const escapedTitle = renderToStaticMarkup(createElement("span", null, title)).slice(6, -7);
  return shell
    .replaceAll("PAGE_TITLE_PLACEHOLDER", escapedTitle)
    .replace(
      '<div class="submit-page" id="page-slot"></div>',
      `<div class="submit-page" id="page-slot">${markup}</div>`,
    );
}
