/**
 * The resident's side of buddy-up, called with real Requests against a real local Netlify Blobs server:
 * asking for a buddy, the private status page, cancelling, reporting a concern, and retention with a moved
 * clock. Every test also checks that nothing personal reaches a log.
 */
import type { Store } from "@netlify/blobs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BuddyOptions, BuddyRequest } from "../../src/lib/buddy/model";
import { createBuddyRequestHandler, MAX_REQUEST_BYTES } from "../../netlify/functions/buddy-request";
import { createBuddyStore } from "../../netlify/lib/buddy-store";
import { createMailer } from "../../netlify/lib/mailer";
import { runRetention } from "../../netlify/functions/buddy-retention";
import { notifyResident, OPTIONS_PATH } from "../../netlify/lib/buddy";
import {
  BUDDY_REPORT_FORM_PAGE,
  BUDDY_SHELL_PAGE,
  PAGE_SLOT_ID,
  PAGE_TITLE_MARK,
  buddyRequestFormPage,
} from "../../src/lib/pages/contract";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";
import {
  EMAIL,
  NAME,
  NOW,
  SECRET,
  STARTED,
  buddyHandlers,
  builtPages,
  forbidInLogs,
  formPage,
  postForm,
} from "../support/buddy";

const OPTIONS: BuddyOptions = {
  groups: [{ id: "tunstall-neighbours", name: "Tunstall Neighbours Network" }],
  events: [
    {
      id: "tunstall-coffee-morning",
      title: "Tunstall coffee morning",
      groupId: "tunstall-neighbours",
      groupName: "Tunstall Neighbours Network",
      placeName: "Tunstall Library",
      meetingPoint: "By the library's front doors",
      dates: [
        { date: "2026-11-26", startTime: "10:00", label: "Thursday 26 November, 10:00" },
        { date: "2026-12-01", startTime: "10:00", label: "Tuesday 1 December, 10:00" },
        { date: "2026-12-08", startTime: "10:00", label: "Tuesday 8 December, 10:00" },
      ],
    },
    {
      id: "lantern-parade",
      title: "Lantern parade",
      groupId: "tunstall-neighbours",
      groupName: "Tunstall Neighbours Network",
      dates: [{ date: "2026-12-05", startTime: "17:00", label: "Saturday 5 December, 17:00" }],
    },
  ],
};

const BUILT: Record<string, string> = {
  [OPTIONS_PATH]: JSON.stringify(OPTIONS),
  [buddyRequestFormPage("tunstall-coffee-morning")]: formPage("Ask for a buddy: Tunstall coffee morning"),
  [buddyRequestFormPage("lantern-parade")]: formPage("Ask for a buddy: Lantern parade"),
  [BUDDY_REPORT_FORM_PAGE]: formPage("Report a concern"),
  [BUDDY_SHELL_PAGE]: `<html><head><title>${PAGE_TITLE_MARK} | Stoke Together</title></head><body><div class="submit-page" id="${PAGE_SLOT_ID}"></div></body></html>`,
};
const pages = builtPages(BUILT);

const PHONE = "07700 900871";

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
  store = blobs.open(`buddy-${++storeNumber}`);
});
// Nothing a resident told us may appear in any log line.
forbidInLogs([NAME, EMAIL, "900871"]);

function handlers(now: Date = NOW, options: { clientLimit?: number } = {}) {
  return buddyHandlers(store, pages, now, options);
}

const client = (ip = "192.0.2.1") => ({ ip });

const VALID = {
  eventId: "tunstall-coffee-morning",
  date: "2026-12-08",
  name: NAME,
  contactMethod: "email",
  email: EMAIL,
  phone: "",
  accessNeeds: "I use a walking frame",
  preferences: "A woman, if possible",
  adult: "yes",
  consent: "yes",
};

const post = postForm;

const ask = (values: Record<string, string>, init?: Parameters<typeof post>[2]) =>
  post("/api/buddy-requests", values, init);

async function rawRequests(): Promise<BuddyRequest[]> {
  const { blobs: entries } = await store.list({ prefix: "requests/" });
  return Promise.all(entries.map(async (entry) => (await store.get(entry.key, { type: "json" })) as BuddyRequest));
}

/** Asks for a buddy and answers the status link's parts. */
async function askFor(values = VALID, h = handlers()) {
  const response = await h.ask(ask(values), client());
  expect(response.status).toBe(303);
  const location = response.headers.get("location")!;
  const url = new URL(location, "http://localhost");
  return { location, ref: url.searchParams.get("ref")!, token: url.searchParams.get("token")! };
}

describe("asking for a buddy", () => {
  it("stores a waiting request, tells the coordinators without naming the resident, and answers 303 to a private link", async () => {
    const h = handlers();
    const { location, ref, token } = await askFor(VALID, h);
    expect(location).toMatch(/^\/buddy-up\/status\/\?ref=[a-z0-9]+&token=[\w-]{32}&new=1$/);
    const [stored] = await rawRequests();
    expect(stored).toMatchObject({
      id: ref,
      status: "waiting",
      eventId: "tunstall-coffee-morning",
      eventTitle: "Tunstall coffee morning",
      date: "2026-12-08",
      startTime: "10:00",
      resident: { name: NAME, contact: { email: EMAIL }, accessNeeds: "I use a walking frame" },
    });
    // Only a hash of the token is kept, so the store alone cannot open the status page.
    expect(JSON.stringify(stored)).not.toContain(token);

    const outbox = await h.buddy.listOutbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ to: "coordinators", delivery: "outbox", requestId: ref });
    expect(JSON.stringify(outbox[0])).not.toContain(NAME);
    expect(JSON.stringify(outbox[0])).not.toContain(EMAIL);
    expect(await h.buddy.auditTrail(ref)).toMatchObject([{ by: "resident", action: "requested" }]);

    const page = await h.status(new Request(`http://localhost${location}`));
    expect(page.status).toBe(200);
    expect(page.headers.get("x-robots-tag")).toBe("noindex");
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await page.text();
    expect(html).toContain("Request sent");
    expect(html).toContain("Waiting for a welcomer");
    expect(html).toContain("Tuesday 8 December 2026 at 10:00");
    expect(html).not.toContain(EMAIL);
  });

  it("takes a phone number instead of an email, and the only date of a one-off event without a choice", async () => {
    const h = handlers();
    await askFor({ ...VALID, eventId: "lantern-parade", date: "", contactMethod: "phone", email: "", phone: PHONE }, h);
    const [stored] = await rawRequests();
    expect(stored).toMatchObject({ date: "2026-12-05", startTime: "17:00", resident: { contact: { phone: PHONE } } });
    expect(stored?.resident?.contact.email).toBeUndefined();
  });

  it("answers JSON with the reference and status link when asked for JSON", async () => {
    const response = await handlers().ask(ask(VALID, { json: true }), client());
    expect(response.status).toBe(201);
    const body = (await response.json()) as { reference: string; statusUrl: string };
    expect(body.reference).toMatch(/^BU-[A-Z0-9]+$/);
    expect(body.statusUrl).toMatch(/^\/buddy-up\/status\/\?ref=/);
  });

  it("sends the form back with every problem named, what was typed kept, and nothing stored", async () => {
    const values = { ...VALID, date: "", name: "", email: "not-an-email", adult: "", consent: "" };
    const response = await handlers().ask(ask(values), client());
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toMatch(/<title>Error: Ask for a buddy/);
    expect(html).toContain("There is a problem");
    for (const field of ["date", "name", "email", "adult", "consent"]) expect(html).toContain(`href="#${field}"`);
    expect(html).toContain("Confirm that you are 18 or over");
    expect(html).toContain('href="/buddy-up/#under-18"');
    expect(html).toContain('value="not-an-email"');
    expect(html).toContain("I use a walking frame");
    expect(await rawRequests()).toHaveLength(0);
  });

  it("names each field in JSON errors", async () => {
    const response = await handlers().ask(
      ask({ ...VALID, contactMethod: "phone", phone: "12" }, { json: true }),
      client(),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { fields: Record<string, string> };
    expect(Object.keys(body.fields)).toEqual(["phone"]);
  });

  it.each([
    ["a date the event does not have", { date: "2026-12-02" }, "date"],
    ["today, too soon to arrange", { date: "2026-11-26" }, "date"],
    ["no way to be contacted", { contactMethod: "" }, "contactMethod"],
    ["a name with a link in it", { name: "www.example.com" }, "name"],
    ["HTML in the access needs", { accessNeeds: "<script>alert(1)</script>" }, "accessNeeds"],
    ["preferences that run on", { preferences: "x".repeat(301) }, "preferences"],
  ])("refuses %s, naming the field", async (_, change, field) => {
    const response = await handlers().ask(ask({ ...VALID, ...change }, { json: true }), client());
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as { fields: Record<string, string> }).fields)).toContain(field);
    expect(await rawRequests()).toHaveLength(0);
  });

  it("refuses an event without buddy-up", async () => {
    const response = await handlers().ask(ask({ ...VALID, eventId: "some-other-event" }), client());
    expect(response.status).toBe(400);
    expect(await rawRequests()).toHaveLength(0);
  });

  it("refuses a filled honeypot, a form sent too fast, and a forged timestamp, storing nothing", async () => {
    const h = handlers();
    expect((await h.ask(ask({ ...VALID, nickname: "bot" }), client())).status).toBe(400);
    expect((await h.ask(ask(VALID, { started: new Date(NOW.getTime() - 500) }), client())).status).toBe(400);
    const forged = ask({ ...VALID, formStarted: `${STARTED.getTime()}.forged` });
    const answer = await h.ask(forged, client());
    expect(answer.status).toBe(400);
    // The page version keeps what was typed and says what to do.
    const html = await answer.text();
    expect(html).toContain("Please wait a moment and send it again");
    expect(html).toContain(`value="${NAME}"`);
    expect(await rawRequests()).toHaveLength(0);
  });

  it("refuses other methods, media types and oversized bodies", async () => {
    const h = handlers();
    expect((await h.ask(new Request("http://localhost/api/buddy-requests"), client())).status).toBe(405);
    expect((await h.ask(ask(VALID, { type: "text/plain" }), client())).status).toBe(415);
    const huge = ask({ ...VALID, accessNeeds: "x".repeat(MAX_REQUEST_BYTES) });
    expect((await h.ask(huge, client())).status).toBe(413);
    expect(await rawRequests()).toHaveLength(0);
  });

  it("limits how many requests one client sends in ten minutes", async () => {
    const h = handlers(NOW, { clientLimit: 2 });
    const statuses: number[] = [];
    for (const date of ["2026-12-01", "2026-12-08", "2026-12-01"]) {
      const email = `person-${statuses.length}@example.org`;
      statuses.push((await h.ask(ask({ ...VALID, date, email }), client("192.0.2.9"))).status);
    }
    expect(statuses).toEqual([303, 303, 429]);
    // Another address is not held back.
    expect((await h.ask(ask({ ...VALID, email: "other@example.org" }), client("192.0.2.10"))).status).toBe(303);
  });

  it("refuses a second request from the same person for the same date, and more than three open at once", async () => {
    const h = handlers();
    await askFor(VALID, h);
    const again = await h.ask(ask({ ...VALID, email: EMAIL.toUpperCase() }, { json: true }), client());
    expect(again.status).toBe(409);
    expect(((await again.json()) as { fields: Record<string, string> }).fields["date"]).toMatch(/already asked/);
    await askFor({ ...VALID, date: "2026-12-01" }, h);
    await askFor({ ...VALID, eventId: "lantern-parade", date: "" }, h);
    const fourth = await h.ask(
      ask({ ...VALID, date: "2026-12-01", eventId: "tunstall-coffee-morning", email: EMAIL }),
      client(),
    );
    expect(fourth.status).toBe(409);
    expect(await rawRequests()).toHaveLength(3);
  });

  it("answers 503 with Retry-After when the store cannot be reached", async () => {
    const down = createBuddyStore(blobs.open("unused"));
    const offline = createBuddyRequestHandler({
      store: createBuddyStore(
        (await import("@netlify/blobs")).getStore({
          name: "offline",
          siteID: "test-site",
          token: "test-token",
          edgeURL: "http://localhost:9",
          uncachedEdgeURL: "http://localhost:9",
          consistency: "strong",
        }),
      ),
      mailer: createMailer(down, () => NOW),
      secret: SECRET,
      now: () => NOW,
      pages,
    });
    const unavailable = await offline(ask(VALID, { json: true }), client());
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toBe("60");
  });
});

describe("the private status page", () => {
  it("shows nothing for an unknown reference, a wrong token or a guessed one, with the same answer", async () => {
    const h = handlers();
    const { ref, token } = await askFor(VALID, h);
    const answers = await Promise.all(
      [
        // The token with its last character changed (to one it is not).
        `ref=${ref}&token=${token.slice(0, -1)}${token.endsWith("x") ? "y" : "x"}`,
        `ref=${ref}&token=`,
        `ref=0000000000000&token=${token}`,
        `ref=../requests/${ref}&token=${token}`,
        `ref=${ref}&token=${"A".repeat(32)}`,
      ].map(async (query) => {
        const response = await h.status(new Request(`http://localhost/buddy-up/status/?${query}`));
        return [response.status, await response.text()] as const;
      }),
    );
    for (const [status, html] of answers) {
      expect(status).toBe(404);
      expect(html).toContain("There is no buddy-up request at this link");
      expect(html).not.toContain("Tunstall coffee morning");
    }
  });

  it("shows the welcomer's first name, group, meeting point and time once matched, and never contact details", async () => {
    const h = handlers();
    const { ref, token } = await askFor(VALID, h);
    const found = (await h.buddy.getRequest(ref))!;
    await h.buddy.replaceRequest(
      {
        ...found.record,
        status: "matched",
        plan: {
          welcomerId: "0000000000abc",
          welcomerName: "Bernadette",
          groupId: "tunstall-neighbours",
          groupName: "Tunstall Neighbours Network",
          meetingPoint: "By the library's front doors",
          meetingTime: "09:50",
        },
      },
      found.etag,
    );
    const page = await (
      await h.status(new Request(`http://localhost/buddy-up/status/?ref=${ref}&token=${token}`))
    ).text();
    expect(page).toContain("A welcomer will meet you");
    expect(page).toContain("Bernadette, from Tunstall Neighbours Network");
    expect(page).toContain("By the library&#x27;s front doors");
    expect(page).toContain("09:50 on Tuesday 8 December 2026");
    expect(page).not.toContain(EMAIL);

    const view = await h.status(
      new Request(`http://localhost/buddy-up/status/?ref=${ref}&token=${token}`, {
        headers: { accept: "application/json" },
      }),
    );
    const body = JSON.stringify(await view.json());
    expect(body).toContain("Bernadette");
    expect(body).not.toContain(NAME);
    expect(body).not.toContain(EMAIL);
    expect(body).not.toContain("walking frame");
    expect(body).not.toContain("0000000000abc");
  });

  it("shows a closed request with the coordinator's note, and no cancel button", async () => {
    const h = handlers();
    const { ref, token } = await askFor(VALID, h);
    const found = (await h.buddy.getRequest(ref))!;
    await h.buddy.replaceRequest(
      { ...found.record, status: "closed", closedNote: "No welcomer is free that day, sorry." },
      found.etag,
    );
    const page = await (
      await h.status(new Request(`http://localhost/buddy-up/status/?ref=${ref}&token=${token}`))
    ).text();
    expect(page).toContain("This request is closed");
    expect(page).toContain("No welcomer is free that day, sorry.");
    expect(page).not.toContain("Cancel my request");
  });
});

describe("cancelling", () => {
  const cancel = (ref: string, token: string, action: string) => post("/buddy-up/status/", { ref, token, action });

  it("asks first, then deletes the resident's details at once and tells the coordinators", async () => {
    const h = handlers();
    const { ref, token } = await askFor(VALID, h);
    const asked = await h.status(cancel(ref, token, "cancel"));
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain("Yes, cancel my request");
    expect((await rawRequests())[0]?.status).toBe("waiting");

    const done = await h.status(cancel(ref, token, "confirm-cancel"));
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("have been deleted");
    const [stored] = await rawRequests();
    expect(stored?.status).toBe("cancelled");
    const raw = JSON.stringify(stored);
    for (const detail of [NAME, EMAIL, "walking frame", "A woman", "contactHash"]) expect(raw).not.toContain(detail);
    expect((await h.buddy.auditTrail(ref)).map((entry) => entry.action)).toEqual(["cancelled", "requested"]);
    const messages = await h.buddy.listOutbox();
    expect(messages.find((message) => /was cancelled/.test(message.subject))).toMatchObject({ to: "coordinators" });

    // Cancelling again changes nothing; the status page says it is cancelled.
    expect((await h.status(cancel(ref, token, "confirm-cancel"))).status).toBe(200);
    expect(await h.buddy.auditTrail(ref)).toHaveLength(2);
    const page = await (
      await h.status(new Request(`http://localhost/buddy-up/status/?ref=${ref}&token=${token}`))
    ).text();
    expect(page).toContain("This request is cancelled");
    expect(page).not.toContain("Cancel my request");
  });

  it("deletes the messages to the resident with their details, and keeps the coordinators' ones", async () => {
    const h = handlers();
    const { ref, token } = await askFor(VALID, h);
    const found = await h.buddy.getRequest(ref);
    await notifyResident(
      createMailer(h.buddy, () => NOW),
      found!.record,
      "matched",
    );
    expect((await h.buddy.listOutbox()).some((message) => message.to === EMAIL)).toBe(true);

    expect((await h.status(cancel(ref, token, "confirm-cancel"))).status).toBe(200);
    const messages = await h.buddy.listOutbox();
    expect(messages.filter((message) => message.to === EMAIL)).toEqual([]);
    expect(JSON.stringify(messages)).not.toContain(NAME);
    expect(messages.map((message) => message.subject)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^New buddy-up request/), expect.stringMatching(/was cancelled$/)]),
    );
  });

  it("refuses to cancel with a wrong token, changing nothing", async () => {
    const h = handlers();
    const { ref, token } = await askFor(VALID, h);
    const response = await h.status(cancel(ref, `${token.slice(1)}x`, "confirm-cancel"));
    expect(response.status).toBe(404);
    expect((await rawRequests())[0]).toMatchObject({ status: "waiting", resident: { name: NAME } });
  });
});

describe("changing a stored request", () => {
  it("refuses a change made from a copy that someone else has changed since", async () => {
    const h = handlers();
    const { ref } = await askFor(VALID, h);
    const first = (await h.buddy.getRequest(ref))!;
    const second = (await h.buddy.getRequest(ref))!;
    expect(first.etag).toBeTruthy();

    expect(await h.buddy.replaceRequest({ ...first.record, status: "matched" }, first.etag)).toBe(true);
    expect(await h.buddy.replaceRequest({ ...second.record, status: "closed" }, second.etag)).toBe(false);
    expect((await rawRequests())[0]?.status).toBe("matched");

    // Read again, the change goes through.
    const fresh = (await h.buddy.getRequest(ref))!;
    expect(fresh.record.status).toBe("matched");
    expect(await h.buddy.replaceRequest({ ...fresh.record, status: "closed" }, fresh.etag)).toBe(true);
  });
});

describe("reporting a concern", () => {
  const report = (values: Record<string, string>, init?: Parameters<typeof post>[2]) =>
    post("/api/buddy-reports", values, init);

  it("takes a public report for the coordinators, and tells them", async () => {
    const h = handlers();
    const response = await h.report(report({ message: "Someone at the walk made me uneasy.", contact: "" }), client());
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Thank you for telling us");
    const [stored] = await h.buddy.listReports();
    expect(stored).toMatchObject({ message: "Someone at the walk made me uneasy.", status: "new" });
    expect(stored?.requestId).toBeUndefined();
    expect((await h.buddy.listOutbox())[0]).toMatchObject({ to: "coordinators", subject: "A concern was reported" });
  });

  it("ties a report from a status page to the request only when its token is genuine", async () => {
    const h = handlers();
    const { ref, token } = await askFor(VALID, h);
    const form = await h.page(new Request(`http://localhost/buddy-up/report/?ref=${ref}&token=${token}`));
    expect(await form.text()).toMatch(/about your buddy-up request <strong>BU-/);
    const forged = await h.page(new Request(`http://localhost/buddy-up/report/?ref=${ref}&token=wrong`));
    expect(await forged.text()).not.toContain("about your buddy-up request");

    await h.report(report({ ref, token, message: "My welcomer did not turn up." }), client());
    await h.report(report({ ref, token: "guessed", message: "A report with a guessed token." }), client());
    const reports = await h.buddy.listReports();
    expect(reports.find((r) => r.message.startsWith("My welcomer"))).toMatchObject({
      requestId: ref,
      eventTitle: "Tunstall coffee morning",
    });
    expect(reports.find((r) => r.message.startsWith("A report with"))?.requestId).toBeUndefined();
  });

  it("sends the form back naming the field, and refuses bots", async () => {
    const h = handlers();
    const response = await h.report(report({ message: "short" }), client());
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('href="#message"');
    expect(html).toContain(">short</textarea>");
    const json = await h.report(report({ message: "<b>bold</b> words here" }, { json: true }), client());
    expect(((await json.json()) as { fields: Record<string, string> }).fields["message"]).toMatch(/plain text/);
    expect((await h.report(report({ message: "A real enough message.", nickname: "bot" }), client())).status).toBe(400);
    expect(await h.buddy.listReports()).toHaveLength(0);
  });
});

describe("the form pages", () => {
  it("serves an event's request form with a signed timestamp, and 404 for an event without buddy-up", async () => {
    const h = handlers();
    const ok = await h.page(new Request("http://localhost/buddy-up/ask/tunstall-coffee-morning/"));
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-security-policy")).toContain("default-src 'self'");
    for (const path of ["/buddy-up/ask/not-an-event/", "/buddy-up/ask/..%2Fshell/", "/buddy-up/ask/"]) {
      expect((await h.page(new Request(`http://localhost${path}`))).status).toBe(404);
    }
  });
});

describe("retention", () => {
  it("deletes a request seven days after its date, with the messages about it, and not a day sooner", async () => {
    const h = handlers();
    const { ref } = await askFor(VALID, h); // 8 December
    const later = await askFor({ ...VALID, eventId: "lantern-parade", date: "" }, h); // 5 December
    const old = await h.buddy.createReport({ receivedAt: "2026-08-01T09:00:00Z", message: "An old report." }, NOW);

    // 15 December: seven days after the 8th, so it is still kept; the 5th's has gone.
    let result = await runRetention(h.buddy, new Date("2026-12-15T23:30:00Z"));
    expect(result.requests).toBe(1);
    expect((await rawRequests()).map((request) => request.id)).toEqual([ref]);
    expect((await h.buddy.listOutbox()).some((message) => message.requestId === later.ref)).toBe(false);

    result = await runRetention(h.buddy, new Date("2026-12-16T00:30:00Z"));
    expect(result.requests).toBe(1);
    expect(await rawRequests()).toHaveLength(0);
    expect((await h.buddy.listOutbox()).some((message) => message.requestId === ref)).toBe(false);
    expect((await h.buddy.listReports()).some((report) => report.id === old.id)).toBe(false);
    expect((await h.buddy.auditTrail(ref))[0]).toMatchObject({ by: "retention", action: "deleted" });
    // Nothing personal remains anywhere in the store.
    const { blobs: keys } = await store.list();
    for (const key of keys.map((blob) => blob.key)) {
      const text = (await store.get(key)) ?? "";
      expect(text).not.toContain(NAME);
      expect(text).not.toContain(EMAIL);
    }
  });

  it("deletes a cancelled request's remains on the same schedule", async () => {
    const h = handlers();
    const { ref, token } = await askFor(VALID, h);
    await h.status(post("/buddy-up/status/", { ref, token, action: "confirm-cancel" }));
    await runRetention(h.buddy, new Date("2026-12-16T12:00:00Z"));
    expect(await rawRequests()).toHaveLength(0);
  });
});
