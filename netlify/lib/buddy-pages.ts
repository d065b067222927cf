/**
 * The pages the buddy-up functions answer with, built from the site's own built pages: the request and
 * report forms (with a fresh signed timestamp, and on error with what was typed and every problem listed),
 * and the status, confirmation and error pages in the buddy-up frame. All text goes through React's
 * renderer, which escapes it.
 */
import { createElement, type ReactElement } from "react";
import BuddyReportFields from "../../src/forms/BuddyReportFields";
import BuddyRequestFields from "../../src/forms/BuddyRequestFields";
import type { DateChoice, FieldProblem, FormValues, ReportField, RequestField } from "../../src/lib/buddy/request-form";
import { BUDDY_FORM_MARKS } from "../../src/lib/pages/contract";
import { renderFormPage, renderInShell, withFormStarted } from "./pages";

/** The request form page with what was typed, every problem, and a fresh signed timestamp. */
export function renderRequestForm(
  page: string,
  form: {
    eventId: string;
    dates: readonly DateChoice[];
    values: FormValues;
    errors: readonly FieldProblem<RequestField>[];
  },
  formStarted: string,
  notice?: string,
): string {
  const element = createElement(BuddyRequestFields, { ...form, formStarted });
  return renderFormPage(page, BUDDY_FORM_MARKS, element, form.errors.length > 0, notice);
}

/** The report form page: fresh, from a status page (about a request), or with what was typed and problems. */
export function renderReportForm(
  page: string,
  form: {
    values: FormValues;
    errors: readonly FieldProblem<ReportField>[];
    request?: { id: string; token: string; reference: string } | undefined;
  },
  formStarted: string,
  notice?: string,
): string {
  const element = createElement(BuddyReportFields, { ...form, formStarted });
  return renderFormPage(page, BUDDY_FORM_MARKS, element, form.errors.length > 0, notice);
}

/** A built page with only its signed timestamp filled in. */
export { withFormStarted };

/** A page in the buddy-up frame. */
export function renderBuddyPage(shell: string, title: string, body: ReactElement): string {
  return renderInShell(shell, title, body);
}
