/**
 * Buddy-up in the resident's language, through the functions with real Requests against a local Netlify Blobs
 * server: the forms come back in the language they were sent in (every problem and notice in its words), the
 * private status link keeps that language, and so do cancelling and reporting. Nothing personal reaches a log.
 */
import type { Store } from "@netlify/blobs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BuddyOptions } from "../../src/lib/buddy/model";
import { config as pageConfig } from "../../netlify/functions/buddy-page";
import { config as statusConfig } from "../../netlify/functions/buddy-status";
import { notifyResident, OPTIONS_PATH } from "../../netlify/lib/buddy";
import {
  BUDDY_REPORT_FORM_PAGE,
  BUDDY_SHELL_PAGE,
  PAGE_SLOT_ID,
  PAGE_TITLE_MARK,
  buddyRequestFormPage,
} from "../../src/lib/pages/contract";
import { LOCALES, localePath } from "../../src/lib/i18n/locales";
import { createMailer } from "../../netlify/lib/mailer";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";
import { EMAIL, NAME, NOW, buddyHandlers, builtPages, forbidInLogs, formPage, postForm } from "../support/buddy";

const OPTIONS: BuddyOptions = {
  groups: [{ id: "tunstall-neighbours", name: "Tunstall Neighbours Network" }],
  events: [
    {
      id: "tunstall-coffee-morning",
      title: "Tunstall coffee morning",
      groupId: "tunstall-neighbours",
      groupName: "Tunstall Neighbours Network",
      placeName: "Tunstall Library",
      dates: [
        { date: "2026-12-01", startTime: "10:00", label: "Tuesday 1 December, 10:00" },
        { date: "2026-12-08", startTime: "10:00", label: "Tuesday 8 December, 10:00" },
      ],
    },
  ],
};

// Each built template names its language, so a test can tell which one a function drew on.
// The switcher's links as the built frame has them: to buddy-up's own page in each language.
const switcher = LOCALES.map(
  (code) => `<a href="/language/${code}/?to=${encodeURIComponent(localePath(code, "/buddy-up/"))}">${code}</a>`,
).join("");
const shell = (lang: string) =>
  `<html lang="${lang}"><head><title>${PAGE_TITLE_MARK} | Stoke Together</title></head><body>${switcher}<div class="submit-page" id="${PAGE_SLOT_ID}"></div></body></html>`;
const BUILT: Record<string, string> = { [OPTIONS_PATH]: JSON.stringify(OPTIONS) };
for (const locale of LOCALES) {
  BUILT[localePath(locale, buddyRequestFormPage("tunstall-coffee-morning"))] = formPage("Form", locale);
  BUILT[localePath(locale, BUDDY_REPORT_FORM_PAGE)] = formPage("Form", locale);
  BUILT[localePath(locale, BUDDY_SHELL_PAGE)] = shell(locale);
}
const asked: string[] = [];
const pages = builtPages(BUILT, asked);

let blobs: LocalBlobs;
let store: Store;
let storeNumber = 0;

beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(async () => {
  await blobs.stop();
});
beforeEach(() => {
  store = blobs.open(`buddy-i18n-${++storeNumber}`);
  asked.length = 0;
});
forbidInLogs([NAME, EMAIL]);

const handlers = () => buddyHandlers(store, pages);

const client = { ip: "192.0.2.1" };

const VALID = {
  eventId: "tunstall-coffee-morning",
  date: "2026-12-08",
  name: NAME,
  contactMethod: "email",
  email: EMAIL,
  phone: "",
  accessNeeds: "",
  preferences: "",
  adult: "yes",
  consent: "yes",
};

const post = (path: string, values: Record<string, string>, json = false) => postForm(path, values, { json });

/** The text of a page without its tags, for finding sentences that hold a listing's own words. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, "");

describe("the buddy-up functions answer at every language's addresses", () => {
  it("lists each address once per language", () => {
    const paths = [pageConfig.path, statusConfig.path].flat();
    for (const locale of LOCALES) {
      for (const path of ["/buddy-up/ask/*", "/buddy-up/report/", "/buddy-up/status/"]) {
        expect(paths, `${locale} ${path}`).toContain(localePath(locale, path));
      }
    }
  });
});

describe("asking for a buddy in Urdu and Polish", () => {
  it("sends an Urdu form back in Urdu, every problem named in Urdu, what was typed kept", async () => {
    const values = { ...VALID, lang: "ur", date: "", email: "not-an-email", adult: "", consent: "" };
    const response = await handlers().ask(post("/api/buddy-requests", values), client);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(asked).toContain("/ur/buddy-up/form/tunstall-coffee-morning/");
    expect(html).toContain('<html lang="ur">');
    expect(html).toMatch(/<title>غلطی: /);
    expect(html).toContain("کچھ ٹھیک کرنا ہے");
    expect(html).toContain("چنیں کہ آپ کس تاریخ کو جانا چاہتے ہیں");
    expect(html).toContain("ای میل پتہ اس طرح لکھیں: name@example.com");
    expect(html).toContain("تصدیق کریں کہ آپ کی عمر 18 سال یا اس سے زیادہ ہے");
    expect(html).toContain('href="/ur/buddy-up/#under-18"');
    expect(html).toContain('name="lang" value="ur"');
    expect(html).toContain('value="not-an-email"');
    expect(html).not.toContain("There is a problem");
    expect(html).not.toContain("Choose which date");
  });

  it("names each field in a script's JSON in the form's language", async () => {
    const values = { ...VALID, lang: "pl", contactMethod: "phone", phone: "12" };
    const response = await handlers().ask(post("/api/buddy-requests", values, true), client);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fields: Record<string, string> };
    expect(body.fields).toEqual({ phone: "Wpisz numer telefonu w takiej postaci: 01782 123456 albo 07700 900123" });
  });

  it("refuses a bot's form with a Polish notice, keeping what was typed", async () => {
    const response = await handlers().ask(
      post("/api/buddy-requests", { ...VALID, lang: "pl", nickname: "bot" }),
      client,
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("Nie mogliśmy przyjąć tego formularza. Poczekaj chwilę i wyślij go jeszcze raz.");
    expect(html).toMatch(/<title>Błąd: /);
    expect(html).toContain(`value="${NAME}"`);
  });

  it("keeps the language in the private link, and shows, cancels and reports in it", async () => {
    const h = handlers();
    const sent = await h.ask(post("/api/buddy-requests", { ...VALID, lang: "pl" }), client);
    expect(sent.status).toBe(303);
    const location = sent.headers.get("location") ?? "";
    expect(location).toMatch(/^\/pl\/buddy-up\/status\/\?ref=[a-z0-9]+&token=[\w-]{32}&new=1$/);
    const url = new URL(location, "http://localhost");
    const ref = url.searchParams.get("ref") ?? "";
    const token = url.searchParams.get("token") ?? "";

    const page = await h.status(new Request(`http://localhost${location}`));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(asked).toContain("/pl/buddy-up/shell/");
    expect(html).toContain("<title>Prośba wysłana | Stoke Together</title>");
    expect(html).toContain("Czekamy na osobę witającą");
    expect(html).toMatch(/wtorek.*8 grudnia 2026, godz\. 10:00/);
    expect(html).toContain(`http://localhost/pl/buddy-up/status/?ref=${ref}&amp;token=${token}`);
    expect(html).toContain('action="/pl/buddy-up/status/"');
    expect(html).toContain(`href="/pl/buddy-up/report/?ref=${ref}&amp;token=${token}"`);
    expect(html).toContain('href="/pl/events/tunstall-coffee-morning/" lang="en-GB"');
    expect(html).not.toContain(EMAIL);
    expect(html).not.toContain(NAME);
    // Choosing another language keeps the request.
    expect(html).toContain(
      `href="/language/ur/?to=${encodeURIComponent(`/ur/buddy-up/status/?ref=${ref}&token=${token}`)}"`,
    );
    expect(html).toContain(
      `href="/language/en/?to=${encodeURIComponent(`/buddy-up/status/?ref=${ref}&token=${token}`)}"`,
    );

    const cancel = (action: string) => h.status(post("/pl/buddy-up/status/", { ref, token, action }));
    const confirm = await (await cancel("cancel")).text();
    expect(confirm).toContain("Zrezygnować z prośby o Buddy-up?");
    expect(confirm).toContain("Tak, rezygnuję z prośby");
    expect(confirm).toContain(`href="/pl/buddy-up/status/?ref=${ref}&amp;token=${token}"`);

    const form = await (
      await h.page(new Request(`http://localhost/pl/buddy-up/report/?ref=${ref}&token=${token}`))
    ).text();
    expect(asked).toContain("/pl/buddy-up/report-form/");
    expect(textOf(form)).toMatch(/To zgłoszenie dotyczy Twojej prośby o Buddy-up BU-[A-Z0-9]+\./);

    const done = await (await cancel("confirm-cancel")).text();
    expect(done).toContain("Zrezygnowano z prośby");
    expect(textOf(done)).toContain("Zrezygnowano z Twojej prośby o Buddy-up na wydarzenie: Tunstall coffee morning.");
    const after = await (
      await h.status(new Request(`http://localhost/pl/buddy-up/status/?ref=${ref}&token=${token}`))
    ).text();
    expect(after).toContain("Z tej prośby zrezygnowano");
    expect(after).not.toContain("Rezygnuję z prośby");
  });

  it("shows the welcomer's own words marked as English on an Urdu page", async () => {
    const h = handlers();
    const sent = await h.ask(post("/api/buddy-requests", { ...VALID, lang: "ur" }), client);
    const location = sent.headers.get("location") ?? "";
    expect(location.startsWith("/ur/buddy-up/status/")).toBe(true);
    const ref = new URL(location, "http://localhost").searchParams.get("ref") ?? "";
    const found = (await h.buddy.getRequest(ref))!;
    await h.buddy.replaceRequest(
      {
        ...found.record,
        status: "matched",
        plan: {
          welcomerName: "Bernadette",
          groupName: "Tunstall Neighbours Network",
          meetingPoint: "By the doors",
          meetingTime: "09:50",
        },
      },
      found.etag,
    );
    const html = await (await h.status(new Request(`http://localhost${location.replace("&new=1", "")}`))).text();
    expect(html).toContain("ایک میزبان آپ سے ملے گا");
    expect(html).toContain(
      '<span lang="en-GB" dir="ltr">Bernadette</span>، <span lang="en-GB" dir="ltr">Tunstall Neighbours Network</span> سے',
    );
    expect(html).toContain('<span lang="en-GB" dir="ltr">By the doors</span>');
  });

  it("keeps the language asked in, and writes the resident's messages in it", async () => {
    const h = handlers();
    const sent = await h.ask(post("/api/buddy-requests", { ...VALID, lang: "ur" }), client);
    const ref = new URL(sent.headers.get("location") ?? "", "http://localhost").searchParams.get("ref") ?? "";
    const found = (await h.buddy.getRequest(ref))!;
    expect(found.record.lang).toBe("ur");
    await notifyResident(
      createMailer(h.buddy, () => NOW),
      found.record,
      "matched",
    );
    const message = (await h.buddy.listOutbox()).find((sentMessage) => sentMessage.to === EMAIL)!;
    expect(message.subject).toBe("Tunstall coffee morning کے لیے آپ کی ساتھی سروس کی درخواست");
    expect(message.text).toContain(`السلام علیکم ${NAME}۔ ایک میزبان آپ سے ملے گا۔`);
    expect(message.text).toContain(`(حوالہ نمبر ${found.record.reference})`);

    // A request asked in English stores no language, and its messages stay as they were.
    const english = await h.ask(post("/api/buddy-requests", { ...VALID, email: "other@example.org" }), client);
    const englishRef = new URL(english.headers.get("location") ?? "", "http://localhost").searchParams.get("ref") ?? "";
    const englishRecord = (await h.buddy.getRequest(englishRef))!.record;
    expect(englishRecord.lang).toBeUndefined();
    await notifyResident(
      createMailer(h.buddy, () => NOW),
      englishRecord,
      "closed",
    );
    const englishMessage = (await h.buddy.listOutbox()).find((sentMessage) => sentMessage.to === "other@example.org")!;
    expect(englishMessage.text).toBe(
      `Hello ${NAME}. A coordinator has closed your request.\n` +
        `Open the private link you were given when you asked (reference ${englishRecord.reference}) to see the details.`,
    );
  });

  it("says in the form's language that an event has no buddy-up", async () => {
    const response = await handlers().ask(
      post("/api/buddy-requests", { ...VALID, lang: "pl", eventId: "other" }),
      client,
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("To wydarzenie nie oferuje Buddy-up.");
    expect(html).toContain('href="/pl/buddy-up/"');
  });

  it("answers a wrong link and an unknown address in the address's language", async () => {
    const h = handlers();
    const missing = await h.status(new Request("http://localhost/ur/buddy-up/status/?ref=0000000000000&token=x"));
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(html).toContain("درخواست نہیں ملی");
    expect(html).toContain('href="/ur/buddy-up/report/"');
    const nowhere = await h.page(new Request("http://localhost/pl/buddy-up/ask/not-an-event/"));
    expect(nowhere.status).toBe(404);
    expect(await nowhere.text()).toContain("Pod tym adresem nie ma wydarzenia z Buddy-up.");
    const form = await h.page(new Request("http://localhost/ur/buddy-up/ask/tunstall-coffee-morning/"));
    expect(form.status).toBe(200);
    expect(asked).toContain("/ur/buddy-up/form/tunstall-coffee-morning/");
  });
});

describe("reporting a concern in Urdu", () => {
  it("sends the form back in Urdu, then thanks in Urdu", async () => {
    const h = handlers();
    const wrong = await h.report(post("/api/buddy-reports", { lang: "ur", message: "short", contact: "" }), client);
    expect(wrong.status).toBe(400);
    const html = await wrong.text();
    expect(asked).toContain("/ur/buddy-up/report-form/");
    expect(html).toContain("ہمیں ایک یا زیادہ جملوں میں بتائیں کہ کیا ہوا یا کس بات کی فکر ہے");
    expect(html).toContain(">short</textarea>");

    const right = await h.report(
      post("/api/buddy-reports", { lang: "ur", message: "Someone at the walk made me uneasy.", contact: "" }),
      client,
    );
    expect(right.status).toBe(200);
    const thanks = await right.text();
    expect(thanks).toContain("بتانے کا شکریہ");
    expect(thanks).toContain('href="/ur/buddy-up/"');
    // What coordinators are told stays English.
    expect((await h.buddy.listOutbox())[0]).toMatchObject({ subject: "A concern was reported" });
  });
});
