import { encode } from "uqr";
import { describe, expect, it } from "vitest";
import { createEventQr } from "../../netlify/functions/event-qr";
import { builtFeedData } from "../support/feed-data";

const data = builtFeedData({ now: new Date("2026-12-04T09:00:00Z") });
const handler = createEventQr({ source: () => data, siteUrl: "https://stoketogether.org.uk" });
const get = (path: string, init: RequestInit = {}) => handler(new Request(`http://localhost${path}`, init));

describe("an event poster's QR code", () => {
  it("is an SVG QR code of the event's page address, kept for a day", async () => {
    const { id } = data.candidates[0]!;
    const response = await get(`/events/${id}/qr.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("cache-control")).toBe("public, max-age=86400");
    const svg = await response.text();
    const address = `https://stoketogether.org.uk/events/${id}/`;
    expect(svg).toContain(`aria-label="QR code for ${address}"`);
    expect(svg).toContain(`viewBox="0 0 ${encode(address, { ecc: "M", border: 0 }).size + 8} `);
    const again = await get(`/events/${id}/qr.svg`, { headers: { "if-none-match": response.headers.get("etag")! } });
    expect(again.status).toBe(304);
  });

  it("is there only for events the build published", async () => {
    expect((await get("/events/no-such-event/qr.svg")).status).toBe(404);
    expect((await get("/events/Bad_Id/qr.svg")).status).toBe(404);
    expect((await get(`/events/${data.candidates[0]!.id}/qr.svg`, { method: "POST" })).status).toBe(405);
  });
});
