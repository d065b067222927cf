/**
 * When Netlify Blobs fails or hangs, a function answers 503 with Retry-After within five seconds, having
 * saved nothing, and a browser without JavaScript gets the form again with what was typed and a plain
 * message. The store here is a local HTTP server that never answers, or always answers 500.
 */
import { getStore } from "@netlify/blobs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSubmitHandler } from "../../netlify/functions/submit";
import { diskListedIds } from "../../netlify/lib/listed-ids";
import { createModerationHandler } from "../../netlify/functions/moderation";
import { boundedStoreFetch } from "../../netlify/lib/blobs-fetch";
import { createBuddyStore, openBuddyStore } from "../../netlify/lib/buddy-store";
import { parseModeratorTokens, signFormStart } from "../../netlify/lib/security";
import { createSubmissionStore, openSubmissionsStore } from "../../netlify/lib/submission-store";
import { SUBMISSION_FORM_MARKS, SUBMISSION_FORM_OPTIONS_ID, SUBMISSION_FORM_PAGE } from "../../src/lib/pages/contract";
import { loadSubmissionFixtures, toFormBody } from "../support/submissions";

const SECRET = "test-secret-test-secret";
const MODERATOR = "0123456789abcdef0123456789";
const NOW = new Date("2026-11-26T10:05:00Z");
const STARTED = signFormStart(SECRET, new Date("2026-11-26T10:00:00Z"));
const FORM = `<html><head><title>Submit an event | Stoke Together</title></head><body>
<script type="application/json" id="${SUBMISSION_FORM_OPTIONS_ID}">${JSON.stringify({ places: [{ id: "bentilee-library", name: "Bentilee Library" }], groups: [] })}</script>
<div id="${SUBMISSION_FORM_MARKS.rootId}"><astro-island>form</astro-island></div><div id="${SUBMISSION_FORM_MARKS.endId}" hidden></div></body></html>`;
const weekly = loadSubmissionFixtures("valid").find((fixture) => fixture.name === "weekly-coffee-morning")!;

const servers: Server[] = [];
async function serve(answer: (response: import("node:http").ServerResponse) => void): Promise<string> {
  const server = createServer((_request, response) => answer(response));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const stores: Record<string, string> = {};
beforeAll(async () => {
  // A store that takes the connection and never answers, and one that always fails.
  stores["hangs"] = await serve(() => undefined);
  stores["fails"] = await serve((response) => response.writeHead(500).end("down"));
});
afterAll(() => {
  vi.unstubAllGlobals();
  for (const server of servers) server.closeAllConnections();
  for (const server of servers) server.close();
});

const storeAt = (url: string) =>
  getStore({
    name: "submissions",
    siteID: "test-site",
    token: "test-token",
    edgeURL: url,
    uncachedEdgeURL: url,
    consistency: "strong",
    fetch: boundedStoreFetch(),
  });

function submitHandler(url: string) {
  return createSubmitHandler({
    store: createSubmissionStore(storeAt(url)),
    secret: SECRET,
    now: () => NOW,
    listed: diskListedIds(process.cwd()),
    pages: () => async (path) => {
      if (path !== SUBMISSION_FORM_PAGE) throw new Error(`No built page ${path}`);
      return FORM;
    },
  });
}

function post(json: boolean): Request {
  const values = { ...weekly.values, formStarted: STARTED, nickname: "" };
  return new Request("https://stoketogether.test/api/submissions", {
    method: "POST",
    headers: json
      ? { "content-type": "application/json", accept: "application/json" }
      : { "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
    body: json ? JSON.stringify(values) : toFormBody(values),
  });
}

/** The answer and how long it took, in milliseconds. */
async function timed(work: () => Promise<Response>): Promise<{ response: Response; ms: number }> {
  const started = performance.now();
  const response = await work();
  return { response, ms: performance.now() - started };
}

describe.each(["hangs", "fails"])("when the store %s", (kind) => {
  it("a submission sent with JavaScript gets 503 with Retry-After within five seconds", async () => {
    const { response, ms } = await timed(() => submitHandler(stores[kind]!)(post(true), { ip: "192.0.2.1" }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(((await response.json()) as { error: string }).error).toContain("Nothing was saved");
    expect(ms).toBeLessThan(5_000);
  });

  it("a submission sent without JavaScript gets the form again, with what was typed and a plain message", async () => {
    const { response, ms } = await timed(() => submitHandler(stores[kind]!)(post(false), { ip: "192.0.2.1" }));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(response.headers.get("content-type")).toContain("text/html");
    const page = await response.text();
    expect(page).toContain('role="alert"><p>We could not save or read submissions just now. Nothing was saved.');
    expect(page).toContain('value="Tuesday coffee morning"');
    expect(ms).toBeLessThan(5_000);
  });

  it("a moderator's list gets 503 within five seconds", async () => {
    const handler = createModerationHandler({
      store: createSubmissionStore(storeAt(stores[kind]!)),
      tokens: parseModeratorTokens(`test:${MODERATOR}`),
      now: () => NOW,
      rebuild: async () => true,
    });
    const { response, ms } = await timed(() =>
      handler(
        new Request("https://stoketogether.test/api/moderation/submissions", {
          headers: { authorization: `Bearer ${MODERATOR}` },
        }),
      ),
    );
    expect(response.status).toBe(503);
    expect(ms).toBeLessThan(5_000);
  });

  it("the functions' own stores give up within five seconds", async () => {
    const context = Buffer.from(
      JSON.stringify({ edgeURL: stores[kind], uncachedEdgeURL: stores[kind], siteID: "site", token: "token" }),
    ).toString("base64");
    vi.stubGlobal("Netlify", {
      env: { get: (key: string) => (key === "NETLIFY_BLOBS_CONTEXT" ? context : undefined) },
    });
    const started = performance.now();
    await expect(createSubmissionStore(openSubmissionsStore()).list()).rejects.toMatchObject({ status: 503 });
    await expect(createBuddyStore(openBuddyStore()).listRequests()).rejects.toMatchObject({ status: 503 });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
