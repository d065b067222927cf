import { describe, expect, it } from "vitest";
import { createOrukServices } from "../../netlify/functions/oruk-services";
import { knownPlaces } from "../../netlify/lib/content-files";
import { ServiceSchema, type Service } from "../../src/lib/domain";
import { distanceMiles } from "../../src/lib/geo/geo";
import { readOrukPage, toImportedLocation, toSiteService } from "../../src/lib/import/oruk";
import { matchPlace } from "../../src/lib/import/places";
import type { HsdsPage, HsdsService } from "../../src/lib/open-data/oruk";
import { orukId } from "../../src/lib/open-data/oruk-ids";
import { toHsdsTerm } from "../../src/lib/open-data/oruk-taxonomy";
import { content } from "../support/content";
import { builtOrukData, orukDirectory } from "../support/oruk";
import { checkOrukPage, checkOrukService } from "../support/oruk-schema";

/** A service read from another directory, as the importer lists it. */
const imported = (id: string, source: string): (typeof content.services)[number] => ({
  id,
  data: ServiceSchema.parse({
    name: `Form-filling help from the ${source} directory`,
    summary: "Help with benefit forms and letters, by appointment.",
    organization_name: "Staffordshire Advice Network",
    categories: ["advice-support"],
    is_free: true,
    access: ["appointment"],
    service_at_location: [
      { place: "city-central-library", schedules: [{ byday: ["TH"], opens_at: "13:00", closes_at: "15:00" }] },
    ],
    assured_date: "2026-11-30",
    source: "imported",
    importedFrom: {
      source,
      name: `The ${source} directory`,
      uid: `${id}-uid`,
      checkedAt: "2026-12-04T10:00:00+00:00",
      changedAt: "2026-12-01T09:30:00+00:00",
    },
  }),
});

// content/'s services (every one an example), one imported from a directory whose licence lets it be shared,
// and one from a directory that has said nothing about sharing.
const data = builtOrukData({
  services: [...content.services, imported("forms-help-open", "open"), imported("forms-help-closed", "closed")],
  sources: [orukDirectory("open", { licence: "cc-by-4.0" }), orukDirectory("closed")],
});
const handler = createOrukServices({ source: () => data });

const get = (path: string, headers: Record<string, string> = {}) =>
  handler(new Request(`http://localhost${path}`, { headers }));
const page = async (query: string) => {
  const response = await get(`/api/oruk/services${query}`);
  expect(response.status, query).toBe(200);
  return (await response.json()) as HsdsPage<HsdsService>;
};
const names = async (query: string) => (await page(query)).contents.map((service) => service.name);

const placeById = new Map(content.places.map((place) => [place.id, place.data]));
const contentNames = (keep: (service: Service) => boolean) =>
  content.services
    .filter((service) => keep(service.data))
    .map((service) => service.data.name)
    .sort((a, b) => a.localeCompare(b, "en-GB"));
const placesOf = (service: Service) => service.service_at_location.map((at) => placeById.get(at.place)!);

describe("GET /api/oruk/services", () => {
  it("gives a page in HSDS 3.0's shape, valid by the Open Referral UK and HSDS 3.0 schemas, with the licence", async () => {
    const body = await page("?examples=1&per_page=100");
    expect(checkOrukPage(body)).toEqual([]);
    expect(body).toMatchObject({
      total_items: content.services.length + 1,
      page_number: 1,
      first_page: true,
      last_page: true,
      empty: false,
      x_licence: { id: "ogl-3.0", attribution: expect.stringContaining("Stoke Together") },
    });
  });

  it("leaves examples out unless asked for, and never gives a service whose source has not said it may be shared", async () => {
    expect(await names("")).toEqual(["Form-filling help from the open directory"]);
    const all = await names("?examples=1&per_page=100");
    expect(all).toContain("Form-filling help from the open directory");
    expect(all).not.toContain("Form-filling help from the closed directory");
    expect(all.filter((name) => !name.startsWith("Form-filling"))).toEqual(contentNames(() => true));
    const [open] = (await page("")).contents;
    expect(open?.x_terms).toMatchObject({ licence: { id: "cc-by-4.0" }, source: { id: "open" } });
    expect(open?.x_example).toBeUndefined();
  });

  it("pages through every service with page and per_page, each page saying where it is", async () => {
    const first = await page("?examples=1&per_page=7");
    const total = content.services.length + 1;
    expect(first).toMatchObject({ total_items: total, total_pages: Math.ceil(total / 7), size: 7, last_page: false });
    const seen: string[] = [];
    for (let number = 1; number <= first.total_pages; number += 1) {
      const body = await page(`?examples=1&per_page=7&page=${number}`);
      expect(body).toMatchObject({ page_number: number, first_page: number === 1 });
      expect(body.last_page).toBe(number === first.total_pages);
      seen.push(...body.contents.map((service) => service.id));
    }
    expect(new Set(seen).size).toBe(total);
    expect(await page(`?examples=1&per_page=7&page=${first.total_pages + 1}`)).toMatchObject({
      size: 0,
      empty: true,
      contents: [],
    });
  });

  it("gives only the one-to-one fields with full=false", async () => {
    const body = await page("?examples=1&full=false&per_page=3");
    expect(checkOrukPage(body, { full: false })).toEqual([]);
    expect(body.contents[0]).not.toHaveProperty("service_at_locations");
    expect(body.contents[0]).toHaveProperty("organization");
  });

  it.each([
    ["town=hanley", (service: Service) => placesOf(service).some((place) => place.town === "hanley")],
    ["town=longton", (service: Service) => placesOf(service).some((place) => place.town === "longton")],
    ["ward=tunstall", (service: Service) => placesOf(service).some((place) => place.ward === "tunstall")],
    ["taxonomy_term_id=food-support", (service: Service) => service.categories.includes("food-support")],
    [
      `taxonomy_term_id=${toHsdsTerm("audiences", "families").id}`,
      (service: Service) => service.audiences.includes("families"),
    ],
    [
      "taxonomy_term_id=drop-in&taxonomy_term_id=hearing-loop",
      (service: Service) => service.access.includes("drop-in") && service.accessibility.includes("hearing-loop"),
    ],
    ["taxonomy_id=accessibility", (service: Service) => service.accessibility.length > 0],
    [
      "day=TU",
      (service: Service) => service.service_at_location.some((at) => at.schedules.some((s) => s.byday.includes("TU"))),
    ],
    [
      "day=saturday&start_time=10:00",
      (service: Service) =>
        service.service_at_location.some((at) =>
          at.schedules.some((s) => s.byday.includes("SA") && s.opens_at >= "10:00"),
        ),
    ],
    [
      "end_time=13:00",
      (service: Service) => service.service_at_location.some((at) => at.schedules.some((s) => s.closes_at <= "13:00")),
    ],
    [
      `organization_id=${orukId("organization", "group/stoke-money-matters")}`,
      (service: Service) => service.organization === "stoke-money-matters",
    ],
    ["modified_after=2026-11-20", (service: Service) => service.assured_date >= "2026-11-20"],
  ])("filters with %s", async (query, keep) => {
    const found = (await names(`?examples=1&per_page=100&${query}`)).filter((name) => !name.startsWith("Form-filling"));
    const expected = contentNames(keep);
    expect(expected.length, `${query} should keep something and leave something out`).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(content.services.length);
    expect(found).toEqual(expected);
  });

  it("finds services by their words, folded and stemmed, every word needed; text is search's other name", async () => {
    expect(await names("?examples=1&search=pantry")).toEqual(["Stoke Community Pantry"]);
    expect(await names("?examples=1&text=PANTRY")).toEqual(["Stoke Community Pantry"]);
    const walks = await names("?examples=1&search=walks");
    expect(walks.length).toBeGreaterThan(1);
    expect(walks.every((name) => /walk/i.test(name) || name.length > 0)).toBe(true);
    expect(await names("?examples=1&search=pantry%20walks")).toEqual([]);
    expect(await names("?examples=1&search=caf%C3%A9")).toEqual(await names("?examples=1&search=cafe"));
  });

  it("gives services near a point, nearest first, within proximity metres", async () => {
    const library = placeById.get("stoke-library")!.geo!;
    const found = await page(`?examples=1&per_page=100&lat=${library.lat}&lng=${library.lng}&proximity=800`);
    const metres = (service: HsdsService) =>
      Math.min(
        ...service.service_at_locations.flatMap(({ location }) =>
          location.latitude === undefined
            ? []
            : [distanceMiles(library, { lat: location.latitude, lng: location.longitude! }) * 1609.344],
        ),
      );
    const distances = found.contents.map(metres);
    expect(distances.length).toBeGreaterThan(0);
    expect(distances.every((distance) => distance <= 800)).toBe(true);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
    const everyNear = contentNames((service) =>
      placesOf(service).some((place) => place.geo !== undefined && distanceMiles(library, place.geo) * 1609.344 <= 800),
    );
    expect([...found.contents.map((service) => service.name)].sort((a, b) => a.localeCompare(b, "en-GB"))).toEqual(
      everyNear,
    );
    // Without proximity, every service, nearest first and those with no position last.
    const sorted = await page(`?examples=1&per_page=100&lat=${library.lat}&lng=${library.lng}`);
    expect(sorted.total_items).toBe(content.services.length + 1);
    expect(sorted.contents[0]?.name).toBe(found.contents[0]?.name);
  });

  it("answers a bad address with 400 in JSON, naming every parameter it cannot use", async () => {
    const response = await get(
      "/api/oruk/services?page=0&per_page=1000&town=paris&postcode=ST1%201AA&colour=blue&taxonomy_term_id=nonsense&lat=91&minimum_age=5&proximity=10",
    );
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(Object.keys(body.fields).sort()).toEqual(
      ["colour", "lat", "lng", "minimum_age", "page", "per_page", "postcode", "taxonomy_term_id", "town"].sort(),
    );
    expect(body.fields["postcode"]).toMatch(/no postcode dataset.*"lat" and "lng"/);
    expect(body.fields["town"]).toMatch(/tunstall, burslem, hanley/);
    expect(body.fields["colour"]).toMatch(/not a parameter/);
  });

  it.each([
    "?proximity=500",
    "?lng=-2.18",
    "?search=a&text=b",
    "?page=2&page=3",
    "?per_page=abc",
    "?day=someday",
    "?start_time=25:00",
    "?modified_after=yesterday",
    "?format=xml",
    "?full=maybe",
    "?examples=please",
    "?ward=atlantis",
    "?organization_id=stoke-money-matters",
    "?taxonomy_id=colours",
    `?search=${"x".repeat(201)}`,
    "?%E0%A4%A=1",
  ])("refuses %s with a 400, never a server error", async (query) => {
    const response = await get(`/api/oruk/services${query}`);
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as { fields: object }).fields).length).toBeGreaterThan(0);
  });

  it("sends an ETag and cache headers, 304 for an If-None-Match that still holds, and lets any site read it", async () => {
    const response = await get("/api/oruk/services?examples=1");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-expose-headers")).toBe("ETag");
    expect(response.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get("/api/oruk/services?examples=1", { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    const other = await get("/api/oruk/services?examples=1&town=hanley", { "if-none-match": etag });
    expect(other.status).toBe(200);
    const preflight = await handler(new Request("http://localhost/api/oruk/services", { method: "OPTIONS" }));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    const post = await handler(new Request("http://localhost/api/oruk/services", { method: "POST" }));
    expect(post.status).toBe(405);
  });
});

describe("GET /api/oruk/services/{id}", () => {
  const pantry = orukId("service", "stoke-community-pantry");

  it("gives an example only to a reader who asks for examples", async () => {
    const hidden = await get(`/api/oruk/services/${pantry}`);
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get("access-control-allow-origin")).toBe("*");
    expect(((await hidden.json()) as { error: string }).error).toMatch(/examples=1/);
    const shown = await get(`/api/oruk/services/${pantry}?examples=1`);
    expect(shown.status).toBe(200);
    const service = (await shown.json()) as HsdsService;
    expect(checkOrukService(service)).toEqual([]);
    expect(service).toMatchObject({ id: pantry, name: "Stoke Community Pantry", x_example: true });
    const etag = shown.headers.get("etag")!;
    expect((await get(`/api/oruk/services/${pantry}?examples=1`, { "if-none-match": etag })).status).toBe(304);
  });

  it("gives a shared service to anyone, and nothing for a service whose source has not said it may be shared", async () => {
    expect((await get(`/api/oruk/services/${orukId("service", "forms-help-open")}`)).status).toBe(200);
    expect((await get(`/api/oruk/services/${orukId("service", "forms-help-closed")}?examples=1`)).status).toBe(404);
    expect((await get(`/api/oruk/services/stoke-community-pantry`)).status).toBe(404);
    expect((await get(`/api/oruk/services/%E0%A4%A`)).status).toBe(404);
  });

  it("answers a parameter a single service does not read with 400", async () => {
    const response = await get(`/api/oruk/services/${pantry}?examples=1&town=hanley`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { fields: Record<string, string> }).fields).toHaveProperty("town");
  });
});

describe("the site's own importer reading this API", () => {
  /** The facts of a service the importer can carry across: all but what a source applies (categories, audiences). */
  const facts = (service: Service) => ({
    name: service.name,
    organization: service.organization_name,
    eligibility: service.eligibility_description,
    free: service.is_free,
    costs: service.cost_options.map((option) => option.amount_description),
    access: [...service.access].sort(),
    languages: service.languages,
    places: service.service_at_location.map((at) => ({
      place: at.place,
      schedules: at.schedules.map((schedule) => ({ ...schedule })),
    })),
    url: service.url,
    closed: service.temporarily_closed,
    assured: service.assured_date,
  });
  const groupName = new Map(content.groups.map((group) => [group.id, group.data.name]));
  const places = knownPlaces(process.cwd());

  it("reads every page of /services back into the same services", async () => {
    const read = [];
    let next: string | undefined = "http://localhost/api/oruk/services?examples=1&per_page=10";
    while (next) {
      const response = await handler(new Request(next));
      const pageRead = readOrukPage(await response.text(), { source: "stoke-together", pageUrl: next });
      expect(pageRead.problems).toEqual([]);
      expect(pageRead.complete).toBe(true);
      read.push(...pageRead.services);
      next = pageRead.next;
    }
    expect(read).toHaveLength(content.services.length + 1);

    for (const original of content.services) {
      const service = read.find((candidate) => candidate.id === orukId("service", original.id));
      const site = toSiteService(service!, {
        defaults: { categories: ["advice-support"], audiences: ["everyone"] },
        matchPlace: (location) => matchPlace(toImportedLocation(location), places),
        today: "2026-12-04",
      });
      expect(site.ok, `${original.id}: ${site.ok ? "" : site.problems.join("; ")}`).toBe(true);
      if (!site.ok) continue;
      const expected = {
        ...original.data,
        organization_name: original.data.organization
          ? groupName.get(original.data.organization)
          : original.data.organization_name,
      };
      expect(facts(site.data), original.id).toEqual(facts(expected));
      // The summary is the description's first sentence or two, and the steps to get in start with the ways in.
      expect(site.data.summary.startsWith(original.data.summary.replace(/\s+/g, " ")), original.id).toBe(true);
      if (original.data.how_to_access) expect(site.data.how_to_access).toContain(original.data.how_to_access);
    }
  });
});
