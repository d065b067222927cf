/**
 * Receives an event submission from the form (a urlencoded post without JavaScript, JSON with it).
 * Checks the honeypot, the signed fill time, per-client limits, size, content type, the schema, the first
 * date against today in the city, and that a chosen place or group is listed; stores the submission as
 * pending; answers 303 to the private status page, or the form again with every problem.
 */
import type { Config, Context } from "@netlify/functions";
import { flagSubmission, keyOf, placeNameOf, type EventKey } from "../../src/lib/submissions/flags";
import { readSubmissionForm, type FormField } from "../../src/lib/submissions/form";
import { submissionWords } from "../../src/lib/submissions/catalogue-words";
import { describeSubmissionProblems } from "../../src/lib/submissions/form-words";
import type { FieldMessage } from "../../src/lib/submissions/problems";
import { localePath } from "../../src/lib/i18n/locales";
import { toEventPart } from "../../src/lib/submissions/model";
import { cityNow, toLocalDate } from "../../src/lib/time/zone";
import { json, seeOther, withSiteHeaders } from "../lib/http";
import { answerPublicForm, FieldProblems } from "../lib/public-form";
import { admitPublicForm } from "../lib/form-guard";
import { formLocale, refusalNotice } from "../lib/form-language";
import { limitSetting, PER_CLIENT_SETTING } from "../lib/settings";
import { SUBMISSION_FORM_PAGE } from "../../src/lib/pages/contract";
import { pagesFrom, renderFormWithErrors, type PageLoader } from "../lib/pages";
import { formSecret, notConfigured, hashFor, hashStatusToken, newStatusToken, signFormStart } from "../lib/security";
import { createSubmissionStore, openSubmissionsStore, type SubmissionStore } from "../lib/submission-store";
import { diskListedIds, type ListedIdsSource } from "../lib/listed-ids";

/** The largest form accepted: a long description in any script fits well inside it. */
export const MAX_BODY_BYTES = 64 * 1024;
/** Submissions one client may send in the window before being asked to wait. */
export const CLIENT_LIMIT = 5;

/** What the submit handler needs. */
export interface SubmitDependencies {
  store: SubmissionStore;
  secret: string;
  now: () => Date;
  /** The places and groups listed on the site, which a submission may name by id. */
  listed: ListedIdsSource;
  /** Loads a built page of the site, for the no-JavaScript error page. */
  pages: (request: Request) => PageLoader;
  /** Submissions one client may send in ten minutes (default CLIENT_LIMIT). */
  clientLimit?: number;
  /** Fill time below which a form is taken to be a bot's. */
  minimumFillMs?: number;
}

/** Builds the handler from its dependencies, so tests can pass a real local store. */
export function createSubmitHandler(deps: SubmitDependencies) {
  return (request: Request, context: Pick<Context, "ip">): Promise<Response> =>
    answerPublicForm<FieldMessage<FormField>>(request, {
      maxBytes: MAX_BODY_BYTES,
      // The form again in the language it was sent in, from the built form page in that language.
      formPage: async (values, errors, notice, refusal) => {
        const locale = formLocale(values);
        const words = submissionWords(locale);
        const page = await deps.pages(request)(localePath(locale, SUBMISSION_FORM_PAGE));
        const formStarted = signFormStart(deps.secret, deps.now());
        const said = refusalNotice(words.notices, "events", notice, refusal);
        return renderFormWithErrors(page, words, values, errors, formStarted, said);
      },
      handle: async (values, asJson) => {
        const now = deps.now();
        const locale = formLocale(values);
        const clientHash = await admitPublicForm(values, {
          secret: deps.secret,
          now,
          minimumFillMs: deps.minimumFillMs,
          ip: context.ip,
          count: (client, at, windowMs) => deps.store.countRecent(client, at, windowMs),
          limit: deps.clientLimit ?? CLIENT_LIMIT,
          what: "events",
        });

        const result = readSubmissionForm(values, { today: toLocalDate(cityNow(now)), listed: deps.listed() });
        if (!result.ok) throw new FieldProblems(describeSubmissionProblems(submissionWords(locale), result.errors));

        const submission = result.submission;
        const place = placeNameOf(submission);
        const keyHash = hashFor(
          deps.secret,
          "event",
          keyOf({ title: submission.title, place, startDate: submission.startDate }),
        );
        const groupId = submission.group.kind === "known" ? submission.group.id : undefined;
        const [seenBefore, trusted] = await Promise.all([
          deps.store.noteEventKey(keyHash, now.toISOString()),
          groupId === undefined ? false : deps.store.isTrustedGroup(groupId),
        ]);
        const sameEvent: EventKey[] = seenBefore
          ? [{ title: submission.title, place, startDate: submission.startDate }]
          : [];
        const flags = flagSubmission(submission, sameEvent, new Set(trusted && groupId ? [groupId] : []));
        const token = newStatusToken();
        const saved = await deps.store.create(
          {
            receivedAt: now.toISOString(),
            event: toEventPart(submission),
            contactEmail: submission.contactEmail,
            emailHash: hashFor(deps.secret, "email", submission.contactEmail),
            clientHash,
            tokenHash: hashStatusToken(token),
            flags,
          },
          now,
        );
        await deps.store.audit(saved.id, { at: now.toISOString(), by: "submitter", action: "submitted" });
        // The status page in the language the form was sent in.
        const statusUrl = localePath(locale, `/submit/status/?ref=${saved.id}&token=${token}&new=1`);
        if (asJson) return json(201, { reference: saved.reference, statusUrl });
        return seeOther(statusUrl);
      },
    });
}

// Read once per function instance, on the first submission.
const listedIds = diskListedIds(process.cwd());

export default withSiteHeaders(async (request: Request, context: Context) => {
  const secret = formSecret(Netlify.env);
  if (!secret) return notConfigured();
  return createSubmitHandler({
    store: createSubmissionStore(openSubmissionsStore()),
    secret,
    now: () => new Date(),
    listed: listedIds,
    pages: (incoming) => pagesFrom(incoming),
    // Raised only for the local browser tests, where every submission comes from one address.
    clientLimit: limitSetting(Netlify.env, PER_CLIENT_SETTING, CLIENT_LIMIT),
  })(request, context);
});

export const config: Config = {
  path: "/api/submissions",
  method: "POST",
  // The platform's limit per client and site; the app-level limit in Blobs also works locally.
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ["ip", "domain"] },
};
