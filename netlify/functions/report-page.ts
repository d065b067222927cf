/**
 * Serves the "Is something wrong here?" form for one listing at /report/?listing=events/<id> (and /ur/report/ …),
 * reached from the short form on every listing's page, with the reason already chosen there. The form is drawn
 * with a freshly signed start time, so the report function can tell a person's fill time from a bot's, with or
 * without JavaScript. A listing that is not on the site gets a plain page saying so (404).
 */
import type { Config } from "@netlify/functions";
import { localeOfPath } from "../../src/lib/i18n/locales";
import { parseListing } from "../../src/lib/reports/model";
import { html, toErrorResponse, withSiteHeaders } from "../lib/http";
import { pagesFrom, type PageLoader } from "../lib/pages";
import { builtListings, formListing, notListedPage, reportFormPage, type ListingsSource } from "../lib/report-pages";
import { formSecret, notConfigured, signFormStart } from "../lib/security";

/** Builds the handler from its dependencies. */
export function createReportPageHandler(deps: {
  secret: string;
  now: () => Date;
  pages: (request: Request) => PageLoader;
  listings: ListingsSource;
}) {
  return async (request: Request): Promise<Response> => {
    try {
      const url = new URL(request.url);
      const locale = localeOfPath(url.pathname);
      const pages = deps.pages(request);
      const listing = formListing(
        await deps.listings(request),
        parseListing(url.searchParams.get("listing") ?? ""),
        locale,
      );
      const headers = { "referrer-policy": "no-referrer", "x-robots-tag": "noindex" };
      if (!listing) return html(404, await notListedPage(pages, locale), headers);
      const reason = url.searchParams.get("reason") ?? "";
      const page = await reportFormPage(pages, locale, {
        listing,
        values: { reason },
        errors: [],
        formStarted: signFormStart(deps.secret, deps.now()),
      });
      return html(200, page, headers);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

export default withSiteHeaders(async (request: Request) => {
  const secret = formSecret(Netlify.env);
  if (!secret) return notConfigured();
  const pages = (incoming: Request) => pagesFrom(incoming);
  return createReportPageHandler({ secret, now: () => new Date(), pages, listings: builtListings(pages) })(request);
});

// In every language (LOCALES): written out, as Netlify reads a function's config without running it.
export const config: Config = {
  path: [
    "/report",
    "/report/",
    "/ur/report",
    "/ur/report/",
    "/ar/report",
    "/ar/report/",
    "/pl/report",
    "/pl/report/",
    "/ro/report",
    "/ro/report/",
  ],
  method: "GET",
};
