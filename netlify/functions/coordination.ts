/**
 * The coordination API behind the /coordinate/ console. Every request needs a coordinator's bearer token
 * from COORDINATOR_TOKENS. Lists open and past buddy-up requests, plans and matches a welcomer at a public
 * spot, closes and cancels (removing the resident's details at once), keeps the list of welcomers, and
 * shows reports, the outbox and the audit trail. Changes are conditional on what was read (409 when
 * someone else changed it first), idempotent where repeating them is harmless, and all audited without
 * a resident's details.
 */
import type { Config } from "@netlify/functions";
import {
  describePlan,
  describeWelcomer,
  missingFromPlan,
  splitRequests,
  type PlanField,
} from "../../src/lib/buddy/coordination";
import {
  CloseInputSchema,
  PlanInputSchema,
  readInput,
  RequestViewSchema,
  WelcomerInputSchema,
} from "../../src/lib/buddy/coordination-input";
import type { BuddyOptions, BuddyRequest, MeetingPlan, Report, Welcomer } from "../../src/lib/buddy/model";
import { cityNow, toLocalDate } from "../../src/lib/time/zone";
import { cancelRequest, livePlatform, loadOptions, notifyResident } from "../lib/buddy";
import { toRequestView, type BuddyStore } from "../lib/buddy-store";
import { HttpError, json, jsonError, readJsonObject, toErrorResponse, withSiteHeaders } from "../lib/http";
import type { Mailer } from "../lib/mailer";
import { pagesFrom } from "../lib/pages";
import { identifyModerator, parseModeratorTokens, type ModeratorToken } from "../lib/security";

/** What the coordination handler needs. */
export interface CoordinationDependencies {
  store: BuddyStore;
  tokens: readonly ModeratorToken[];
  now: () => Date;
  mailer: Mailer;
  /** The options the build published in /buddy-up/options.json. */
  options: () => Promise<BuddyOptions>;
}

const AUDIT_LIMIT = 200;

const readJson = (request: Request) => readJsonObject(request, 16 * 1024);

/** Actions that need no body accept none; a body they are sent must still be JSON. */
function readOptionalJson(request: Request): Promise<Record<string, unknown>> {
  if (request.body === null && !request.headers.get("content-type")) return Promise.resolve({});
  return readJson(request);
}

/** Builds the handler from its dependencies, so tests can pass a real local store. */
export function createCoordinationHandler(deps: CoordinationDependencies) {
  const { store, mailer } = deps;

  async function loadRequest(id: string) {
    const found = await store.getRequest(id);
    if (!found) throw new HttpError(404, "There is no buddy-up request with that reference.");
    return found;
  }

  const REQUEST_CHANGED = "Someone else changed this request just now. Reload it and try again.";

  async function saveRequest(record: BuddyRequest, etag: string | undefined) {
    if (!(await store.replaceRequest(record, etag))) {
      throw new HttpError(409, REQUEST_CHANGED);
    }
  }

  async function loadWelcomer(id: string) {
    const found = await store.getWelcomer(id);
    if (!found) throw new HttpError(404, "There is no welcomer with that id.");
    return found;
  }

  async function saveWelcomer(record: Welcomer, etag: string | undefined) {
    if (!(await store.replaceWelcomer(record, etag))) {
      throw new HttpError(409, "Someone else changed this welcomer just now. Reload and try again.");
    }
  }

  async function loadReport(id: string) {
    const found = await store.getReport(id);
    if (!found) throw new HttpError(404, "There is no report with that id.");
    return found;
  }

  /** The published options, or none: the console explains that no group offers welcomers yet. */
  async function options(): Promise<BuddyOptions> {
    try {
      return await deps.options();
    } catch {
      console.error("The buddy-up options (/buddy-up/options.json) could not be read; no groups are offered.");
      return { groups: [], events: [] };
    }
  }

  function closedConflict(record: BuddyRequest): HttpError | undefined {
    if (record.status === "cancelled") return new HttpError(409, "This request was cancelled; it cannot be changed.");
    if (record.status === "closed") return new HttpError(409, "This request is closed; it cannot be changed.");
    return undefined;
  }

  return async (request: Request): Promise<Response> => {
    try {
      const who = identifyModerator(request, deps.tokens);
      if (who.status === "missing") {
        return jsonError(401, "Sign in with your coordinator token.", undefined, { "www-authenticate": "Bearer" });
      }
      if (who.status === "wrong") return jsonError(403, "That coordinator token is not recognised.");
      const coordinator = who.name;

      const url = new URL(request.url);
      const [collection, id, action, ...rest] = url.pathname
        .replace(/^\/api\/coordination\/?/, "")
        .split("/")
        .filter(Boolean);
      if (rest.length > 0) throw new HttpError(404, "No such coordination resource.");
      const now = deps.now();
      const at = now.toISOString();
      const today = toLocalDate(cityNow(now));
      const method = request.method;

      if (collection === "me" && !id) {
        if (method !== "GET") throw new HttpError(405, "Use GET.", { allow: "GET" });
        return json(200, { name: coordinator });
      }

      if (collection === "requests") {
        if (!id) {
          if (method !== "GET") throw new HttpError(405, "Use GET to list requests.", { allow: "GET" });
          const view = readInput(RequestViewSchema, url.searchParams.get("view") ?? "open");
          if (!view.ok) return jsonError(400, "Choose open or past requests.", { view: "View must be open or past" });
          const split = splitRequests((await store.listRequests()).map(toRequestView), today);
          return json(200, { requests: split[view.value] });
        }

        if (!action && method === "GET") {
          const { record } = await loadRequest(id);
          return json(200, { request: toRequestView(record), audit: await store.auditTrail(record.id) });
        }

        if (!action && method === "PATCH") {
          const body = await readJson(request);
          const input = readInput(PlanInputSchema, body);
          if (!input.ok) return jsonError(400, "Some parts of the plan need changing.", input.fields);
          const { record, etag } = await loadRequest(id);
          const conflict = closedConflict(record);
          if (conflict) throw conflict;

          const plan: MeetingPlan = { ...record.plan };
          if (input.value.welcomerId && input.value.welcomerId !== record.plan.welcomerId) {
            const welcomer = await store.getWelcomer(input.value.welcomerId);
            if (!welcomer || welcomer.record.status !== "active") {
              return jsonError(400, "Choose an active welcomer.", {
                welcomerId: welcomer
                  ? `${welcomer.record.name} is paused: choose an active welcomer`
                  : "Welcomer is no longer listed: choose an active welcomer",
              });
            }
            plan.welcomerId = welcomer.record.id;
            plan.welcomerName = welcomer.record.name;
            plan.groupId = welcomer.record.groupId;
            plan.groupName = welcomer.record.groupName;
          }
          if (input.value.meetingPoint !== undefined) plan.meetingPoint = input.value.meetingPoint;
          if (input.value.meetingTime !== undefined) plan.meetingTime = input.value.meetingTime;
          if (JSON.stringify(plan) === JSON.stringify(record.plan)) {
            return json(200, { request: toRequestView(record), changed: false });
          }

          const updated: BuddyRequest = { ...record, plan };
          await saveRequest(updated, etag);
          await store.audit({ at, by: coordinator, action: "planned", target: record.id, detail: describePlan(plan) });
          if (record.status === "matched") {
            await notifyResident(mailer, updated, "changed");
          }
          return json(200, { request: toRequestView(updated), changed: true });
        }

        if (action === "match" && method === "POST") {
          await readOptionalJson(request);
          const { record, etag } = await loadRequest(id);
          if (record.status === "matched") return json(200, { request: toRequestView(record), changed: false });
          const conflict = closedConflict(record);
          if (conflict) throw conflict;
          const missing = missingFromPlan(record.plan);
          if (Object.keys(missing).length > 0) {
            return jsonError(409, "The plan is not complete yet.", missing as Record<PlanField, string>);
          }
          const welcomer = await store.getWelcomer(record.plan.welcomerId!);
          if (!welcomer || welcomer.record.status !== "active") {
            return jsonError(409, "The chosen welcomer cannot be matched.", {
              welcomerId: welcomer
                ? `${welcomer.record.name} is paused: choose another welcomer and save the plan`
                : "The chosen welcomer is no longer listed: choose another and save the plan",
            });
          }
          const matched: BuddyRequest = { ...record, status: "matched" };
          await saveRequest(matched, etag);
          await store.audit({
            at,
            by: coordinator,
            action: "matched",
            target: record.id,
            detail: describePlan(record.plan),
          });
          await notifyResident(mailer, matched, "matched");
          return json(200, { request: toRequestView(matched), changed: true });
        }

        if (action === "close" && method === "POST") {
          const input = readInput(CloseInputSchema, await readOptionalJson(request));
          if (!input.ok) return jsonError(400, "The note needs changing.", input.fields);
          const { record, etag } = await loadRequest(id);
          if (record.status === "closed") return json(200, { request: toRequestView(record), changed: false });
          if (record.status === "cancelled")
            throw new HttpError(409, "This request was cancelled; it cannot be closed.");
          const { closedNote: _previous, ...open } = record;
          const closed: BuddyRequest = {
            ...open,
            status: "closed",
            ...(input.value.note ? { closedNote: input.value.note } : {}),
          };
          await saveRequest(closed, etag);
          await store.audit({
            at,
            by: coordinator,
            action: "closed",
            target: record.id,
            detail: input.value.note ? "Closed with a note for the resident" : "Closed without a note",
          });
          await notifyResident(mailer, closed, "closed");
          return json(200, { request: toRequestView(closed), changed: true });
        }

        if (action === "cancel" && method === "POST") {
          await readOptionalJson(request);
          const { record, etag } = await loadRequest(id);
          if (record.status === "cancelled") return json(200, { request: toRequestView(record), changed: false });
          const cancelled = await cancelRequest(store, { record, etag }, coordinator, now);
          if (!cancelled) throw new HttpError(409, REQUEST_CHANGED);
          return json(200, { request: toRequestView(cancelled), changed: true });
        }

        throw new HttpError(405, "That action is not available here.");
      }

      if (collection === "welcomers") {
        if (!id && method === "GET") {
          return json(200, { welcomers: await store.listWelcomers(), groups: (await options()).groups });
        }

        if (!id && method === "POST") {
          const input = readInput(WelcomerInputSchema, await readJson(request));
          if (!input.ok) return jsonError(400, "Some details of the welcomer need changing.", input.fields);
          const group = (await options()).groups.find((candidate) => candidate.id === input.value.groupId);
          if (!group) {
            return jsonError(400, "Choose a verified group that offers welcomers.", {
              groupId: "Group must be one of the verified groups that offer welcomers",
            });
          }
          const welcomer = await store.createWelcomer(
            {
              name: input.value.name,
              groupId: group.id,
              groupName: group.name,
              status: "active",
              ...(input.value.note ? { note: input.value.note } : {}),
              addedBy: coordinator,
              addedAt: at,
            },
            now,
          );
          await store.audit({
            at,
            by: coordinator,
            action: "welcomer-added",
            target: welcomer.id,
            detail: describeWelcomer(welcomer),
          });
          return json(201, { welcomer });
        }

        if (id && (action === "pause" || action === "resume") && method === "POST") {
          await readOptionalJson(request);
          const { record, etag } = await loadWelcomer(id);
          const status = action === "pause" ? "paused" : "active";
          if (record.status === status) return json(200, { welcomer: record, changed: false });
          const updated: Welcomer = { ...record, status };
          await saveWelcomer(updated, etag);
          await store.audit({
            at,
            by: coordinator,
            action: action === "pause" ? "welcomer-paused" : "welcomer-resumed",
            target: record.id,
            detail: describeWelcomer(record),
          });
          return json(200, { welcomer: updated, changed: true });
        }

        if (id && !action && method === "DELETE") {
          const { record } = await loadWelcomer(id);
          const { open } = splitRequests(await store.listRequests(), today);
          const inUse = open.filter((item) => item.plan.welcomerId === record.id);
          if (inUse.length > 0) {
            const references = inUse.map((item) => item.reference).join(", ");
            throw new HttpError(
              409,
              `${record.name} is the welcomer on ${references}. Choose another welcomer for ${
                inUse.length === 1 ? "that request" : "those requests"
              } first, then remove ${record.name}.`,
            );
          }
          await store.deleteWelcomer(record.id);
          await store.audit({
            at,
            by: coordinator,
            action: "welcomer-removed",
            target: record.id,
            detail: describeWelcomer(record),
          });
          return json(200, { removed: true });
        }

        throw new HttpError(405, "That action is not available here.");
      }

      if (collection === "reports") {
        if (!id && method === "GET") return json(200, { reports: await store.listReports() });
        if (id && action === "read" && method === "POST") {
          await readOptionalJson(request);
          const { record, etag } = await loadReport(id);
          if (record.status === "read") return json(200, { report: record, changed: false });
          const read: Report = { ...record, status: "read", readBy: coordinator, readAt: at };
          if (!(await store.replaceReport(read, etag))) {
            throw new HttpError(409, "Someone else changed this report just now. Reload and try again.");
          }
          await store.audit({ at, by: coordinator, action: "report-read", target: record.id });
          return json(200, { report: read, changed: true });
        }
        throw new HttpError(405, "That action is not available here.");
      }

      if (collection === "outbox" && !id) {
        if (method !== "GET") throw new HttpError(405, "Use GET.", { allow: "GET" });
        return json(200, { messages: await store.listOutbox() });
      }

      if (collection === "audit" && !id) {
        if (method !== "GET") throw new HttpError(405, "Use GET.", { allow: "GET" });
        return json(200, { entries: await store.auditTrail(undefined, AUDIT_LIMIT) });
      }

      throw new HttpError(404, "No such coordination resource.");
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

export default withSiteHeaders(async (request: Request) => {
  return createCoordinationHandler({
    ...livePlatform(Netlify.env),
    tokens: parseModeratorTokens(Netlify.env.get("COORDINATOR_TOKENS"), "COORDINATOR_TOKENS"),
    options: () => loadOptions(pagesFrom(request)),
  })(request);
});
export const config: Config = { path: ["/api/coordination/*"] };
