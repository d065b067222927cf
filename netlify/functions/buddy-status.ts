/**
 * A buddy-up request's private status page, reached only with its unguessable token and never indexed.
 * Shows waiting, matched (the welcomer's first name, their group, the meeting point and time) or closed;
 * lets the resident cancel (which deletes their details at once) and report a concern. GET shows; POST
 * (action=cancel, then action=confirm-cancel) cancels, so a link followed by accident changes nothing.
 */
import type { Config } from "@netlify/functions";
import { createElement as h, type ReactNode } from "react";
import type { BuddyRequest } from "../../src/lib/buddy/model";
import { dayInWords, whenInWords } from "../../src/lib/buddy/form-words";
import { fillNodes } from "../../src/forms/fill";
import { LOCALE_INFO, LOCALES, localePath, type Locale } from "../../src/lib/i18n/locales";
import { listingText } from "../../src/lib/i18n/listing-lang";
import { messagesFor } from "../../src/lib/i18n/messages";
import { hrefIn } from "../../src/lib/i18n/routes";
import { cancelRequest, livePlatform, notifyCancelled, statusPath } from "../lib/buddy";
import type { Mailer } from "../lib/mailer";
import { buddyTemplates, localeOfAddress, renderBuddyPage } from "../lib/buddy-pages";
import type { BuddyStore } from "../lib/buddy-store";
import {
  html,
  HttpError,
  json,
  readPostedForm,
  refusalPage,
  toErrorResponse,
  wantsJson,
  withSiteHeaders,
} from "../lib/http";
import { pagesFrom, statusHeading, type PageLoader } from "../lib/pages";
import { statusTokenMatches } from "../lib/security";

/** What the status handler needs. */
export interface BuddyStatusDependencies {
  store: BuddyStore;
  mailer: Mailer;
  now: () => Date;
  pages: (request: Request) => PageLoader;
}

const NOT_FOUND = "There is no buddy-up request at this link. Check that you copied the whole link.";

/** Someone changed the request between reading and cancelling it: nothing was changed. */
class RequestChangedError extends HttpError {
  constructor() {
    super(409, "Your request changed just now. Open your link again and try once more.");
  }
}
const PRIVATE = { "referrer-policy": "no-referrer" };

/** What the resident may see of their request: never the coordinator's notes about the welcomer. */
function publicView(record: BuddyRequest) {
  return {
    reference: record.reference,
    status: record.status,
    event: { id: record.eventId, title: record.eventTitle },
    date: record.date,
    startTime: record.startTime,
    ...(record.status === "matched"
      ? {
          meeting: {
            welcomer: record.plan.welcomerName,
            group: record.plan.groupName,
            meetingPoint: record.plan.meetingPoint,
            meetingTime: record.plan.meetingTime,
          },
        }
      : {}),
    ...(record.status === "closed" && record.closedNote ? { note: record.closedNote } : {}),
  };
}

/**
 * Words written in English by a group or a coordinator (an event's title, a welcomer's name, a meeting point),
 * marked with their language on a page in another; as they are on an English page.
 */
function ownWords(locale: Locale, text: string): ReactNode {
  const marks = listingText(locale);
  return Object.keys(marks).length > 0 ? h("span", marks, text) : text;
}

function statusBody(record: BuddyRequest, token: string, isNew: boolean, origin: string, locale: Locale): ReactNode {
  const t = messagesFor(locale).buddyForms.status;
  const worried = messagesFor(locale).buddy.worried.text;
  const here = (path: string) => localePath(locale, path);
  const link = `${origin}${here(statusPath(record.id, token))}`;
  const open = record.status === "waiting" || record.status === "matched";
  const when = whenInWords(locale, record.date, record.startTime);
  // A reference and a link read left to right, whatever the page's direction.
  const ltr = LOCALE_INFO[locale].dir === "rtl" ? "ltr" : undefined;
  const facts: ReactNode[] = [
    h("dt", { key: "e" }, t.event),
    h(
      "dd",
      { key: "e2" },
      h("a", { href: hrefIn(locale, `/events/${record.eventId}/`), ...listingText(locale) }, record.eventTitle),
    ),
    h("dt", { key: "d" }, t.date),
    h("dd", { key: "d2" }, when),
    h("dt", { key: "r" }, t.reference),
    h("dd", { key: "r2", dir: ltr }, record.reference),
  ];
  return h(
    "div",
    null,
    statusHeading(isNew, { sent: t.sent, title: t.title, reference: t.yourReference }, record.reference, ltr),
    isNew
      ? h(
          "div",
          { className: "notice" },
          h("h2", null, t.keepLink.heading),
          h("p", null, t.keepLink.text),
          h("p", { className: "status-link" }, h("a", { href: link, dir: ltr }, link)),
        )
      : null,
    h("h2", null, t.headings[record.status]),
    record.status === "waiting" ? h("p", null, t.waiting) : null,
    record.status === "matched"
      ? h(
          "dl",
          { className: "facts meeting" },
          h("dt", null, t.who),
          h(
            "dd",
            null,
            fillNodes(t.whoIs, {
              welcomer: ownWords(locale, record.plan.welcomerName ?? ""),
              group: ownWords(locale, record.plan.groupName ?? ""),
            }),
          ),
          h("dt", null, t.where),
          h("dd", null, ownWords(locale, record.plan.meetingPoint ?? "")),
          h("dt", null, t.whenLabel),
          h("dd", null, t.meetAt(record.plan.meetingTime ?? "", dayInWords(locale, record.date))),
        )
      : null,
    record.status === "matched" ? h("p", null, t.matched) : null,
    record.status === "closed"
      ? h("p", null, record.closedNote ? ownWords(locale, record.closedNote) : t.closed)
      : null,
    record.status === "cancelled" ? h("p", null, t.deleted) : null,
    h("dl", { className: "facts" }, ...facts),
    open
      ? h(
          "form",
          { method: "post", action: here("/buddy-up/status/"), className: "status-actions" },
          h("input", { type: "hidden", name: "ref", value: record.id }),
          h("input", { type: "hidden", name: "token", value: token }),
          h("input", { type: "hidden", name: "action", value: "cancel" }),
          h("h2", null, t.cancel.heading),
          h("p", null, t.cancel.text),
          h("button", { className: "button button--secondary", type: "submit" }, t.cancel.button),
        )
      : null,
    h("h2", null, messagesFor(locale).buddy.worried.heading),
    h(
      "p",
      null,
      worried.before || null,
      h("a", { href: here(`/buddy-up/report/?ref=${record.id}&token=${token}`) }, worried.link),
      worried.after,
    ),
    h("p", null, h("a", { href: here("/buddy-up/code-of-conduct/") }, t.conduct)),
  );
}

function confirmBody(record: BuddyRequest, token: string, locale: Locale): ReactNode {
  const t = messagesFor(locale).buddyForms.status.confirm;
  const text = t.text(whenInWords(locale, record.date, record.startTime));
  return h(
    "div",
    null,
    h("h1", null, t.title),
    h("p", null, text.before, ownWords(locale, record.eventTitle), text.after),
    h(
      "form",
      { method: "post", action: localePath(locale, "/buddy-up/status/"), className: "status-actions" },
      h("input", { type: "hidden", name: "ref", value: record.id }),
      h("input", { type: "hidden", name: "token", value: token }),
      h("input", { type: "hidden", name: "action", value: "confirm-cancel" }),
      h("button", { className: "button", type: "submit" }, t.yes),
    ),
    h("p", null, h("a", { href: localePath(locale, statusPath(record.id, token)) }, t.no)),
  );
}

/**
 * A status page whose language switcher goes on to this same request in the chosen language, rather than to
 * buddy-up's own page, so choosing a language keeps the resident's private link.
 */
function switchingToThisRequest(page: string, id: string, token: string): string {
  return LOCALES.reduce((html, code) => {
    const to = (path: string) => `/language/${code}/?to=${encodeURIComponent(localePath(code, path))}"`;
    return html.replace(to("/buddy-up/"), to(statusPath(id, token)));
  }, page);
}

/** Builds the handler from its dependencies. */
export function createBuddyStatusHandler(deps: BuddyStatusDependencies) {
  async function find(id: string, token: string) {
    const found = await deps.store.getRequest(id);
    // The same answer for an unknown reference and a wrong token, so neither can be probed.
    if (!found || !statusTokenMatches(token, found.record.tokenHash)) throw new HttpError(404, NOT_FOUND);
    return found;
  }

  return async (request: Request): Promise<Response> => {
    const asJson = wantsJson(request);
    const url = new URL(request.url);
    // The page answers in the language of its address, which the status link keeps.
    const locale = localeOfAddress(url);
    const t = messagesFor(locale).buddyForms.status;
    const page = async (status: number, title: string, body: ReactNode) =>
      html(
        status,
        renderBuddyPage(await deps.pages(request)(buddyTemplates(locale).shell), title, h("div", null, body)),
        PRIVATE,
      );
    try {
      if (request.method === "GET") {
        const { record } = await find(url.searchParams.get("ref") ?? "", url.searchParams.get("token") ?? "");
        const token = url.searchParams.get("token") ?? "";
        if (asJson) return json(200, publicView(record));
        const isNew = url.searchParams.get("new") === "1";
        const shown = await page(200, isNew ? t.sent : t.title, statusBody(record, token, isNew, url.origin, locale));
        return new Response(switchingToThisRequest(await shown.text(), record.id, token), shown);
      }
      if (request.method !== "POST") throw new HttpError(405, "Use GET to see a request, or POST to cancel it.");
      const values = await readPostedForm(request, 4 * 1024);
      const field = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
      const token = field("token");
      const { record, etag } = await find(field("ref"), token);
      const action = field("action");
      if (action === "cancel" && !asJson) {
        if (record.status !== "waiting" && record.status !== "matched") {
          return await page(200, t.title, statusBody(record, token, false, url.origin, locale));
        }
        return await page(200, t.confirm.title, confirmBody(record, token, locale));
      }
      if (action !== "confirm-cancel" && !(asJson && action === "cancel")) {
        throw new HttpError(400, "Say what to do: cancel.");
      }
      let cancelled = record;
      if (record.status === "waiting" || record.status === "matched") {
        const done = await cancelRequest(deps.store, { record, etag }, "resident", deps.now());
        if (!done) throw new RequestChangedError();
        cancelled = done;
        await notifyCancelled(deps.mailer, cancelled);
      }
      if (asJson) return json(200, publicView(cancelled));
      return await page(200, t.cancelled.title, [
        h("h1", { key: "h" }, t.cancelled.title),
        h("p", { key: "p" }, t.cancelled.text.before, ownWords(locale, cancelled.eventTitle), t.cancelled.text.after),
        h("p", { key: "a" }, h("a", { href: localePath(locale, "/buddy-up/") }, t.cancelled.another)),
      ]);
    } catch (error) {
      if (!asJson && error instanceof HttpError && error.status === 404) {
        return refusalPage(error, () =>
          page(404, t.notFound.title, [
            h("h1", { key: "h" }, t.notFound.title),
            h("p", { key: "p" }, t.notFound.text),
            h(
              "p",
              { key: "a" },
              t.notFound.lost.before,
              h("a", { href: localePath(locale, "/buddy-up/report/") }, t.notFound.lost.link),
              t.notFound.lost.after,
            ),
          ]),
        );
      }
      if (!asJson && error instanceof RequestChangedError) {
        return refusalPage(error, () =>
          page(409, t.title, [
            h("h1", { key: "h" }, t.title),
            h("p", { key: "p" }, messagesFor(locale).buddyForms.notices.changed),
          ]),
        );
      }
      return toErrorResponse(error);
    }
  };
}

export default withSiteHeaders(async (request: Request) => {
  return createBuddyStatusHandler({
    ...livePlatform(Netlify.env),
    pages: (incoming) => pagesFrom(incoming),
  })(request);
});
// The page in every language; a test keeps the list to LOCALES (tests/functions/buddy-i18n.test.ts).
export const config: Config = {
  path: [
    "/buddy-up/status",
    "/buddy-up/status/",
    "/ur/buddy-up/status",
    "/ur/buddy-up/status/",
    "/ar/buddy-up/status",
    "/ar/buddy-up/status/",
    "/pl/buddy-up/status",
    "/pl/buddy-up/status/",
    "/ro/buddy-up/status",
    "/ro/buddy-up/status/",
  ],
  method: ["GET", "POST"],
};
