import { describe, expect, it } from "vitest";
import {
  isKeepablePage,
  isNeverKept,
  localeOfPath,
  MAX_KEPT_PAGES,
  offlinePagePath,
  pagesToKeep,
  savedAtParts,
  withOfflineNotice,
} from "./policy";

const ORIGIN = "https://stoketogether.org.uk";
describe("what the service worker never keeps", () => {
  it("leaves alone the staff's pages, the APIs and function answers in every language", () => {
    for (const path of [
      "/moderate/",
      "/coordinate/",
      "/api/submissions",
      "/.netlify/functions/x",
      "/submit/",
      "/ur/submit/status/",
      "/ar/buddy-up/status/",
      "/pl/find/results/",
      "/ro/calendar/link/",
      "/events/x/qr.svg",
    ]) {
      expect(isNeverKept(path), path).toBe(true);
    }
  });

  it("keeps the site's own pages, but not with a query, not from another site and not for anything but a GET", () => {
    expect(isKeepablePage(new URL("/events/x/", ORIGIN), ORIGIN)).toBe(true);
    expect(isKeepablePage(new URL("/ur/", ORIGIN), ORIGIN)).toBe(true);
    expect(isKeepablePage(new URL("/buddy-up/", ORIGIN), ORIGIN)).toBe(true);
    expect(isKeepablePage(new URL("/find/?q=yoga", ORIGIN), ORIGIN)).toBe(false);
    expect(isKeepablePage(new URL("/events/x/", "https://other.example"), ORIGIN)).toBe(false);
    expect(isKeepablePage(new URL("/events/x/", ORIGIN), ORIGIN, "POST")).toBe(false);
  });
});

describe("the pages the My list page asks to keep", () => {
  const ask = (urls: unknown) => pagesToKeep({ type: "keep-pages", urls }, ORIGIN);

  it("keeps listing pages and the My list page in every language, each once", () => {
    expect(
      ask([
        "/events/brew-club/",
        "/ur/groups/knit-2/",
        "/places/hanley-park/",
        "/ro/services/x/",
        "/ar/my-list/",
        "/events/brew-club/",
      ]),
    ).toEqual(["/events/brew-club/", "/ur/groups/knit-2/", "/places/hanley-park/", "/ro/services/x/", "/ar/my-list/"]);
  });

  it("ignores another site, a query, a function's address and anything that is not a listing's page", () => {
    expect(
      ask([
        "https://evil.example/events/x/",
        "//evil.example/events/x/",
        "/events/x/?q=1",
        "/events/x/#here",
        "/submit/status/",
        "/events/",
        "/events/x/qr.svg",
        "/fr/events/x/",
        "/moderate/",
        42,
        null,
      ]),
    ).toEqual([]);
    expect(pagesToKeep({ type: "other", urls: ["/events/x/"] }, ORIGIN)).toEqual([]);
    expect(pagesToKeep({ type: "keep-pages", urls: "/events/x/" }, ORIGIN)).toEqual([]);
    expect(pagesToKeep(null, ORIGIN)).toEqual([]);
  });

  it("keeps at most MAX_KEPT_PAGES, the first ones", () => {
    const urls = Array.from({ length: MAX_KEPT_PAGES + 10 }, (_, i) => `/events/e${i}/`);
    const kept = ask(urls);
    expect(kept).toHaveLength(MAX_KEPT_PAGES);
    expect(kept[0]).toBe("/events/e0/");
  });
});

describe("the offline notice", () => {
  const page = '<html><body><a href="#main">Skip</a><main id="main" tabindex="-1"><div class="container"><h1>Brew</h1>';

  it("goes at the top of the main content, its words and link escaped", () => {
    const html = withOfflineNotice(page, { text: "Offline <now> & then", retry: "Try again", href: '/events/a"b/' });
    expect(html).toContain(
      '<main id="main" tabindex="-1"><div class="offline-notice" role="status" data-offline-notice><div class="container"><p>Offline &lt;now&gt; &amp; then <a href="/events/a&quot;b/">Try again</a></p></div></div><div class="container"><h1>Brew</h1>',
    );
  });

  it("leaves HTML without a main element as it was", () => {
    expect(withOfflineNotice("<p>x</p>", { text: "t", retry: "r", href: "/" })).toBe("<p>x</p>");
  });

  it("says when the page was saved on the city's clock, in the page's language", () => {
    // 14:05 in London in December is 14:05 UTC; in June it is 13:05 UTC.
    expect(savedAtParts("en-GB", new Date("2026-12-03T14:05:00Z"))).toEqual({ day: "3 December", time: "14:05" });
    expect(savedAtParts("en-GB", new Date("2026-06-03T13:05:00Z"))).toEqual({ day: "3 June", time: "14:05" });
    expect(savedAtParts("pl-PL", new Date("2026-12-03T14:05:00Z")).day).toBe("3 grudnia");
    expect(savedAtParts("ar-u-nu-latn", new Date("2026-12-03T14:05:00Z")).time).toBe("14:05");
  });

  it("finds the offline page in the language of the address asked for", () => {
    expect(localeOfPath("/ur/events/x/")).toBe("ur");
    expect(localeOfPath("/events/x/")).toBe("en");
    expect(localeOfPath("/fr/")).toBe("en");
    expect(offlinePagePath(localeOfPath("/ar/groups/"))).toBe("/ar/offline/");
    expect(offlinePagePath(localeOfPath("/"))).toBe("/offline/");
  });
});
