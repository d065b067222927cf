/**
 * The private status page of a submission: reached only with its unguessable token, never indexed. Says
 * whether it is waiting, published (with a link), or not published and why. Shows nothing private.
 */
import type { Config } from "@netlify/functions";
import { createElement as h } from "react";
import { HttpError, html, json, toErrorResponse, wantsJson, withSiteHeaders } from "../lib/http";
import { SUBMISSION_SHELL_PAGE } from "../../src/lib/pages/contract";
import { pagesFrom, renderInShell, type PageLoader } from "../lib/pages";
import { statusTokenMatches } from "../lib/security";
import { createSubmissionStore, openSubmissionsStore, type SubmissionStore } from "../lib/submission-store";

const STATUS_WORDS = {
  pending: "Waiting to be checked",
  approved: "Published",
  rejected: "Not published",
  withdrawn: "Taken off the site",
} as const;

/** Builds the handler from its dependencies. */
export function createStatusHandler(deps: { store: SubmissionStore; pages: (request: Request) => PageLoader }) {
  return async (request: Request): Promise<Response> => {
    try {
      const url = new URL(request.url);
      const id = url.searchParams.get("ref") ?? "";
      const token = url.searchParams.get("token") ?? "";
      const found = await deps.store.get(id);
      // The same answer for an unknown reference and a wrong token, so neither can be probed.
      if (!found || !statusTokenMatches(token, found.record.tokenHash)) {
        throw new HttpError(404, "There is no submission at this link. Check that you copied the whole link.");
      }
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
      const statusLink = `${url.origin}/submit/status/?ref=${record.id}&token=${token}`;
      const body = h(
        "div",
        null,
        isNew
          ? h(
              "div",
              { className: "confirmation-panel" },
              h("h1", null, "Event sent for checking"),
              h("p", null, "Your reference is ", h("br"), h("strong", null, record.reference)),
            )
          : h("h1", null, "Your event submission"),
        h(
          "dl",
          { className: "facts" },
          h("dt", null, "Event"),
          h("dd", null, record.event.title),
          h("dt", null, "Reference"),
          h("dd", null, record.reference),
          h("dt", null, "Status"),
          h("dd", null, STATUS_WORDS[record.status]),
          ...(explained && record.decision?.reason
            ? [h("dt", null, "Why"), h("dd", null, record.decision.reason)]
            : []),
        ),
        record.status === "pending"
          ? h("p", null, "A moderator checks every event before it goes on the site, usually within two working days.")
          : null,
        record.status === "approved"
          ? h(
              "p",
              null,
              "It appears on the site after the next update, which takes a few minutes. ",
              eventPath ? h("a", { href: eventPath }, "See your event") : null,
            )
          : null,
        record.status === "withdrawn"
          ? h(
              "p",
              null,
              "A moderator has taken your event off the site, for the reason above. If something has changed, you can ",
              h("a", { href: "/submit/" }, "send it again"),
              ".",
            )
          : null,
        h("h2", null, "Check on it later"),
        h("p", null, "Keep this private link. Anyone with it can see the status of your event, and nothing else:"),
        h("p", { className: "status-link" }, h("a", { href: statusLink }, statusLink)),
        h("p", null, h("a", { href: "/submit/" }, "Submit another event")),
      );
      const shell = await deps.pages(request)(SUBMISSION_SHELL_PAGE);
      return html(200, renderInShell(shell, isNew ? "Event sent for checking" : "Your event submission", body), {
        "referrer-policy": "no-referrer",
      });
    } catch (error) {
      if (error instanceof HttpError && error.status === 404 && !wantsJson(request)) {
        try {
          const shell = await deps.pages(request)(SUBMISSION_SHELL_PAGE);
          const body = h("div", null, h("h1", null, "Submission not found"), h("p", null, error.publicMessage));
          return html(404, renderInShell(shell, "Submission not found", body));
        } catch {
          return toErrorResponse(error);
        }
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

export const config: Config = { path: ["/submit/status", "/submit/status/"], method: "GET" };
