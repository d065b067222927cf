/**
 * The private status page of a submission, in the language of the address it is asked at (/submit/status/,
 * /ur/submit/status/ …): reached only with its unguessable token, never indexed. Says whether it is waiting,
 * published (with a link), or not published and why. Shows nothing private; what was submitted is shown as
 * typed, and a moderator's reason as written.
 */
import type { Config } from "@netlify/functions";
import { createElement as h } from "react";
import { HttpError, html, json, refusalPage, toErrorResponse, wantsJson, withSiteHeaders } from "../lib/http";
import { SUBMISSION_SHELL_PAGE } from "../../src/lib/pages/contract";
import { LOCALES, localeOfPath, localePath, type Locale } from "../../src/lib/i18n/locales";
import { messagesFor } from "../../src/lib/i18n/messages";
import { hrefIn } from "../../src/lib/i18n/routes";
import { pagesFrom, renderInShell, statusHeading, type PageLoader } from "../lib/pages";
import { statusTokenMatches } from "../lib/security";
import { createSubmissionStore, openSubmissionsStore, type SubmissionStore } from "../lib/submission-store";

const STATUS_PATH = "/submit/status/";

/**
 * The page with its language switcher's links to this same status page in each language, link and all (the
 * built frame's links know only the page's address, not its private query).
 */
function switchingWithQuery(page: string, query: string): string {
  return LOCALES.reduce((drawn, locale) => {
    const bare = `?to=${encodeURIComponent(localePath(locale, STATUS_PATH))}"`;
    return drawn.replaceAll(bare, `?to=${encodeURIComponent(localePath(locale, STATUS_PATH) + query)}"`);
  }, page);
}

/** The answer for an unknown reference or a wrong token: the same for both, so neither can be probed. */
class NotFound extends HttpError {
  constructor(readonly locale: Locale) {
    super(404, messagesFor(locale).submit.status.notFound);
  }
}

/** Builds the handler from its dependencies. */
export function createStatusHandler(deps: { store: SubmissionStore; pages: (request: Request) => PageLoader }) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const locale = localeOfPath(url.pathname);
    const t = messagesFor(locale).submit.status;
    const shellPage = localePath(locale, SUBMISSION_SHELL_PAGE);
    try {
      const id = url.searchParams.get("ref") ?? "";
      const token = url.searchParams.get("token") ?? "";
      const found = await deps.store.get(id);
      if (!found || !statusTokenMatches(token, found.record.tokenHash)) throw new NotFound(locale);
      const { record } = found;
      // A decision the submitter is given the reason for.
      const explained = record.status === "rejected" || record.status === "withdrawn";
      const eventPath = record.decision?.eventId ? `/events/${record.decision.eventId}/` : undefined;
      if (wantsJson(request)) {
        return json(200, {
          reference: record.reference,
          status: record.status,
          title: record.event.title,
          ...(explained ? { reason: record.decision?.reason } : {}),
          ...(eventPath && record.status === "approved" ? { eventPath } : {}),
        });
      }
      const isNew = url.searchParams.get("new") === "1";
      const query = `?ref=${record.id}&token=${token}`;
      const statusLink = `${url.origin}${localePath(locale, STATUS_PATH)}${query}`;
      // What was submitted, and a moderator's reason, are shown as written: in the submitter's own words.
      const asWritten = { dir: "auto" as const };
      const body = h(
        "div",
        null,
        statusHeading(isNew, { sent: t.sentTitle, title: t.title, reference: t.reference }, record.reference),
        h(
          "dl",
          { className: "facts" },
          h("dt", null, t.event),
          h("dd", asWritten, record.event.title),
          h("dt", null, t.referenceLabel),
          h("dd", null, record.reference),
          h("dt", null, t.status),
          h("dd", null, t.states[record.status]),
          ...(explained && record.decision?.reason
            ? [h("dt", null, t.why), h("dd", asWritten, record.decision.reason)]
            : []),
        ),
        record.status === "pending" ? h("p", null, t.pending) : null,
        record.status === "approved"
          ? h("p", null, t.approved, eventPath ? h("a", { href: hrefIn(locale, eventPath) }, t.seeEvent) : null)
          : null,
        record.status === "withdrawn"
          ? h(
              "p",
              null,
              t.withdrawn.before,
              h("a", { href: hrefIn(locale, "/submit/") }, t.withdrawn.link),
              t.withdrawn.after,
            )
          : null,
        h("h2", null, t.laterHeading),
        h("p", null, t.later),
        h("p", { className: "status-link" }, h("a", { href: statusLink, dir: "ltr" }, statusLink)),
        h("p", null, h("a", { href: hrefIn(locale, "/submit/") }, t.another)),
      );
      const shell = await deps.pages(request)(shellPage);
      const page = renderInShell(shell, isNew ? t.sentTitle : t.title, body);
      return html(200, switchingWithQuery(page, query), { "referrer-policy": "no-referrer" });
    } catch (error) {
      if (error instanceof NotFound && !wantsJson(request)) {
        return refusalPage(error, async () => {
          const shell = await deps.pages(request)(shellPage);
          const body = h("div", null, h("h1", null, t.notFoundTitle), h("p", null, error.publicMessage));
          return html(404, renderInShell(shell, t.notFoundTitle, body));
        });
      }
      return toErrorResponse(error);
    }
  };
}

export default withSiteHeaders(async (request: Request) =>
  createStatusHandler({
    store: createSubmissionStore(openSubmissionsStore()),
    pages: (incoming) => pagesFrom(incoming),
  })(request),
);

// In every language (LOCALES): written out, as Netlify reads a function's config without running it.
export const config: Config = {
  path: [
    "/submit/status",
    "/submit/status/",
    "/ur/submit/status",
    "/ur/submit/status/",
    "/ar/submit/status",
    "/ar/submit/status/",
    "/pl/submit/status",
    "/pl/submit/status/",
    "/ro/submit/status",
    "/ro/submit/status/",
  ],
  method: "GET",
};
