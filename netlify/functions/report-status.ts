/**
 * A report's private status page, in the language of the address it is asked at (/report/status/,
 * /ur/report/status/ …): reached only with its unguessable token, never indexed. Says where the report stands
 * and, once a moderator has acted, what they said. Shows only what the reporter gave (the details as typed, never
 * the contact) and the listing's public name.
 */
import type { Config } from "@netlify/functions";
import { createElement as h } from "react";
import { localeOfPath, localePath, type Locale } from "../../src/lib/i18n/locales";
import { listingText } from "../../src/lib/i18n/listing-lang";
import { messagesFor } from "../../src/lib/i18n/messages";
import { hrefIn } from "../../src/lib/i18n/routes";
import { REPORT_STATUS_PATH } from "../../src/lib/pages/contract";
import { listingPath } from "../../src/lib/reports/model";
import { HttpError, html, json, refusalPage, toErrorResponse, wantsJson, withSiteHeaders } from "../lib/http";
import { pagesFrom, statusHeading, type PageLoader } from "../lib/pages";
import { reportPage } from "../lib/report-pages";
import { createReportStore, openReportsStore, type ReportStore } from "../lib/report-store";
import { statusTokenMatches } from "../lib/security";

/** The answer for an unknown reference or a wrong token: the same for both, so neither can be probed. */
class NotFound extends HttpError {
  constructor(readonly locale: Locale) {
    super(404, messagesFor(locale).report.status.notFound);
  }
}

const PRIVATE = { "referrer-policy": "no-referrer", "x-robots-tag": "noindex" };

/** Builds the handler from its dependencies. */
export function createReportStatusHandler(deps: { store: ReportStore; pages: (request: Request) => PageLoader }) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const locale = localeOfPath(url.pathname);
    const words = messagesFor(locale).report;
    const t = words.status;
    try {
      const found = await deps.store.get(url.searchParams.get("ref") ?? "");
      const token = url.searchParams.get("token") ?? "";
      if (!found || !statusTokenMatches(token, found.record.tokenHash)) throw new NotFound(locale);
      const { record } = found;
      const reason = record.status === "open" ? undefined : record.decision?.reason;
      const listingHref = hrefIn(locale, listingPath(record.listing));
      if (wantsJson(request)) {
        return json(
          200,
          {
            reference: record.reference,
            status: record.status,
            listing: { ...record.listing, title: record.about.title, path: listingPath(record.listing) },
            reason: record.reason,
            ...(reason ? { moderatorSaid: reason } : {}),
          },
          PRIVATE,
        );
      }
      const isNew = url.searchParams.get("new") === "1";
      const query = `?ref=${record.id}&token=${token}`;
      const statusLink = `${url.origin}${localePath(locale, REPORT_STATUS_PATH)}${query}`;
      const own = listingText(locale);
      const body = h(
        "div",
        null,
        statusHeading(isNew, { sent: t.sentTitle, title: t.title, reference: t.reference }, record.reference, "ltr"),
        h(
          "dl",
          { className: "facts" },
          h("dt", null, t.listing),
          h("dd", null, h("a", { href: listingHref }, h("span", { lang: own.lang, dir: own.dir }, record.about.title))),
          h("dt", null, t.reason),
          h("dd", null, words.reasonsShort[record.reason]),
          h("dt", null, t.referenceLabel),
          h("dd", { dir: "ltr" }, record.reference),
          h("dt", null, t.status),
          h("dd", null, t.states[record.status]),
          ...(reason ? [h("dt", null, t.why), h("dd", { dir: "auto" }, reason)] : []),
        ),
        record.status === "open" ? h("p", null, t.open) : null,
        record.status === "fixed" ? h("p", null, t.fixed) : null,
        h("h2", null, t.laterHeading),
        h("p", null, t.later),
        h("p", { className: "status-link" }, h("a", { href: statusLink, dir: "ltr" }, statusLink)),
        h("p", null, h("a", { href: listingHref }, t.back)),
      );
      const title = isNew ? t.sentTitle : t.title;
      const page = await reportPage(deps.pages(request), locale, title, body, { path: REPORT_STATUS_PATH, query });
      return html(200, page, PRIVATE);
    } catch (error) {
      if (error instanceof NotFound && !wantsJson(request)) {
        return refusalPage(error, async () => {
          const body = h("div", null, h("h1", null, t.notFoundTitle), h("p", null, error.publicMessage));
          const page = await reportPage(deps.pages(request), locale, t.notFoundTitle, body, {
            path: REPORT_STATUS_PATH,
            query: "",
          });
          return html(404, page, PRIVATE);
        });
      }
      return toErrorResponse(error);
    }
  };
}

export default withSiteHeaders(async (request: Request) =>
  createReportStatusHandler({
    store: createReportStore(openReportsStore()),
    pages: (incoming) => pagesFrom(incoming),
  })(request),
);

// In every language (LOCALES): written out, as Netlify reads a function's config without running it.
export const config: Config = {
  path: [
    "/report/status",
    "/report/status/",
    "/ur/report/status",
    "/ur/report/status/",
    "/ar/report/status",
    "/ar/report/status/",
    "/pl/report/status",
    "/pl/report/status/",
    "/ro/report/status",
    "/ro/report/status/",
  ],
  method: "GET",
};
