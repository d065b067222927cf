import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createFeedLink } from "../../netlify/functions/feed-link";
import { CONTENT_SECURITY_POLICY } from "../../netlify/lib/http";
import { builtFeedData } from "../support/feed-data";
import { FEED_LINK_TEMPLATE_FILE } from "../../src/lib/pages/contract";
import { FALLBACK_FRAME } from "../../netlify/lib/html";

const NOW = new Date("2026-11-26T09:00:00Z");
const built = builtFeedData({ now: NOW });
const handler = createFeedLink({
  source: () => built,
  now: () => NOW,
  siteUrl: "https://stoketogether.org.uk",
  frame: () => FALLBACK_FRAME,
});

const get = (query: string) => handler(new Request(`http://localhost/calendar/link/${query}`));

describe("GET /calendar/link/ (the feed builder without JavaScript)", () => {
  it("shows the webcal and https links for the form's choices, ignoring the empty ones", async () => {
    const response = await get("?town=burslem&ward=&category=&audience=families&free=1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    const html = await response.text();
    expect(html).toContain(
      'href="webcal://stoketogether.org.uk/api/calendar.ics?town=burslem&amp;audience=families&amp;free=1"',
    );
    expect(html).toContain(
      "https://stoketogether.org.uk/api/calendar.ics?town=burslem&amp;audience=families&amp;free=1",
    );
    expect(html).toContain("A calendar of events in Burslem for families, free or pay what you can.");
    expect(html).toContain("<title>Your calendar link | Stoke Together</title>");
  });

  it("lists the dates that match in the coming weeks", async () => {
    const html = await (await get("?town=tunstall")).text();
    expect(html).toMatch(/\d+ dates? match/);
    expect(html).toContain('<a href="/events/tunstall-coffee-morning/">');
    expect(html).not.toContain('<a href="/events/fenton-chair-yoga/">');
  });

  it("gives a saved list's feed (event=…) with only those events' dates, and names events no longer listed", async () => {
    const html = await (await get("?event=tunstall-coffee-morning")).text();
    expect(html).toContain('href="webcal://stoketogether.org.uk/api/calendar.ics?event=tunstall-coffee-morning"');
    expect(html).toContain('<a href="/events/tunstall-coffee-morning/">');
    expect(html).not.toContain('<a href="/events/fenton-chair-yoga/">');
    const gone = await get("?event=a-quiz-night-taken-down");
    expect(gone.status).toBe(400);
    expect(await gone.text()).toContain("names no event still on the site: a-quiz-night-taken-down");
  });

  it("joins several access choices as the feed address expects", async () => {
    const html = await (await get("?access=step-free&access=seating")).text();
    expect(html).toContain("api/calendar.ics?access=step-free%2Cseating");
  });

  it("answers 400 with a page naming each choice that could not be read, without echoing markup", async () => {
    const response = await get("?town=%3Cscript%3E&category=family");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
    const html = await response.text();
    expect(html).toContain("Some choices could not be read");
    expect(html).toContain("&quot;town&quot; must be one of");
    expect(html).toContain("audience=families");
    expect(html).not.toContain("<script>");
  });

  it("answers in the language of its address, with the same feed address", async () => {
    const response = await handler(new Request("http://localhost/pl/calendar/link/?town=burslem&free=1"));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("<h2>Subskrybuj ten kalendarz</h2>");
    expect(html).toContain("Kalendarz: wydarzenia w Burslem, bezpłatne albo płacisz, ile możesz.");
    expect(html).toContain('href="webcal://stoketogether.org.uk/api/calendar.ics?town=burslem&amp;free=1"');
    expect(html).toContain('<a href="/pl/calendar/">Zmień wybór</a>');
    expect(html).toMatch(/Pasuj|nic jeszcze nie pasuje/);
  });

  it("names each choice that could not be read in the page's language", async () => {
    const response = await handler(
      new Request("http://localhost/ur/calendar/link/?town=%3Cscript%3E&category=family&language=urdu"),
    );
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("فہرست میں سے قصبہ چنیں۔");
    expect(html).toContain("فہرست میں سے چنیں کہ کس بارے میں ہے۔");
    expect(html).not.toContain("ایک انتخاب پڑھا نہیں جا سکا۔");
    expect(html).toContain("فہرست میں سے زبان چنیں۔");
    expect(html).toContain('<a href="/ur/calendar/">');
    expect(html).not.toContain("<script>");
  });
});

describe("the page frame the function fills", () => {
  it("has both marks in the page it is built from", () => {
    const frame = readFileSync("src/pages/[...locale]/calendar/link-template.astro", "utf8");
    expect(frame).toMatch(/\{FEED_LINK_TITLE_MARK\}/);
    expect(frame).toMatch(/\{FEED_LINK_RESULT_MARK\}/);
  });

  it("is bundled with the functions, as netlify.toml says", () => {
    expect(readFileSync("netlify.toml", "utf8")).toContain(`"${FEED_LINK_TEMPLATE_FILE}"`);
    expect(readFileSync("netlify.toml", "utf8")).toContain('"dist/*/calendar/link-template/index.html"');
  });
});
