import { describe, expect, it } from "vitest";
import { checkOrukPage, checkOrukRoot, checkOrukService, checkTaxonomyPage } from "../../../tests/support/oruk-schema";
import { SITE, orukDirectory, orukListings } from "../../../tests/support/oruk";
import { content } from "../../../tests/support/content";
import { ServiceSchema } from "../domain";
import { accessSentence, toHsdsPage, toOneToOne, toOrukRoot, type HsdsService } from "./oruk";
import { isUuid, nameUuid, orukId } from "./oruk-ids";
import { ORUK_TAXONOMY_CODES, allHsdsTerms, toHsdsTaxonomy, toHsdsTerm } from "./oruk-taxonomy";

const listings = orukListings();
const byName = (name: string): HsdsService => {
  const found = listings.find((listing) => listing.service.name === name);
  if (!found) throw new Error(`no service named ${name}`);
  return found.service;
};

/** A service read from a directory, as the importer lists it. */
const importedService = (id: string, source: string, contact?: { email?: string; phone?: string }) => ({
  id,
  data: ServiceSchema.parse({
    name: `Advice from ${source}`,
    summary: "Help with forms and letters.",
    organization_name: "Staffordshire Advice Network",
    categories: ["advice-support"],
    is_free: true,
    access: ["appointment"],
    service_at_location: [{ place: "stoke-library", schedules: [] }],
    assured_date: "2026-11-30",
    source: "imported",
    ...(contact ? { contact } : {}),
    importedFrom: {
      source,
      name: `The ${source} directory`,
      uid: `${id}-uid`,
      checkedAt: "2026-12-04T10:00:00+00:00",
      changedAt: "2026-12-01T09:30:00+00:00",
    },
  }),
});

describe("orukId", () => {
  it("makes RFC 9562 name-based UUIDs (version 5), as the RFC's own example gives", () => {
    // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
    expect(nameUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe(
      "2ed6657d-e927-568b-95e1-2665a8aea6a2",
    );
  });

  it("gives each listing the same UUID in every build, and different ones to different listings or kinds", () => {
    expect(orukId("service", "stoke-community-pantry")).toBe(orukId("service", "stoke-community-pantry"));
    expect(orukId("service", "stoke-community-pantry")).not.toBe(orukId("location", "stoke-community-pantry"));
    expect(isUuid(orukId("service", "stoke-community-pantry"))).toBe(true);
    // Written down once: a change to the namespace would change every identifier directories have stored.
    expect(orukId("service", "stoke-community-pantry")).toBe("89e5e69d-9f33-5a59-9464-b4d3be3f3122");
  });
});

describe("the API's services, against the Open Referral UK and HSDS 3.0 schemas", () => {
  it("publishes every service in content/ (all examples, so each marked as one)", () => {
    expect(listings.map((listing) => listing.service.name).sort()).toEqual(
      content.services.map((service) => service.data.name).sort(),
    );
    expect(listings.every((listing) => listing.example && listing.service.x_example === true)).toBe(true);
  });

  it.each(listings.map((listing) => [listing.service.name, listing.service] as const))(
    "gives %s as a valid full service",
    (_name, service) => {
      expect(checkOrukService(service)).toEqual([]);
    },
  );

  it("gives a valid page, full or with one-to-one fields only", () => {
    const services = listings.map((listing) => listing.service);
    expect(checkOrukPage(toHsdsPage(services, 1, 10))).toEqual([]);
    expect(checkOrukPage(toHsdsPage(services.map(toOneToOne), 1, 10), { full: false })).toEqual([]);
  });

  it("gives a valid root, naming the UK profile and the licence", () => {
    const root = toOrukRoot(SITE);
    expect(checkOrukRoot(root)).toEqual([]);
    expect(root).toMatchObject({
      version: "HSDS-UK-3.0",
      x_services: `${SITE}/api/oruk/services`,
      x_licence: { id: "ogl-3.0", name: "Open Government Licence v3.0" },
    });
  });

  it("gives valid pages of taxonomies and terms", () => {
    const taxonomies = ORUK_TAXONOMY_CODES.map(toHsdsTaxonomy);
    expect(checkTaxonomyPage(toHsdsPage(taxonomies, 1, taxonomies.length), "taxonomy")).toEqual([]);
    const terms = allHsdsTerms().map(({ taxonomy, term }) => ({ ...term, taxonomy_detail: toHsdsTaxonomy(taxonomy) }));
    expect(checkTaxonomyPage(toHsdsPage(terms, 1, terms.length), "taxonomy_term")).toEqual([]);
  });

  it("finds what the schemas forbid, so a passing check means something", () => {
    const service = byName("Stoke Community Pantry");
    const broken = { ...service, id: "stoke-community-pantry", status: "open" };
    const problems = checkOrukService(broken);
    expect(problems).toContain('UK profile service: /id must match format "uuid"');
    expect(problems).toContain("UK profile service: /status must be equal to one of the allowed values");
    const { name: _name, ...nameless } = service;
    expect(checkOrukService(nameless)).toContain("HSDS 3.0 service: / must have required property 'name'");
    const advice = byName("Money and Debt Advice Drop-in");
    const location = advice.service_at_locations[0]!.location;
    const { postal_code: _postcode, ...unposted } = location.addresses![0]!;
    const withBadAddress = {
      ...advice,
      service_at_locations: [{ ...advice.service_at_locations[0]!, location: { ...location, addresses: [unposted] } }],
    };
    expect(checkOrukService(withBadAddress)).toContain(
      "UK profile service: /service_at_locations/0/location/addresses/0 must have required property 'postal_code'",
    );
  });
});

describe("toHsdsService", () => {
  it("gives the organisation, the place with its address and position, and the times, with HSDS's names", () => {
    const pantry = byName("Stoke Community Pantry");
    expect(pantry.organization).toMatchObject({
      id: orukId("organization", "group/stoke-community-kitchen"),
      name: "Stoke Community Kitchen",
      uri: `${SITE}/groups/stoke-community-kitchen/`,
    });
    expect(pantry.organization_id).toBe(pantry.organization.id);
    const [at] = pantry.service_at_locations;
    expect(at?.location).toMatchObject({
      name: "Stoke Minster (St Peter ad Vincula)",
      location_type: "physical",
      latitude: expect.any(Number),
      longitude: expect.any(Number),
    });
    expect(at?.schedules).toEqual([
      expect.objectContaining({ freq: "WEEKLY", interval: 1, byday: "TU", opens_at: "10:00", closes_at: "12:30" }),
    ]);
    expect(pantry.cost_options.map((option) => option.amount_description)).toEqual([
      "£3.50 a visit for at least ten items",
      "First four visits free with a referral from a support worker",
    ]);
    expect(pantry.languages.map((language) => language.name)).toEqual(["English", "Urdu", "Polish"]);
    expect(pantry.application_process).toMatch(/^Drop in or by referral\. Come along on a Tuesday/);
    expect(pantry.last_modified).toBe("2026-11-19T00:00:00+00:00");
    expect(pantry.x_url).toBe(`${SITE}/services/stoke-community-pantry/`);
  });

  it("writes a place's address for HSDS when a source gives its postcode, and leaves it out otherwise", () => {
    const advice = byName("Money and Debt Advice Drop-in");
    expect(advice.service_at_locations[0]?.location.addresses).toEqual([
      expect.objectContaining({
        address_1: "Stoke Local Centre, South Wolfe Street, Stoke",
        city: "Stoke-on-Trent",
        postal_code: "ST4 4SZ",
        country: "GB",
        address_type: "physical",
      }),
    ]);
    const unaddressed = listings.flatMap((listing) =>
      listing.service.service_at_locations.filter((at) => at.location.addresses === undefined),
    );
    const placeOf = new Map(content.places.map((place) => [place.data.name, place.data]));
    for (const at of unaddressed) expect(placeOf.get(at.location.name)?.postcode).toBeUndefined();
  });

  it("names a monthly time's week in byday, as RFC 5545 does", () => {
    const cafe = byName("Carers' Café");
    expect(cafe.service_at_locations[0]?.schedules[0]).toMatchObject({ freq: "MONTHLY", byday: "2WE" });
  });

  it("carries the site's categories, audiences, ways in and accessibility as taxonomy terms", () => {
    const cafe = byName("Carers' Café");
    expect(cafe.attributes.map((attribute) => [attribute.link_type, attribute.taxonomy_term.code])).toEqual([
      ["categories", "social-meetups"],
      ["categories", "advice-support"],
      ["audiences", "carers"],
      ["access", "drop-in"],
      ["accessibility", "seating"],
      ["accessibility", "quiet-sensory"],
    ]);
    expect(cafe.attributes[0]?.taxonomy_term).toEqual(toHsdsTerm("categories", "social-meetups"));
    expect(cafe.x_accessibility_notes).toBe("There is a quieter table for anyone who finds a busy room hard.");
  });

  it("says each service's licence and credit: the site's own text under the Open Government Licence", () => {
    const pantry = byName("Stoke Community Pantry");
    expect(pantry.licenses).toBe(
      "Open Government Licence v3.0: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    );
    expect(pantry.x_terms).toMatchObject({ licence: { id: "ogl-3.0" }, attribution: expect.stringContaining("Stoke") });
    expect(pantry.x_terms.source).toBeUndefined();
  });

  it("gives an imported service under its source's licence and credit, and leaves out one whose source has none", () => {
    const found = orukListings({
      services: [
        importedService("advice-licensed", "licensed"),
        importedService("advice-unlicensed", "unlicensed"),
        importedService("advice-unknown", "gone"),
      ],
      sources: [
        orukDirectory("licensed", { licence: "cc-by-4.0", attribution: "Contains data from the licensed directory" }),
        orukDirectory("unlicensed"),
      ],
    });
    expect(found.map((listing) => listing.service.name)).toEqual(["Advice from licensed"]);
    const [service] = found.map((listing) => listing.service);
    expect(service?.x_terms).toEqual({
      licence: { id: "cc-by-4.0", name: expect.any(String), url: "https://creativecommons.org/licenses/by/4.0/" },
      attribution: "Contains data from the licensed directory",
      source: { id: "licensed", name: "The licensed directory" },
    });
    expect(service?.x_example).toBeUndefined();
    expect(service?.last_modified).toBe("2026-12-01T09:30:00+00:00");
    expect(checkOrukService(service)).toEqual([]);
  });

  it("gives only a service's own public contact: its email and phone, never a person's name", () => {
    const [listing] = orukListings({
      services: [importedService("advice-contact", "licensed", { email: "advice@example.org", phone: "01782 000000" })],
      sources: [orukDirectory("licensed", { licence: "ogl-3.0" })],
    });
    const service = listing!.service;
    expect(service.email).toBe("advice@example.org");
    expect(service.contacts).toEqual([
      { id: expect.any(String), service_id: service.id, email: "advice@example.org", phones: [expect.any(Object)] },
    ]);
    expect(service.contacts[0]?.phones?.[0]?.number).toBe("01782 000000");
    for (const contact of service.contacts)
      expect(Object.keys(contact).sort()).toEqual(["email", "id", "phones", "service_id"]);
    expect(checkOrukService(service)).toEqual([]);
    // No other email than the service's own and its organisation's public one appears anywhere.
    const emails = JSON.stringify(listings.map((entry) => entry.service)).match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? [];
    const published = new Set(
      content.groups.flatMap((group) => (group.data.contact?.email ? [group.data.contact.email] : [])),
    );
    for (const email of emails) expect(published.has(email)).toBe(true);
  });
});

describe("accessSentence", () => {
  it("says the ways in so that a reader and an importer both understand them", () => {
    expect(accessSentence(["drop-in"])).toBe("Drop in.");
    expect(accessSentence(["drop-in", "appointment"])).toBe("Drop in or by appointment.");
    expect(accessSentence(["drop-in", "appointment", "referral"])).toBe("Drop in, by appointment or by referral.");
  });
});

describe("toHsdsPage", () => {
  it("counts pages from 1, says which is first and last, and gives an empty page past the last", () => {
    const items = ["a", "b", "c", "d", "e"];
    expect(toHsdsPage(items, 1, 2)).toEqual({
      total_items: 5,
      total_pages: 3,
      page_number: 1,
      size: 2,
      first_page: true,
      last_page: false,
      empty: false,
      contents: ["a", "b"],
    });
    expect(toHsdsPage(items, 3, 2)).toMatchObject({ size: 1, first_page: false, last_page: true, contents: ["e"] });
    expect(toHsdsPage(items, 4, 2)).toMatchObject({ size: 0, last_page: true, empty: true, contents: [] });
    expect(toHsdsPage([], 1, 2)).toMatchObject({ total_items: 0, total_pages: 1, last_page: true, empty: true });
  });
});
