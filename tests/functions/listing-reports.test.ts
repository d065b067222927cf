/**
 * The report form's functions (the form page, the report itself, the private status page), called with real
 * Requests against a real local Netlify Blobs server.
 */
import type { Store } from "@netlify/blobs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";
import { toFormBody } from "../support/submissions";
import { PAGE_SLOT_ID, PAGE_TITLE_MARK, REPORT_LISTINGS_PATH } from "../../src/lib/pages/contract";
import type { ReportableListings } from "../../src/lib/reports/listings";
import { signFormStart } from "../../netlify/lib/security";
import { createReportStore } from "../../netlify/lib/report-store";
import { createListingReportHandler, config as reportConfig } from "../../netlify/functions/listing-report";
import { createReportPageHandler, config as pageConfig } from "../../netlify/functions/report-page";
import { createReportStatusHandler, config as statusConfig } from "../../netlify/functions/report-status";
import { builtListings } from "../../netlify/lib/report-pages";
import { LOCALES, localePath } from "../../src/lib/i18n/locales";
import { messagesFor } from "../../src/lib/i18n/messages";

const SECRET = "test-secret-test-secret";
const STARTED = new Date("2026-11-26T10:00:00Z");
const NOW = new Date("2026-11-26T10:05:00Z");

const LISTINGS: ReportableListings = {
  events: {
    "fenton-chair-yoga": {
      title: "Chair yoga",
      source: "imported",
      feed: { id: "fenton-library-calendar", name: "Fenton Library's calendar" },
      groupId: "fenton-movers",
    },
  },
  groups: { "fenton-movers": { title: "Fenton Movers", source: "curated" } },
  places: {},
  services: {},
};
const SHELL = (lang: string) =>
  `<html lang="${lang}"><head><title>${PAGE_TITLE_MARK} | Stoke Together</title></head><body>` +
  `<a href="/language/ur/?to=${encodeURIComponent("/ur/report/")}">اردو</a>` +
  `<div class="submit-page" id="${PAGE_SLOT_ID}"></div></body></html>`;
const asked: string[] = [];
const pages = () => async (path: string) => {
  asked.push(path);
  if (path === REPORT_LISTINGS_PATH) return JSON.stringify(LISTINGS);
  const locale = LOCALES.find((code) => path === localePath(code, "/report/shell/"));
  if (!locale) throw new Error(`No page ${path}`);
  return SHELL(locale);
};

let blobs: LocalBlobs;
let store: Store;
let count = 0;

beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(async () => blobs.stop());
beforeEach(() => {
  store = blobs.open(`listing-reports-${++count}`);
});

function handlers(clientLimit?: number) {
  const reports = createReportStore(store);
  const deps = { secret: SECRET, now: () => NOW, pages, listings: builtListings(pages) };
  return {
    reports,
    page: createReportPageHandler(deps),
    report: createListingReportHandler({ ...deps, store: reports, ...(clientLimit ? { clientLimit } : {}) }),
    status: createReportStatusHandler({ store: reports, pages }),
  };
}

const GOOD = {
  listing: "events/fenton-chair-yoga",
  reason: "time",
  details: "It starts at 11:00 now, from January.",
  contact: "sam@example.com",
  lang: "en",
  nickname: "",
};

function post(values: Record<string, string>, init: { json?: boolean; started?: Date } = {}) {
  const extra = { formStarted: signFormStart(SECRET, init.started ?? STARTED) };
  return new Request("http://localhost/api/report", {
    method: "POST",
    headers: init.json
      ? { "content-type": "application/json", accept: "application/json" }
      : { "content-type": "application/x-www-form-urlencoded" },
    body: init.json ? JSON.stringify({ ...values, ...extra }) : toFormBody(values, extra),
  });
}
const context = { ip: "203.0.113.9" };

describe("the report form page", () => {
  it("draws the form for a listed listing with a fresh start time and the chosen reason", async () => {
    const response = await handlers().page(
      new Request("http://localhost/report/?listing=events%2Ffenton-chair-yoga&reason=cancelled"),
    );
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('action="/api/report"');
    expect(page).toContain('name="listing" value="events/fenton-chair-yoga"');
    expect(page).toMatch(/id="reason-cancelled"[^>]*checked=""/);
    expect(page).toContain(`name="formStarted" value="${signFormStart(SECRET, NOW)}"`);
    expect(page).toContain("<title>Tell us what is wrong | Stoke Together</title>");
    expect(page).toContain('href="/events/fenton-chair-yoga/"');
    // The switcher keeps the listing.
    expect(page).toContain(encodeURIComponent("/ur/report/?listing=events%2Ffenton-chair-yoga"));
  });

  it("is in the address's language", async () => {
    const page = await (
      await handlers().page(new Request("http://localhost/ur/report/?listing=events/fenton-chair-yoga"))
    ).text();
    expect(page).toContain('<html lang="ur">');
    expect(page).toContain("ہمیں بتائیں کہ کیا غلط ہے");
    expect(page).toContain('name="lang" value="ur"');
    expect(page).toContain('href="/ur/events/fenton-chair-yoga/"');
  });

  it("says plainly when the listing is not on the site", async () => {
    const response = await handlers().page(new Request("http://localhost/report/?listing=events/gone"));
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).toContain("We could not find that listing");
    expect(page).not.toContain("<form");
  });
});

describe("sending a report", () => {
  it("stores it once, whole, with its audit line, and sends the reporter to the private status page", async () => {
    const { report, reports, status } = handlers();
    const response = await report(post(GOOD), context);
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    expect(location).toMatch(/^\/report\/status\/\?ref=[a-z0-9]+&token=[A-Za-z0-9_-]+&new=1$/);

    const [stored] = await reports.list();
    expect(stored).toMatchObject({
      status: "open",
      listing: { kind: "events", id: "fenton-chair-yoga" },
      about: { title: "Chair yoga", feed: { name: "Fenton Library's calendar" }, groupId: "fenton-movers" },
      reason: "time",
      details: GOOD.details,
      contact: { email: "sam@example.com" },
      locale: "en",
    });
    expect(JSON.stringify(stored)).not.toContain("203.0.113.9");
    expect(await reports.auditTrail(stored!.id)).toEqual([
      { at: NOW.toISOString(), by: "reporter", action: "reported" },
    ]);

    const page = await (await status(new Request(`http://localhost${location}`))).text();
    expect(page).toContain("Thank you: we have your report");
    expect(page).toContain(stored!.reference);
    expect(page).toContain("Waiting to be checked");
    expect(page).toContain("Date or time changed");
    // The status page never shows the contact.
    expect(page).not.toContain("sam@example.com");
  });

  it("answers a script with JSON, and the status link answers JSON without private data", async () => {
    const { report, status } = handlers();
    const response = await report(post({ ...GOOD, lang: "pl" }, { json: true }), context);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { reference: string; statusUrl: string };
    expect(body.statusUrl).toMatch(/^\/pl\/report\/status\//);
    const answer = await status(
      new Request(`http://localhost${body.statusUrl}`, { headers: { accept: "application/json" } }),
    );
    const seen = await answer.json();
    expect(seen).toMatchObject({ reference: body.reference, status: "open", reason: "time" });
    expect(JSON.stringify(seen)).not.toMatch(/sam@example|clientHash|tokenHash|details/);
  });

  it("gives the form back in its language with each field's problem, and stores nothing", async () => {
    const { report, reports } = handlers();
    const response = await report(
      post({ ...GOOD, lang: "ur", reason: "", details: "<b>hi</b> there friend", contact: "not a contact" }),
      context,
    );
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("<title>خرابی: ہمیں بتائیں کہ کیا غلط ہے | Stoke Together</title>");
    expect(page).toContain('href="#reason"');
    expect(page).toContain("منتخب کریں کہ کیا غلط ہے");
    expect(page).toContain('href="#details"');
    expect(page).toContain('href="#contact"');
    // What was typed is kept.
    expect(page).toContain("not a contact");
    expect(await reports.list()).toEqual([]);
  });

  it("names each field's problem to a script", async () => {
    const response = await handlers().report(post({ ...GOOD, details: "" }, { json: true }), context);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ fields: { details: "Tell us what should be different" } });
  });

  it("refuses a listing that is not on the site", async () => {
    const { report, reports } = handlers();
    const response = await report(post({ ...GOOD, listing: "events/not-listed" }), context);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("We could not find that listing");
    expect(await reports.list()).toEqual([]);
  });

  it("refuses a bot: the honeypot filled, or sent too fast, as the submission form does", async () => {
    const { report, reports } = handlers();
    const filled = await report(post({ ...GOOD, nickname: "buy now" }), context);
    expect(filled.status).toBe(400);
    expect(await filled.text()).toContain("We could not accept this form");
    const fast = await report(post(GOOD, { started: new Date(NOW.getTime() - 500) }), context);
    expect(fast.status).toBe(400);
    expect(await reports.list()).toEqual([]);
  });

  it("asks a client that sent too many to wait, in the form's language", async () => {
    const { report } = handlers(2);
    expect((await report(post(GOOD), context)).status).toBe(303);
    expect((await report(post(GOOD), context)).status).toBe(303);
    const third = await report(post({ ...GOOD, lang: "ro" }), context);
    expect(third.status).toBe(429);
    expect(await third.text()).toContain("Ai trimis mai multe semnalări");
  });

  it("shows the same page for a wrong token and an unknown reference", async () => {
    const { report, status } = handlers();
    const location = (await report(post(GOOD), context)).headers.get("location") ?? "";
    const wrong = await status(new Request(`http://localhost${location.replace(/token=[^&]+/, "token=nope")}`));
    const unknown = await status(new Request("http://localhost/report/status/?ref=0000000000&token=nope"));
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await wrong.text()).toBe(await unknown.text());
  });

  it("answers an unknown status link plainly when the page it is drawn in cannot be had", async () => {
    const status = createReportStatusHandler({
      store: createReportStore(store),
      pages: () => async (path: string) => {
        throw new Error(`No page ${path}`);
      },
    });
    const unknown = await status(new Request("http://localhost/ur/report/status/?ref=0000000000&token=nope"));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: messagesFor("ur").report.status.notFound });
  });
});

describe("the functions' addresses", () => {
  it("are literal, and cover every language", () => {
    expect(reportConfig.path).toBe("/api/report");
    for (const locale of LOCALES) {
      expect(pageConfig.path).toContain(localePath(locale, "/report/"));
      expect(statusConfig.path).toContain(localePath(locale, "/report/status/"));
    }
  });
});

describe("a report that a listing seems unsafe", () => {
  it("also reaches the buddy-up coordinators' queue, with the listing and without the reporter's address", async () => {
    const { createBuddyStore } = await import("../../netlify/lib/buddy-store");
    const { coordinatorsQueue } = await import("../../netlify/functions/listing-report");
    const buddy = createBuddyStore(blobs.open(`buddy-${count}`));
    const reports = createReportStore(store);
    const deps = { secret: SECRET, now: () => NOW, pages, listings: builtListings(pages) };
    const report = createListingReportHandler({ ...deps, store: reports, safety: coordinatorsQueue(buddy) });

    await report(post({ ...GOOD, reason: "time" }), context);
    expect(await buddy.listReports()).toEqual([]);
    await report(post({ ...GOOD, reason: "unsafe", details: "The leader shouted at children." }), context);
    const [concern] = await buddy.listReports();
    const unsafe = (await reports.list()).find((stored) => stored.reason === "unsafe");
    expect(concern).toMatchObject({
      status: "new",
      message: "The leader shouted at children.",
      contact: "sam@example.com",
      listing: { reference: unsafe!.reference, title: "Chair yoga", path: "/events/fenton-chair-yoga/" },
    });
    const trail = await buddy.auditTrail(concern!.id);
    expect(trail).toHaveLength(1);
    expect(JSON.stringify(trail)).not.toContain("sam@example.com");
  });
});

describe("moderating reports", () => {
  const MODERATOR = "0123456789abcdef0123456789";
  const rebuilds: string[] = [];

  async function setUp() {
    const { createModerationHandler } = await import("../../netlify/functions/moderation");
    const { createSubmissionStore } = await import("../../netlify/lib/submission-store");
    const { report, reports, status } = handlers();
    const moderate = createModerationHandler({
      store: createSubmissionStore(blobs.open(`submissions-${count}`)),
      reports,
      tokens: [{ name: "sam", token: MODERATOR }],
      now: () => NOW,
      rebuild: async (reason) => void rebuilds.push(reason),
    });
    const call = (path: string, body?: unknown, token: string | null = MODERATOR) =>
      moderate(
        new Request(`http://localhost/api/moderation/reports${path}`, {
          method: body === undefined ? "GET" : "POST",
          headers: {
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(body === undefined ? {} : { "content-type": "application/json" }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      );
    const location = (await report(post(GOOD), context)).headers.get("location") ?? "";
    const [stored] = await reports.list();
    return { call, reports, status, location, id: stored!.id };
  }

  it("lists open reports with the listing and its feed, for moderators only", async () => {
    const { call } = await setUp();
    expect((await call("", undefined, null)).status).toBe(401);
    const listed = (await (await call("")).json()) as { reports: Record<string, unknown>[] };
    expect(listed.reports).toHaveLength(1);
    expect(listed.reports[0]).toMatchObject({
      path: "/events/fenton-chair-yoga/",
      about: { title: "Chair yoga", source: "imported", feed: { name: "Fenton Library's calendar" } },
      reason: "time",
      contact: { email: "sam@example.com" },
    });
    expect(JSON.stringify(listed)).not.toMatch(/tokenHash|clientHash/);
  });

  it("fixes a report by moving a date: stores the correction once, asks for a rebuild, audits it, and tells the reporter", async () => {
    const { call, reports, status, location, id } = await setUp();
    rebuilds.length = 0;
    const correction = {
      kind: "move-date",
      date: "2026-12-01",
      startDate: "2026-12-01T11:00",
      endDate: "2026-12-01T12:00",
    };
    const fixed = await call(`/${id}/fixed`, { reason: "The group confirmed the new time.", correction });
    expect(fixed.status).toBe(200);
    expect(await fixed.json()).toMatchObject({ changed: true, corrected: true, report: { status: "fixed" } });
    expect(await reports.corrections("fenton-chair-yoga")).toEqual([
      { eventId: "fenton-chair-yoga", correction, reportId: id, by: "sam", at: NOW.toISOString() },
    ]);
    expect(rebuilds).toHaveLength(1);
    // The same decision again changes nothing; another is refused.
    expect(await (await call(`/${id}/fixed`, { reason: "Again", correction })).json()).toMatchObject({
      changed: false,
    });
    expect(await reports.corrections("fenton-chair-yoga")).toHaveLength(1);
    expect((await call(`/${id}/not-a-problem`, { reason: "No" })).status).toBe(409);

    const detail = (await (await call(`/${id}`)).json()) as { audit: { action: string; reason?: string }[] };
    expect(detail.audit.map((entry) => entry.action)).toEqual(["reported", "fixed"]);
    expect(detail.audit[1]?.reason).toContain("moved 2026-12-01 to 2026-12-01T11:00");

    const page = await (await status(new Request(`http://localhost${location.replace("&new=1", "")}`))).text();
    expect(page).toContain("Fixed");
    expect(page).toContain("The group confirmed the new time.");
  });

  it("fixes a report by putting the event's details right, and says which in the audit trail", async () => {
    const { call, reports, id } = await setUp();
    rebuilds.length = 0;
    const correction = { kind: "edit-details", locationText: "Side room, Fenton Library", price: "£1" };
    const fixed = await call(`/${id}/fixed`, { reason: "The group told us where it meets now.", correction });
    expect(await fixed.json()).toMatchObject({ changed: true, corrected: true });
    expect((await reports.corrections("fenton-chair-yoga"))[0]?.correction).toEqual(correction);
    expect(rebuilds).toHaveLength(1);
    const detail = (await (await call(`/${id}`)).json()) as { audit: { reason?: string }[] };
    expect(detail.audit[1]?.reason).toContain("changed locationText, price");
  });

  it("refuses a decision without a reason, or a correction that does not fit, naming the field", async () => {
    const { call, reports, id } = await setUp();
    const noReason = await call(`/${id}/passed-on`, { reason: " " });
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({ fields: { reason: expect.any(String) } });
    const backwards = await call(`/${id}/fixed`, {
      reason: "Moved",
      correction: { kind: "move-date", date: "2026-12-01", startDate: "2026-12-01T12:00", endDate: "2026-12-01T11:00" },
    });
    expect(backwards.status).toBe(400);
    expect(await backwards.json()).toMatchObject({ fields: { "correction.endDate": expect.any(String) } });
    const nothing = await call(`/${id}/fixed`, { reason: "Edited", correction: { kind: "edit-details", title: " " } });
    expect(nothing.status).toBe(400);
    expect(await nothing.json()).toMatchObject({ fields: { "correction.title": expect.any(String) } });
    const notFixed = await call(`/${id}/passed-on`, { reason: "Told them", correction: { kind: "cancel-event" } });
    expect(notFixed.status).toBe(400);
    expect((await reports.list("open")).map((report) => report.id)).toEqual([id]);
  });

  it("passes a report on to the group, or closes it as not a problem, without touching the listing", async () => {
    const { call, reports, id } = await setUp();
    rebuilds.length = 0;
    const passed = await call(`/${id}/passed-on`, { reason: "We have told Fenton Movers." });
    expect(await passed.json()).toMatchObject({ changed: true, corrected: false, report: { status: "passed-on" } });
    expect(rebuilds).toEqual([]);
    expect(await reports.corrections("fenton-chair-yoga")).toEqual([]);
    const listed = (await (await call("?status=passed-on")).json()) as { reports: unknown[] };
    expect(listed.reports).toHaveLength(1);
  });
});
