/**
 * What the buddy-up function tests share: the form secret and clock, the resident's distinctive details (looked
 * for in every log line), the functions built over one store and one set of built pages, posting a form as a
 * browser or a script would, and the check that nothing the resident typed reaches a log.
 */
import type { Store } from "@netlify/blobs";
import { afterEach, beforeEach, expect, vi } from "vitest";
import { createBuddyPageHandler } from "../../netlify/functions/buddy-page";
import { createBuddyReportHandler } from "../../netlify/functions/buddy-report";
import { createBuddyRequestHandler } from "../../netlify/functions/buddy-request";
import { createBuddyStatusHandler } from "../../netlify/functions/buddy-status";
import { createBuddyStore } from "../../netlify/lib/buddy-store";
import { createMailer } from "../../netlify/lib/mailer";
import type { PageLoader } from "../../netlify/lib/pages";
import { signFormStart } from "../../netlify/lib/security";
import { BUDDY_FORM_MARKS } from "../../src/lib/pages/contract";

export const SECRET = "test-secret-test-secret";
/** When the form was drawn, and when it is sent: five minutes later. */
export const STARTED = new Date("2026-11-26T10:00:00Z");
export const NOW = new Date("2026-11-26T10:05:00Z");

// Distinctive details, searched for in every log line and public answer.
export const NAME = "Quillonia";
export const EMAIL = "quillonia.zx@example.org";

/** A built form page as the functions find it: the form's marks, around a form they replace. */
export const formPage = (title: string, lang?: string) =>
  `<html${lang ? ` lang="${lang}"` : ""}><head><title>${title} | Stoke Together</title></head><body>
<div id="${BUDDY_FORM_MARKS.rootId}"><form class="submission-form buddy-form">built</form></div><div id="${BUDDY_FORM_MARKS.endId}" hidden></div></body></html>`;

/** A loader of the built pages in `built`, which fails for any other, and remembers each path asked for. */
export function builtPages(built: Record<string, string>, asked: string[] = []) {
  return () =>
    (async (path: string) => {
      asked.push(path);
      const page = built[path];
      if (page === undefined) throw new Error(`No built page ${path}`);
      return page;
    }) as PageLoader;
}

/** The buddy-up functions over one store and one set of built pages, at `now`. */
export function buddyHandlers(
  store: Store,
  pages: () => PageLoader,
  now: Date = NOW,
  options: { clientLimit?: number } = {},
) {
  const buddy = createBuddyStore(store);
  const mailer = createMailer(buddy, () => now);
  const deps = { store: buddy, mailer, secret: SECRET, now: () => now, pages };
  return {
    buddy,
    ask: createBuddyRequestHandler({ ...deps, ...options }),
    status: createBuddyStatusHandler(deps),
    report: createBuddyReportHandler({ ...deps, ...options }),
    page: createBuddyPageHandler(deps),
  };
}

/** A form posted with a signed start time and an empty honeypot: urlencoded as a browser sends it, or as JSON. */
export function postForm(
  path: string,
  values: Record<string, string>,
  init: { json?: boolean; started?: Date; type?: string } = {},
): Request {
  const body = { formStarted: signFormStart(SECRET, init.started ?? STARTED), nickname: "", ...values };
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: {
      "content-type": init.type ?? (init.json ? "application/json" : "application/x-www-form-urlencoded"),
      ...(init.json ? { accept: "application/json" } : {}),
    },
    body: init.json ? JSON.stringify(body) : new URLSearchParams(body).toString(),
  });
}

/**
 * Catches every console line the functions write in each test, and fails the test if one holds any of `secrets`
 * (what a resident told us). Answers the lines caught in the test that is running.
 */
export function forbidInLogs(secrets: readonly string[]): () => string[] {
  let logged: string[] = [];
  beforeEach(() => {
    logged = [];
    for (const method of ["log", "error", "warn", "info", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map(String).join(" "));
      });
    }
  });
  afterEach(() => {
    for (const line of logged) {
      for (const secret of secrets) expect(line).not.toContain(secret);
    }
    vi.restoreAllMocks();
  });
  return () => logged;
}
