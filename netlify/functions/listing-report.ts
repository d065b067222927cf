/**
 * Receives a report that a listing is wrong (a urlencoded post without JavaScript, JSON with it). Checks the
 * honeypot, the signed fill time, per-client limits, size and content type like the submission form, then the
 * answers and that the listing is on the site; stores the report as open, once and whole, with its audit line;
 * answers 303 to the private status page in the form's language, or the form again with every problem (JSON for
 * a script). Nothing on the listing's page changes until a moderator acts.
 */
import type { Config, Context } from "@netlify/functions";
import { localePath } from "../../src/lib/i18n/locales";
import { REPORT_STATUS_PATH } from "../../src/lib/pages/contract";
import { readListingReport } from "../../src/lib/reports/form";
import { findListing } from "../../src/lib/reports/listings";
import { listingPath, parseListing, type StoredReport } from "../../src/lib/reports/model";
import { reportProblemsInWords, type ReportFieldMessage } from "../../src/lib/reports/words";
import { admitPublicForm } from "../lib/form-guard";
import { formLocale } from "../lib/form-language";
import { json, seeOther, withSiteHeaders } from "../lib/http";
import { pagesFrom, type PageLoader } from "../lib/pages";
import { answerPublicForm, FieldProblems } from "../lib/public-form";
import {
  builtListings,
  formListing,
  notListedPage,
  reportFormPage,
  reportNotice,
  type ListingsSource,
} from "../lib/report-pages";
import { createReportStore, openReportsStore, type ReportStore } from "../lib/report-store";
import { createBuddyStore, openBuddyStore, type BuddyStore } from "../lib/buddy-store";
import { formSecret, hashStatusToken, newStatusToken, notConfigured, signFormStart } from "../lib/security";
import { limitSetting, PER_CLIENT_SETTING } from "../lib/settings";

/** The largest report accepted: long details in any script fit well inside it. */
export const MAX_REPORT_BYTES = 16 * 1024;
/** Reports one client may send in the window before being asked to wait. */
export const REPORTS_PER_CLIENT = 5;

/** What the report handler needs. */
export interface ListingReportDependencies {
  store: ReportStore;
  secret: string;
  now: () => Date;
  pages: (request: Request) => PageLoader;
  listings: ListingsSource;
  /** Passes a report that a listing seems unsafe to the buddy-up coordinators' queue too. */
  safety?: (report: StoredReport) => Promise<void>;
  clientLimit?: number;
  minimumFillMs?: number;
}

/**
 * The private status page's address, in the form's language.
 * @example reportStatusPath("ur", "0mx6sg000ab12cd34", "tok", true) // "/ur/report/status/?ref=0mx6sg000ab12cd34&token=tok&new=1"
 */
export function reportStatusPath(locale: Parameters<typeof localePath>[0], id: string, token: string, isNew = false) {
  return localePath(locale, `${REPORT_STATUS_PATH}?ref=${id}&token=${token}${isNew ? "&new=1" : ""}`);
}

/**
 * Gives a safety concern to the coordinators as well. The report is already kept for the moderators, so a
 * failure here is logged (by reference only) rather than refusing a report that was saved.
 */
async function passToCoordinators(safety: (report: StoredReport) => Promise<void>, report: StoredReport) {
  try {
    await safety(report);
  } catch {
    console.error(`Report ${report.reference} seems unsafe but could not be added to the coordinators' queue.`);
  }
}

/** Builds the handler from its dependencies, so tests can pass a real local store. */
export function createListingReportHandler(deps: ListingReportDependencies) {
  return (request: Request, context: Pick<Context, "ip">): Promise<Response> => {
    const pages = deps.pages(request);
    return answerPublicForm<ReportFieldMessage>(request, {
      maxBytes: MAX_REPORT_BYTES,
      formPage: async (values, errors, notice, refusal) => {
        const locale = formLocale(values);
        const listed = formListing(await deps.listings(request), parseListing(String(values["listing"] ?? "")), locale);
        if (!listed) return notListedPage(pages, locale);
        const { entry: _entry, ...listing } = listed;
        return reportFormPage(
          pages,
          locale,
          { listing, values, errors, formStarted: signFormStart(deps.secret, deps.now()) },
          reportNotice(locale, notice, refusal),
        );
      },
      handle: async (values, asJson) => {
        const now = deps.now();
        const locale = formLocale(values);
        // The client's keyed hash counts its reports for the limit; the report itself does not keep it.
        await admitPublicForm(values, {
          secret: deps.secret,
          now,
          minimumFillMs: deps.minimumFillMs,
          ip: context.ip,
          count: (client, at, windowMs) => deps.store.countRecent(client, at, windowMs),
          limit: deps.clientLimit ?? REPORTS_PER_CLIENT,
          what: "reports",
        });
        const listings = await deps.listings(request);
        const result = readListingReport(values, (ref) => findListing(listings, ref) !== undefined);
        if (!result.ok) throw new FieldProblems(reportProblemsInWords(locale, result.errors));

        const { report } = result;
        const token = newStatusToken();
        const saved = await deps.store.create(
          {
            receivedAt: now.toISOString(),
            listing: report.listing,
            about: findListing(listings, report.listing)!,
            reason: report.reason,
            details: report.details,
            ...(report.contact ? { contact: report.contact } : {}),
            locale,
            tokenHash: hashStatusToken(token),
          },
          now,
        );
        await deps.store.audit(saved.id, { at: now.toISOString(), by: "reporter", action: "reported" });
        if (saved.reason === "unsafe" && deps.safety) await passToCoordinators(deps.safety, saved);
        const statusUrl = reportStatusPath(locale, saved.id, token, true);
        if (asJson) return json(201, { reference: saved.reference, statusUrl });
        return seeOther(statusUrl);
      },
    });
  };
}

/** Adds a listing report to the buddy-up coordinators' reports of concern, with its audit line. */
export function coordinatorsQueue(buddy: BuddyStore) {
  return async (report: StoredReport): Promise<void> => {
    const concern = await buddy.createReport(
      {
        receivedAt: report.receivedAt,
        message: report.details,
        listing: { reference: report.reference, title: report.about.title, path: listingPath(report.listing) },
        ...(report.listing.kind === "events" ? { eventTitle: report.about.title } : {}),
        ...(report.contact ? { contact: report.contact.email ?? report.contact.phone } : {}),
      },
      new Date(report.receivedAt),
    );
    await buddy.audit({
      at: report.receivedAt,
      by: "public",
      action: "reported",
      target: concern.id,
      detail: `Listing report ${report.reference}: seems unsafe or unsuitable`,
    });
  };
}

export default withSiteHeaders(async (request: Request, context: Context) => {
  const secret = formSecret(Netlify.env);
  if (!secret) return notConfigured();
  const pages = (incoming: Request) => pagesFrom(incoming);
  return createListingReportHandler({
    store: createReportStore(openReportsStore()),
    secret,
    now: () => new Date(),
    pages,
    listings: builtListings(pages),
    safety: coordinatorsQueue(createBuddyStore(openBuddyStore())),
    // Raised only for the local browser tests, where every report comes from one address.
    clientLimit: limitSetting(Netlify.env, PER_CLIENT_SETTING, REPORTS_PER_CLIENT),
  })(request, context);
});

export const config: Config = {
  path: "/api/report",
  method: "POST",
  // The platform's limit per client and site; the app-level limit in Blobs also works locally.
  rateLimit: { windowLimit: 10, windowSize: 60, aggregateBy: ["ip", "domain"] },
};
