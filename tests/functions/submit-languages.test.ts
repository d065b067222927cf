/**
 * The submission functions answer in the language of the form that was sent (its hidden `lang` field) or of the
 * address asked for (/ur/submit/…): the form again with every problem in that language, the status page, and
 * addresses that stay in it. What is stored is what was typed; the moderators' view stays English.
 */
import { getStore } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSubmissionFixtures, toFormBody } from "../support/submissions";
import {
  PAGE_SLOT_ID,
  PAGE_TITLE_MARK,
  SUBMISSION_FORM_MARKS,
  SUBMISSION_FORM_OPTIONS_ID,
} from "../../src/lib/pages/contract";
import { LOCALES, localePath } from "../../src/lib/i18n/locales";
import { signFormStart } from "../../netlify/lib/security";
import { createSubmissionStore } from "../../netlify/lib/submission-store";
import { createStatusHandler, config as statusConfig } from "../../netlify/functions/submission-status";
import { createSubmitHandler } from "../../netlify/functions/submit";
import { config as pageConfig, createSubmitPageHandler } from "../../netlify/functions/submit-page";
import { diskListedIds } from "../../netlify/lib/listed-ids";

const SECRET = "test-secret-test-secret";
const STARTED = new Date("2026-11-26T10:00:00Z");
const NOW = new Date("2026-11-26T10:05:00Z");

const options = { places: [{ id: "bentilee-library", name: "Bentilee Library" }], groups: [] };
const form = (title: string) => `<html><head><title>${title} | Stoke Together</title></head><body>
<script type="application/json" id="${SUBMISSION_FORM_OPTIONS_ID}">${JSON.stringify(options)}</script>
<div id="${SUBMISSION_FORM_MARKS.rootId}"><astro-island>form</astro-island></div><div id="${SUBMISSION_FORM_MARKS.endId}" hidden></div></body></html>`;
// The frame's language switcher links to the status page in each language, without its private query.
const SHELL = `<html><head><title>${PAGE_TITLE_MARK} | Stoke Together</title></head><body>
<a href="/language/pl/?to=%2Fpl%2Fsubmit%2Fstatus%2F">Polski</a>
<div class="submit-page" id="${PAGE_SLOT_ID}"></div></body></html>`;
const asked: string[] = [];
const pages = () => async (path: string) => {
  asked.push(path);
  return path.endsWith("/submit/form/") ? form(path) : SHELL;
};

let server: BlobsServer;
let directory: string;
let submit: ReturnType<typeof createSubmitHandler>;
let status: ReturnType<typeof createStatusHandler>;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "stoke-blobs-"));
  server = new BlobsServer({ directory, token: "test-token" });
  const { port } = await server.start();
  const store = createSubmissionStore(
    getStore({
      name: "submissions-languages",
      siteID: "test-site",
      token: "test-token",
      edgeURL: `http://localhost:${port}`,
      uncachedEdgeURL: `http://localhost:${port}`,
      consistency: "strong",
    }),
  );
  submit = createSubmitHandler({ store, secret: SECRET, now: () => NOW, listed: diskListedIds(process.cwd()), pages });
  status = createStatusHandler({ store, pages });
});

afterAll(async () => {
  await server.stop();
  rmSync(directory, { recursive: true, force: true });
});

const weekly = loadSubmissionFixtures("valid").find((fixture) => fixture.name === "weekly-coffee-morning")!;
const post = (values: Record<string, string | string[]>, lang: string, json = false) =>
  new Request("http://localhost/api/submissions", {
    method: "POST",
    headers: json
      ? { "content-type": "application/json", accept: "application/json" }
      : { "content-type": "application/x-www-form-urlencoded" },
    body: json
      ? JSON.stringify({ ...values, lang, formStarted: signFormStart(SECRET, STARTED) })
      : toFormBody(values, { lang, formStarted: signFormStart(SECRET, STARTED) }),
  });

describe("the submission functions in the form's language", () => {
  it("draws the form again from the Polish page, every problem in Polish, the title marked as an error", async () => {
    asked.length = 0;
    const response = await submit(post({ ...weekly.values, title: "", endTime: "09:00" }, "pl"), { ip: "192.0.2.1" });
    expect(response.status).toBe(400);
    expect(asked).toEqual(["/pl/submit/form/"]);
    const html = await response.text();
    expect(html).toContain("<title>Błąd: /pl/submit/form/ | Stoke Together</title>");
    expect(html).toContain("Trzeba coś poprawić");
    expect(html).toContain("Uzupełnij pole „Nazwa wydarzenia”");
    expect(html).toContain("Godzina zakończenia musi być późniejsza niż godzina rozpoczęcia");
    expect(html).toContain('name="lang" value="pl"');
    expect(html).not.toContain("There is a problem");
  });

  it("names each field in JSON in the form's language, for the island", async () => {
    const response = await submit(post({ ...weekly.values, contactEmail: "nope" }, "ur", true), { ip: "192.0.2.2" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fields: Record<string, string> };
    expect(body.fields["contactEmail"]).toBe("“آپ کا ای میل ایڈریس” میں ای میل ایڈریس لکھیں، جیسے name@example.com");
  });

  it("tells a form sent too soon that it was refused, in its language", async () => {
    const request = new Request("http://localhost/api/submissions", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: toFormBody(weekly.values, { lang: "ar", formStarted: signFormStart(SECRET, NOW) }),
    });
    const html = await (await submit(request, { ip: "192.0.2.3" })).text();
    expect(html).toContain("لم نتمكن من قبول هذا النموذج");
    expect(html).toContain("<title>خطأ: ");
  });

  it("sends an Urdu form on to the Urdu status page, which keeps the event's words as typed", async () => {
    const title = "منگل کی چائے — Tuesday tea";
    const response = await submit(post({ ...weekly.values, title }, "ur"), { ip: "192.0.2.4" });
    expect(response.status).toBe(303);
    const location = response.headers.get("location")!;
    expect(location).toMatch(/^\/ur\/submit\/status\/\?ref=[a-z0-9]+&token=[\w-]{32}&new=1$/);
    const page = await status(new Request(`http://localhost${location}`));
    const html = await page.text();
    expect(html).toContain("تقریب جانچ کے لیے بھیج دی گئی");
    expect(html).toContain("جانچ کا انتظار ہے");
    expect(html).toContain(title);
    expect(html).toContain('href="/ur/submit/"');
    // The private link is the Urdu page's, and the switcher goes on to this same submission in Polish.
    expect(html).toMatch(/http:\/\/localhost\/ur\/submit\/status\/\?ref=/);
    const query = location.replace(/^[^?]*/, "").replace("&new=1", "");
    expect(html).toContain(`/language/pl/?to=${encodeURIComponent(`/pl/submit/status/${query}`)}"`);

    const english = await status(new Request(`http://localhost${location.replace(/^\/ur/, "")}`));
    expect(await english.text()).toContain("Waiting to be checked");
  });

  it("says a link that finds nothing in the address's language", async () => {
    const page = await status(new Request("http://localhost/pl/submit/status/?ref=nothing&token=nothing"));
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("Nie znaleziono zgłoszenia");
  });

  it("keeps answering in English when the form names no language, or one the site does not have", async () => {
    const response = await submit(post({ ...weekly.values, title: "" }, "xx"), { ip: "192.0.2.5" });
    expect(await response.text()).toContain("Event name must not be empty");
  });
});

describe("the form pages' addresses in every language", () => {
  it("routes /submit/, /submit/calendar/ and /submit/status/ in every language to their functions", () => {
    for (const locale of LOCALES) {
      for (const path of ["/submit/", "/submit/calendar/"]) {
        expect(pageConfig.path).toContain(localePath(locale, path));
        expect(pageConfig.path).toContain(localePath(locale, path).replace(/\/$/, ""));
      }
      expect(statusConfig.path).toContain(localePath(locale, "/submit/status/"));
      expect(statusConfig.path).toContain(localePath(locale, "/submit/status"));
    }
  });

  it("serves each language's form from its own built page", async () => {
    const handler = createSubmitPageHandler({ secret: SECRET, now: () => NOW, pages });
    asked.length = 0;
    await handler(new Request("http://localhost/ro/submit/calendar"));
    await handler(new Request("http://localhost/ar/submit/"));
    await handler(new Request("http://localhost/submit/"));
    expect(asked).toEqual(["/ro/submit/calendar-form/", "/ar/submit/form/", "/submit/form/"]);
  });
});
