/**
 * The submission and moderation functions, called with real Requests against a real local Netlify Blobs
 * server (@netlify/blobs/server), with the shared scenario fixtures.
 */
import { getStore, type Store } from "@netlify/blobs";
import { BlobsServer } from "@netlify/blobs/server";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadSubmissionFixtures, toFormBody } from "../support/submissions";
import {
  PAGE_SLOT_ID,
  PAGE_TITLE_MARK,
  SUBMISSION_FORM_MARKS,
  SUBMISSION_FORM_OPTIONS_ID,
  SUBMISSION_FORM_PAGE,
} from "../../src/lib/pages/contract";
import { signFormStart } from "../../netlify/lib/security";
import { createSubmissionStore } from "../../netlify/lib/submission-store";
import { createModerationHandler } from "../../netlify/functions/moderation";
import { createStatusHandler } from "../../netlify/functions/submission-status";
import { createSubmitHandler } from "../../netlify/functions/submit";
import { diskListedIds } from "../../netlify/lib/listed-ids";

const SECRET = "test-secret-test-secret";
const MODERATOR = "0123456789abcdef0123456789";
const STARTED = new Date("2026-11-26T10:00:00Z");
const NOW = new Date("2026-11-26T10:05:00Z");

const options = { places: [{ id: "bentilee-library", name: "Bentilee Library" }], groups: [] };
const FORM = `<html><head><title>Submit an event | Stoke Together</title></head><body>
<script type="application/json" id="${SUBMISSION_FORM_OPTIONS_ID}">${JSON.stringify(options)}</script>
<div id="${SUBMISSION_FORM_MARKS.rootId}"><astro-island>form</astro-island></div><div id="${SUBMISSION_FORM_MARKS.endId}" hidden></div></body></html>`;
const SHELL = `<html><head><title>${PAGE_TITLE_MARK} | Stoke Together</title></head><body><div class="submit-page" id="${PAGE_SLOT_ID}"></div></body></html>`;
const pages = () => async (path: string) => (path === SUBMISSION_FORM_PAGE ? FORM : SHELL);
const listed = diskListedIds(process.cwd());

let server: BlobsServer;
let directory: string;
let port: number;
let blobs: Store;
let storeName = 0;

function openStore(name: string, at = port): Store {
  return getStore({
    name,
    siteID: "test-site",
    token: "test-token",
    edgeURL: `http://localhost:${at}`,
    uncachedEdgeURL: `http://localhost:${at}`,
    consistency: "strong",
  });
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "stoke-blobs-"));
  server = new BlobsServer({ directory, token: "test-token" });
  ({ port } = await server.start());
});

afterAll(async () => {
  await server.stop();
  rmSync(directory, { recursive: true, force: true });
});

beforeEach(() => {
  // A fresh store per test, so counts and limits start from nothing.
  blobs = openStore(`submissions-${++storeName}`);
});

const rebuilds: string[] = [];

function handlers(store = blobs) {
  const submissions = createSubmissionStore(store);
  return {
    submissions,
    submit: createSubmitHandler({ store: submissions, secret: SECRET, now: () => NOW, listed, pages }),
    status: createStatusHandler({ store: submissions, pages }),
    moderate: createModerationHandler({
      store: submissions,
      tokens: [{ name: "sam", token: MODERATOR }],
      now: () => NOW,
      rebuild: async (reason) => rebuilds.push(reason),
    }),
  };
}

function post(
  values: Record<string, string | string[]>,
  init: { json?: boolean; extra?: Record<string, string> } = {},
) {
  const extra = { formStarted: signFormStart(SECRET, STARTED), ...init.extra };
  return new Request("http://localhost/api/submissions", {
    method: "POST",
    headers: init.json
      ? { "content-type": "application/json", accept: "application/json" }
      : { "content-type": "application/x-www-form-urlencoded" },
    body: init.json ? JSON.stringify({ ...values, ...extra }) : toFormBody(values, extra),
  });
}

function moderation(path: string, init: RequestInit & { token?: string | null } = {}) {
  const { token = MODERATOR, ...rest } = init;
  return new Request(`http://localhost/api/moderation/${path}`, {
    ...rest,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(rest.body ? { "content-type": "application/json" } : {}),
    },
  });
}

const client = (ip = "192.0.2.1") => ({ ip });
const valid = loadSubmissionFixtures("valid");
const invalid = loadSubmissionFixtures("invalid");
const weekly = valid.find((fixture) => fixture.name === "weekly-coffee-morning")!;

async function countSubmissions(store = blobs): Promise<number> {
  return (await store.list({ prefix: "submissions/" })).blobs.length;
}

describe("submit", () => {
  for (const fixture of valid) {
    it(`stores ${fixture.name} as pending and answers 303 to its private status page`, async () => {
      const { submit, status } = handlers();
      const response = await submit(post(fixture.values), client());
      expect(response.status).toBe(303);
      const location = response.headers.get("location")!;
      expect(location).toMatch(/^\/submit\/status\/\?ref=[a-z0-9]+&token=[\w-]{32}&new=1$/);
      const { blobs: entries } = await blobs.list({ prefix: "submissions/" });
      expect(entries).toHaveLength(1);
      expect((await blobs.getMetadata(entries[0]!.key))?.metadata).toMatchObject({ status: "pending" });

      const page = await status(new Request(`http://localhost${location}`));
      expect(page.status).toBe(200);
      expect(page.headers.get("x-robots-tag")).toBe("noindex");
      const html = await page.text();
      expect(html).toContain("Event sent for checking");
      expect(html).toContain("Waiting to be checked");
      expect(html).not.toContain(fixture.values["contactEmail"] as string);
      expect(html).not.toMatch(/<script|onmouseover="|<img/);
    });
  }

  it("answers JSON with the reference and status link when asked for JSON", async () => {
    const response = await handlers().submit(post(weekly.values, { json: true }), client());
    expect(response.status).toBe(201);
    const body = (await response.json()) as { reference: string; statusUrl: string };
    expect(body.reference).toMatch(/^ST-[A-Z0-9]+$/);
    expect(body.statusUrl).toMatch(/^\/submit\/status\/\?ref=/);
  });

  for (const fixture of invalid) {
    it(`refuses ${fixture.name} with a page listing every problem, keeping what was typed`, async () => {
      const response = await handlers().submit(post(fixture.values), client());
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain("<title>Error: Submit an event");
      expect(html).toContain("There is a problem");
      for (const [field, message] of Object.entries(fixture.errors ?? {})) {
        const escaped = message.replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#x27;");
        expect(html).toContain(`<a href="#${field}">${escaped}</a>`);
        expect(html).toContain(`id="${field}-error"`);
      }
      const title = fixture.values["title"];
      if (typeof title === "string" && title) {
        expect(html).toContain(`value="${title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}"`);
      }
      expect(html).not.toContain("<script>alert");
      expect(await countSubmissions()).toBe(0);
    });

    it(`refuses ${fixture.name} as JSON with the same messages by field`, async () => {
      const response = await handlers().submit(post(fixture.values, { json: true }), client());
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ error: "Some answers need changing.", fields: fixture.errors });
    });
  }

  it("takes today from the calendar in Stoke-on-Trent: at 00:30 on 1 July there, 30 June has passed", async () => {
    const now = new Date("2027-06-30T23:30:00Z");
    const submit = createSubmitHandler({
      store: createSubmissionStore(blobs),
      secret: SECRET,
      now: () => now,
      listed,
      pages,
    });
    const started = { formStarted: signFormStart(SECRET, new Date(now.getTime() - 5 * 60 * 1000)) };
    const on = (date: string) =>
      post({ ...weekly.values, date, repeat: "none", repeatUntil: "" }, { json: true, extra: started });
    const past = await submit(on("2027-06-30"), client());
    expect(past.status).toBe(400);
    expect(await past.json()).toEqual({
      error: "Some answers need changing.",
      fields: { date: "Date must be today or in the future" },
    });
    expect((await submit(on("2027-07-01"), client())).status).toBe(201);
  });

  it("refuses a filled-in honeypot, a form sent too fast and a forged timestamp, storing nothing", async () => {
    const { submit } = handlers();
    const honeypot = await submit(post(weekly.values, { extra: { nickname: "bot" } }), client());
    const tooFast = await submit(
      post(weekly.values, { extra: { formStarted: signFormStart(SECRET, new Date(NOW.getTime() - 1000)) } }),
      client(),
    );
    const forged = await submit(
      post(weekly.values, { extra: { formStarted: `${STARTED.getTime()}.forged` } }),
      client(),
    );
    const missing = await submit(post(weekly.values, { extra: { formStarted: "" } }), client());
    for (const response of [honeypot, tooFast, forged, missing]) expect(response.status).toBe(400);
    expect(await honeypot.text()).toContain(`value="Tuesday coffee morning"`);
    expect(await countSubmissions()).toBe(0);
  });

  it("refuses a form opened over two hours ago kindly, keeping what was typed, with a fresh start to send it", async () => {
    const { submit } = handlers();
    const old = { formStarted: signFormStart(SECRET, new Date(NOW.getTime() - 2 * 60 * 60 * 1000 - 1000)) };
    const page = await submit(post(weekly.values, { extra: old }), client());
    expect(page.status).toBe(400);
    const text = await page.text();
    expect(text).toContain("This form was opened more than two hours ago");
    expect(text).toContain(`value="Tuesday coffee morning"`);
    expect(text).toContain(`name="formStarted" value="${signFormStart(SECRET, NOW)}"`);

    const answer = await submit(post(weekly.values, { json: true, extra: old }), client());
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { error: string; formStarted: string };
    expect(body.error).toContain("Everything you typed is still here");
    expect(body.formStarted).toBe(signFormStart(SECRET, NOW));
    expect(await countSubmissions()).toBe(0);

    // Within two hours, the same form is accepted.
    const inTime = { formStarted: signFormStart(SECRET, new Date(NOW.getTime() - 2 * 60 * 60 * 1000 + 60_000)) };
    expect((await submit(post(weekly.values, { extra: inTime }), client())).status).toBe(303);
  });

  it("limits each client to a few submissions in ten minutes, counted in Blobs, with Retry-After", async () => {
    const { submit } = handlers();
    const statuses = [];
    for (let count = 0; count < 7; count++)
      statuses.push((await submit(post(weekly.values), client("192.0.2.9"))).status);
    expect(statuses).toEqual([303, 303, 303, 303, 303, 429, 429]);
    const limited = await submit(post(weekly.values, { json: true }), client("192.0.2.9"));
    expect(limited.headers.get("retry-after")).toBe("600");
    // Without JavaScript, the form again with what was typed and why it was not sent.
    const page = await submit(post(weekly.values), client("192.0.2.9"));
    expect(page.status).toBe(429);
    expect(page.headers.get("retry-after")).toBe("600");
    const text = await page.text();
    expect(text).toContain('role="alert"><p>You have sent several events in the last few minutes.');
    expect(text).toContain(`value="Tuesday coffee morning"`);
    expect((await submit(post(weekly.values), client("192.0.2.10"))).status).toBe(303);
    // The client is known only by a keyed hash.
    const keys = (await blobs.list({ prefix: "rate/" })).blobs.map((blob) => blob.key).join(" ");
    expect(keys).not.toContain("192.0.2");
  });

  it("flags a second submission of the same event as a likely duplicate", async () => {
    const { submit, submissions } = handlers();
    await submit(post(weekly.values), client("192.0.2.1"));
    await submit(post(weekly.values), client("192.0.2.2"));
    const flags = (await submissions.list()).map((record) => record.flags);
    // Both arrive in the same millisecond here, so their order is not fixed.
    expect(flags.map((list) => list.join()).sort()).toEqual(["", "likely-duplicate"]);
  });

  it("answers 413 to a body over 64 KB and 415 to another content type", async () => {
    const { submit } = handlers();
    const big = await submit(post({ ...weekly.values, description: "x".repeat(70_000) }), client());
    expect(big.status).toBe(413);
    const text = await submit(
      new Request("http://localhost/api/submissions", {
        method: "POST",
        headers: { "content-type": "text/plain" },
        body: "title=hi",
      }),
      client(),
    );
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({
      error: "Send the body as application/x-www-form-urlencoded or application/json.",
    });
    expect(await countSubmissions()).toBe(0);
  });

  it("answers 503 with Retry-After when the store is down, and leaves no entry", async () => {
    const down = handlers(openStore("submissions-down", 1));
    const response = await down.submit(post(weekly.values, { json: true }), client());
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    const body = (await response.json()) as { error: string };
    expect(body.error).toContain("Nothing was saved");
  });

  it("answers 503 and leaves no half-written entry when the write itself fails", async () => {
    const failing = new Proxy(blobs, {
      get(target, property, receiver) {
        if (property === "setJSON") return () => Promise.reject(new Error("connection reset"));
        return Reflect.get(target, property, receiver);
      },
    });
    const response = await handlers(failing).submit(post(weekly.values, { json: true }), client());
    expect(response.status).toBe(503);
    expect(await countSubmissions()).toBe(0);
  });

  it("stores exactly 200 entries for 200 concurrent submissions", async () => {
    const { submit } = handlers();
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        submit(
          post({ ...weekly.values, title: `Coffee morning ${index}` }, { json: true }),
          client(`198.51.100.${index}`),
        ),
      ),
    );
    expect(responses.map((response) => response.status).filter((status) => status !== 201)).toEqual([]);
    const { blobs: entries } = await blobs.list({ prefix: "submissions/" });
    expect(entries).toHaveLength(200);
    const titles = await Promise.all(
      entries.map(
        async (entry) => ((await blobs.get(entry.key, { type: "json" })) as { event: { title: string } }).event.title,
      ),
    );
    expect(new Set(titles).size).toBe(200);
  }, 120_000);
});

describe("moderation", () => {
  async function submitted(values = weekly.values) {
    const { submit } = handlers();
    const response = await submit(post(values, { json: true }), client(`203.0.113.${Math.floor(Math.random() * 250)}`));
    const { statusUrl } = (await response.json()) as { statusUrl: string };
    return { id: new URL(statusUrl, "http://localhost").searchParams.get("ref")!, statusUrl };
  }

  it("answers 401 without a token and 403 with a wrong one", async () => {
    const { moderate } = handlers();
    const missing = await moderate(moderation("submissions", { token: null }));
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe("Bearer");
    expect((await moderate(moderation("submissions", { token: "not-the-token-at-all" }))).status).toBe(403);
    expect((await moderate(moderation("me"))).status).toBe(200);
  });

  it("lists pending submissions with flags and shows one with its private email", async () => {
    const { moderate } = handlers();
    const { id } = await submitted();
    const list = (await (await moderate(moderation("submissions"))).json()) as { submissions: { id: string }[] };
    expect(list.submissions.map((item) => item.id)).toEqual([id]);
    const detail = (await (await moderate(moderation(`submissions/${id}`))).json()) as {
      submission: Record<string, unknown>;
      audit: { action: string }[];
    };
    expect(detail.submission["contactEmail"]).toBe("volunteer@example.org");
    expect(detail.submission).not.toHaveProperty("tokenHash");
    expect(detail.audit.map((entry) => entry.action)).toEqual(["submitted"]);
  });

  it("edits, approves once however often asked, trusts the group, audits each step and rebuilds", async () => {
    const { moderate, submissions } = handlers();
    const { id, statusUrl } = await submitted();
    const detail = (await (await moderate(moderation(`submissions/${id}`))).json()) as {
      submission: { event: Record<string, unknown> };
    };
    const edited = { ...detail.submission.event, title: "Tuesday coffee and chat" };
    const edit = await moderate(
      moderation(`submissions/${id}`, { method: "PATCH", body: JSON.stringify({ event: edited }) }),
    );
    expect(edit.status).toBe(200);
    const before = rebuilds.length;
    const approve = () =>
      moderate(moderation(`submissions/${id}/approve`, { method: "POST", body: JSON.stringify({ trustGroup: true }) }));
    const first = (await (await approve()).json()) as { changed: boolean; eventPath: string };
    const second = (await (await approve()).json()) as { changed: boolean };
    expect(first.changed).toBe(true);
    expect(first.eventPath).toMatch(/^\/events\/tuesday-coffee-and-chat-[a-z0-9]{5}\/$/);
    expect(second.changed).toBe(false);
    expect(rebuilds.length - before).toBe(1);
    expect(await submissions.isTrustedGroup("digital-buddies")).toBe(true);
    expect(await submissions.isTrustedGroup("stoke-runners")).toBe(false);
    const trail = await submissions.auditTrail(id);
    expect(trail.map((entry) => [entry.action, entry.by])).toEqual([
      ["submitted", "submitter"],
      ["edited", "sam"],
      ["approved", "sam"],
      ["trusted-group", "sam"],
    ]);
    expect(trail[1]!.changes).toEqual({ title: { from: "Tuesday coffee morning", to: "Tuesday coffee and chat" } });
    const status = await handlers().status(
      new Request(`http://localhost${statusUrl}`, { headers: { accept: "application/json" } }),
    );
    expect(await status.json()).toMatchObject({ status: "approved", eventPath: first.eventPath });
    const markdown = await moderate(moderation(`submissions/${id}/markdown`));
    expect(markdown.headers.get("content-disposition")).toMatch(/attachment; filename="tuesday-coffee-and-chat-/);
    expect(await markdown.text()).toContain('title: "Tuesday coffee and chat"');
    // The group's next event comes flagged as from a trusted group.
    const next = await submitted({ ...weekly.values, title: "Thursday coffee and chat" });
    const { submission } = (await (await moderate(moderation(`submissions/${next.id}`))).json()) as {
      submission: { flags: string[] };
    };
    expect(submission.flags).toContain("trusted-group");
  });

  it("will not approve a new place or group until a moderator chooses a listed one", async () => {
    const { moderate } = handlers();
    const { id } = await submitted(valid.find((fixture) => fixture.name === "one-off-new-place-and-group")!.values);
    const response = await moderate(moderation(`submissions/${id}/approve`, { method: "POST", body: "{}" }));
    expect(response.status).toBe(409);
    expect(Object.keys(((await response.json()) as { fields: object }).fields)).toEqual(["placeId", "groupId"]);
  });

  it("rejects with a reason once, and the private status page shows the reason", async () => {
    const { moderate, status } = handlers();
    const { id, statusUrl } = await submitted();
    const reject = () =>
      moderate(
        moderation(`submissions/${id}/reject`, {
          method: "POST",
          body: JSON.stringify({ reason: "This is a private event." }),
        }),
      );
    expect(((await (await reject()).json()) as { changed: boolean }).changed).toBe(true);
    expect(((await (await reject()).json()) as { changed: boolean }).changed).toBe(false);
    const page = await (await status(new Request(`http://localhost${statusUrl}`))).text();
    expect(page).toContain("Not published");
    expect(page).toContain("This is a private event.");
    expect((await moderate(moderation(`submissions/${id}/reject`, { method: "POST", body: "{}" }))).status).toBe(400);
  });

  it("edits a published event, keeping its address, and refuses an edit that would stop it publishing", async () => {
    const { moderate, submissions } = handlers();
    const { id } = await submitted();
    const approved = (await (
      await moderate(moderation(`submissions/${id}/approve`, { method: "POST", body: "{}" }))
    ).json()) as { eventPath: string };
    const detail = (await (await moderate(moderation(`submissions/${id}`))).json()) as {
      submission: { event: Record<string, unknown> };
    };
    const before = rebuilds.length;
    const edit = (event: Record<string, unknown>) =>
      moderate(moderation(`submissions/${id}`, { method: "PATCH", body: JSON.stringify({ event }) }));
    const renamed = await edit({ ...detail.submission.event, title: "Tuesday coffee, cake and chat" });
    expect(renamed.status).toBe(200);
    expect(rebuilds.slice(before)).toEqual([expect.stringMatching(/^Update submitted event ST-/)]);
    const markdown = await (await moderate(moderation(`submissions/${id}/markdown`))).text();
    expect(markdown).toContain('title: "Tuesday coffee, cake and chat"');
    const { record } = (await submissions.get(id))!;
    expect(`/events/${record.decision?.eventId}/`).toBe(approved.eventPath);

    const newPlace = { kind: "new", name: "The old chapel", address: "High Street, Tunstall" };
    const refused = await edit({ ...detail.submission.event, place: newPlace });
    expect(refused.status).toBe(409);
    expect(Object.keys(((await refused.json()) as { fields: object }).fields)).toEqual(["placeId"]);
    expect((await submissions.get(id))!.record.event.title).toBe("Tuesday coffee, cake and chat");
    expect((await submissions.auditTrail(id)).map((entry) => entry.action)).toEqual([
      "submitted",
      "approved",
      "edited",
    ]);
  });

  it("withdraws a published event once, with a reason the submitter sees, and rebuilds without it", async () => {
    const { moderate, status, submissions } = handlers();
    const { id, statusUrl } = await submitted();
    const withdraw = (reason: string) =>
      moderate(moderation(`submissions/${id}/withdraw`, { method: "POST", body: JSON.stringify({ reason }) }));
    // Only a published event can be withdrawn.
    expect((await withdraw("Cancelled by the group.")).status).toBe(409);
    await moderate(moderation(`submissions/${id}/approve`, { method: "POST", body: "{}" }));
    expect((await withdraw("")).status).toBe(400);
    const before = rebuilds.length;
    expect(((await (await withdraw("Cancelled by the group.")).json()) as { changed: boolean }).changed).toBe(true);
    expect(((await (await withdraw("Cancelled by the group.")).json()) as { changed: boolean }).changed).toBe(false);
    expect(rebuilds.slice(before)).toEqual([expect.stringMatching(/^Withdraw submitted event ST-/)]);
    expect((await submissions.get(id))!.record.status).toBe("withdrawn");
    const trail = await submissions.auditTrail(id);
    expect(trail.map((entry) => [entry.action, entry.by, entry.reason])).toEqual([
      ["submitted", "submitter", undefined],
      ["approved", "sam", undefined],
      ["withdrawn", "sam", "Cancelled by the group."],
    ]);
    const page = await (await status(new Request(`http://localhost${statusUrl}`))).text();
    expect(page).toContain("Taken off the site");
    expect(page).toContain("Cancelled by the group.");
    expect(page).not.toContain("See your event");
    expect((await moderate(moderation(`submissions/${id}/markdown`))).status).toBe(409);
    const list = (await (await moderate(moderation("submissions?status=withdrawn"))).json()) as {
      submissions: { id: string }[];
    };
    expect(list.submissions.map((item) => item.id)).toEqual([id]);
  });

  it("answers 404 to a status link with a wrong token, and 415 to a non-JSON action", async () => {
    const { moderate, status } = handlers();
    const { id } = await submitted();
    const wrong = await status(new Request(`http://localhost/submit/status/?ref=${id}&token=guess`));
    expect(wrong.status).toBe(404);
    const form = await moderate(
      new Request(`http://localhost/api/moderation/submissions/${id}/approve`, {
        method: "POST",
        headers: { authorization: `Bearer ${MODERATOR}`, "content-type": "text/plain" },
        body: "{}",
      }),
    );
    expect(form.status).toBe(415);
  });
});
