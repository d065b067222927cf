/**
 * Receives a report of a concern, from the public form or a request's status page (where the request's
 * token ties it to that request). Stores it for the coordinators and tells them; answers with a thank-you
 * page, or the form again with every problem and everything typed, in the language the form was sent in
 * (its hidden `lang` field).
 */
import type { Config, Context } from "@netlify/functions";
import { createElement as h } from "react";
import { readReportForm, type FieldProblem, type ReportField } from "../../src/lib/buddy/request-form";
import { reportProblemsInWords } from "../../src/lib/buddy/form-words";
import { localePath } from "../../src/lib/i18n/locales";
import { messagesFor } from "../../src/lib/i18n/messages";
import { livePlatform, notifyReport, statusPath } from "../lib/buddy";
import { buddyTemplates, localeOfForm, noticeIn, renderBuddyPage, renderReportForm } from "../lib/buddy-pages";
import type { BuddyStore } from "../lib/buddy-store";
import { html, json, withSiteHeaders } from "../lib/http";
import { answerPublicForm, FieldProblems } from "../lib/public-form";
import type { Mailer } from "../lib/mailer";
import { admitPublicForm } from "../lib/form-guard";
import { limitSetting, PER_CLIENT_SETTING } from "../lib/settings";
import { pagesFrom, type PageLoader } from "../lib/pages";
import { formSecret, notConfigured, signFormStart, statusTokenMatches } from "../lib/security";

/** The largest report accepted. */
export const MAX_REPORT_BYTES = 16 * 1024;
/** Reports one client may send in the window. */
export const REPORTS_PER_CLIENT = 5;

/** What the report handler needs. */
export interface BuddyReportDependencies {
  store: BuddyStore;
  mailer: Mailer;
  secret: string;
  now: () => Date;
  pages: (request: Request) => PageLoader;
  clientLimit?: number;
  minimumFillMs?: number;
}

/** Builds the handler from its dependencies. */
export function createBuddyReportHandler(deps: BuddyReportDependencies) {
  return (request: Request, context: Pick<Context, "ip">): Promise<Response> => {
    const pages = deps.pages(request);
    // The request a report is about, when it came from that request's status page with its token.
    let about: { id: string; token: string; reference: string } | undefined;

    return answerPublicForm<FieldProblem<ReportField>>(request, {
      maxBytes: MAX_REPORT_BYTES,
      formPage: async (values, errors, notice, refusal) => {
        const locale = localeOfForm(values);
        const page = await pages(buddyTemplates(locale).reportForm);
        return renderReportForm(
          page,
          { values, errors, request: about, locale },
          signFormStart(deps.secret, deps.now()),
          noticeIn(locale, notice, refusal, "reports"),
        );
      },
      handle: async (values, asJson) => {
        const now = deps.now();
        const locale = localeOfForm(values);
        const field = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");

        const ref = field("ref");
        const token = field("token");
        const found = ref ? await deps.store.getRequest(ref) : undefined;
        if (found && statusTokenMatches(token, found.record.tokenHash)) {
          about = { id: found.record.id, token, reference: found.record.reference };
        }

        await admitPublicForm(values, {
          secret: deps.secret,
          now,
          minimumFillMs: deps.minimumFillMs,
          ip: context.ip,
          count: (client, at, windowMs) => deps.store.countRecent("reports", client, at, windowMs),
          limit: deps.clientLimit ?? REPORTS_PER_CLIENT,
          what: "reports",
        });

        const result = readReportForm(values);
        if (!result.ok) throw new FieldProblems(reportProblemsInWords(locale, result.errors));
        const saved = await deps.store.createReport(
          {
            receivedAt: now.toISOString(),
            message: result.report.message,
            ...(result.report.contact ? { contact: result.report.contact } : {}),
            ...(found && about
              ? { requestId: about.id, requestReference: about.reference, eventTitle: found.record.eventTitle }
              : {}),
          },
          now,
        );
        await deps.store.audit({
          at: now.toISOString(),
          by: about ? "resident" : "public",
          action: "reported",
          target: saved.id,
          detail: about ? `About ${about.reference}` : "From the public form",
        });
        await notifyReport(deps.mailer, about?.reference);
        if (asJson) return json(201, { received: true });
        const shell = await pages(buddyTemplates(locale).shell);
        const t = messagesFor(locale).buddyForms.report.thanks;
        return html(
          200,
          renderBuddyPage(
            shell,
            t.title,
            h(
              "div",
              null,
              h("div", { className: "confirmation-panel" }, h("h1", null, t.title)),
              h("p", null, t.read, result.report.contact ? t.reply : ""),
              h("p", null, t.danger),
              about
                ? h("p", null, h("a", { href: localePath(locale, statusPath(about.id, about.token)) }, t.back))
                : h("p", null, h("a", { href: localePath(locale, "/buddy-up/") }, t.about)),
            ),
          ),
          { "referrer-policy": "no-referrer" },
        );
      },
    });
  };
}

export default withSiteHeaders(async (request: Request, context: Context) => {
  const secret = formSecret(Netlify.env);
  if (!secret) return notConfigured();
  return createBuddyReportHandler({
    ...livePlatform(Netlify.env),
    secret,
    pages: (incoming) => pagesFrom(incoming),
    clientLimit: limitSetting(Netlify.env, PER_CLIENT_SETTING, REPORTS_PER_CLIENT),
  })(request, context);
});
export const config: Config = {
  path: "/api/buddy-reports",
  method: "POST",
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ["ip", "domain"] },
};
