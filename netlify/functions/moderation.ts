/**
 * The moderation API behind the /moderate/ console. Every request needs a moderator's bearer token from
 * MODERATOR_TOKENS. Lists submissions by status with their flags, shows one with its audit trail, edits
 * (a published one too, and the site rebuilds), approves (optionally trusting the group), rejects with a
 * reason, withdraws a published event with a reason, and downloads an approved event as a Markdown file.
 * Under /api/moderation/sources it shows each import source's health and fetches one now (source-health.ts);
 * under /api/moderation/imports moderators approve a moderated source's events and split pairs (import-review.ts);
 * under /api/moderation/source-requests, groups' requests for their calendars to be added (source-requests.ts);
 * under /api/moderation/reports, residents' reports of wrong listings (report-moderation.ts).
 * Approve, reject and withdraw are idempotent; every change is audited with who, when and what.
 */
import type { Config } from "@netlify/functions";
import {
  SUBMISSION_STATUSES,
  toPublishedEvent,
  toSummary,
  type StoredSubmission,
  type SubmissionStatus,
} from "../../src/lib/submissions/model";
import { toEventMarkdown } from "../../src/lib/submissions/publish";
import { EditedEventSchema, type SubmittedEvent } from "../../src/lib/submissions/schema";
import { requestRebuild } from "../lib/build-hook";
import { HttpError, json, jsonError, readJsonObject, toErrorResponse, withSiteHeaders } from "../lib/http";
import { identifyModerator, parseModeratorTokens, type ModeratorToken } from "../lib/security";
import { createSubmissionStore, openSubmissionsStore, type SubmissionStore } from "../lib/submission-store";
import { knownPlaces, readCollectionFiles } from "../lib/content-files";
import { createImportStore, openImportsStore } from "../lib/import-store";
import { answerSources, type SourceHealthDependencies } from "../lib/source-health";
import { answerImportReview, type ImportReviewDependencies } from "../lib/import-review";
import { answerSourceRequests } from "../lib/source-requests";
import {
  createSourceRequestStore,
  openSourceRequestsStore,
  type SourceRequestStore,
} from "../lib/source-request-store";
import { diskListedIds } from "../lib/listed-ids";
import { answerReports } from "../lib/report-moderation";
import { createReportStore, openReportsStore, type ReportStore } from "../lib/report-store";
import { withAddedSources } from "../../src/lib/import/added-sources";

/** What the moderation handler needs. */
export interface ModerationDependencies {
  store: SubmissionStore;
  /** Source health and "fetch now" (netlify/lib/source-health.ts); without it, there are none. */
  sources?: SourceHealthDependencies;
  imports?: ImportReviewDependencies;
  /** Groups' requests for their calendars to be added; answered only with `sources`. */
  sourceRequests?: SourceRequestStore;
  /** Reports of wrong listings; without it, there are none. */
  reports?: ReportStore;
  tokens: readonly ModeratorToken[];
  now: () => Date;
  /** Asks for a rebuild so an approved event is published; never throws. */
  rebuild: (reason: string) => Promise<unknown>;
}

const readJson = (request: Request) => readJsonObject(request, 64 * 1024);

/**
 * The reason a moderator gives for a decision the submitter sees (rejecting, withdrawing): plain text, up to
 * 600 characters. Refused with 400 naming the field and `hint`.
 */
function readReason(body: Record<string, unknown>, hint: string): string {
  const reason = typeof body["reason"] === "string" ? body["reason"].trim() : "";
  if (!reason || reason.length > 600 || /<[a-z!/]/i.test(reason)) {
    throw new FieldsRefused("Give a reason in plain text (up to 600 characters).", { reason: hint });
  }
  return reason;
}

/** A refusal naming fields, answered as the 400 every console action gives. */
class FieldsRefused extends HttpError {
  constructor(
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(400, message);
  }
}

/** What changed between two versions of an event, field by field. */
function changesBetween(before: SubmittedEvent, after: SubmittedEvent): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof SubmittedEvent>;
  for (const key of keys) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

/** Builds the handler from its dependencies, so tests can pass a real local store. */
export function createModerationHandler(deps: ModerationDependencies) {
  const { store } = deps;

  async function load(id: string) {
    const found = await store.get(id);
    if (!found) throw new HttpError(404, "There is no submission with that reference.");
    return found;
  }

  async function save(record: StoredSubmission, etag: string | undefined) {
    if (!(await store.replace(record, etag))) {
      throw new HttpError(409, "Someone else changed this submission just now. Reload it and try again.");
    }
  }

  return async (request: Request): Promise<Response> => {
    try {
      const who = identifyModerator(request, deps.tokens);
      if (who.status === "missing") {
        return jsonError(401, "Sign in with your moderator token.", undefined, { "www-authenticate": "Bearer" });
      }
      if (who.status === "wrong") return jsonError(403, "That moderator token is not recognised.");
      const moderator = who.name;

      const url = new URL(request.url);
      const parts = url.pathname
        .replace(/^\/api\/moderation\/?/, "")
        .split("/")
        .filter(Boolean);
      const [collection, id, action] = parts;
      const at = deps.now().toISOString();

      if (collection === "me" && request.method === "GET") return json(200, { name: moderator });
      if (collection === "sources" && deps.sources) {
        return await answerSources(request, parts.slice(1), deps.sources, moderator);
      }
      if (collection === "imports" && deps.imports) {
        return await answerImportReview(request, parts.slice(1), deps.imports, moderator);
      }
      if (collection === "source-requests" && deps.sources && deps.sourceRequests) {
        const requests = { requests: deps.sourceRequests, sources: deps.sources };
        return await answerSourceRequests(request, parts.slice(1), requests, moderator);
      }
      if (collection === "reports" && deps.reports) {
        const reports = { store: deps.reports, now: deps.now, rebuild: deps.rebuild };
        return await answerReports(request, parts.slice(1), reports, moderator);
      }
      if (collection !== "submissions") throw new HttpError(404, "No such moderation resource.");

      if (!id) {
        if (request.method !== "GET") throw new HttpError(405, "Use GET to list submissions.", { allow: "GET" });
        const status = url.searchParams.get("status") ?? "pending";
        if (!(SUBMISSION_STATUSES as readonly string[]).includes(status)) throw new HttpError(400, "Unknown status.");
        const records = await store.list(status as SubmissionStatus);
        return json(200, { submissions: records.map(toSummary) });
      }

      if (!action && request.method === "GET") {
        const { record } = await load(id);
        const { tokenHash: _token, clientHash: _client, emailHash: _email, ...shown } = record;
        return json(200, { submission: shown, audit: await store.auditTrail(id) });
      }

      if (!action && request.method === "PATCH") {
        const body = await readJson(request);
        const parsed = EditedEventSchema.safeParse(body["event"]);
        if (!parsed.success) {
          const fields = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
          return jsonError(400, "Some fields need changing.", fields);
        }
        const { record, etag } = await load(id);
        if (record.status !== "pending" && record.status !== "approved") {
          throw new HttpError(409, `This submission is ${record.status}; it cannot be edited.`);
        }
        const changes = changesBetween(record.event, parsed.data);
        if (Object.keys(changes).length === 0) return json(200, { submission: toSummary(record), changed: false });
        const updated: StoredSubmission = { ...record, event: parsed.data };
        // A published event stays publishable: an edit that would stop it is refused, naming the fields.
        if (record.status === "approved") {
          const result = toPublishedEvent(updated, at.slice(0, 10));
          if (!result.ok) return jsonError(409, "This change would stop the event being published.", result.problems);
        }
        await save(updated, etag);
        await store.audit(id, { at, by: moderator, action: "edited", changes });
        if (record.status === "approved") await deps.rebuild(`Update submitted event ${record.reference}`);
        return json(200, { submission: toSummary(updated), changed: true });
      }

      if (action === "approve" && request.method === "POST") {
        const body = await readJson(request);
        const { record, etag } = await load(id);
        if (record.status === "approved") return json(200, { submission: toSummary(record), changed: false });
        if (record.status === "rejected")
          throw new HttpError(409, "This submission was rejected; it cannot be approved.");
        const result = toPublishedEvent(record, at.slice(0, 10));
        if (!result.ok) return jsonError(409, "This event cannot be published yet.", result.problems);
        const approved: StoredSubmission = {
          ...record,
          status: "approved",
          decision: { by: moderator, at, eventId: result.id },
        };
        await save(approved, etag);
        await store.audit(id, { at, by: moderator, action: "approved" });
        if (body["trustGroup"] === true && record.event.group.kind === "known") {
          await store.trustGroup(record.event.group.id, moderator, at);
          await store.audit(id, { at, by: moderator, action: "trusted-group" });
        }
        await deps.rebuild(`Publish submitted event ${record.reference}`);
        return json(200, { submission: toSummary(approved), changed: true, eventPath: `/events/${result.id}/` });
      }

      if (action === "reject" && request.method === "POST") {
        const body = await readJson(request);
        const reason = readReason(body, "Say why, in plain text: the submitter sees it");
        const { record, etag } = await load(id);
        if (record.status === "rejected") return json(200, { submission: toSummary(record), changed: false });
        if (record.status === "approved") throw new HttpError(409, "This submission is already approved.");
        const rejected: StoredSubmission = { ...record, status: "rejected", decision: { by: moderator, at, reason } };
        await save(rejected, etag);
        await store.audit(id, { at, by: moderator, action: "rejected", reason });
        return json(200, { submission: toSummary(rejected), changed: true });
      }

      if (action === "withdraw" && request.method === "POST") {
        const body = await readJson(request);
        const reason = readReason(body, "Say why it is taken off the site, in plain text: the submitter sees it");
        const { record, etag } = await load(id);
        if (record.status === "withdrawn") return json(200, { submission: toSummary(record), changed: false });
        if (record.status !== "approved") {
          throw new HttpError(409, `This submission is ${record.status}: only a published one can be withdrawn.`);
        }
        const withdrawn: StoredSubmission = {
          ...record,
          status: "withdrawn",
          decision: { ...record.decision, by: moderator, at, reason },
        };
        await save(withdrawn, etag);
        await store.audit(id, { at, by: moderator, action: "withdrawn", reason });
        await deps.rebuild(`Withdraw submitted event ${record.reference}`);
        return json(200, { submission: toSummary(withdrawn), changed: true });
      }

      if (action === "markdown" && request.method === "GET") {
        const { record } = await load(id);
        if (record.status !== "approved")
          throw new HttpError(409, `This submission is ${record.status}, not published.`);
        const result = toPublishedEvent(record, (record.decision?.at ?? at).slice(0, 10));
        if (!result.ok) return jsonError(409, "This event cannot be published yet.", result.problems);
        return new Response(toEventMarkdown(result.event, result.description), {
          status: 200,
          headers: {
            "content-type": "text/markdown; charset=utf-8",
            "content-disposition": `attachment; filename="${result.id}.md"`,
            "cache-control": "no-store",
          },
        });
      }

      throw new HttpError(405, "That action is not available here.");
    } catch (error) {
      if (error instanceof FieldsRefused) return jsonError(400, error.publicMessage, error.fields);
      return toErrorResponse(error);
    }
  };
}

/** How long "fetch now" may take: one source's fetch (10 s at most) and its store calls. */
const FETCH_NOW_BUDGET_MS = 20_000;

// Read once per function instance.
const listedIds = diskListedIds(process.cwd());

export default withSiteHeaders(async (request: Request) => {
  const rebuild = (reason: string) => requestRebuild(Netlify.env.get("BUILD_HOOK_URL"), reason);
  const imports = createImportStore(openImportsStore(FETCH_NOW_BUDGET_MS));
  const sources = async () =>
    withAddedSources(readCollectionFiles(process.cwd(), "sources").listings, await imports.addedSources());
  // The places known now, read only when a request needs them.
  const places = () => knownPlaces(process.cwd());
  return createModerationHandler({
    store: createSubmissionStore(openSubmissionsStore()),
    sources: {
      sources,
      listed: listedIds,
      store: imports,
      now: () => new Date(),
      places,
      run: () => ({ budgetMs: FETCH_NOW_BUDGET_MS, rebuild }),
    },
    imports: { sources, places, store: imports, now: () => new Date(), rebuild },
    sourceRequests: createSourceRequestStore(openSourceRequestsStore()),
    reports: createReportStore(openReportsStore()),
    tokens: parseModeratorTokens(Netlify.env.get("MODERATOR_TOKENS")),
    now: () => new Date(),
    rebuild,
  })(request);
});

export const config: Config = { path: ["/api/moderation/*"] };
