/**
 * Serves the buddy-up forms with a freshly signed timestamp, so the functions can tell a person's fill time
 * from a bot's, with or without JavaScript: /buddy-up/ask/<event>/ (the request form for an event) and
 * /buddy-up/report/ (the report form; from a status page it carries the request's reference and token), and
 * the same in every other language under its prefix (/ur/buddy-up/ask/<event>/), in that language.
 */
import type { Config } from "@netlify/functions";
import { createElement as h } from "react";
import { HttpError, html, toErrorResponse, withSiteHeaders } from "../lib/http";
import { localePath, pathWithoutLocale } from "../../src/lib/i18n/locales";
import { messagesFor } from "../../src/lib/i18n/messages";
import {
  buddyTemplates,
  localeOfAddress,
  renderBuddyPage,
  renderReportForm,
  withFormStarted,
} from "../lib/buddy-pages";
import { createBuddyStore, openBuddyStore, type BuddyStore } from "../lib/buddy-store";
import { pagesFrom, type PageLoader } from "../lib/pages";
import { formSecret, notConfigured, signFormStart, statusTokenMatches } from "../lib/security";

/** What the page handler needs. */
export interface BuddyPageDependencies {
  store: BuddyStore;
  secret: string;
  now: () => Date;
  pages: (request: Request) => PageLoader;
}

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Builds the handler from its dependencies. */
export function createBuddyPageHandler(deps: BuddyPageDependencies) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const pages = deps.pages(request);
    const locale = localeOfAddress(url);
    const templates = buddyTemplates(locale);
    const words = messagesFor(locale).buddyForms.notFound;
    const path = pathWithoutLocale(url.pathname);
    const formStarted = signFormStart(deps.secret, deps.now());
    try {
      const ask = /^\/buddy-up\/ask\/([^/]+)\/?$/.exec(path);
      if (ask) {
        const eventId = ask[1] ?? "";
        if (!EVENT_ID.test(eventId)) throw new HttpError(404, words.noEvent);
        let page: string;
        try {
          page = await pages(templates.requestForm(eventId));
        } catch {
          throw new HttpError(404, words.noEvent);
        }
        return html(200, withFormStarted(page, formStarted));
      }
      if (/^\/buddy-up\/report\/?$/.test(path)) {
        const page = await pages(templates.reportForm);
        const id = url.searchParams.get("ref") ?? "";
        const token = url.searchParams.get("token") ?? "";
        if (!id && !token) return html(200, withFormStarted(page, formStarted), { "x-robots-tag": "all" });
        // From a status page: the report is tied to the request only if the link is genuine.
        const found = await deps.store.getRequest(id);
        const genuine = found && statusTokenMatches(token, found.record.tokenHash);
        return html(
          200,
          renderReportForm(
            page,
            {
              values: {},
              errors: [],
              request: genuine ? { id, token, reference: found.record.reference } : undefined,
              locale,
            },
            formStarted,
          ),
          { "referrer-policy": "no-referrer" },
        );
      }
      throw new HttpError(404, words.noPage);
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) {
        try {
          const shell = await pages(templates.shell);
          const body = h(
            "div",
            null,
            h("h1", null, words.title),
            h("p", null, error.publicMessage),
            h("p", null, h("a", { href: localePath(locale, "/buddy-up/") }, words.events)),
          );
          return html(404, renderBuddyPage(shell, words.title, body));
        } catch {
          return toErrorResponse(error);
        }
      }
      return toErrorResponse(error);
    }
  };
}

export default withSiteHeaders(async (request: Request) => {
  const secret = formSecret(Netlify.env);
  if (!secret) return notConfigured();
  return createBuddyPageHandler({
    store: createBuddyStore(openBuddyStore()),
    secret,
    now: () => new Date(),
    pages: (incoming) => pagesFrom(incoming),
  })(request);
});
// Each address in every language; a test keeps the list to LOCALES (tests/functions/buddy-i18n.test.ts).
export const config: Config = {
  path: [
    "/buddy-up/ask/*",
    "/buddy-up/report",
    "/buddy-up/report/",
    "/ur/buddy-up/ask/*",
    "/ur/buddy-up/report",
    "/ur/buddy-up/report/",
    "/ar/buddy-up/ask/*",
    "/ar/buddy-up/report",
    "/ar/buddy-up/report/",
    "/pl/buddy-up/ask/*",
    "/pl/buddy-up/report",
    "/pl/buddy-up/report/",
    "/ro/buddy-up/ask/*",
    "/ro/buddy-up/report",
    "/ro/buddy-up/report/",
  ],
  method: "GET",
};
