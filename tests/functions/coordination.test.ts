/**
 * The coordination API, called with real Requests against a real local Netlify Blobs server
 * (@netlify/blobs/server). Requests and reports are seeded straight into the buddy-up store, as the
 * resident's side would save them.
 */
import { getStore, type Store } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type {
  BuddyOptions,
  BuddyRequest,
  CoordinationAuditEntry,
  OutboxMessage,
  Report,
  RequestView,
  Welcomer,
} from "../../src/lib/buddy/model";
import { createCoordinationHandler } from "../../netlify/functions/coordination";
import { createBuddyStore, type BuddyStore } from "../../netlify/lib/buddy-store";
import { createMailer } from "../../netlify/lib/mailer";

const COORDINATOR = "coordinator-token-0123456789";
// 10:05 on Thursday 26 November 2026 in Stoke-on-Trent.
const NOW = new Date("2026-11-26T10:05:00Z");

const OPTIONS: BuddyOptions = {
  groups: [
    { id: "meir-welcome-circle", name: "Meir Welcome Circle" },
    { id: "digital-buddies", name: "Digital Buddies" },
  ],
  events: [
    {
      id: "coffee-morning",
      title: "Coffee morning",
      groupId: "meir-welcome-circle",
      groupName: "Meir Welcome Circle",
      meetingPoint: "By the main doors",
      dates: [{ date: "2026-12-01", startTime: "10:30", label: "Tuesday 1 December" }],
    },
  ],
};

const RESIDENT = {
  name: "Priyanka",
  contact: { email: "priyanka.resident@example.org" },
  accessNeeds: "A step-free route from the bus stop",
  preferences: "Someone who speaks Gujarati",
};
const PERSONAL = [RESIDENT.name, RESIDENT.contact.email, RESIDENT.accessNeeds, RESIDENT.preferences, "contact-hash-x"];

let server: BlobsServer;
let directory: string;
let port: number;
let blobs: Store;
let storeName = 0;
let logged: string[];

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "stoke-buddy-blobs-"));
  server = new BlobsServer({ directory, token: "test-token" });
  ({ port } = await server.start());
});

afterAll(async () => {
  await server.stop();
  rmSync(directory, { recursive: true, force: true });
});

function openStore(name: string): Store {
  return getStore({
    name,
    siteID: "test-site",
    token: "test-token",
    edgeURL: `http://localhost:${port}`,
    uncachedEdgeURL: `http://localhost:${port}`,
    consistency: "strong",
  });
}

beforeEach(() => {
  blobs = openStore(`buddy-${++storeName}`);
  logged = [];
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" "));
    });
  }
});

afterEach(() => {
  vi.restoreAllMocks();
  // Whatever a test did, nothing it logged names the resident.
  for (const detail of PERSONAL) expect(logged.join("\n")).not.toContain(detail);
});

function setUp(options: { store?: BuddyStore; options?: () => Promise<BuddyOptions>; now?: Date } = {}): {
  buddy: BuddyStore;
  handle: (request: Request) => Promise<Response>;
} {
  const buddy = options.store ?? createBuddyStore(blobs);
  const now = () => options.now ?? NOW;
  return {
    buddy,
    handle: createCoordinationHandler({
      store: buddy,
      tokens: [{ name: "sam", token: COORDINATOR }],
      now,
      mailer: createMailer(buddy, now),
      options: options.options ?? (async () => OPTIONS),
    }),
  };
}

function call(
  method: string,
  path: string,
  body?: unknown,
  init: { token?: string | null; contentType?: string } = {},
): Request {
  const { token = COORDINATOR, contentType = "application/json" } = init;
  return new Request(`http://localhost/api/coordination/${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { "content-type": contentType }),
    },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
}

async function answer<T = Record<string, unknown>>(response: Promise<Response>): Promise<{ status: number; body: T }> {
  const settled = await response;
  return { status: settled.status, body: (await settled.json()) as T };
}

async function seed(buddy: BuddyStore, overrides: Partial<BuddyRequest> = {}): Promise<BuddyRequest> {
  const { status, ...rest } = overrides;
  const created = await buddy.createRequest(
    {
      receivedAt: "2026-11-25T18:00:00.000Z",
      eventId: "coffee-morning",
      eventTitle: "Coffee morning",
      date: "2026-12-01",
      startTime: "10:30",
      resident: RESIDENT,
      plan: {},
      tokenHash: "token-hash-x",
      clientHash: "client-hash-x",
      contactHash: "contact-hash-x",
      ...rest,
    },
    NOW,
  );
  if (!status || status === "waiting") return created;
  const changed = { ...created, status };
  await buddy.replaceRequest(changed, undefined);
  return changed;
}

async function addWelcomer(
  handle: (request: Request) => Promise<Response>,
  name = "Amina",
  groupId = "meir-welcome-circle",
): Promise<Welcomer> {
  const added = await answer<{ welcomer: Welcomer }>(handle(call("POST", "welcomers", { name, groupId })));
  expect(added.status).toBe(201);
  return added.body.welcomer;
}

const PLAN = { meetingPoint: "By the main doors", meetingTime: "10:20" };

async function rawRequest(id: string): Promise<string> {
  return JSON.stringify(await blobs.get(`requests/${id}`, { type: "json" }));
}

/**
 * A blob's ETag as listed. The local Blobs server answers reads without an ETag (Netlify's own does),
 * so the tests that race two coordinators take the ETag from the listing.
 */
async function etagOf(key: string): Promise<string | undefined> {
  const { blobs: entries } = await blobs.list({ prefix: key });
  return entries.find((entry) => entry.key === key)?.etag;
}

async function everyStoredBlob(): Promise<string> {
  const { blobs: entries } = await blobs.list();
  const texts = await Promise.all(entries.map((entry) => blobs.get(entry.key, { type: "text" })));
  return texts.join("\n");
}

describe("signing in", () => {
  const routes: [string, string, unknown?][] = [
    ["GET", "me"],
    ["GET", "requests?view=open"],
    ["GET", "requests/aaaaaaaaaaaa"],
    ["PATCH", "requests/aaaaaaaaaaaa", PLAN],
    ["POST", "requests/aaaaaaaaaaaa/match"],
    ["POST", "requests/aaaaaaaaaaaa/close", {}],
    ["POST", "requests/aaaaaaaaaaaa/cancel"],
    ["GET", "welcomers"],
    ["POST", "welcomers", { name: "Amina", groupId: "meir-welcome-circle" }],
    ["POST", "welcomers/aaaaaaaaaaaa/pause"],
    ["POST", "welcomers/aaaaaaaaaaaa/resume"],
    ["DELETE", "welcomers/aaaaaaaaaaaa"],
    ["GET", "reports"],
    ["POST", "reports/aaaaaaaaaaaa/read"],
    ["GET", "outbox"],
    ["GET", "audit"],
  ];

  for (const [method, path, body] of routes) {
    it(`answers ${method} /${path} with 401 without a token and 403 with a wrong one`, async () => {
      const { handle } = setUp();
      const missing = await handle(call(method, path, body, { token: null }));
      expect(missing.status).toBe(401);
      expect(missing.headers.get("www-authenticate")).toBe("Bearer");
      expect(((await missing.json()) as { error: string }).error).toMatch(/coordinator token/);
      expect((await handle(call(method, path, body, { token: "not-the-coordinator-token" }))).status).toBe(403);
      // A moderator's token is not a coordinator's: only COORDINATOR_TOKENS open this API.
      expect((await handle(call(method, path, body, { token: `${COORDINATOR}x` }))).status).toBe(403);
    });
  }

  it("says who is signed in", async () => {
    const { handle } = setUp();
    expect(await answer(handle(call("GET", "me")))).toEqual({ status: 200, body: { name: "sam" } });
  });

  it("answers 404 to an unknown resource", async () => {
    const { handle } = setUp();
    expect((await handle(call("GET", "volunteers"))).status).toBe(404);
    expect((await handle(call("GET", "requests/aaaaaaaaaaaa/match/again"))).status).toBe(404);
  });
});

describe("listing and reading requests", () => {
  it("lists open requests by date, time, event and arrival, and the past apart, without tokens or hashes", async () => {
    const { buddy, handle } = setUp();
    const later = await seed(buddy, { date: "2026-12-08" });
    const walk = await seed(buddy, { eventId: "park-walk", eventTitle: "Park walk", startTime: "09:30" });
    const second = await seed(buddy, { receivedAt: "2026-11-25T19:00:00.000Z" });
    const first = await seed(buddy);
    const today = await seed(buddy, { date: "2026-11-26", status: "matched" });
    const yesterday = await seed(buddy, { date: "2026-11-25" });
    const closed = await seed(buddy, { status: "closed" });
    const cancelled = await seed(buddy, { status: "cancelled" });

    const open = await answer<{ requests: RequestView[] }>(handle(call("GET", "requests?view=open")));
    expect(open.status).toBe(200);
    expect(open.body.requests.map((request) => request.id)).toEqual([today.id, walk.id, first.id, second.id, later.id]);
    expect(open.body.requests[0]).not.toHaveProperty("tokenHash");
    expect(open.body.requests[0]).not.toHaveProperty("clientHash");
    expect(open.body.requests[0]).not.toHaveProperty("contactHash");
    expect(open.body.requests[0]!.resident).toEqual(RESIDENT);
    const byDefault = await answer<{ requests: RequestView[] }>(handle(call("GET", "requests")));
    expect(byDefault.body.requests).toHaveLength(5);

    const past = await answer<{ requests: RequestView[] }>(handle(call("GET", "requests?view=past")));
    expect(new Set(past.body.requests.map((request) => request.id))).toEqual(
      new Set([yesterday.id, closed.id, cancelled.id]),
    );
    expect(past.body.requests[0]!.id).toBe(yesterday.id);
  });

  it("counts today in Stoke-on-Trent: just after midnight in summer time, yesterday's requests are past", async () => {
    const { buddy, handle } = setUp({ now: new Date("2027-07-01T23:30:00Z") });
    const onTheFirst = await seed(buddy, { date: "2027-07-01" });
    const onTheSecond = await seed(buddy, { date: "2027-07-02" });
    const open = await answer<{ requests: RequestView[] }>(handle(call("GET", "requests")));
    expect(open.body.requests.map((request) => request.id)).toEqual([onTheSecond.id]);
    const past = await answer<{ requests: RequestView[] }>(handle(call("GET", "requests?view=past")));
    expect(past.body.requests.map((request) => request.id)).toEqual([onTheFirst.id]);
  });

  it("refuses an unknown view, naming the field", async () => {
    const { handle } = setUp();
    const response = await answer<{ fields: Record<string, string> }>(handle(call("GET", "requests?view=all")));
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.fields)).toEqual(["view"]);
  });

  it("shows one request with its own audit trail, and 404 for an unknown id", async () => {
    const { buddy, handle } = setUp();
    const request = await seed(buddy);
    const other = await seed(buddy);
    await buddy.audit({ at: NOW.toISOString(), by: "resident", action: "requested", target: request.id });
    await buddy.audit({ at: NOW.toISOString(), by: "resident", action: "requested", target: other.id });
    const shown = await answer<{ request: RequestView; audit: CoordinationAuditEntry[] }>(
      handle(call("GET", `requests/${request.id}`)),
    );
    expect(shown.status).toBe(200);
    expect(shown.body.request.reference).toBe(request.reference);
    expect(shown.body.request).not.toHaveProperty("tokenHash");
    expect(shown.body.audit.map((entry) => entry.target)).toEqual([request.id]);
    expect((await handle(call("GET", "requests/zzzzzzzzzzzz"))).status).toBe(404);
    expect((await handle(call("GET", "requests/..%2Fwelcomers"))).status).toBe(404);
    expect((await handle(call("PATCH", "requests/zzzzzzzzzzzz", PLAN))).status).toBe(404);
    expect((await handle(call("POST", "requests/zzzzzzzzzzzz/match"))).status).toBe(404);
    expect((await handle(call("POST", "requests/zzzzzzzzzzzz/close", {}))).status).toBe(404);
    expect((await handle(call("POST", "requests/zzzzzzzzzzzz/cancel"))).status).toBe(404);
  });
});

describe("planning and matching", () => {
  it("saves a plan with the welcomer's name and group, and audits it in words without the resident", async () => {
    const { buddy, handle } = setUp();
    const request = await seed(buddy);
    const amina = await addWelcomer(handle);
    const saved = await answer<{ request: RequestView; changed: boolean }>(
      handle(call("PATCH", `requests/${request.id}`, { welcomerId: amina.id, ...PLAN })),
    );
    expect(saved.status).toBe(200);
    expect(saved.body.changed).toBe(true);
    expect(saved.body.request.plan).toEqual({
      welcomerId: amina.id,
      welcomerName: "Amina",
      groupId: "meir-welcome-circle",
      groupName: "Meir Welcome Circle",
      meetingPoint: "By the main doors",
      meetingTime: "10:20",
    });
    expect(saved.body.request.status).toBe("waiting");
    const again = await answer<{ changed: boolean }>(
      handle(call("PATCH", `requests/${request.id}`, { welcomerId: amina.id, ...PLAN })),
    );
    expect(again.body.changed).toBe(false);

    const trail = await buddy.auditTrail(request.id);
    expect(trail).toEqual([
      {
        at: NOW.toISOString(),
        by: "sam",
        action: "planned",
        target: request.id,
        detail: "Welcomer: Amina (Meir Welcome Circle); meet By the main doors at 10:20",
      },
    ]);
    // A plan for a request nobody has matched yet tells the resident nothing.
    expect(await buddy.listOutbox()).toEqual([]);
  });

  it("refuses a bad plan naming each field, and keeps what was stored", async () => {
    const { buddy, handle } = setUp();
    const request = await seed(buddy, { plan: { meetingPoint: "By the main doors" } });
    const bad = await answer<{ error: string; fields: Record<string, string> }>(
      handle(
        call("PATCH", `requests/${request.id}`, {
          welcomerId: "not an id",
          meetingPoint: "Meet me at www.example.org",
          meetingTime: "10.20am",
        }),
      ),
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(["meetingPoint", "meetingTime", "welcomerId"]);
    for (const meetingPoint of ["<b>Doors</b>", "Ring 07700 900123", "Ask amina@example.org", "Up", "x".repeat(201)]) {
      const refused = await answer<{ fields: Record<string, string> }>(
        handle(call("PATCH", `requests/${request.id}`, { meetingPoint })),
      );
      expect(refused.status).toBe(400);
      expect(Object.keys(refused.body.fields)).toEqual(["meetingPoint"]);
    }
    const unknown = await answer<{ fields: Record<string, string> }>(
      handle(call("PATCH", `requests/${request.id}`, { welcomerId: "zzzzzzzzzzzz" })),
    );
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.fields)).toEqual(["welcomerId"]);
    expect((await handle(call("PATCH", `requests/${request.id}`, "[1]"))).status).toBe(400);
    expect(
      (await handle(call("PATCH", `requests/${request.id}`, "meetingTime=10:20", { contentType: "text/plain" })))
        .status,
    ).toBe(415);
    expect((await buddy.getRequest(request.id))?.record.plan).toEqual({ meetingPoint: "By the main doors" });
  });

  it("will not newly assign a paused welcomer", async () => {
    const { buddy, handle } = setUp();
    const request = await seed(buddy);
    const amina = await addWelcomer(handle);
    await handle(call("POST", `welcomers/${amina.id}/pause`));
    const refused = await answer<{ fields: Record<string, string> }>(
      handle(call("PATCH", `requests/${request.id}`, { welcomerId: amina.id })),
    );
    expect(refused.status).toBe(400);
    expect(refused.body.fields["welcomerId"]).toMatch(/Amina is paused/);
  });

  it("will not match until the plan names a welcomer, a meeting point and a time", async () => {
    const { buddy, handle } = setUp();
    const request = await seed(buddy);
    const empty = await answer<{ fields: Record<string, string> }>(
      handle(call("POST", `requests/${request.id}/match`)),
    );
    expect(empty.status).toBe(409);
    expect(Object.keys(empty.body.fields)).toEqual(["welcomerId", "meetingPoint", "meetingTime"]);
    await handle(call("PATCH", `requests/${request.id}`, PLAN));
    const noWelcomer = await answer<{ fields: Record<string, string> }>(
      handle(call("POST", `requests/${request.id}/match`)),
    );
    expect(Object.keys(noWelcomer.body.fields)).toEqual(["welcomerId"]);
    expect((await buddy.getRequest(request.id))?.record.status).toBe("waiting");
  });

  it("will not match a welcomer who was paused after the plan was saved", async () => {
    const { buddy, handle } = setUp();
    const request = await seed(buddy);
    const amina = await addWelcomer(handle);
    await handle(call("PATCH", `requests/${request.id}`, { welcomerId: amina.id, ...PLAN }));
    await handle(call("POST", `welcomers/${amina.id}/pause`));
    const refused = await answer<{ fields: Record<string, string> }>(
      handle(call("POST", `requests/${request.id}/match`)),
    );
    expect(refused.status).toBe(409);
    expect(Object.keys(refused.body.fields)).toEqual(["welcomerId"]);
  });

  it("matches once however often asked, tells the resident once, and tells them again when the plan changes", async () => {
    const { buddy, handle } = setUp();
    const request = await seed(buddy);
    const amina = await addWelcomer(handle);
    await handle(call("PATCH", `requests/${request.id}`, { welcomerId: amina.id, ...PLAN }));
    const match = () =>
      answer<{ request: RequestView; changed: boolean }>(handle(call("POST", `requests/${request.id}/match`)));
    const first = await match();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ changed: true, request: { status: "matched" } });
    expect((await match()).body.changed).toBe(false);

    let outbox = await buddy.listOutbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      to: RESIDENT.contact.email,
      subject: "Your buddy-up request for Coffee morning",
      requestId: request.id,
      delivery: "outbox",
    });
    expect(outbox[0]!.text).toContain("A welcomer will meet you.");
    // The meeting itself is only on the private status page, and nothing else the resident told us is sent.
    expect(outbox[0]!.text).not.toContain(RESIDENT.accessNeeds);
    expect(outbox[0]!.text).not.toContain("By the main doors");

    const moved = await answer(
      handle(call("PATCH", `requests/${request.id}`, { meetingPoint: "At the café counter" })),
    );
    expect(moved.status).toBe(200);
    outbox = await buddy.listOutbox();
    expect(outbox).toHaveLength(2);
    expect(outbox.filter((message) => message.text.includes("have changed."))).toMatchObject([
      { to: RESIDENT.contact.email, requestId: request.id },
    ]);
    expect((await buddy.getRequest(request.id))?.record.status).toBe("matched");

    const actions = (await buddy.auditTrail(request.id)).map((entry) => entry.action).reverse();
    expect(actions).toEqual(["planned", "matched", "planned"]);
    // No line of the audit trail and no message to coordinators holds the resident's details.
    const coordinatorsSee = JSON.stringify([
      await buddy.auditTrail(),
      outbox.filter((message) => message.to === "coordinators"),
    ]);
    for (const detail of PERSONAL) expect(coordinatorsSee).not.toContain(detail);
  });
});

describe("closing and cancelling", () => {
  it("closes with a note for the resident once, tells them, and refuses changes afterwards", async () => {
    const { buddy, handle } = setUp();
    const request = await seed(buddy);
    const tooLong = await answer<{ fields: Record<string, string> }>(
      handle(call("POST", `requests/${request.id}/close`, { note: "x".repeat(301) })),
    );
    expect(tooLong.status).toBe(400);
    expect(Object.keys(tooLong.body.fields)).toEqual(["note"]);

    const close = () =>
      answer<{ request: RequestView; changed: boolean }>(
        handle(call("POST", `requests/${request.id}/close`, { note: "No welcomer is free that day, sorry." })),
      );
    const first = await close();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      changed: true,
      request: { status: "closed", closedNote: "No welcomer is free that day, sorry." },
    });
    expect((await close()).body.changed).toBe(false);
    const outbox = await buddy.listOutbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.to).toBe(RESIDENT.contact.email);
    expect(outbox[0]!.text).toContain("A coordinator has closed your request.");

    const plan = await answer<{ error: string }>(handle(call("PATCH", `requests/${request.id}`, PLAN)));
    expect(plan.status).toBe(409);
    expect(plan.body.error).toMatch(/closed/);
    expect((await handle(call("POST", `requests/${request.id}/match`))).status).toBe(409);
    expect((await buddy.auditTrail(request.id)).map((entry) => entry.action)).toEqual(["closed"]);
  });

  it("cancels once, removing the resident's details and messages from the store at once", async () => {
    const { buddy, handle } = setUp();
    const request = await seed(buddy);
    const amina = await addWelcomer(handle);
    await handle(call("PATCH", `requests/${request.id}`, { welcomerId: amina.id, ...PLAN }));
    await handle(call("POST", `requests/${request.id}/match`));
    expect(await rawRequest(request.id)).toContain(RESIDENT.contact.email);
    expect(await everyStoredBlob()).toContain(RESIDENT.contact.email);

    const cancel = () =>
      answer<{ request: RequestView; changed: boolean }>(handle(call("POST", `requests/${request.id}/cancel`)));
    const first = await cancel();
    expect(first.status).toBe(200);
    expect(first.body.changed).toBe(true);
    expect(first.body.request.status).toBe("cancelled");
    expect(first.body.request).not.toHaveProperty("resident");

    const raw = await rawRequest(request.id);
    expect(JSON.parse(raw)).toMatchObject({ status: "cancelled", reference: request.reference });
    expect(JSON.parse(raw)).not.toHaveProperty("resident");
    expect(JSON.parse(raw)).not.toHaveProperty("contactHash");
    // Nothing anywhere in the store (request, outbox, audit) still names the resident.
    const everything = await everyStoredBlob();
    for (const detail of PERSONAL) expect(everything).not.toContain(detail);

    expect((await cancel()).body.changed).toBe(false);
    const plan = await answer<{ error: string }>(handle(call("PATCH", `requests/${request.id}`, PLAN)));
    expect(plan.status).toBe(409);
    expect(plan.body.error).toMatch(/cancelled/);
    expect((await handle(call("POST", `requests/${request.id}/close`, {}))).status).toBe(409);
    expect((await handle(call("POST", `requests/${request.id}/match`))).status).toBe(409);
    expect((await buddy.auditTrail(request.id)).map((entry) => entry.action)).toEqual([
      "cancelled",
      "matched",
      "planned",
    ]);
  });

  it("answers 409 when someone else changed the request between reading and saving it", async () => {
    const shared = createBuddyStore(blobs);
    // Another coordinator saves the same request just after this one reads it.
    const racing: BuddyStore = {
      ...shared,
      async getRequest(id) {
        const etag = await etagOf(`requests/${id}`);
        const found = await shared.getRequest(id);
        if (found) await blobs.setJSON(`requests/${id}`, { ...found.record, plan: { meetingTime: "09:00" } });
        return found && { record: found.record, etag };
      },
    };
    const { buddy, handle } = setUp({ store: racing });
    const request = await seed(buddy);
    const response = await answer<{ error: string }>(handle(call("PATCH", `requests/${request.id}`, PLAN)));
    expect(response.status).toBe(409);
    expect(response.body.error).toMatch(/Someone else changed this request/);
    expect((await handle(call("POST", `requests/${request.id}/cancel`))).status).toBe(409);
    expect(await shared.auditTrail(request.id)).toEqual([]);
    expect((await shared.getRequest(request.id))?.record.plan).toEqual({ meetingTime: "09:00" });
  });
});

describe("welcomers", () => {
  it("adds a welcomer to a verified group with a private note, and lists them with the groups", async () => {
    const { buddy, handle } = setUp();
    const added = await answer<{ welcomer: Welcomer }>(
      handle(
        call("POST", "welcomers", { name: " Amina ", groupId: "meir-welcome-circle", note: "Via the group's leader" }),
      ),
    );
    expect(added.status).toBe(201);
    expect(added.body.welcomer).toMatchObject({
      name: "Amina",
      groupId: "meir-welcome-circle",
      groupName: "Meir Welcome Circle",
      status: "active",
      note: "Via the group's leader",
      addedBy: "sam",
      addedAt: NOW.toISOString(),
    });
    const listed = await answer<{ welcomers: Welcomer[]; groups: BuddyOptions["groups"] }>(
      handle(call("GET", "welcomers")),
    );
    expect(listed.body.welcomers.map((welcomer) => welcomer.id)).toEqual([added.body.welcomer.id]);
    expect(listed.body.groups).toEqual(OPTIONS.groups);
    expect(await buddy.auditTrail(added.body.welcomer.id)).toEqual([
      {
        at: NOW.toISOString(),
        by: "sam",
        action: "welcomer-added",
        target: added.body.welcomer.id,
        detail: "Amina (Meir Welcome Circle)",
      },
    ]);
  });

  it("refuses a welcomer without a first name, in an unknown group or with a long note, naming each field", async () => {
    const { buddy, handle } = setUp();
    const bad = await answer<{ fields: Record<string, string> }>(
      handle(call("POST", "welcomers", { name: "", groupId: "Not A Slug", note: "x".repeat(301) })),
    );
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(["groupId", "name", "note"]);
    const unlisted = await answer<{ fields: Record<string, string> }>(
      handle(call("POST", "welcomers", { name: "Amina", groupId: "unverified-group" })),
    );
    expect(unlisted.status).toBe(400);
    expect(Object.keys(unlisted.body.fields)).toEqual(["groupId"]);
    expect(
      (await handle(call("POST", "welcomers", { name: "Amina Khan 07700900123", groupId: "digital-buddies" }))).status,
    ).toBe(400);
    expect(
      (
        await handle(
          call("POST", "welcomers", "name=Amina&groupId=digital-buddies", {
            contentType: "application/x-www-form-urlencoded",
          }),
        )
      ).status,
    ).toBe(415);
    expect(await buddy.listWelcomers()).toEqual([]);
  });

  it("offers no groups, and adds no welcomer, while the build has not published the options", async () => {
    const { handle } = setUp({
      options: async () => {
        throw new Error("The built page /buddy-up/options.json answered 404.");
      },
    });
    const listed = await answer<{ groups: unknown[] }>(handle(call("GET", "welcomers")));
    expect(listed).toEqual({ status: 200, body: { welcomers: [], groups: [] } });
    const refused = await answer<{ fields: Record<string, string> }>(
      handle(call("POST", "welcomers", { name: "Amina", groupId: "meir-welcome-circle" })),
    );
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.fields)).toEqual(["groupId"]);
  });

  it("pauses and resumes once each, auditing both", async () => {
    const { buddy, handle } = setUp();
    const amina = await addWelcomer(handle);
    const pause = await answer<{ welcomer: Welcomer; changed: boolean }>(
      handle(call("POST", `welcomers/${amina.id}/pause`)),
    );
    expect(pause.body).toMatchObject({ changed: true, welcomer: { status: "paused" } });
    expect((await answer<{ changed: boolean }>(handle(call("POST", `welcomers/${amina.id}/pause`)))).body.changed).toBe(
      false,
    );
    const resume = await answer<{ welcomer: Welcomer }>(handle(call("POST", `welcomers/${amina.id}/resume`)));
    expect(resume.body.welcomer.status).toBe("active");
    expect((await buddy.getWelcomer(amina.id))?.record.status).toBe("active");
    expect((await buddy.auditTrail(amina.id)).map((entry) => entry.action)).toEqual([
      "welcomer-resumed",
      "welcomer-paused",
      "welcomer-added",
    ]);
    expect((await handle(call("POST", "welcomers/zzzzzzzzzzzz/pause"))).status).toBe(404);
    expect((await handle(call("POST", "welcomers/zzzzzzzzzzzz/resume"))).status).toBe(404);
  });

  it("answers 409 when someone else changed the welcomer between reading and saving", async () => {
    const shared = createBuddyStore(blobs);
    const racing: BuddyStore = {
      ...shared,
      async getWelcomer(id) {
        const etag = await etagOf(`welcomers/${id}`);
        const found = await shared.getWelcomer(id);
        if (found) await blobs.setJSON(`welcomers/${id}`, { ...found.record, note: "Changed by someone else" });
        return found && { record: found.record, etag };
      },
    };
    const { handle } = setUp({ store: racing });
    const amina = await addWelcomer(handle);
    expect((await handle(call("POST", `welcomers/${amina.id}/pause`))).status).toBe(409);
    expect((await shared.getWelcomer(amina.id))?.record.status).toBe("active");
  });

  it("will not remove a welcomer still planned for an upcoming request, naming it; removes them once reassigned", async () => {
    const { buddy, handle } = setUp();
    const amina = await addWelcomer(handle);
    const bob = await addWelcomer(handle, "Bob", "digital-buddies");
    const upcoming = await seed(buddy);
    const past = await seed(buddy, { date: "2026-11-01", status: "matched" });
    await handle(call("PATCH", `requests/${upcoming.id}`, { welcomerId: amina.id, ...PLAN }));
    await blobs.setJSON(`requests/${past.id}`, { ...past, plan: { welcomerId: amina.id } });

    const refused = await answer<{ error: string }>(handle(call("DELETE", `welcomers/${amina.id}`)));
    expect(refused.status).toBe(409);
    expect(refused.body.error).toContain(upcoming.reference);
    expect(refused.body.error).not.toContain(past.reference);
    expect(refused.body.error).not.toContain(RESIDENT.name);
    expect(await buddy.getWelcomer(amina.id)).toBeDefined();

    await handle(call("PATCH", `requests/${upcoming.id}`, { welcomerId: bob.id }));
    expect(await answer(handle(call("DELETE", `welcomers/${amina.id}`)))).toEqual({
      status: 200,
      body: { removed: true },
    });
    expect(await buddy.getWelcomer(amina.id)).toBeUndefined();
    // The request keeps the name it was given, so the resident's page still reads right.
    expect((await buddy.getRequest(past.id))?.record.plan.welcomerId).toBe(amina.id);
    expect((await buddy.auditTrail(amina.id))[0]).toMatchObject({
      action: "welcomer-removed",
      detail: "Amina (Meir Welcome Circle)",
    });
    expect((await handle(call("DELETE", `welcomers/${amina.id}`))).status).toBe(404);
  });
});

describe("reports, outbox and audit", () => {
  it("lists reports newest first and marks one read once, auditing it", async () => {
    const { buddy, handle } = setUp();
    const older = await buddy.createReport(
      { receivedAt: "2026-11-24T09:00:00.000Z", message: "The welcomer was late." },
      new Date("2026-11-24T09:00:00Z"),
    );
    const newer = await buddy.createReport(
      {
        receivedAt: "2026-11-25T09:00:00.000Z",
        message: "Someone asked for my number.",
        contact: "reporter@example.org",
      },
      new Date("2026-11-25T09:00:00Z"),
    );
    const listed = await answer<{ reports: Report[] }>(handle(call("GET", "reports")));
    expect(listed.body.reports.map((report) => report.id)).toEqual([newer.id, older.id]);

    const read = () => answer<{ report: Report; changed: boolean }>(handle(call("POST", `reports/${newer.id}/read`)));
    const first = await read();
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      changed: true,
      report: { status: "read", readBy: "sam", readAt: NOW.toISOString() },
    });
    expect((await read()).body.changed).toBe(false);
    expect((await buddy.getReport(newer.id))?.record.status).toBe("read");
    const trail = await buddy.auditTrail(newer.id);
    expect(trail).toEqual([{ at: NOW.toISOString(), by: "sam", action: "report-read", target: newer.id }]);
    expect((await handle(call("POST", "reports/zzzzzzzzzzzz/read"))).status).toBe(404);
  });

  it("shows the outbox and the audit log newest first", async () => {
    const { buddy, handle } = setUp();
    await createMailer(buddy, () => new Date("2026-11-25T09:00:00Z")).send({
      to: "coordinators",
      subject: "First",
      text: "One",
    });
    await createMailer(buddy, () => NOW).send({ to: "coordinators", subject: "Second", text: "Two" });
    const outbox = await answer<{ messages: OutboxMessage[] }>(handle(call("GET", "outbox")));
    expect(outbox.body.messages.map((message) => message.subject)).toEqual(["Second", "First"]);

    const amina = await addWelcomer(handle);
    await handle(call("POST", `welcomers/${amina.id}/pause`));
    const audit = await answer<{ entries: CoordinationAuditEntry[] }>(handle(call("GET", "audit")));
    expect(audit.body.entries.map((entry) => entry.action)).toEqual(["welcomer-paused", "welcomer-added"]);
    expect((await handle(call("POST", "audit", {}))).status).toBe(405);
  });
});
