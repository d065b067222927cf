/**
 * Serves the submission form at /submit/, and the form for asking for a calendar to be added at
 * /submit/calendar/, in every language (/ur/submit/, /ur/submit/calendar/ …): the built page in that language
 * with a freshly signed timestamp, so the functions that receive them can tell a person's fill time from a bot's,
 * with or without JavaScript.
 */
import type { Config } from "@netlify/functions";
import { html, toErrorResponse, withSiteHeaders } from "../lib/http";
import { SOURCE_REQUEST_FORM_PAGE, SOURCE_REQUEST_FORM_PATH, SUBMISSION_FORM_PAGE } from "../../src/lib/pages/contract";
import { pagesFrom, withFormStarted, type PageLoader } from "../lib/pages";
import { formSecret, notConfigured, signFormStart } from "../lib/security";
import { localeOfPath, localePath, pathWithoutLocale } from "../../src/lib/i18n/locales";

/** Builds the handler from its dependencies. */
export function createSubmitPageHandler(deps: {
  secret: string;
  now: () => Date;
  pages: (request: Request) => PageLoader;
}) {
  return async (request: Request): Promise<Response> => {
    try {
      const path = new URL(request.url).pathname.replace(/\/?$/, "/");
      const locale = localeOfPath(path);
      const asked = pathWithoutLocale(path);
      const page = await deps.pages(request)(
        localePath(locale, asked === SOURCE_REQUEST_FORM_PATH ? SOURCE_REQUEST_FORM_PAGE : SUBMISSION_FORM_PAGE),
      );
      return html(200, withFormStarted(page, signFormStart(deps.secret, deps.now())), { "x-robots-tag": "all" });
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

export default withSiteHeaders(async (request: Request) => {
  const secret = formSecret(Netlify.env);
  if (!secret) return notConfigured();
  return createSubmitPageHandler({ secret, now: () => new Date(), pages: (incoming) => pagesFrom(incoming) })(request);
});

// In every language (LOCALES): written out, as Netlify reads a function's config without running it.
export const config: Config = {
  path: [
    "/submit",
    "/submit/",
    "/submit/calendar",
    "/submit/calendar/",
    "/ur/submit",
    "/ur/submit/",
    "/ur/submit/calendar",
    "/ur/submit/calendar/",
    "/ar/submit",
    "/ar/submit/",
    "/ar/submit/calendar",
    "/ar/submit/calendar/",
    "/pl/submit",
    "/pl/submit/",
    "/pl/submit/calendar",
    "/pl/submit/calendar/",
    "/ro/submit",
    "/ro/submit/",
    "/ro/submit/calendar",
    "/ro/submit/calendar/",
  ],
  method: "GET",
};
