/**
 * Buddy-up's privacy promise, on the local platform: residents ask for buddies with distinctive names,
 * emails, phone numbers and needs, report concerns, and a coordinator matches one with a welcomer whose
 * private note is distinctive too; a group asks for its calendar to be added with a distinctive email and note; a
 * resident reports a wrong listing with distinctive details and contact. Then the site is rebuilt (with the Blobs store available, as on
 * Netlify) and none of those details is anywhere in the build output or in any public response. Runs in
 * the publishing project, after the other browser tests, because it rebuilds the site.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { recurringBuddyEvent, sendBuddyRequest } from "./buddy";
import { uniqueFirstName } from "./coordinator";
import { COORDINATOR_TOKEN } from "./platform";
import { expect as baseExpect, test } from "./fixtures";
import { waitForFillTime } from "./submission-form";

const expect = baseExpect.configure({ timeout: 60_000 });

/** Every file under a folder. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The details in `text`, however they might be written: as typed, in lower case, or escaped in a URL. */
function foundIn(text: string, secrets: string[]): string[] {
  const lower = text.toLowerCase();
  return secrets.filter((secret) =>
    [secret, encodeURIComponent(secret), secret.replace(/ /g, "")].some((form) => lower.includes(form.toLowerCase())),
  );
}

async function rebuildSite(request: APIRequestContext): Promise<void> {
  expect((await request.post("/__local/build-hook")).ok()).toBe(true);
  await expect
    .poll(async () => ((await (await request.get("/__local/build-status")).json()) as { building: boolean }).building, {
      timeout: 300_000,
      intervals: [2_000],
    })
    .toBe(false);
}

test("nothing a resident, reporter or coordinator types reaches the built site or a public response", async ({
  page,
}) => {
  test.setTimeout(420_000);
  const event = await recurringBuddyEvent(page);
  // Distinctive details, different every run: letters for names, digits for the phone number.
  const mark = uniqueFirstName("Zephyrine");
  const phoneDigits = String(Math.floor(Math.random() * 1e6)).padStart(6, "0");
  const byEmail = {
    name: mark,
    email: `${mark.toLowerCase()}@privacy-check.example`,
    accessNeeds: `Hearing loop please ${mark} needs`,
    preferences: `Quiet corner for ${mark} prefs`,
  };
  const byPhone = {
    name: `${mark}phone`,
    phone: `07700 9${phoneDigits.slice(0, 2)} ${phoneDigits.slice(2)}`,
    accessNeeds: `Step-free route for ${mark} phone needs`,
  };
  const reportText = `The welcomer for ${mark} report asked where I live.`;
  const reporterContact = `reporter.${mark.toLowerCase()}@privacy-check.example`;
  const welcomerNote = `Reach ${mark} welcomer on Tuesdays`;
  const meetingPoint = `By the ${mark} noticeboard`;
  const calendarEmail = `calendar.${mark.toLowerCase()}@privacy-check.example`;
  const calendarNote = `Ask ${mark} calendar keeper`;
  const listingReport = `It moved to the ${mark} hall on Fridays`;
  const listingReporter = `listing.${mark.toLowerCase()}@privacy-check.example`;
  const secrets = [
    byEmail.name,
    byEmail.email,
    byEmail.accessNeeds,
    byEmail.preferences,
    byPhone.name,
    byPhone.phone,
    `07700 9${phoneDigits}`.replace(/ /g, ""),
    byPhone.accessNeeds,
    reportText,
    reporterContact,
    welcomerNote,
    meetingPoint,
    calendarEmail,
    calendarNote,
    listingReport,
    listingReporter,
  ];

  // Two residents ask for buddies; one reports a concern from their status page, someone else from the public form.
  const emailed = await sendBuddyRequest(page, event, event.dates[0]!.label, byEmail);
  const phoned = await sendBuddyRequest(page, event, event.dates[1]!.label, byPhone);
  for (const from of [emailed.statusLink, "/buddy-up/"]) {
    await page.goto(from);
    await page.getByRole("link", { name: "Report a concern" }).click();
    await page.getByLabel("What happened, or what worries you").fill(reportText);
    await page.getByLabel("How we can reply (optional)").fill(reporterContact);
    await waitForFillTime(page);
    await page.getByRole("button", { name: "Send to the coordinators" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you for telling us");
  }

  // A group asks for its calendar to be added, with a contact email and a note only moderators see.
  await page.goto("/submit/calendar/");
  await page.getByLabel("Your group", { exact: true }).selectOption({ label: "Digital Buddies" });
  await page
    .getByLabel("Your calendar's address, or your events page")
    .fill(`https://calendar.example.org/privacy-${mark.toLowerCase()}.ics`);
  await page.getByLabel("Your email address").fill(calendarEmail);
  await page.getByLabel("Anything else we should know (optional)").fill(calendarNote);
  await waitForFillTime(page);
  await page.getByRole("button", { name: "Ask for it to be added" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We have your request");

  // A resident reports that the event's details are wrong, with a contact only moderators see.
  await page.goto(`/events/${event.id}/`);
  await page.getByText("Is something wrong here?").click();
  await page.getByRole("radio", { name: "The place or access details are wrong" }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("What should it say?").fill(listingReport);
  await page.getByLabel("How we can reach you (optional)").fill(listingReporter);
  await waitForFillTime(page);
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: we have your report");
  const reportId = new URL(page.url()).searchParams.get("ref")!;

  // A coordinator adds a welcomer with a private note and matches the emailed request at a meeting point.
  const coordination = { Authorization: `Bearer ${COORDINATOR_TOKEN}` };
  const added = await page.request.post("/api/coordination/welcomers", {
    headers: coordination,
    data: { name: `${mark}welcomer`, groupId: event.groupId, note: welcomerNote },
  });
  expect(added.status()).toBe(201);
  const { welcomer } = (await added.json()) as { welcomer: { id: string } };
  const requestId = new URL(emailed.statusLink, "http://localhost").searchParams.get("ref")!;
  const planned = await page.request.patch(`/api/coordination/requests/${requestId}`, {
    headers: coordination,
    data: { welcomerId: welcomer.id, meetingPoint, meetingTime: "09:45" },
  });
  expect(planned.ok()).toBe(true);
  expect(
    (await page.request.post(`/api/coordination/requests/${requestId}/match`, { headers: coordination })).ok(),
  ).toBe(true);

  await rebuildSite(page.request);

  // Nowhere in the build output.
  const leaks = filesUnder("dist").flatMap((file) =>
    foundIn(readFileSync(file, "latin1"), secrets).map((secret) => `${file}: ${secret}`),
  );
  expect(leaks, "personal details in the built site").toEqual([]);

  // Nowhere in any public response: every page in the sitemap, the data files, the feeds, and the functions
  // as anyone without the private link or a coordinator's token would call them.
  const sitemap = await (await page.request.get("/sitemap-0.xml")).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(pages).toContain(`/events/${event.id}/`);
  expect(pages).toContain("/buddy-up/");
  const wrongToken = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
  const publicUrls = [
    ...pages,
    "/buddy-up/options.json",
    "/search-index.json",
    "/search-details.json",
    "/events/feed.xml",
    "/api/calendar.ics",
    `/api/calendar.ics?group=${event.groupId}`,
    "/sitemap-0.xml",
    `/buddy-up/ask/${event.id}/`,
    "/buddy-up/report/",
    `/buddy-up/report/?ref=${requestId}&token=${wrongToken}`,
    `/buddy-up/status/?ref=${requestId}&token=${wrongToken}`,
    `/buddy-up/status/?ref=${requestId}`,
    "/api/coordination/requests",
    "/api/coordination/reports",
    "/api/coordination/outbox",
    "/api/coordination/welcomers",
    "/api/coordination/audit",
    "/api/moderation/source-requests",
    "/submit/calendar/",
    "/submit/calendar/sent/",
    "/report/listings.json",
    `/report/?listing=events/${event.id}`,
    `/report/status/?ref=${reportId}&token=${wrongToken}`,
    "/api/moderation/reports",
  ];
  const answers: string[] = [];
  for (const url of publicUrls) {
    const response = await page.request.get(url);
    const body = await response.text();
    answers.push(`${url} ${response.status()}`);
    for (const secret of foundIn(body, secrets)) answers.push(`${url}: LEAK ${secret}`);
  }
  for (const url of ["/api/coordination/requests", "/api/coordination/reports"]) {
    const response = await page.request.get(url, { headers: { Authorization: `Bearer ${wrongToken}` } });
    expect(response.status(), `${url} with a wrong token`).toBe(403);
    for (const secret of foundIn(await response.text(), secrets)) answers.push(`${url} (wrong token): LEAK ${secret}`);
  }
  expect(
    answers.filter((line) => line.includes("LEAK")),
    answers.join("\n"),
  ).toEqual([]);
  // The private pages were refused, not merely empty.
  expect(answers).toContain(`/buddy-up/status/?ref=${requestId}&token=${wrongToken} 404`);
  expect(answers).toContain("/api/coordination/requests 401");
  expect(answers).toContain("/api/moderation/source-requests 401");
  expect(answers).toContain(`/report/status/?ref=${reportId}&token=${wrongToken} 404`);
  expect(answers).toContain("/api/moderation/reports 401");

  // The resident's own link still works after the rebuild, and shows the match but none of their contact details.
  await page.goto(emailed.statusLink);
  await expect(page.getByRole("heading", { name: "A welcomer will meet you" })).toBeVisible();
  await expect(page.getByText(meetingPoint)).toBeVisible();
  const own = await page.content();
  expect(foundIn(own, [byEmail.email, byEmail.accessNeeds, byEmail.preferences, welcomerNote])).toEqual([]);
  await page.goto(phoned.statusLink);
  expect(foundIn(await page.content(), [byPhone.phone, byPhone.accessNeeds])).toEqual([]);

  // Cancelling and removing still work: the request is cancelled and the welcomer removed.
  expect(
    (await page.request.post(`/api/coordination/requests/${requestId}/cancel`, { headers: coordination })).ok(),
  ).toBe(true);
  expect(
    (await page.request.delete(`/api/coordination/welcomers/${welcomer.id}`, { headers: coordination })).ok(),
  ).toBe(true);
});
