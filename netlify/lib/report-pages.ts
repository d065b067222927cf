/**
 * The pages the report functions answer with, drawn in the report frame (REPORT_SHELL_PAGE) in the page's
 * language: the form for one listing (with a fresh signed start time, and again with what was typed and every
 * problem), the sent and status pages, and a plain page for a listing that is not on the site. The frame's
 * language switcher is pointed at this same page, query and all.
 */
import { createElement as h, type ReactElement } from "react";
import ReportFields from "../../src/forms/ReportFields";
import { LOCALES, localePath, type Locale } from "../../src/lib/i18n/locales";
import { messagesFor } from "../../src/lib/i18n/messages";
import { hrefIn } from "../../src/lib/i18n/routes";
import { REPORT_FORM_PATH, REPORT_LISTINGS_PATH, REPORT_SHELL_PAGE } from "../../src/lib/pages/contract";
import { findListing, type ReportableListing, type ReportableListings } from "../../src/lib/reports/listings";
import { listingPath, type ListingRef } from "../../src/lib/reports/model";
import type { FormValues } from "../../src/lib/reports/form";
import type { ReportFieldMessage } from "../../src/lib/reports/words";
import { FormExpiredError, FormRefusedError, TooManyFormsError } from "./form-guard";
import type { HttpError } from "./http";
import { renderInShell, withErrorTitle, withNotice, type PageLoader } from "./pages";

/** Where the report functions find the listings a report can name. */
export type ListingsSource = (request: Request) => Promise<ReportableListings>;

/** The listings as the build published them (REPORT_LISTINGS_PATH), from the site the request came to. */
export function builtListings(pages: (request: Request) => PageLoader): ListingsSource {
  return async (request) => JSON.parse(await pages(request)(REPORT_LISTINGS_PATH)) as ReportableListings;
}

/** A listing the form names, with its own name and its page in the form's language. */
export type FormListing = ListingRef & { title: string; href: string };

/** The listing `ref` names, ready for the form; undefined when it is not on the site. */
export function formListing(
  listings: ReportableListings,
  ref: ListingRef | undefined,
  locale: Locale,
): (FormListing & { entry: ReportableListing }) | undefined {
  const entry = ref ? findListing(listings, ref) : undefined;
  if (!ref || !entry) return undefined;
  return { ...ref, title: entry.title, href: hrefIn(locale, listingPath(ref)), entry };
}

/** The frame with its language switcher pointed at `path` with `query` in each language. */
function switchingTo(page: string, path: string, query: string): string {
  return LOCALES.reduce((drawn, locale) => {
    const bare = `?to=${encodeURIComponent(localePath(locale, REPORT_FORM_PATH))}"`;
    return drawn.replaceAll(bare, `?to=${encodeURIComponent(localePath(locale, path) + query)}"`);
  }, page);
}

/** A page in the report frame, in `locale`, at `path` (with `query`) for the language switcher. */
export async function reportPage(
  pages: PageLoader,
  locale: Locale,
  title: string,
  body: ReactElement,
  at: { path: string; query: string },
): Promise<string> {
  const shell = await pages(localePath(locale, REPORT_SHELL_PAGE));
  return switchingTo(renderInShell(shell, title, body), at.path, at.query);
}

/** The form page for one listing: with what was typed, its problems, and a notice above it when refused. */
export async function reportFormPage(
  pages: PageLoader,
  locale: Locale,
  form: { listing: FormListing; values: FormValues; errors: readonly ReportFieldMessage[]; formStarted: string },
  notice?: string,
): Promise<string> {
  const t = messagesFor(locale).report.form;
  const query = `?listing=${encodeURIComponent(`${form.listing.kind}/${form.listing.id}`)}`;
  const body = h(
    "div",
    null,
    h("p", { className: "back-link" }, h("a", { href: form.listing.href }, t.back)),
    h("h1", null, t.title),
    h("p", { className: "lede" }, t.lede),
    h(ReportFields, { locale, ...form }),
  );
  const page = await reportPage(pages, locale, t.title, body, { path: REPORT_FORM_PATH, query });
  const marked = form.errors.length > 0 || notice !== undefined ? withErrorTitle(page, t.errorTitle) : page;
  return withNotice(marked, notice);
}

/** The page for a listing that is not on the site (an old link, or a made-up one). */
export async function notListedPage(pages: PageLoader, locale: Locale): Promise<string> {
  const words = messagesFor(locale).report;
  const body = h(
    "div",
    null,
    h("h1", null, words.form.title),
    h("p", null, words.problems.listing.notListed),
    h("p", null, h("a", { href: hrefIn(locale, "/find/") }, messagesFor(locale).site.nav.find)),
  );
  return reportPage(pages, locale, words.form.title, body, { path: REPORT_FORM_PATH, query: "" });
}

/** What a refused form says above itself, in its language. */
export function reportNotice(locale: Locale, notice: string | undefined, refusal: HttpError | undefined) {
  const words = messagesFor(locale).report.notices;
  if (refusal instanceof FormExpiredError) return words.expired;
  if (refusal instanceof FormRefusedError) return words.refused;
  if (refusal instanceof TooManyFormsError) return words.tooMany;
  if (refusal?.status === 503) return words.unavailable;
  return notice;
}
