/**
 * Receives a buddy-up request from the form (a urlencoded post without JavaScript, JSON from a script).
 * Checks the honeypot, the signed fill time, per-client and per-person limits, size, content type and every
 * field; stores the request as waiting; tells the coordinators; answers 303 to the private status page, or
 * the form again with every problem and everything typed. It answers in the language the form was sent in
 * (its hidden `lang` field), and the status page's address keeps that language.
 */
import type { Config, Context } from "@netlify/functions";
import { createElement as h } from "react";
import { cityNow } from "../../src/lib/time/zone";
import type { BuddyOptions } from "../../src/lib/buddy/model";
import { readRequestForm, type FieldProblem, type RequestField } from "../../src/lib/buddy/request-form";
import { requestProblemsInWords } from "../../src/lib/buddy/form-words";
import { localePath } from "../../src/lib/i18n/locales";
import { messagesFor } from "../../src/lib/i18n/messages";
import { livePlatform, loadOptions, notifyNewRequest, OpenRequestsError, statusPath } from "../lib/buddy";
import { buddyTemplates, localeOfForm, noticeIn, renderBuddyPage, renderRequestForm } from "../lib/buddy-pages";
import type { BuddyStore } from "../lib/buddy-store";
import { html, HttpError, json, seeOther, withSiteHeaders } from "../lib/http";
import { answerPublicForm, FieldProblems } from "../lib/public-form";
import type { Mailer } from "../lib/mailer";
import { admitPublicForm } from "../lib/form-guard";
import { limitSetting, PER_CLIENT_SETTING } from "../lib/settings";
import { pagesFrom, type PageLoader } from "../lib/pages";
import { formSecret, hashFor, hashStatusToken, newStatusToken, notConfigured, signFormStart } from "../lib/security";

/** The largest request form accepted. */
export const MAX_REQUEST_BYTES = 16 * 1024;
/** Requests one client may send in the window before being asked to wait. */
export const REQUESTS_PER_CLIENT = 5;
/** Open requests one person (by email or phone) may have at once. */
export const OPEN_REQUESTS_PER_PERSON = 3;

/** What the request handler needs. */
export interface BuddyRequestDependencies {
  store: BuddyStore;
  mailer: Mailer;
  secret: string;
  now: () => Date;
  pages: (request: Request) => PageLoader;
  clientLimit?: number;
  minimumFillMs?: number;
}

/** A contact as it is compared: lower-case email, or a phone number's digits (07… and +447… alike). */
function contactKey(contact: { email?: string | undefined; phone?: string | undefined }): string {
  if (contact.email) return `email:${contact.email.toLowerCase()}`;
  const digits = (contact.phone ?? "").replace(/\D/g, "").replace(/^44/, "0");
  return `phone:${digits}`;
}

/** Builds the handler from its dependencies, so tests can pass a real local store and a moved clock. */
export function createBuddyRequestHandler(deps: BuddyRequestDependencies) {
  return (request: Request, context: Pick<Context, "ip">): Promise<Response> => {
    const pages = deps.pages(request);
    // The event asked about, once known: the form can only be drawn again for a known event.
    let event: BuddyOptions["events"][number] | undefined;

    return answerPublicForm<FieldProblem<RequestField>>(request, {
      maxBytes: MAX_REQUEST_BYTES,
      formPage: async (values, errors, notice, refusal) => {
        if (!event) throw new Error("No event to draw the form for.");
        const locale = localeOfForm(values);
        const page = await pages(buddyTemplates(locale).requestForm(event.id));
        const formStarted = signFormStart(deps.secret, deps.now());
        return renderRequestForm(
          page,
          { eventId: event.id, dates: event.dates, values, errors, locale },
          formStarted,
          noticeIn(locale, notice, refusal, "requests"),
        );
      },
      handle: async (values, asJson) => {
        const now = deps.now();
        const locale = localeOfForm(values);
        const options = await loadOptions(pages);
        const eventId = typeof values["eventId"] === "string" ? values["eventId"] : "";
        const chosen = options.events.find((candidate) => candidate.id === eventId);
        if (!chosen) {
          const refusal = new HttpError(400, messagesFor("en").buddyForms.notices.noBuddyUp);
          if (asJson) throw refusal;
          // No form can be drawn for an unknown event: a page in the form's language says so instead.
          const t = messagesFor(locale).buddyForms;
          const body = h(
            "div",
            null,
            h("h1", null, t.ask.heading),
            h("p", null, t.notices.noBuddyUp),
            h("p", null, h("a", { href: localePath(locale, "/buddy-up/") }, t.notFound.events)),
          );
          return html(400, renderBuddyPage(await pages(buddyTemplates(locale).shell), t.ask.heading, body));
        }
        event = chosen;

        const clientHash = await admitPublicForm(values, {
          secret: deps.secret,
          now,
          minimumFillMs: deps.minimumFillMs,
          ip: context.ip,
          count: (client, at, windowMs) => deps.store.countRecent("requests", client, at, windowMs),
          limit: deps.clientLimit ?? REQUESTS_PER_CLIENT,
          what: "requests",
        });

        // Dates from tomorrow on: a coordinator needs time to arrange a welcomer.
        const tomorrow = cityNow(now).startOf("day").plus({ days: 1 }).toISODate() ?? "";
        const dates = chosen.dates.filter((choice) => choice.date >= tomorrow);
        const result = readRequestForm(values, dates);
        if (!result.ok) throw new FieldProblems(requestProblemsInWords(locale, result.errors));
        const input = result.request;

        const contactHash = hashFor(deps.secret, "contact", contactKey(input.contact));
        const open = (await deps.store.listRequests()).filter(
          (stored) =>
            stored.contactHash === contactHash && (stored.status === "waiting" || stored.status === "matched"),
        );
        if (open.some((stored) => stored.eventId === chosen.id && stored.date === input.date)) {
          throw new FieldProblems(requestProblemsInWords(locale, [{ field: "date", code: "alreadyAsked" }]), 409);
        }
        if (open.length >= OPEN_REQUESTS_PER_PERSON) throw new OpenRequestsError(open.length);

        const token = newStatusToken();
        const saved = await deps.store.createRequest(
          {
            receivedAt: now.toISOString(),
            eventId: chosen.id,
            eventTitle: chosen.title,
            date: input.date,
            startTime: input.startTime,
            resident: {
              name: input.name,
              contact: input.contact,
              ...(input.accessNeeds ? { accessNeeds: input.accessNeeds } : {}),
              ...(input.preferences ? { preferences: input.preferences } : {}),
            },
            plan: {},
            tokenHash: hashStatusToken(token),
            clientHash,
            contactHash,
            ...(locale === "en" ? {} : { lang: locale }),
          },
          now,
        );
        await deps.store.audit({ at: now.toISOString(), by: "resident", action: "requested", target: saved.id });
        await notifyNewRequest(deps.mailer, saved);
        const statusUrl = localePath(locale, `${statusPath(saved.id, token)}&new=1`);
        if (asJson) return json(201, { reference: saved.reference, statusUrl });
        return seeOther(statusUrl);
      },
    });
  };
}

export default withSiteHeaders(async (request: Request, context: Context) => {
  const secret = formSecret(Netlify.env);
  if (!secret) return notConfigured();
  return createBuddyRequestHandler({
    ...livePlatform(Netlify.env),
    secret,
    pages: (incoming) => pagesFrom(incoming),
    // Raised only for the local browser tests, where every request comes from one address.
    clientLimit: limitSetting(Netlify.env, PER_CLIENT_SETTING, REQUESTS_PER_CLIENT),
  })(request, context);
});
export const config: Config = {
  path: "/api/buddy-requests",
  method: "POST",
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ["ip", "domain"] },
};
