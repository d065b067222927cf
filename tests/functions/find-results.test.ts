import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { config, createFindResultsHandler } from "../../netlify/functions/find-results";
import { LOCALES, localePath } from "../../src/lib/i18n/locales";
import { PageUnavailableError, type PageLoader } from "../../netlify/lib/pages";
import { QUERY_PARAMS } from "../../src/lib/listings/query";
import {
  FINDER_COUNT_ID,
  FINDER_FORM_MARKS,
  FINDER_PAGE,
  FINDER_RESULTS_MARKS,
  FINDER_WARDS_ID,
  SEARCH_DETAILS_PATH,
  SEARCH_INDEX_PATH,
} from "../../src/lib/pages/contract";
import { buildSearchData } from "../../src/lib/search/build-records";
import { findListings } from "../../src/lib/search/find";
import { createSearchIndex } from "../../src/lib/search/search-index";
import { toSearchFiles } from "../../src/lib/search/search-file";
import { describeResultCount } from "../../src/lib/search/describe-results";
import { finderWordsFor } from "../../src/lib/i18n/finder-words";
import { toLocalDateTime } from "../../src/lib/time/local";
import { content } from "../support/content";

const NOW = new Date("2026-12-04T09:00:00Z");
const data = buildSearchData(content, NOW);
const searchFiles = toSearchFiles(data);
const searchJson = JSON.stringify(searchFiles.first);
const detailsJson = JSON.stringify(searchFiles.details);

/** The built finder page, cut down to what the function fills: the form, the count, the list and the wards. */
const FINDER_TEMPLATE = `<!doctype html><html><head><title>Find what&#39;s on near you | Stoke Together</title></head><body>
<div id="${FINDER_FORM_MARKS.rootId}"><form class="finder__form"></form></div><div id="${FINDER_FORM_MARKS.endId}" hidden></div>
<p class="finder__count" role="status"><span id="${FINDER_COUNT_ID}">119 events in the next 6 weeks.</span></p>
<div id="${FINDER_RESULTS_MARKS.rootId}"><p>The built list</p></div><div id="${FINDER_RESULTS_MARKS.endId}" hidden></div>
<script type="application/json" id="${FINDER_WARDS_ID}">${JSON.stringify(data.wards)}</script>
</body></html>`;

/** A site whose built pages are the template and the search data, counting each load. */
function site() {
  const loads: string[] = [];
  const loader: PageLoader = async (path) => {
    loads.push(path);
    if (path === FINDER_PAGE) return FINDER_TEMPLATE;
    // The finder page in another language, marked so a test can tell which was drawn from.
    if (LOCALES.some((locale) => path === localePath(locale, FINDER_PAGE)))
      return FINDER_TEMPLATE.replace("<html>", `<html lang="${path.slice(1, 3)}">`);
    if (path === SEARCH_INDEX_PATH) return searchJson;
    if (path === SEARCH_DETAILS_PATH) return detailsJson;
    throw new PageUnavailableError(`no ${path}`);
  };
  return { loads, loader };
}

function handlerFor(
  options: {
    now?: () => Date;
    loader?: PageLoader;
    keepFor?: number;
    revision?: (request: Request) => Promise<string | undefined>;
  } = {},
) {
  const { loads, loader } = site();
  const handler = createFindResultsHandler({
    now: options.now ?? (() => NOW),
    pages: () => options.loader ?? loader,
    ...(options.keepFor === undefined ? {} : { keepFor: options.keepFor }),
    ...(options.revision === undefined ? {} : { revision: options.revision }),
  });
  return {
    loads,
    get: (query: string, path = "/find/") => handler(new Request(`https://stoketogether.example${path}${query}`)),
  };
}

describe("GET /find/?q=… (the finder without JavaScript)", () => {
  it("answers with the finder page listing what the finder in the browser finds, with the same count", async () => {
    const { get } = handlerFor();
    const response = await get("?q=yoga&town=fenton");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await response.text();

    const expected = findListings(createSearchIndex(data.records), { q: "yoga", town: "fenton" }, toLocalDateTime(NOW));
    expect(expected.total).toBeGreaterThan(0);
    expect(html).toContain(
      `<span id="${FINDER_COUNT_ID}">${describeResultCount(expected, finderWordsFor("en"))}</span>`,
    );
    for (const group of expected.groups)
      for (const { record } of group.results) expect(html).toContain(`<a href="${record.url}">`);
    expect(html).toContain('<a href="/events/fenton-chair-yoga/">Chair yoga in Fenton</a>');
    expect(html).not.toContain("The built list");
    expect(html).toContain(`<title>Find “yoga”, in Fenton: ${expected.total} result`);
  });

  it("answers in the language of the address, from the finder page in that language", async () => {
    const { get, loads } = handlerFor();
    const response = await get("?q=yoga&town=fenton", "/pl/find/results/");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(loads).toContain("/pl/find/");
    expect(html).toContain('<html lang="pl">');
    const expected = findListings(createSearchIndex(data.records), { q: "yoga", town: "fenton" }, toLocalDateTime(NOW));
    expect(html).toContain(
      `<span id="${FINDER_COUNT_ID}">${describeResultCount(expected, finderWordsFor("pl"))}</span>`,
    );
    expect(html).toContain("<title>Wyszukiwanie: „yoga”, w Fenton – ");
    // The listing's page in Polish, its own words marked as English; the form sends the next search in Polish.
    expect(html).toContain('<a href="/pl/events/fenton-chair-yoga/" lang="en-GB">Chair yoga in Fenton</a>');
    expect(html).toContain('action="/pl/find/" method="get"');
    expect(html).toContain("Szukaj wśród wydarzeń, grup, miejsc i pomocy");
  });

  it("says what it could not read in the address's language, with the problem in the address's own terms", async () => {
    const { get } = handlerFor();
    const response = await get("?when=someday", "/ur/find/results/");
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("<title>خرابی: تلاش پڑھی نہیں جا سکی");
    expect(html).toMatch(/<li lang="en-GB" dir="ltr">&quot;when&quot; must be one of/);
    expect(html).toContain('<a href="/ur/find/">نئی تلاش شروع کریں</a>');
  });

  it("has no search at an address in a language the site does not have", async () => {
    const { get } = handlerFor();
    expect((await get("?q=yoga", "/xx/find/results/")).status).toBe(404);
  });

  it("draws the form holding what was asked, with the filters on counted in its summary", async () => {
    const { get } = handlerFor();
    const html = await (await get("?q=walk&when=&town=hanley&ward=&free=1&access=step-free")).text();
    expect(html).toMatch(/<input id="finder-q"[^>]*name="q"[^>]*value="walk"/);
    expect(html).toMatch(/<option value="hanley" selected="">Hanley<\/option>/);
    expect(html).toMatch(/<input type="checkbox"[^>]* name="free"[^>]* checked=""/);
    expect(html).toContain('<input type="checkbox" name="access" checked="" value="step-free"/>');
    expect(html).toContain('<span class="finder__filters-on">(3 on)</span>');
    expect(html).toContain('action="/find/" method="get"');
  });

  it('takes chosen dates only when the form says "Choose dates"', async () => {
    const { get } = handlerFor();
    const chosen = await (await get("?q=walk&when=dates&from=2026-12-05&to=2026-12-06")).text();
    expect(chosen).toContain("5 December 2026 to 6 December 2026");
    const ignored = await get("?q=walk&when=weekend&from=2026-12-05&to=");
    expect(ignored.status).toBe(200);
    expect(await ignored.text()).toContain("<title>Find “walk”, this weekend:");
  });

  it("offers the nearest spelling and each filter to remove, as links that work without JavaScript", async () => {
    const { get } = handlerFor();
    const misspelt = await (await get("?q=yogaaaa")).text();
    expect(misspelt).toContain(`<span id="${FINDER_COUNT_ID}">No results. Did you mean yoga?</span>`);
    expect(misspelt).toContain('Did you mean <a href="/find/?q=yoga">yoga</a>?');

    const nothing = await (await get("?q=xqzvbnmwq&town=tunstall")).text();
    expect(nothing).toContain("<h2>Nothing matches</h2>");
    expect(nothing).toContain('<a class="finder__chip" href="/find/?town=tunstall">the search words</a>');
    expect(nothing).toContain('<a class="finder__chip" href="/find/?q=xqzvbnmwq">the town</a>');
  });

  it("answers 400 naming each parameter it cannot read, and never echoes markup", async () => {
    const { get } = handlerFor();
    const response = await get("?town=narnia&from=2026-13-01&%3Cscript%3E=1");
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain("<title>Error: the search could not be read | Stoke Together</title>");
    expect(html).toContain("&quot;town&quot; must be one of: tunstall, burslem, hanley, stoke, fenton, longton.");
    expect(html).toContain("&quot;from&quot; must be a date written YYYY-MM-DD");
    expect(html).toContain("&quot;&lt;script&gt;&quot; is not");
    expect(html).not.toContain("<script>");

    const long = await get(`?q=${"a".repeat(101)}`);
    expect(long.status).toBe(400);
    expect(await long.text()).toContain("&quot;q&quot; must be 100 characters or fewer.");
  });

  it("escapes the words searched for wherever it shows them", async () => {
    const { get } = handlerFor();
    const html = await (await get(`?q=${encodeURIComponent('<img src=x onerror="alert(1)">')}`)).text();
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x");
  });

  it("loads the page and the search data once, and again once they are older than it keeps them", async () => {
    let now = NOW;
    const { get, loads } = handlerFor({ now: () => now, keepFor: 60_000 });
    await get("?q=yoga");
    await get("?q=walk");
    const once = [SEARCH_INDEX_PATH, SEARCH_DETAILS_PATH, FINDER_PAGE];
    expect(loads).toEqual(once);
    now = new Date(NOW.getTime() + 60_000);
    await get("?q=yoga");
    expect(loads).toEqual([...once, ...once]);
  });

  it("goes on with what it loaded while the built index is the same, and loads again once a build changes it", async () => {
    let now = NOW;
    let built: string | undefined = '"first-build"';
    const { get, loads } = handlerFor({ now: () => now, keepFor: 60_000, revision: async () => built });
    const once = [SEARCH_INDEX_PATH, SEARCH_DETAILS_PATH, FINDER_PAGE];
    await get("?q=yoga");
    now = new Date(NOW.getTime() + 5 * 60_000);
    expect((await get("?q=walk")).status).toBe(200);
    expect(loads).toEqual(once);
    built = '"second-build"';
    now = new Date(NOW.getTime() + 10 * 60_000);
    await get("?q=yoga");
    expect(loads).toEqual([...once, ...once]);
    // A revision that cannot be told is never taken for the same one.
    built = undefined;
    now = new Date(NOW.getTime() + 15 * 60_000);
    await get("?q=yoga");
    expect(loads).toEqual([...once, ...once, ...once]);
  });

  it("answers 503 with a time to retry when the built page or the search data cannot be had, and tries again next time", async () => {
    let failing = true;
    const loader: PageLoader = async (path) => {
      if (failing) throw new PageUnavailableError(`The built page ${path} answered 404.`);
      return site().loader(path);
    };
    const { get } = handlerFor({ loader });
    const response = await get("?q=yoga");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toEqual({
      error: "The search is not available just now. Please try again in a minute.",
    });
    failing = false;
    expect((await get("?q=yoga")).status).toBe(200);
  });
});

describe("the finder's old addresses", () => {
  it("sends each one on, for good, to the same search in the finder's address, without loading anything", async () => {
    const { loads, get } = handlerFor();
    const moved = await get("weekend/hanley/free/before-dark/");
    expect(moved.status).toBe(301);
    expect(moved.headers.get("location")).toBe("/find/?when=weekend&town=hanley&free=1&dark=1");
    const map = await get("any-day/all-towns/any-cost/any-time/?view=map");
    expect(map.headers.get("location")).toBe("/find/?view=map");
    expect(loads).toEqual([]);
  });

  it("answers an address under the finder that never was a search with 404 and the finder's form", async () => {
    const { get } = handlerFor();
    const response = await get("someday/all-towns/free/any-time/?q=yoga");
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).toContain("There is no search at this address");
    expect(page).toContain('class="finder__form');
  });
});

describe("what the function relies on", () => {
  it("has the marks it fills in the finder page it is drawn from", () => {
    const page = readFileSync("src/pages/[...locale]/find/index.astro", "utf8");
    for (const mark of ["FINDER_FORM_MARKS.rootId", "FINDER_FORM_MARKS.endId", "FINDER_RESULTS_MARKS.rootId"])
      expect(page).toContain(`id={${mark}}`);
    expect(page).toContain("id={FINDER_COUNT_ID}");
    expect(page).toContain("id={FINDER_WARDS_ID}");
  });

  it("is where netlify.toml sends the finder's address for every parameter the finder writes", () => {
    const toml = readFileSync("netlify.toml", "utf8");
    const rules = [
      ...toml.matchAll(
        /from = "\/find\/"\s+to = "\/find\/results\/"\s+status = 200\s+force = true\s+query = \{ (\w+) = ":\1" \}/g,
      ),
    ];
    const inOtherLanguages = [
      ...toml.matchAll(
        /from = "\/:lang\/find\/"\s+to = "\/:lang\/find\/results\/"\s+status = 200\s+force = true\s+query = \{ (\w+) = ":\1" \}/g,
      ),
    ];
    const written = Object.entries(QUERY_PARAMS)
      .filter(([field]) => field !== "near" && field !== "within")
      .map(([, param]) => param)
      .sort();
    expect(rules.map((rule) => rule[1]).sort()).toEqual(written);
    expect(inOtherLanguages.map((rule) => rule[1]).sort()).toEqual(written);
  });

  it("answers at the results address in every language, as its config says", () => {
    expect(config.path).toEqual(
      LOCALES.flatMap((locale) => [localePath(locale, "/find/results/"), localePath(locale, "/find/results")]),
    );
  });

  it("is where netlify.toml sends the finder's old addresses", () => {
    expect(readFileSync("netlify.toml", "utf8")).toMatch(
      /from = "\/find\/:when\/:town\/:cost\/:dark\/"\s+to = "\/find\/results\/"\s+status = 200/,
    );
  });
});
