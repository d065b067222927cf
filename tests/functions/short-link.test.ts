import { describe, expect, it } from "vitest";
import { createShortLinks } from "../../netlify/functions/short-link";
import { placeEvents } from "../../src/lib/events/facts";
import { shortCode } from "../../src/lib/print/short-links";
import { content } from "../support/content";
import { builtFeedData } from "../support/feed-data";

const NOW = new Date("2026-12-04T09:00:00Z");
const data = builtFeedData({ now: NOW });
const handler = createShortLinks({ source: () => data });
const get = (path: string, method = "GET") => handler(new Request(`http://localhost${path}`, { method }));

describe("posters' short links", () => {
  it("lead on, for good, to each event's page", async () => {
    for (const { id } of data.candidates) {
      const response = await get(`/e/${shortCode(id)}/`);
      expect(response.status).toBe(301);
      expect(response.headers.get("location")).toBe(`/events/${id}/`);
    }
    expect((await get(`/e/${shortCode(data.candidates[0]!.id)}`)).status).toBe(301);
  });

  it("say plainly when a link leads nowhere: an event that has finished, or a mistyped code", async () => {
    const finished = placeEvents(content).find((listing) => !data.candidates.some((c) => c.id === listing.id));
    const codes = ["/e/zzzzzzz/", "/e/short/", ...(finished ? [`/e/${shortCode(finished.id)}/`] : [])];
    for (const path of codes) {
      const response = await get(path);
      expect(response.status).toBe(404);
      const page = await response.text();
      expect(page).toContain("This link leads nowhere now");
      expect(page).toContain('<a href="/events/">');
      expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    }
    expect((await get("/e/zzzzzzz/", "POST")).status).toBe(405);
  });
});
