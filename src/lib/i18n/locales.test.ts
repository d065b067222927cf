import { describe, expect, it } from "vitest";
import { localeOf, localeOfPath, localePath, pathWithoutLocale } from "./locales";
import { hrefIn, isTranslatedPath } from "./routes";

describe("links between pages in a language", () => {
  it("link to a page in the same language where it has one, and to English data and pages otherwise", () => {
    expect(hrefIn("ur", "/buddy-up/")).toBe("/ur/buddy-up/");
    expect(hrefIn("ur", "/buddy-up/report/")).toBe("/ur/buddy-up/report/");
    expect(hrefIn("pl", "/about/#why")).toBe("/pl/about/#why");
    expect(hrefIn("pl", "/open-data/")).toBe("/open-data/");
    expect(hrefIn("ar", "https://example.org/")).toBe("https://example.org/");
    expect(isTranslatedPath("/ro/privacy/")).toBe(true);
  });
});

describe("language paths", () => {
  it("keeps English at the site's addresses and puts other languages under their prefix", () => {
    expect(localePath("en", "/events/x/")).toBe("/events/x/");
    expect(localePath("ur", "/events/x/")).toBe("/ur/events/x/");
    expect(localePath("ar", "/")).toBe("/ar/");
  });

  it("moves a path from one language to another, keeping its query", () => {
    expect(localePath("pl", "/ur/find/?q=yoga")).toBe("/pl/find/?q=yoga");
    expect(localePath("en", "/ro/")).toBe("/");
    expect(pathWithoutLocale("/ar")).toBe("/");
  });

  it("does not take a path that merely starts with two letters for a language", () => {
    expect(pathWithoutLocale("/urban/")).toBe("/urban/");
    expect(localeOfPath("/places/")).toBe("en");
    expect(localeOfPath("/pl/places/")).toBe("pl");
    expect(localeOf("fr")).toBe("en");
  });
});
