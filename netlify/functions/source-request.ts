/**
 * Receives a group's request for its calendar to be added (the form at /submit/calendar/: a urlencoded post,
 * or JSON). Passes the same guards as every public form (honeypot, signed fill time, per-client limit, size,
 * content type), checks the answers (the address as a source's; a chosen group or place must be listed),
 * keeps the request in one write for the moderators, and answers 303 to the page that says what happens
 * next, or the form again with every problem and everything typed. The contact email is never in the
 * answer or a log.
 */
import type { Config, Context } from "@netlify/functions";
import { createElement } from "react";
import SourceRequestFields from "../../src/forms/SourceRequestFields";
import { readSourceRequestForm, type RequestField } from "../../src/lib/import/source-request";
import { localePath } from "../../src/lib/i18n/locales";
import { requestWords } from "../../src/lib/submissions/catalogue-words";
import { describeRequestProblems } from "../../src/lib/submissions/form-words";
import type { FieldMessage } from "../../src/lib/submissions/problems";
import {
  SOURCE_REQUEST_FORM_MARKS,
  SOURCE_REQUEST_FORM_PAGE,
  SOURCE_REQUEST_SENT_PAGE,
} from "../../src/lib/pages/contract";
import { json, seeOther, withSiteHeaders } from "../lib/http";
import { admitPublicForm } from "../lib/form-guard";
import { formLocale, refusalNotice } from "../lib/form-language";
import { answerPublicForm, FieldProblems } from "../lib/public-form";
import { diskListedIds, type ListedIdsSource } from "../lib/listed-ids";
import { pagesFrom, readFormOptions, renderFormPage, type PageLoader } from "../lib/pages";
import { formSecret, notConfigured, signFormStart } from "../lib/security";
import { limitSetting, PER_CLIENT_SETTING } from "../lib/settings";
import {
  createSourceRequestStore,
  openSourceRequestsStore,
  type SourceRequestStore,
} from "../lib/source-request-store";

/** The largest request accepted: a note of 1,000 characters in any script fits well inside it. */
export const MAX_REQUEST_BYTES = 16 * 1024;
/** Requests one client may send in the window before being asked to wait. */
export const REQUESTS_PER_CLIENT = 5;

/** What the handler needs. */
export interface SourceRequestDependencies {
  store: SourceRequestStore;
  secret: string;
  now: () => Date;
  /** The places and groups listed on the site, which a request may name by id. */
  listed: ListedIdsSource;
  /** Loads a built page of the site, for the form again with its problems. */
  pages: (request: Request) => PageLoader;
  clientLimit?: number;
  minimumFillMs?: number;
}

/** Builds the handler from its dependencies, so tests can pass a real local store. */
export function createSourceRequestHandler(deps: SourceRequestDependencies) {
  return (request: Request, context: Pick<Context, "ip">): Promise<Response> =>
    answerPublicForm<FieldMessage<RequestField>>(request, {
      maxBytes: MAX_REQUEST_BYTES,
      // The form again in the language it was sent in, from the built form page in that language.
      formPage: async (values, errors, notice, refusal) => {
        const locale = formLocale(values);
        const words = requestWords(locale);
        const page = await deps.pages(request)(localePath(locale, SOURCE_REQUEST_FORM_PAGE));
        const formStarted = signFormStart(deps.secret, deps.now());
        const form = createElement(SourceRequestFields, {
          options: readFormOptions(page),
          words,
          values,
          errors,
          formStarted,
        });
        const said = refusalNotice(words.notices, "requests", notice, refusal);
        return renderFormPage(page, SOURCE_REQUEST_FORM_MARKS, form, errors.length > 0, said, words.kit.errorTitle);
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
          limit: deps.clientLimit ?? REQUESTS_PER_CLIENT,
          what: "requests",
        });
        const result = readSourceRequestForm(values, deps.listed());
        if (!result.ok) throw new FieldProblems(describeRequestProblems(requestWords(locale), result.errors));
        await deps.store.create(result.request, { receivedAt: now.toISOString(), clientHash }, now);
        // What happens next, in the language the form was sent in.
        const next = localePath(locale, SOURCE_REQUEST_SENT_PAGE);
        if (asJson) return json(201, { received: true, next });
        return seeOther(next);
      },
    });
}

// Read once per function instance, on the first request.
const listedIds = diskListedIds(process.cwd());

export default withSiteHeaders(async (request: Request, context: Context) => {
  const secret = formSecret(Netlify.env);
  if (!secret) return notConfigured();
  return createSourceRequestHandler({
    store: createSourceRequestStore(openSourceRequestsStore()),
    secret,
    now: () => new Date(),
    listed: listedIds,
    pages: (incoming) => pagesFrom(incoming),
    // Raised only for the local browser tests, where every form comes from one address.
    clientLimit: limitSetting(Netlify.env, PER_CLIENT_SETTING, REQUESTS_PER_CLIENT),
  })(request, context);
});

export const config: Config = {
  path: "/api/source-requests",
  method: "POST",
  // The platform's limit per client and site; the app-level limit in Blobs also works locally.
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ["ip", "domain"] },
};
