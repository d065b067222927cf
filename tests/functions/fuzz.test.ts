/**
 * Careless and hostile input, generated from a fixed seed, through the real form handlers and a real local
 * Netlify Blobs store: 2,500 payloads, mostly broken, some by chance still valid. No answer is a
 * server error, and everything stored is a valid record. A failure names the seed and the payload's number,
 * so it can be replayed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBuddyReportHandler } from "../../netlify/functions/buddy-report";
import { createBuddyRequestHandler } from "../../netlify/functions/buddy-request";
import { createSubmitHandler } from "../../netlify/functions/submit";
import { createSourceRequestHandler } from "../../netlify/functions/source-request";
import { createSourceRequestStore } from "../../netlify/lib/source-request-store";
import { StoredSourceRequestSchema } from "../../src/lib/import/source-request";
import { IMPORT_KEYS } from "../../src/lib/import/store-keys";
import { createBuddyStore } from "../../netlify/lib/buddy-store";
import { diskListedIds } from "../../netlify/lib/listed-ids";
import { createMailer } from "../../netlify/lib/mailer";
import { signFormStart } from "../../netlify/lib/security";
import { createSubmissionStore } from "../../netlify/lib/submission-store";
import { OPTIONS_PATH } from "../../netlify/lib/buddy";
import { StoredSubmissionSchema } from "../../src/lib/submissions/model";
import {
  BUDDY_FORM_MARKS,
  BUDDY_REPORT_FORM_PAGE,
  BUDDY_SHELL_PAGE,
  SOURCE_REQUEST_FORM_MARKS,
  SOURCE_REQUEST_FORM_PAGE,
  SUBMISSION_FORM_MARKS,
  SUBMISSION_FORM_OPTIONS_ID,
  SUBMISSION_FORM_PAGE,
  buddyRequestFormPage,
} from "../../src/lib/pages/contract";
import { startLocalBlobs, type LocalBlobs } from "../support/blobs-server";
import { loadFormFixtures, loadSubmissionFixtures, toFormBody } from "../support/submissions";

const SEED = 20261204;
/** Payloads per form: 2,500 in all, most of them to the event submission, the largest form. */
const PAYLOADS = { submissions: 1300, requests: 450, reports: 450, calendars: 300 } as const;
const SECRET = "fuzz-secret-fuzz-secret";
const NOW = new Date("2026-12-01T10:00:00Z");
const STARTED = signFormStart(SECRET, new Date(NOW.getTime() - 5 * 60_000));

/** A small, fast generator of numbers in [0, 1) from a seed (mulberry32): the same seed, the same payloads. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

/** Text a careless or hostile sender might put anywhere. */
const NASTY_TEXT = [
  "",
  " ",
  "\u200b\u200b",
  "\u00a0\t\n",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "[Book](javascript:alert(1))",
  "\u0000\u0001\u0007",
  "\u202eevil\u202c",
  "\u2066isolate\u2069",
  "e\u0301",
  "😀".repeat(500),
  "x".repeat(5000),
  "a".repeat(70_000),
  "'; DROP TABLE events; --",
  "%00%0d%0a",
  "../../etc/passwd",
  "2027-02-30",
  "9999-99-99",
  "25:61",
  "-1",
  "NaN",
  "true",
  "null",
  "javascript:alert(1)",
  "http://169.254.169.254/latest/meta-data/",
  "https://user:pass@example.org/",
  `https://example.org/${"a".repeat(2100)}`,
  'https://example.org/"><script>alert(1)</script>',
];

/** Values of the wrong kind for a JSON body. */
const WRONG_KINDS: unknown[] = [
  42,
  -0.5,
  true,
  null,
  {},
  { nested: { deeper: { deepest: [1, 2, 3] } } },
  [],
  ["a", "b", 3],
  Array.from({ length: 1000 }, (_, index) => `item-${index}`),
];

type Values = Record<string, unknown>;

/** One mutated payload and how it is sent: as a browser's form, as JSON, or as something broken. */
function mutate(random: ReturnType<typeof generator>, base: Values): { body: string; type: string; json: boolean } {
  const values: Values = structuredClone(base);
  const fields = Object.keys(values);
  const changes = 1 + random.int(4);
  for (let change = 0; change < changes; change++) {
    const field = random.pick(fields);
    switch (random.int(6)) {
      case 0:
        delete values[field];
        break;
      case 1:
        values[field] = random.pick(NASTY_TEXT);
        break;
      case 2:
        values[field] = random.pick(WRONG_KINDS);
        break;
      case 3:
        values[`unknown${random.int(100_000)}`] = random.pick(NASTY_TEXT);
        break;
      case 4:
        values[field] = [random.pick(NASTY_TEXT), random.pick(NASTY_TEXT)];
        break;
      default:
        values[field] = `${String(values[field] ?? "")}${random.pick(NASTY_TEXT)}`;
    }
  }
  const guards = random.int(10);
  if (guards === 0) values["formStarted"] = random.pick(["", "123.abc", `${Date.now()}.forged`]);
  else if (guards === 1) values["nickname"] = "bot";
  const kind = random.int(10);
  if (kind < 5) {
    const form: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(values)) {
      form[name] = Array.isArray(value) ? value.map(String) : typeof value === "string" ? value : JSON.stringify(value);
    }
    return { body: toFormBody(form), type: "application/x-www-form-urlencoded", json: false };
  }
  if (kind < 9) return { body: JSON.stringify(values), type: "application/json", json: true };
  return random.pick([
    { body: "{not json", type: "application/json", json: true },
    { body: "[1,2,3]", type: "application/json", json: true },
    { body: "title=%zz%&&=", type: "application/x-www-form-urlencoded", json: false },
    { body: "<xml/>", type: "text/xml", json: false },
    { body: "x".repeat(80_000), type: "application/x-www-form-urlencoded", json: false },
  ]);
}

const options = { places: [{ id: "bentilee-library", name: "Bentilee Library" }], groups: [] };
const FORM = `<html><head><title>Submit an event | Stoke Together</title></head><body>
<script type="application/json" id="${SUBMISSION_FORM_OPTIONS_ID}">${JSON.stringify(options)}</script>
<div id="${SUBMISSION_FORM_MARKS.rootId}"><astro-island>form</astro-island></div><div id="${SUBMISSION_FORM_MARKS.endId}" hidden></div></body></html>`;
const BUDDY_OPTIONS = {
  groups: [{ id: "tunstall-neighbours", name: "Tunstall Neighbours Network" }],
  events: [
    {
      id: "tunstall-coffee-morning",
      title: "Tunstall coffee morning",
      groupId: "tunstall-neighbours",
      groupName: "Tunstall Neighbours Network",
      dates: [{ date: "2026-12-08", startTime: "10:00", label: "Tuesday 8 December, 10:00" }],
    },
  ],
};
const buddyForm = `<html><head><title>Buddy-up | Stoke Together</title></head><body>
<div id="${BUDDY_FORM_MARKS.rootId}"><form class="submission-form buddy-form">built</form></div><div id="${BUDDY_FORM_MARKS.endId}" hidden></div></body></html>`;
const calendarForm = `<html><head><title>Ask us to add your group's calendar | Stoke Together</title></head><body>
<script type="application/json" id="${SUBMISSION_FORM_OPTIONS_ID}">${JSON.stringify(options)}</script>
<div id="${SOURCE_REQUEST_FORM_MARKS.rootId}"><form class="submission-form">built</form></div><div id="${SOURCE_REQUEST_FORM_MARKS.endId}" hidden></div></body></html>`;
const PAGES: Record<string, string> = {
  [SUBMISSION_FORM_PAGE]: FORM,
  [SOURCE_REQUEST_FORM_PAGE]: calendarForm,
  [OPTIONS_PATH]: JSON.stringify(BUDDY_OPTIONS),
  [buddyRequestFormPage("tunstall-coffee-morning")]: buddyForm,
  [BUDDY_REPORT_FORM_PAGE]: buddyForm,
  [BUDDY_SHELL_PAGE]: buddyForm,
};
const pages = () => async (path: string) => {
  const page = PAGES[path];
  if (page === undefined) throw new Error(`No built page ${path}`);
  return page;
};

let blobs: LocalBlobs;
beforeAll(async () => {
  blobs = await startLocalBlobs();
});
afterAll(async () => {
  await blobs.stop();
}, 60_000);

/** Sends every payload and returns the statuses, failing at once on a server error. */
async function run(
  name: keyof typeof PAYLOADS,
  handler: (request: Request, context: { ip: string }) => Promise<Response>,
  base: Values,
  path: string,
) {
  const random = generator(SEED + name.length);
  const statuses = new Map<number, number>();
  for (let number = 0; number < PAYLOADS[name]; number++) {
    const { body, type, json } = mutate(random, { ...base, formStarted: STARTED, nickname: "" });
    const response = await handler(
      new Request(`https://stoketogether.test${path}`, {
        method: "POST",
        headers: { "content-type": type, accept: json ? "application/json" : "text/html" },
        body,
      }),
      // A new client for each, so the per-client limit does not hide what the checks do.
      { ip: `198.18.${number >> 8}.${number & 255}` },
    );
    await response.arrayBuffer();
    expect(response.status, `${name} payload ${number} (seed ${SEED}) answered ${response.status}`).toBeLessThan(500);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  }
  return statuses;
}

describe(`generated payloads (seed ${SEED})`, () => {
  it("never get a server error from the event submission, and every stored submission is valid", async () => {
    const store = blobs.open("fuzz-submissions");
    const submit = createSubmitHandler({
      store: createSubmissionStore(store),
      secret: SECRET,
      now: () => NOW,
      listed: diskListedIds(process.cwd()),
      pages,
      clientLimit: 1_000,
    });
    const weekly = loadSubmissionFixtures("valid").find((fixture) => fixture.name === "weekly-coffee-morning")!;
    const statuses = await run("submissions", submit, weekly.values, "/api/submissions");
    // Most payloads are refused, a few by chance are still valid: both kinds happened.
    expect(statuses.get(400)).toBeGreaterThan(PAYLOADS.submissions / 2);
    const { blobs: keys } = await store.list({ prefix: "submissions/" });
    expect(keys.length).toBe((statuses.get(303) ?? 0) + (statuses.get(201) ?? 0));
    for (const { key } of keys) {
      const parsed = StoredSubmissionSchema.safeParse(await store.get(key, { type: "json" }));
      expect(parsed.success, `${key} is not a valid submission record`).toBe(true);
    }
  }, 240_000);

  it("never get a server error from a buddy-up request or a report, and every stored record is whole", async () => {
    const store = blobs.open("fuzz-buddy");
    const buddyStore = createBuddyStore(store);
    const deps = {
      store: buddyStore,
      mailer: createMailer(buddyStore, () => NOW),
      secret: SECRET,
      now: () => NOW,
      pages,
      clientLimit: 1_000,
    };
    const requests = await run(
      "requests",
      createBuddyRequestHandler(deps),
      {
        eventId: "tunstall-coffee-morning",
        date: "2026-12-08",
        name: "Sam",
        contactMethod: "email",
        email: "sam@example.org",
        phone: "",
        accessNeeds: "",
        preferences: "",
        consent: "yes",
      },
      "/api/buddy-requests",
    );
    const reports = await run(
      "reports",
      createBuddyReportHandler(deps),
      { message: "Someone at the coffee morning made me uncomfortable.", contact: "" },
      "/api/buddy-reports",
    );
    expect(requests.get(400)).toBeGreaterThan(PAYLOADS.requests / 2);
    expect(reports.get(400)).toBeGreaterThan(PAYLOADS.reports / 4);
    for (const request of await buddyStore.listRequests()) {
      expect(request.resident?.name.trim()).toBeTruthy();
      expect(["waiting"]).toContain(request.status);
    }
  }, 240_000);

  it("never get a server error from a request for a calendar to be added, and every stored request is whole", async () => {
    const store = blobs.open("fuzz-calendars");
    const handler = createSourceRequestHandler({
      store: createSourceRequestStore(store),
      secret: SECRET,
      now: () => NOW,
      listed: diskListedIds(process.cwd()),
      pages,
      clientLimit: 1_000,
    });
    const google = loadFormFixtures("source-requests", "valid").find(
      (fixture) => fixture.name === "listed-group-google-calendar",
    )!;
    const statuses = await run("calendars", handler, google.values, "/api/source-requests");
    expect(statuses.get(400)).toBeGreaterThan(PAYLOADS.calendars / 2);
    const { blobs: keys } = await store.list({ prefix: IMPORT_KEYS.requests });
    expect(keys.length).toBe((statuses.get(303) ?? 0) + (statuses.get(201) ?? 0));
    for (const { key } of keys) {
      const parsed = StoredSourceRequestSchema.safeParse(await store.get(key, { type: "json" }));
      expect(parsed.success, `${key} is not a valid request`).toBe(true);
    }
  }, 240_000);
});
