/**
 * A buddy-up request's private status page, reached only with its unguessable token and never indexed.
 * Shows waiting, matched (the welcomer's first name, their group, the meeting point and time) or closed;
 * lets the resident cancel (which deletes their details at once) and report a concern. GET shows; POST
 * (action=cancel, then action=confirm-cancel) cancels, so a link followed by accident changes nothing.
 */
import type { Config } from "@netlify/functions";
import { createElement as h, type ReactNode } from "react";
import { describeDay } from "../../src/lib/buddy/coordination";
import type { BuddyRequest } from "../../src/lib/buddy/model";
import { cancelRequest, livePlatform, notifyCancelled, statusPath, whenOf } from "../lib/buddy";
import type { Mailer } from "../lib/mailer";
import { BUDDY_SHELL_PAGE } from "../../src/lib/pages/contract";
import { renderBuddyPage } from "../lib/buddy-pages";
import type { BuddyStore } from "../lib/buddy-store";
import { html, HttpError, json, readPostedForm, toErrorResponse, wantsJson, withSiteHeaders } from "../lib/http";
import { pagesFrom, type PageLoader } from "../lib/pages";
import { statusTokenMatches } from "../lib/security";

/** What the status handler needs. */
export interface BuddyStatusDependencies {
  store: BuddyStore;
  mailer: Mailer;
  now: () => Date;
  pages: (request: Request) => PageLoader;
}

const NOT_FOUND = "There is no buddy-up request at this link. Check that you copied the whole link.";
const PRIVATE = { "referrer-policy": "no-referrer" };

const STATUS_HEADINGS: Record<BuddyRequest["status"], string> = {
  waiting: "Waiting for a welcomer",
  matched: "A welcomer will meet you",
  closed: "This request is closed",
  cancelled: "This request is cancelled",
};

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

function statusBody(record: BuddyRequest, token: string, isNew: boolean, origin: string): ReactNode {
  const link = `${origin}${statusPath(record.id, token)}`;
  const open = record.status === "waiting" || record.status === "matched";
  const facts: ReactNode[] = [
    h("dt", { key: "e" }, "Event"),
    h("dd", { key: "e2" }, h("a", { href: `/events/${record.eventId}/` }, record.eventTitle)),
    h("dt", { key: "d" }, "Date"),
    h("dd", { key: "d2" }, whenOf(record)),
    h("dt", { key: "r" }, "Reference"),
    h("dd", { key: "r2" }, record.reference),
  ];
  return h(
    "div",
    null,
    isNew
      ? h(
          "div",
          { className: "confirmation-panel" },
          h("h1", null, "Request sent"),
          h("p", null, "Your reference is ", h("br"), h("strong", null, record.reference)),
        )
      : h("h1", null, "Your buddy-up request"),
    isNew
      ? h(
          "div",
          { className: "notice" },
          h("h2", null, "Keep this page's link"),
          h(
            "p",
            null,
            "It is the only way to see your request. Bookmark this page or copy the link. Anyone with it can see and cancel this request, so keep it private:",
          ),
          h("p", { className: "status-link" }, h("a", { href: link }, link)),
        )
      : null,
    h("h2", null, STATUS_HEADINGS[record.status]),
    record.status === "waiting"
      ? h(
          "p",
          null,
          "A buddy-up coordinator will find a welcomer and set where and when to meet, usually within two days. Come back to this page to see who will meet you. The coordinator may contact you if they need to.",
        )
      : null,
    record.status === "matched"
      ? h(
          "dl",
          { className: "facts meeting" },
          h("dt", null, "Who"),
          h("dd", null, `${record.plan.welcomerName ?? ""}, from ${record.plan.groupName ?? ""}`),
          h("dt", null, "Where"),
          h("dd", null, record.plan.meetingPoint ?? ""),
          h("dt", null, "When"),
          h("dd", null, `${record.plan.meetingTime ?? ""} on ${describeDay(record.date)}`),
        )
      : null,
    record.status === "matched"
      ? h(
          "p",
          null,
          "Your welcomer will say hello and go in with you. They won't ask for your contact details. If you can't find them, ask at the venue for the group.",
        )
      : null,
    record.status === "closed" ? h("p", null, record.closedNote ?? "A coordinator has closed this request.") : null,
    record.status === "cancelled"
      ? h("p", null, "Your name, contact details and anything else you told us have been deleted.")
      : null,
    h("dl", { className: "facts" }, ...facts),
    open
      ? h(
          "form",
          { method: "post", action: "/buddy-up/status/", className: "status-actions" },
          h("input", { type: "hidden", name: "ref", value: record.id }),
          h("input", { type: "hidden", name: "token", value: token }),
          h("input", { type: "hidden", name: "action", value: "cancel" }),
          h("h2", null, "Can't go any more?"),
          h("p", null, "Cancel, so your welcomer isn't left waiting. Your details are deleted straight away."),
          h("button", { className: "button button--secondary", type: "submit" }, "Cancel my request"),
        )
      : null,
    h("h2", null, "Worried about something?"),
    h(
      "p",
      null,
      h("a", { href: `/buddy-up/report/?ref=${record.id}&token=${token}` }, "Report a concern"),
      " to the buddy-up coordinators. If someone is in danger, call 999.",
    ),
    h("p", null, h("a", { href: "/buddy-up/code-of-conduct/" }, "The buddy-up code of conduct")),
  );
}

function confirmBody(record: BuddyRequest, token: string): ReactNode {
  return h(
    "div",
    null,
    h("h1", null, "Cancel your buddy-up request?"),
    h("p", null, `For ${record.eventTitle} on ${whenOf(record)}. Your details will be deleted straight away.`),
    h(
      "form",
      { method: "post", action: "/buddy-up/status/", className: "status-actions" },
      h("input", { type: "hidden", name: "ref", value: record.id }),
      h("input", { type: "hidden", name: "token", value: token }),
      h("input", { type: "hidden", name: "action", value: "confirm-cancel" }),
      h("button", { className: "button", type: "submit" }, "Yes, cancel my request"),
    ),
    h("p", null, h("a", { href: statusPath(record.id, token) }, "No, keep my request")),
  );
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
    const page = async (status: number, title: string, body: ReactNode) =>
      html(status, renderBuddyPage(await deps.pages(request)(BUDDY_SHELL_PAGE), title, h("div", null, body)), PRIVATE);
    try {
      const url = new URL(request.url);
      if (request.method === "GET") {
        const { record } = await find(url.searchParams.get("ref") ?? "", url.searchParams.get("token") ?? "");
        const token = url.searchParams.get("token") ?? "";
        if (asJson) return json(200, publicView(record));
        const isNew = url.searchParams.get("new") === "1";
        return await page(
          200,
          isNew ? "Request sent" : "Your buddy-up request",
          statusBody(record, token, isNew, url.origin),
        );
      }
      if (request.method !== "POST") throw new HttpError(405, "Use GET to see a request, or POST to cancel it.");
      const values = await readPostedForm(request, 4 * 1024);
      const field = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
      const token = field("token");
      const { record, etag } = await find(field("ref"), token);
      const action = field("action");
      if (action === "cancel" && !asJson) {
        if (record.status !== "waiting" && record.status !== "matched") {
          return await page(
            200,
            "Your buddy-up request",
            statusBody(record, token, false, new URL(request.url).origin),
          );
        }
        return await page(200, "Cancel your buddy-up request?", confirmBody(record, token));
      }
      if (action !== "confirm-cancel" && !(asJson && action === "cancel")) {
        throw new HttpError(400, "Say what to do: cancel.");
      }
      let cancelled = record;
      if (record.status === "waiting" || record.status === "matched") {
        const done = await cancelRequest(deps.store, { record, etag }, "resident", deps.now());
        if (!done) throw new HttpError(409, "Your request changed just now. Open your link again and try once more.");
        cancelled = done;
        await notifyCancelled(deps.mailer, cancelled);
      }
      if (asJson) return json(200, publicView(cancelled));
      return await page(200, "Request cancelled", [
        h("h1", { key: "h" }, "Request cancelled"),
        h(
          "p",
          { key: "p" },
          `Your buddy-up request for ${cancelled.eventTitle} is cancelled. Your name, contact details and anything else you told us have been deleted.`,
        ),
        h("p", { key: "a" }, h("a", { href: "/buddy-up/" }, "Ask for a buddy for another event")),
      ]);
    } catch (error) {
      if (!asJson && error instanceof HttpError && error.status === 404) {
        try {
          return await page(404, "Request not found", [
            h("h1", { key: "h" }, "Request not found"),
            h("p", { key: "p" }, error.publicMessage),
            h(
              "p",
              { key: "a" },
              "If you have lost your link, ",
              h("a", { href: "/buddy-up/report/" }, "tell a coordinator"),
              " and say which event and date.",
            ),
          ]);
        } catch {
          return toErrorResponse(error);
        }
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
export const config: Config = { path: ["/buddy-up/status", "/buddy-up/status/"], method: ["GET", "POST"] };
