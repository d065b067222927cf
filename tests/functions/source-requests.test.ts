/**
 * A group asking for its calendar to be added, and moderators adding or declining it: the public function
 * and the moderation routes, called with real Requests against a real local Netlify Blobs server, with the
 * shared scenario fixtures. Nothing is half-written, and the contact email is never in a public answer or a
 * log, and is gone from the store once the request is resolved.
 */
import type { Store } from "@netlify/blobs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSourceRequestHandler } from "../../netlify/functions/source-request";
import { createSubmitPageHandler } from "../../netlify/functions/submit-page";
import { createModerationHandler } from "../../netlify/functions/moderation";
import { createImportStore, type ImportStore } from "../../netlify/lib/import-store";
import { diskListedIds } from "../../netlify/lib/listed-ids";
import { signFormStart } from "../../netlify/lib/security";
import { createSourceRequestStore } from "../../netlify/lib/source-request-store";
import type { SubmissionStore } from "../../netlify/lib/submission-store";
import { withAddedSources } from "../../src/lib/import/added-sources";
import { IMPORT_KEYS } from "../../src/lib/import/store-keys";
import {
  FORM_STARTED_MARK,
  SOURCE_REQUEST_FORM_MARKS,
  SOURCE_REQUEST_FORM_PAGE,
  SUBMISSION_FORM_OPTIONS_ID,
  SUBMISSION_FORM_PAGE,
} from "../../src/lib/pages/contract";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";
import { loadFormFixtures, toFormBody } from "../support/submissions";

const SECRET = "test-secret-test-secret";
const MODERATOR = "0123456789abcdef0123456789";
const STARTED = new Date("2027-01-05T10:00:00Z");
const NOW = new Date("2027-01-05T10:05:00Z");

const options = {
  places: [{ id: "bentilee-library", name: "Bentilee Library" }],
  groups: [{ id: "digital-buddies", name: "Digital Buddies" }],
};
const FORM = `<html><head><title>Ask us to add your group's calendar | Stoke Together</title></head><body>
<script type="application/json" id="${SUBMISSION_FORM_OPTIONS_ID}">${JSON.stringify(options)}</script>
<div id="${SOURCE_REQUEST_FORM_MARKS.rootId}"><form>the plain form</form></div><div id="${SOURCE_REQUEST_FORM_MARKS.endId}" hidden></div></body></html>`;
const pages = () => async (path: string) => {
  if (path !== SOURCE_REQUEST_FORM_PAGE) throw new Error(`No page ${path}`);
  return FORM;
};
const listed = diskListedIds(process.cwd());
const valid = loadFormFixtures("source-requests", "valid");
const invalid = loadFormFixtures("source-requests", "invalid");
const google = valid.find((fixture) => fixture.name === "listed-group-google-calendar")!;
const webcal = valid.find((fixture) => fixture.name === "new-group-apple-webcal")!;

let blobs: LocalBlobs;
let store: Store;
let logged: string[];

beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(async () => {
  await blobs.stop();
});
beforeEach(() => {
  store = blobs.open(`imports-${Math.random().toString(36).slice(2)}`);
  logged = [];
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : String(arg))).join(" "));
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

function handler(options: { store?: Store; clientLimit?: number; now?: Date } = {}) {
  return createSourceRequestHandler({
    store: createSourceRequestStore(options.store ?? store),
    secret: SECRET,
    now: () => options.now ?? NOW,
    listed,
    pages,
    ...(options.clientLimit ? { clientLimit: options.clientLimit } : {}),
  });
}

function post(
  values: Record<string, string | string[]>,
  init: { json?: boolean; extra?: Record<string, string> } = {},
) {
  const extra = { formStarted: signFormStart(SECRET, STARTED), ...init.extra };
  return new Request("http://localhost/api/source-requests", {
    method: "POST",
    headers: init.json
      ? { "content-type": "application/json", accept: "application/json" }
      : { "content-type": "application/x-www-form-urlencoded" },
    body: init.json ? JSON.stringify({ ...values, ...extra }) : toFormBody(values, extra),
  });
}

const client = (ip = "192.0.2.1") => ({ ip });

/** Every key in the store with its text, to look for what should not be there. */
async function everything(of: Store = store): Promise<{ key: string; text: string }[]> {
  const { blobs: all } = await of.list();
  return Promise.all(
    all.map(async (blob) => ({ key: blob.key, text: (await of.get(blob.key, { type: "text" })) ?? "" })),
  );
}

async function storedRequests(): Promise<unknown[]> {
  const { blobs: all } = await store.list({ prefix: IMPORT_KEYS.requests });
  return Promise.all(all.map((blob) => store.get(blob.key, { type: "json" }) as Promise<unknown>));
}

describe("a group asks for its calendar to be added", () => {
  it("is served the form at /submit/calendar/ with a freshly signed start time", async () => {
    const built: Record<string, string> = {
      [SOURCE_REQUEST_FORM_PAGE]: `<title>Calendar</title><input name="formStarted" value="${FORM_STARTED_MARK}">`,
      [SUBMISSION_FORM_PAGE]: `<title>Event</title><input name="formStarted" value="${FORM_STARTED_MARK}">`,
    };
    const serve = createSubmitPageHandler({
      secret: SECRET,
      now: () => NOW,
      pages: () => async (path) => built[path] ?? "",
    });
    for (const path of ["/submit/calendar/", "/submit/calendar"]) {
      const page = await (await serve(new Request(`http://localhost${path}`))).text();
      expect(page).toBe(`<title>Calendar</title><input name="formStarted" value="${signFormStart(SECRET, NOW)}">`);
    }
    expect(await (await serve(new Request("http://localhost/submit/"))).text()).toContain("<title>Event</title>");
  });

  it("keeps a request whole in one object and sends the browser on to what happens next", async () => {
    const response = await handler()(post(google.values), client());
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/submit/calendar/sent/");
    expect(await response.text()).toBe("");
    expect(await storedRequests()).toEqual([
      {
        id: expect.stringMatching(/^[a-z0-9]{17}$/),
        receivedAt: NOW.toISOString(),
        clientHash: expect.any(String),
        group: { kind: "known", id: "digital-buddies" },
        url: google.values["url"],
        calendar: "google",
        place: "bentilee-library",
        share: false,
        contactEmail: "volunteer@example.org",
        note: "Sessions in the school holidays are sometimes moved.\nAsk for Jo if it stops working.",
      },
    ]);
  });

  it("answers a script with 201, never with the email", async () => {
    const response = await handler()(post(webcal.values, { json: true }), client());
    expect(response.status).toBe(201);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ received: true, next: "/submit/calendar/sent/" });
    expect(body).not.toContain("pickers@example.org");
    expect(await storedRequests()).toMatchObject([
      { url: "https://p01-calendars.icloud.com/published/2/MTIzNDU2Nzg5MDEyMzQ1Njc4OTA" },
    ]);
  });

  it.each(invalid.map((fixture) => [fixture.name, fixture] as const))(
    "gives the form back naming each field, with what was typed, and stores nothing: %s",
    async (_name, fixture) => {
      const page = await handler()(post(fixture.values), client());
      expect(page.status).toBe(400);
      const html = await page.text();
      expect(html).toContain("<title>Error: Ask us to add");
      expect(html).toContain("There is a problem");
      for (const [field, message] of Object.entries(fixture.errors!)) {
        const escaped = message.replace(/'/g, "&#x27;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
        expect(html).toContain(`href="#${field}"`);
        expect(html).toContain(escaped);
      }
      // Every answer typed into a text box is back in it (a choice the form does not offer cannot be).
      for (const name of ["groupName", "url", "placeWords", "contactEmail"]) {
        const value = fixture.values[name];
        if (typeof value === "string" && value && !/[<>"'&]/.test(value)) {
          expect(html).toContain(`name="${name}" value="${value}"`);
        }
      }
      const json = await handler()(post(fixture.values, { json: true }), client());
      expect(json.status).toBe(400);
      expect(((await json.json()) as { fields: Record<string, string> }).fields).toEqual(fixture.errors);
      expect(await storedRequests()).toEqual([]);
    },
  );

  it("refuses a bot's form: the honeypot filled, sent too fast, or a forged start", async () => {
    for (const extra of [
      { nickname: "bot" },
      { formStarted: signFormStart(SECRET, new Date(NOW.getTime() - 500)) },
      { formStarted: "123.forged" },
    ]) {
      const response = await handler()(post(google.values, { json: true, extra }), client());
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: "We could not accept this form. Please wait a moment and send it again.",
      });
    }
    expect(await storedRequests()).toEqual([]);
  });

  it("asks a client that sent several requests lately to wait, without storing more", async () => {
    const send = handler({ clientLimit: 2 });
    expect((await send(post(google.values), client("198.51.100.7"))).status).toBe(303);
    expect((await send(post(webcal.values), client("198.51.100.7"))).status).toBe(303);
    const refused = await send(post(google.values), client("198.51.100.7"));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("600");
    const page = await refused.text();
    expect(page).toContain("You have sent several requests in the last few minutes.");
    expect(page).toContain('value="volunteer@example.org"');
    // Another client is not held back.
    expect((await send(post(google.values), client("198.51.100.8"))).status).toBe(303);
    expect(await storedRequests()).toHaveLength(3);
  });

  it("answers 503 with the form and what was typed when the store is out of reach, having kept nothing", async () => {
    const unreachable = createSourceRequestHandler({
      store: createSourceRequestStore(
        (await import("@netlify/blobs")).getStore({
          name: "imports",
          siteID: "test-site",
          token: "test-token",
          edgeURL: "http://localhost:9",
          uncachedEdgeURL: "http://localhost:9",
          fetch: async () => new Response(null, { status: 424 }),
        }),
      ),
      secret: SECRET,
      now: () => NOW,
      listed,
      pages,
    });
    const response = await unreachable(post(google.values), client());
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.text()).toContain('value="volunteer@example.org"');
  });

  it("refuses what is not a form: another method, another type, too large", async () => {
    const send = handler();
    expect((await send(new Request("http://localhost/api/source-requests", { method: "GET" }), client())).status).toBe(
      405,
    );
    const xml = new Request("http://localhost/api/source-requests", {
      method: "POST",
      headers: { "content-type": "text/xml" },
      body: "<request/>",
    });
    expect((await send(xml, client())).status).toBe(415);
    const huge = post({ ...google.values, note: "x".repeat(20_000) });
    expect((await send(huge, client())).status).toBe(413);
    expect(await storedRequests()).toEqual([]);
  });

  it("writes no contact email to the logs, whatever happens", async () => {
    await handler()(post(google.values), client());
    await handler()(post(invalid[0]!.values), client());
    await handler()(post({ ...google.values, url: "ftp://x" }, { json: true }), client());
    expect(logged.join("\n")).not.toContain("volunteer@example.org");
  });
});

describe("moderators add or decline a request", () => {
  let imports: ImportStore;
  const clock = NOW;

  function moderation() {
    return createModerationHandler({
      store: {} as SubmissionStore,
      tokens: [{ name: "sam", token: MODERATOR }],
      now: () => clock,
      rebuild: async () => ({ status: "requested" }),
      sourceRequests: createSourceRequestStore(store),
      sources: {
        sources: async () => withAddedSources([], await imports.addedSources()),
        listed,
        store: imports,
        now: () => clock,
        places: () => [],
        run: () => {
          throw new Error("Nothing is fetched in these tests.");
        },
      },
    });
  }
  const call = (path: string, init: { method?: string; token?: string | null; body?: object } = {}) =>
    moderation()(
      new Request(`https://stoketogether.test/api/moderation/source-requests${path}`, {
        method: init.method ?? "GET",
        headers: {
          ...(init.token === null ? {} : { authorization: `Bearer ${init.token ?? MODERATOR}` }),
          ...(init.body ? { "content-type": "application/json" } : {}),
        },
        ...(init.body ? { body: JSON.stringify(init.body) } : {}),
      }),
    );
  type Listed = { requests: { id: string; contactEmail: string; url: string; clientHash?: string }[] };

  beforeEach(async () => {
    imports = createImportStore(store);
    expect((await handler()(post(google.values), client())).status).toBe(303);
    const later = new Date(NOW.getTime() + 60_000);
    expect((await handler({ now: later })(post(webcal.values), client())).status).toBe(303);
  });

  const source = {
    name: "Digital Buddies' own calendar",
    url: google.values["url"],
    group: "digital-buddies",
    place: "bentilee-library",
    location: "feed",
    categories: ["learning-skills"],
    audiences: ["older-people"],
    free: true,
    trusted: false,
  };

  it("lists the waiting requests, oldest first, with the email to reply to and no hashed address", async () => {
    const listedNow = (await (await call("")).json()) as Listed;
    expect(listedNow.requests.map((request) => request.contactEmail)).toEqual([
      "volunteer@example.org",
      "pickers@example.org",
    ]);
    expect(listedNow.requests[0]).not.toHaveProperty("clientHash");
  });

  it("adds a request as a source, then deletes the request and its email", async () => {
    const [request] = ((await (await call("")).json()) as Listed).requests;
    const added = await call(`/${request!.id}/add`, { method: "POST", body: source });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({
      resolved: "added",
      source: { id: "digital-buddies-own-calendar", state: "never", trusted: false },
    });
    expect(await imports.addedSources()).toMatchObject([
      { id: "digital-buddies-own-calendar", addedBy: "sam", data: { url: google.values["url"], location: "feed" } },
    ]);
    const left = ((await (await call("")).json()) as Listed).requests;
    expect(left.map((each) => each.contactEmail)).toEqual(["pickers@example.org"]);
    const keys = await everything();
    expect(keys.filter(({ text }) => text.includes("volunteer@example.org"))).toEqual([]);
    // Already resolved: a second moderator is told so, and nothing more is added.
    const again = await call(`/${request!.id}/add`, { method: "POST", body: { ...source, name: "Another name" } });
    expect(again.status).toBe(404);
    expect(await imports.addedSources()).toHaveLength(1);
  });

  it("keeps the request when the source cannot be added, naming each field", async () => {
    const [request] = ((await (await call("")).json()) as Listed).requests;
    const refused = await call(`/${request!.id}/add`, {
      method: "POST",
      body: { ...source, categories: [], url: "http://127.0.0.1/feed.ics" },
    });
    expect(refused.status).toBe(400);
    const { fields } = (await refused.json()) as { fields: Record<string, string> };
    expect(Object.keys(fields).sort()).toEqual(["categories", "url"]);
    const unlisted = await call(`/${request!.id}/add`, { method: "POST", body: { ...source, group: "no-such-group" } });
    expect(((await unlisted.json()) as { fields: Record<string, string> }).fields).toEqual({
      group: "is not a listed group: choose one from the list",
    });
    expect(await imports.addedSources()).toEqual([]);
    expect(((await (await call("")).json()) as Listed).requests).toHaveLength(2);
  });

  it("declines a request, deleting it and its email", async () => {
    const [, request] = ((await (await call("")).json()) as Listed).requests;
    const declined = await call(`/${request!.id}/decline`, { method: "POST" });
    expect(declined.status).toBe(200);
    expect(await declined.json()).toEqual({ resolved: "declined" });
    expect((await everything()).filter(({ text }) => text.includes("pickers@example.org"))).toEqual([]);
    expect(((await (await call("")).json()) as Listed).requests).toHaveLength(1);
    expect((await call(`/${request!.id}/decline`, { method: "POST" })).status).toBe(404);
    expect(await imports.addedSources()).toEqual([]);
  });

  it("needs a moderator's token, a known request and action, and the right method", async () => {
    const [request] = ((await (await call("")).json()) as Listed).requests;
    const anonymous = await call("", { token: null });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain("@example.org");
    const wrong = await call("", { token: "not-the-token-at-all-here" });
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).not.toContain("@example.org");
    expect((await call(`/${request!.id}/decline`, { method: "POST", token: null })).status).toBe(401);
    expect((await call(`/${request!.id}/publish`, { method: "POST" })).status).toBe(404);
    expect((await call(`/${request!.id}/decline`)).status).toBe(405);
    expect((await call("", { method: "POST", body: source })).status).toBe(405);
    expect((await call("/not-an-id/decline", { method: "POST" })).status).toBe(404);
    expect(((await (await call("")).json()) as Listed).requests).toHaveLength(2);
  });
});
