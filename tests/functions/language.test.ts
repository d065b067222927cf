import { describe, expect, it } from "vitest";
import { chooseLanguage } from "../../netlify/functions/language";

const get = (path: string, method = "GET", origin = "http://localhost") =>
  chooseLanguage(new Request(`${origin}${path}`, { method }));

describe("choosing a language", () => {
  it("remembers the choice for a year and goes on to the page in that language", async () => {
    const response = await get(`/language/ur/?to=${encodeURIComponent("/ur/events/x/")}`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/ur/events/x/");
    expect(response.headers.get("set-cookie")).toBe("nf_lang=ur; Path=/; Max-Age=31536000; SameSite=Lax");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const english = await get(`/language/en/?to=${encodeURIComponent("/events/x/")}`, "GET", "https://example.org");
    expect(english.headers.get("location")).toBe("/events/x/");
    expect(english.headers.get("set-cookie")).toMatch(/^nf_lang=en; .*; Secure$/);
  });

  it("goes only to this site, in the chosen language, else to that language's home page", async () => {
    for (const to of ["https://evil.example/", "//evil.example/", "/\\evil.example", "/pl/events/", "events/"]) {
      const response = await get(`/language/ar/?to=${encodeURIComponent(to)}`);
      expect(response.headers.get("location"), to).toBe("/ar/");
    }
    expect((await get("/language/ro/")).headers.get("location")).toBe("/ro/");
  });

  it("refuses a language the site does not have, and anything but a visit", async () => {
    expect((await get("/language/fr/?to=/")).status).toBe(404);
    expect((await get("/language/ur/", "POST")).status).toBe(405);
  });
});
