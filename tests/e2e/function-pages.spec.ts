/**
 * The pages the functions draw (the finder's server answers, the report, buddy-up and submission forms, their
 * pages of problems, status pages and the not-found answers of status links, in every language) are valid HTML
 * by the Nu HTML Checker, as `npm run check:html` holds the built pages to be. Each page is taken as the server
 * sends it, written to a folder, and the folder checked in one run of the checker.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { waitForFillTime } from "./submission-form";
import { recurringBuddyEvent } from "./buddy";
import { LOCALES, localePath } from "../../src/lib/i18n/locales";
import { formatErrors, runVnu, sortMessages } from "../../scripts/check-html.mjs";

const REPORTED = "events/fenton-chair-yoga";

/** The page's form as the browser would send it, with a field or two changed. */
async function formFields(page: Page, change: Record<string, string> = {}) {
  const form = page.locator("form[method=post]").first();
  const action = (await form.getAttribute("action"))!;
  const fields = await form.evaluate((element) =>
    [...new FormData(element as HTMLFormElement)].map(([name, value]) => [name, String(value)] as [string, string]),
  );
  const body = new URLSearchParams(fields.filter(([name]) => !(name in change)));
  for (const [name, value] of Object.entries(change)) body.append(name, value);
  return { action, body: body.toString() };
}

test("every page a function draws is valid HTML, in every language @desktop", async ({ openPage }) => {
  test.setTimeout(240_000);
  const page = await openPage({ javaScriptEnabled: false });
  const buddyEvent = await recurringBuddyEvent(page);
  const drawn = new Map<string, string>();
  const keep = async (name: string, response: import("@playwright/test").APIResponse) => {
    expect(response.headers()["content-type"], name).toContain("text/html");
    drawn.set(name, await response.text());
  };

  // Pages asked for by address.
  for (const locale of LOCALES) {
    const addresses = {
      "finder-results": "/find/?q=walk&town=hanley",
      "finder-problems": "/find/?when=someday&free=perhaps",
      "report-form": `/report/?listing=${REPORTED}&reason=time`,
      "report-unknown-listing": "/report/?listing=events/no-such-event",
      "report-status-unknown": "/report/status/?ref=RP-0000000000000000&token=nothing",
      "submission-status-unknown": "/submit/status/?ref=SB-0000000000000000&token=nothing",
      "buddy-status-unknown": "/buddy-up/status/?ref=BU-0000000000000000&token=nothing",
      "buddy-ask": `/buddy-up/ask/${buddyEvent.id}/`,
      "buddy-report": "/buddy-up/report/",
      submit: "/submit/",
      "submit-calendar": "/submit/calendar/",
    };
    for (const [name, path] of Object.entries(addresses)) {
      await keep(`${locale}-${name}`, await page.request.get(localePath(locale, path)));
    }
  }
  await keep("embed-town", await page.request.get("/embed/town/hanley/"));

  // Each form sent back with nothing filled in: the form again, naming every problem, in its language.
  const forms: { name: string; action: string; body: string }[] = [];
  for (const locale of LOCALES) {
    for (const [name, path] of [
      ["submit", "/submit/"],
      ["submit-calendar", "/submit/calendar/"],
      ["report", `/report/?listing=${REPORTED}`],
      ["buddy-ask", `/buddy-up/ask/${buddyEvent.id}/`],
      ["buddy-report", "/buddy-up/report/"],
    ] as const) {
      await page.goto(localePath(locale, path));
      forms.push({ name: `${locale}-${name}-problems`, ...(await formFields(page)) });
    }
  }
  // And a report sent whole, whose status page says it was received.
  await page.goto(localePath("ar", `/report/?listing=${REPORTED}&reason=time`));
  forms.push({
    name: "ar-report-received",
    ...(await formFields(page, { details: "The time on the page is an hour early." })),
  });
  await waitForFillTime(page);
  for (const { name, action, body } of forms) {
    const response = await page.request.post(action, {
      data: body,
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
    });
    await keep(name, response);
    if (name.endsWith("-problems")) {
      // The form came back naming its problems, not refused before they were read.
      expect(response.status(), name).toBe(400);
      expect(drawn.get(name), name).toContain('class="error-summary"');
    }
  }
  expect(drawn.get("ar-report-received")).toContain('dir="rtl"');
  expect(drawn.get("ar-report-received")).toContain("/ar/report/status/");

  const folder = mkdtempSync(join(tmpdir(), "function-pages-"));
  try {
    for (const [name, html] of drawn) writeFileSync(join(folder, `${name}.html`), html);
    const report = (await runVnu(folder)) as { messages?: unknown[] };
    const { errors } = sortMessages(report.messages ?? [], folder);
    expect(formatErrors(errors).join("\n"), `${errors.length} errors in ${drawn.size} pages`).toBe("");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
