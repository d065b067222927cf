import { describe, expect, it } from "vitest";
import { alternatesOf, hrefIn, inEveryLocale, isTranslatedPath } from "./routes";

describe("which pages are in every language", () => {
  it("has the event pages and What's on lists in every language", () => {
    for (const path of ["/events/", "/events/free/", "/events/town/hanley/", "/events/some-event/", "/ur/events/"]) {
      expect(isTranslatedPath(path), path).toBe(true);
    }
    expect(hrefIn("ur", "/events/some-event/")).toBe("/ur/events/some-event/");
    expect(hrefIn("pl", "/events/category/food-drink/#day")).toBe("/pl/events/category/food-drink/#day");
    expect(hrefIn("en", "/events/")).toBe("/events/");
  });

  it("keeps the events' data at its one English address", () => {
    for (const path of ["/events/some-event.ics", "/events/feed.xml", "/events/some-event/qr.svg"]) {
      expect(isTranslatedPath(path), path).toBe(false);
      expect(hrefIn("ar", path)).toBe(path);
    }
  });

  it("has the sheets to print in every language", () => {
    expect(hrefIn("ur", "/print/")).toBe("/ur/print/");
    expect(hrefIn("pl", "/print/tunstall/")).toBe("/pl/print/tunstall/");
    expect(alternatesOf("/ar/print/city/").map((a) => a.href)).toContain("/print/city/");
  });

  it("links pages not yet translated in English, and offers each language's home page in their place", () => {
    expect(hrefIn("ur", "/open-data/")).toBe("/open-data/");
    expect(hrefIn("ur", "/find/?q=yoga")).toBe("/ur/find/?q=yoga");
    expect(hrefIn("ur", "/places/hanley-park/")).toBe("/ur/places/hanley-park/");
    expect(alternatesOf("/pl/coordinate/").map((a) => a.href)).toEqual(["/", "/ur/", "/ar/", "/pl/", "/ro/"]);
    expect(alternatesOf("/ro/events/").map((a) => a.href)).toEqual([
      "/events/",
      "/ur/events/",
      "/ar/events/",
      "/pl/events/",
      "/ro/events/",
    ]);
  });

  it("links buddy-up's pages and forms in the page's language, and its data in English", () => {
    expect(hrefIn("ur", "/buddy-up/ask/tea/")).toBe("/ur/buddy-up/ask/tea/");
    expect(hrefIn("pl", "/buddy-up/report/?ref=a&token=b")).toBe("/pl/buddy-up/report/?ref=a&token=b");
    expect(hrefIn("ar", "/buddy-up/options.json")).toBe("/buddy-up/options.json");
    expect(alternatesOf("/ur/buddy-up/ask/tea/").map((a) => a.href)).toEqual([
      "/buddy-up/ask/tea/",
      "/ur/buddy-up/ask/tea/",
      "/ar/buddy-up/ask/tea/",
      "/pl/buddy-up/ask/tea/",
      "/ro/buddy-up/ask/tea/",
    ]);
  });

  it("makes each route's paths once per language, keeping their props", () => {
    const paths = inEveryLocale([{ params: { id: "a" }, props: { n: 1 } }]);
    expect(paths.map((p) => p.params.locale)).toEqual([undefined, "ur", "ar", "pl", "ro"]);
    expect(paths.every((p) => p.params.id === "a" && p.props.n === 1)).toBe(true);
  });
  it("translates the calendar feeds page but not the feeds, which stay English data", () => {
    expect(hrefIn("ur", "/calendar/")).toBe("/ur/calendar/");
    expect(hrefIn("pl", "/calendar/town/burslem.ics")).toBe("/calendar/town/burslem.ics");
    expect(hrefIn("pl", "/calendar/events.json")).toBe("/calendar/events.json");
    expect(hrefIn("ar", "/calendar/link/")).toBe("/calendar/link/");
  });
});
