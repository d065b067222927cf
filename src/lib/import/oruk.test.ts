import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ServiceSchema } from "../domain/service";
import type { OrukLocation, OrukService } from "./model";
import { readOrukPage, toImportedLocation, toSiteService, type SiteServiceOptions } from "./oruk";

const SOURCE = "stoke-directory";
const PAGE_1_URL = "https://directory.stokehelp.org.uk/api/services?per_page=4&postcode=ST1%203DW";
const PAGE_2_URL = "https://directory.stokehelp.org.uk/api/services?per_page=4&postcode=ST1%203DW&page=2";
const HSDS3_URL = "https://api.stokeservices.org.uk/services?page=1&per_page=50";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../tests/fixtures/import/${name}`, import.meta.url), "utf8");
const read = (name: string, pageUrl: string) => readOrukPage(fixture(name), { source: SOURCE, pageUrl });
const page1 = read("oruk-services-page-1.json", PAGE_1_URL);
const page2 = read("oruk-services-page-2.json", PAGE_2_URL);
const hsds3 = read("oruk-services-hsds3.json", HSDS3_URL);

/** A page body in either shape, for the paging tests. */
const body = (fields: Record<string, unknown>) =>
  JSON.stringify({ content: [{ id: "s1", name: "Chatty Café" }], ...fields });

const serviceNamed = (services: OrukService[], name: string, index = 0) => {
  const found = services.filter((service) => service.name === name)[index];
  if (!found) throw new Error(`no service named ${name}`);
  return found;
};

/** The places the tests know, by the location's name as the directory writes it. */
const PLACES: Record<string, string> = {
  "Bethesda Methodist Chapel": "bethesda-chapel",
  "Longton Library": "longton-library",
  "Tunstall Library": "tunstall-library",
  "Tunstall Park": "tunstall-park",
  "Fenton Town Hall": "fenton-town-hall",
  "City Central Library": "city-central-library",
  "Stoke Minster": "stoke-minster",
};
const matchPlace = (location: OrukLocation) => (location.name === undefined ? undefined : PLACES[location.name]);
const OPTIONS: SiteServiceOptions = {
  defaults: { categories: ["food-support", "advice-support"], audiences: ["adults"] },
  matchPlace,
  today: "2026-12-04",
};

describe("readOrukPage: ORUK 1.0 pages", () => {
  it("reads each service with Open Referral UK's field names", () => {
    expect(page1.services.map((service) => service.name)).toEqual([
      "Hanley Foodbank",
      "Carers' Support Drop-in",
      "Get Online: Digital Skills for Beginners",
    ]);
    expect(page1.services[0]).toEqual({
      id: "5e0f6c1a-1d2b-4f7e-9a3c-0b1d2e3f4a51",
      source: SOURCE,
      name: "Hanley Foodbank",
      description:
        "Emergency food parcels for people in crisis, given out by volunteers at Bethesda Chapel. You will need a foodbank voucher: Citizens Advice, your GP, a social worker or your housing officer can give you one. We can also help with energy top-ups and point you to free debt advice.",
      url: "https://hanleyfoodbank.org.uk/get-help/",
      email: "info@hanleyfoodbank.org.uk",
      status: "active",
      fees: "Free",
      attending_access: "referral",
      eligibility: ["adult"],
      minimum_age: 18,
      organization: {
        id: "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e41",
        name: "Potteries Foodbank Network",
        url: "https://potteriesfoodbanks.org.uk/",
      },
      languages: ["English", "Polish"],
      regular_schedules: [
        {
          freq: "WEEKLY",
          interval: 1,
          byday: "TU,FR",
          opens_at: "10:00",
          closes_at: "12:30",
          description: "Last vouchers taken at 12:15",
        },
      ],
      locations: [
        {
          id: "loc-bethesda",
          name: "Bethesda Methodist Chapel",
          address: "35-37 Albion Street, Hanley, Stoke-on-Trent",
          postcode: "ST1 1QF",
          latitude: 53.02332,
          longitude: -2.17695,
        },
      ],
      contacts: [{ name: "Foodbank coordinator", phones: [{ number: "01782 000101" }] }],
      last_updated: "2026-10-02",
    });
  });

  it("normalises postcodes the UK way and reads coordinates given as text", () => {
    expect(serviceNamed(page1.services, "Carers' Support Drop-in").locations).toEqual([
      {
        id: "loc-longton-library",
        name: "Longton Library",
        address: "Sutherland Institute, Lightwood Road, Longton",
        postcode: "ST3 4HY",
        latitude: 52.98368,
        longitude: -2.13273,
      },
    ]);
    expect(serviceNamed(page1.services, "Get Online: Digital Skills for Beginners").locations?.[0]?.postcode).toBe(
      "ST6 5AD",
    );
  });

  it("keeps cost options, ages and schedules as the API gives them", () => {
    const digital = serviceNamed(page1.services, "Get Online: Digital Skills for Beginners");
    expect(digital.cost_options).toEqual([
      { option: "Adults", amount: 2, amount_description: "per session" },
      { option: "People on Universal Credit", amount: 0 },
    ]);
    expect(digital.regular_schedules).toEqual([
      {
        freq: "WEEKLY",
        interval: 1,
        byday: "TH",
        opens_at: "13:30",
        closes_at: "15:30",
        description: "Term time only",
      },
    ]);
    const carers = serviceNamed(page1.services, "Carers' Support Drop-in");
    expect(carers.eligibility).toEqual(["Unpaid carers who live in Stoke-on-Trent"]);
    expect(carers.minimum_age).toBeUndefined();
    expect(carers.regular_schedules?.map((schedule) => [schedule.freq, schedule.byday, schedule.bymonthday])).toEqual([
      ["MONTHLY", "1WE", undefined],
      ["MONTHLY", undefined, "15"],
    ]);
  });

  it("gives the next page's address with page=2, every other query parameter as it was", () => {
    expect(page1.complete).toBe(true);
    expect(page1.totalPages).toBe(2);
    expect(page1.next).toBe(PAGE_2_URL);
  });

  it("skips a service with no name, naming its id, and keeps the others", () => {
    expect(page1.problems).toEqual([
      {
        source: SOURCE,
        uid: "b5e6f7a8-9b0c-4d1e-8f2a-3b4c5d6e7f84",
        reason: "service b5e6f7a8-9b0c-4d1e-8f2a-3b4c5d6e7f84 has no name, so it was skipped",
      },
    ]);
  });

  it("gives no next page on the last page", () => {
    expect(page2.complete).toBe(true);
    expect(page2.totalPages).toBe(2);
    expect(page2.next).toBeUndefined();
    expect(page2.services).toHaveLength(3);
  });

  it("leaves out a javascript: url, an ftp: organisation url and an email that is not one, and says so", () => {
    const youth = serviceNamed(page2.services, "Tunstall Youth Club");
    expect(youth.url).toBeUndefined();
    expect(youth.organization).toEqual({ id: "4a5b6c7d-8e9f-4a0b-9c1d-3e4f5a6b7c85", name: "Tunstall Youth Project" });
    expect(serviceNamed(page2.services, "Café Connect").email).toBeUndefined();
    expect(page2.problems).toEqual([
      {
        source: SOURCE,
        uid: "c6f7a8b9-0c1d-4e2f-9a3b-4c5d6e7f8a95",
        reason:
          'service c6f7a8b9-0c1d-4e2f-9a3b-4c5d6e7f8a95 ("Tunstall Youth Club"): the url "javascript:alert(document.cookie)" was left out: it must be a full web address starting https://',
      },
      {
        source: SOURCE,
        uid: "c6f7a8b9-0c1d-4e2f-9a3b-4c5d6e7f8a95",
        reason:
          'service c6f7a8b9-0c1d-4e2f-9a3b-4c5d6e7f8a95 ("Tunstall Youth Club"): the organization url "ftp://tunstallyouth.org.uk/" was left out: it must be a full web address starting https://',
      },
      {
        source: SOURCE,
        uid: "d7a8b9c0-1d2e-4f3a-8b4c-5d6e7f8a9ba6",
        reason:
          'service d7a8b9c0-1d2e-4f3a-8b4c-5d6e7f8a9ba6 ("Café Connect"): the email "not an email address" is not an email address, so it was left out',
      },
    ]);
  });

  it("gives a location the times the API ties to it, and reads a weekday's name as byday", () => {
    const youth = serviceNamed(page2.services, "Tunstall Youth Club");
    expect(youth.regular_schedules).toEqual([
      { freq: "WEEKLY", interval: 1, byday: "TH", opens_at: "18:30", closes_at: "20:30" },
    ]);
    expect(youth.locations?.map((location) => [location.name, location.regular_schedules])).toEqual([
      ["1st Tunstall Scout Hut", undefined],
      [
        "Tunstall Park",
        [
          { freq: "DAILY", interval: 1, opens_at: "10:00", closes_at: "16:00", description: "Summer holidays only" },
          { byday: "SA", opens_at: "13:00", closes_at: "16:00", description: "Football in the park" },
        ],
      ],
    ]);
    expect(youth.contacts).toEqual([{ name: "Youth worker", phones: [{ number: "07700 900123" }] }]);
  });

  it("reads HTML in a description as a browser shows it: entities decoded, blocks on their own lines, scripts gone", () => {
    const cafe = serviceNamed(page2.services, "Café Connect");
    expect(cafe.name).toBe("Caf\u00e9 Connect");
    expect(cafe.description).toBe(
      [
        "A warm welcome & a free cuppa at our community café in Fenton.",
        "Meet new people",
        "Get advice on energy bills",
        "Run by volunteers from Fenton Community Association.",
      ].join("\n"),
    );
    expect(cafe.status).toBe("temporarily closed");
  });

  it("keeps a plain-text description's own line breaks, and stores names in Unicode NFC", () => {
    const page = readOrukPage(
      JSON.stringify({
        content: [{ id: 7, name: "Cafe\u0301 &amp; Chat", description: "Tea &amp; cake.\n\nEvery Friday." }],
      }),
      { source: SOURCE, pageUrl: PAGE_1_URL },
    );
    expect(page.services).toEqual([
      { id: "7", source: SOURCE, name: "Café & Chat", description: "Tea & cake.\nEvery Friday." },
    ]);
  });
});

describe("readOrukPage: HSDS 3 pages", () => {
  it("reads the HSDS 3 shape with the same field names", () => {
    expect(hsds3.complete).toBe(true);
    expect(hsds3.totalPages).toBe(1);
    expect(hsds3.next).toBeUndefined();
    expect(hsds3.problems).toEqual([]);
    expect(hsds3.services[0]).toEqual({
      id: "8c2f4e6a-1b3d-4f5a-8c7e-9d0f1a2b3c4d",
      source: SOURCE,
      name: "Warm Welcome Lunch Club",
      description:
        "A hot two-course lunch and good company every Monday and Wednesday, in the church hall at Stoke Minster. Vegetarian and halal meals are always on the menu.",
      url: "https://stokeminster.org.uk/lunch-club",
      email: "lunchclub@stokeminster.org.uk",
      status: "active",
      fees: "£3 for a two-course lunch",
      application_process: "No need to book: just turn up before 12:30.",
      eligibility_description: "Anyone aged 50 or over, and the people who care for them.",
      minimum_age: 50,
      cost_options: [{ amount: 3, amount_description: "for a two-course lunch" }],
      organization: {
        id: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
        name: "Stoke Minster Community Trust",
        url: "https://stokeminster.org.uk/",
      },
      languages: ["English", "Urdu"],
      regular_schedules: [
        {
          freq: "WEEKLY",
          interval: 1,
          byday: "MO,WE",
          opens_at: "12:00:00",
          closes_at: "14:00:00",
          description: "Lunch is served at 12:30",
        },
      ],
      locations: [
        {
          id: "loc-stoke-minster",
          name: "Stoke Minster",
          address: "Glebe Street, Stoke",
          postcode: "ST4 1HG",
          latitude: 53.00417,
          longitude: -2.18139,
        },
      ],
      contacts: [
        { name: "Lunch club team", email: "lunchclub@stokeminster.org.uk", phones: [{ number: "01782 000303" }] },
      ],
      last_updated: "2026-06-30T23:30:00Z",
    });
    expect(hsds3.services[1]?.status).toBe("defunct");
  });

  it("follows page_number and total_pages to the next page", () => {
    const page = readOrukPage(
      JSON.stringify({
        total_pages: 3,
        page_number: 2,
        first_page: false,
        last_page: false,
        contents: [{ id: "a", name: "A" }],
      }),
      { source: SOURCE, pageUrl: "https://api.stokeservices.org.uk/services?page=2&per_page=1" },
    );
    expect(page.next).toBe("https://api.stokeservices.org.uk/services?per_page=1&page=3");
    expect(page.complete).toBe(true);
  });
});

describe("readOrukPage: paging", () => {
  const next = (fields: Record<string, unknown>, pageUrl: string) =>
    readOrukPage(body(fields), { source: SOURCE, pageUrl });

  it("asks for page 2 after the first page, whether the body counts pages from 1 or from 0", () => {
    const url = "https://api.example.org.uk/services?per_page=1";
    expect(next({ totalPages: 3, number: 1, first: true, last: false }, url).next).toBe(`${url}&page=2`);
    expect(next({ totalPages: 3, number: 0, first: true, last: false }, url).next).toBe(`${url}&page=2`);
    expect(next({ totalPages: 3, number: 1, first: false, last: false }, `${url}&page=2`).next).toBe(`${url}&page=3`);
  });

  it("stops at the last page by total pages when the body has no last flag, and at an empty page", () => {
    const url = "https://api.example.org.uk/services?page=3";
    expect(next({ totalPages: 3, number: 3 }, url).next).toBeUndefined();
    const empty = readOrukPage(JSON.stringify({ number: 4, content: [] }), {
      source: SOURCE,
      pageUrl: "https://api.example.org.uk/services?page=4",
    });
    expect(empty).toEqual({ services: [], problems: [], complete: true });
  });

  it("stops, incomplete, when the API answers another page than the one asked for", () => {
    const again = next(
      { totalPages: 5, number: 1, first: true, last: false },
      "https://api.example.org.uk/services?page=2",
    );
    expect(again.complete).toBe(false);
    expect(again.next).toBeUndefined();
    expect(again.services).toHaveLength(1);
    expect(again.problems.map((problem) => problem.reason)).toEqual([
      "page 2 was asked for at https://api.example.org.uk/services?page=2, but the API answered with its first page",
    ]);
    const skipped = next({ totalPages: 9, number: 7 }, "https://api.example.org.uk/services?page=3");
    expect(skipped.problems.map((problem) => problem.reason)).toEqual([
      "page 3 was asked for at https://api.example.org.uk/services?page=3, but the API answered with page 7",
    ]);
  });

  it("says a page that is not JSON, or not a page of services, was read incomplete", () => {
    expect(readOrukPage("<html><body>Bad gateway</body></html>", { source: SOURCE, pageUrl: PAGE_1_URL })).toEqual({
      services: [],
      problems: [
        {
          source: SOURCE,
          reason: `the page at ${PAGE_1_URL} is not valid JSON, so none of its services could be read`,
        },
      ],
      complete: false,
    });
    const notAPage = readOrukPage(JSON.stringify({ error: "Not found" }), { source: SOURCE, pageUrl: PAGE_1_URL });
    expect(notAPage.complete).toBe(false);
    expect(notAPage.problems[0]?.reason).toBe(
      `the page at ${PAGE_1_URL} is not a page of services: it has no "content" list (Open Referral UK 1.0) or "contents" list (HSDS 3)`,
    );
    const list = readOrukPage("[]", { source: SOURCE, pageUrl: PAGE_1_URL });
    expect(list.problems[0]?.reason).toBe(
      `the page at ${PAGE_1_URL} is not a page of services: it is not a JSON object`,
    );
  });

  it("skips a service with no id, one given twice and one that is not an object, and reports an unknown status", () => {
    const page = readOrukPage(
      JSON.stringify({
        totalPages: 1,
        number: 1,
        content: [
          { name: "Knit and Natter" },
          { id: "a1", name: "Men's Shed", status: "Open" },
          { id: "a1", name: "Men's Shed" },
          "a2",
          {
            id: "a3",
            name: "Baby Bounce",
            service_at_locations: [{ location: { addresses: [{ postal_code: "ST99" }] } }],
          },
        ],
      }),
      { source: SOURCE, pageUrl: PAGE_1_URL },
    );
    expect(page.complete).toBe(true);
    expect(page.services).toEqual([
      { id: "a1", source: SOURCE, name: "Men's Shed" },
      { id: "a3", source: SOURCE, name: "Baby Bounce" },
    ]);
    expect(page.problems).toEqual([
      { source: SOURCE, reason: 'service 1 on the page ("Knit and Natter") has no id, so it was skipped' },
      {
        source: SOURCE,
        uid: "a1",
        reason:
          'service a1 ("Men\'s Shed"): the status "open" is not one of active, inactive, defunct, temporarily closed, so it was left out',
      },
      { source: SOURCE, uid: "a1", reason: "service a1 appears twice on the page; the second copy was skipped" },
      { source: SOURCE, reason: "service 4 on the page is not a JSON object, so it was skipped" },
      {
        source: SOURCE,
        uid: "a3",
        reason:
          'service a3 ("Baby Bounce"): the postal_code "ST99" at a location is not a UK postcode, so it was left out',
      },
    ]);
  });
});

describe("toSiteService", () => {
  const site = (service: OrukService, options: Partial<SiteServiceOptions> = {}) =>
    toSiteService(service, { ...OPTIONS, ...options });
  const ok = (service: OrukService, options: Partial<SiteServiceOptions> = {}) => {
    const result = site(service, options);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    return result;
  };

  it("turns an ORUK service into the data of a services file that ServiceSchema accepts", () => {
    const result = ok(serviceNamed(page1.services, "Hanley Foodbank"));
    expect(result.id).toMatch(/^hanley-foodbank-[a-z0-9]{7}$/);
    expect(result.data).toEqual({
      name: "Hanley Foodbank",
      summary:
        "Emergency food parcels for people in crisis, given out by volunteers at Bethesda Chapel. You will need a foodbank voucher: Citizens Advice, your GP, a social worker or your housing officer can give you one.",
      organization_name: "Potteries Foodbank Network",
      categories: ["food-support", "advice-support"],
      audiences: ["adults"],
      eligibility_description: "Adults. Ages 18 and over.",
      is_free: true,
      cost_options: [],
      access: ["referral"],
      languages: ["English", "Polish"],
      accessibility: [],
      service_at_location: [
        {
          place: "bethesda-chapel",
          schedules: [
            {
              freq: "WEEKLY",
              interval: 1,
              byday: ["TU", "FR"],
              opens_at: "10:00",
              closes_at: "12:30",
              description: "Last vouchers taken at 12:15",
            },
          ],
        },
      ],
      url: "https://hanleyfoodbank.org.uk/get-help/",
      contact: { email: "info@hanleyfoodbank.org.uk", phone: "01782 000101" },
      example: false,
      assured_date: "2026-10-02",
      source: "imported",
    });
    expect(result.updatedOn).toBe("2026-10-02");
    expect(result.unmatchedLocations).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(ServiceSchema.safeParse(result.data).success).toBe(true);
  });

  it("gives every listable service in the fixtures data ServiceSchema accepts", () => {
    const all = [...page1.services, ...page2.services, ...hsds3.services];
    const results = all.map((service) => site(service, { defaults: { ...OPTIONS.defaults, access: ["drop-in"] } }));
    expect(results.filter((result) => result.ok)).toHaveLength(7);
    for (const result of results) {
      if (result.ok) expect(ServiceSchema.safeParse(result.data).error).toBeUndefined();
    }
  });

  it("gives two services with the same name different ids, the same each time", () => {
    const [first, second] = page1.services
      .concat(page2.services)
      .filter((service) => service.name === "Hanley Foodbank")
      .map((service) => ok(service).id);
    expect(first).toMatch(/^hanley-foodbank-[a-z0-9]{7}$/);
    expect(second).toMatch(/^hanley-foodbank-[a-z0-9]{7}$/);
    expect(first).not.toBe(second);
    expect(ok(serviceNamed(page1.services, "Hanley Foodbank")).id).toBe(first);
    const elsewhere = { ...serviceNamed(page1.services, "Hanley Foodbank"), source: "another-directory" };
    expect(ok(elsewhere).id).not.toBe(first);
    expect(
      ok(serviceNamed(page2.services, "Café Connect"), { defaults: { ...OPTIONS.defaults, access: ["drop-in"] } }).id,
    ).toMatch(/^cafe-connect-[a-z0-9]{7}$/);
  });

  it("reads 'drop-in' and 'no appointment needed' as drop-in, never as an appointment", () => {
    const result = ok(serviceNamed(page1.services, "Carers' Support Drop-in"));
    expect(result.data.access).toEqual(["drop-in"]);
    expect(result.data.is_free).toBe(true);
    expect(result.data.eligibility_description).toBe("Unpaid carers who live in Stoke-on-Trent.");
  });

  it("keeps a monthly time on a week of the month, and drops a date of the month with a note", () => {
    const result = ok(serviceNamed(page1.services, "Carers' Support Drop-in"));
    expect(result.data.service_at_location).toEqual([
      {
        place: "longton-library",
        schedules: [
          {
            freq: "MONTHLY",
            interval: 1,
            byday: ["WE"],
            bysetpos: 1,
            opens_at: "10:00",
            closes_at: "12:00",
            description: "First Wednesday of the month",
          },
        ],
      },
    ]);
    expect(result.notes).toEqual([
      'schedules: the time "MONTHLY 18:00:00–19:30:00" was left out: it repeats on a date of the month, which the site cannot show',
    ]);
  });

  it("lists each cost option in words, and reads 'booking is essential' as by appointment", () => {
    const result = ok(serviceNamed(page1.services, "Get Online: Digital Skills for Beginners"));
    expect(result.data.is_free).toBe(false);
    expect(result.data.cost_options).toEqual([
      { amount_description: "Adults: £2 per session" },
      { amount_description: "People on Universal Credit: free" },
    ]);
    expect(result.data.access).toEqual(["appointment"]);
    expect(result.data.eligibility_description).toBe("Adults. Ages 16 and over.");
    expect(result.data.assured_date).toBe("2026-09-18");
  });

  it("returns a location that is no known place, leaves it out, and drops a daily time with a note", () => {
    const result = ok(serviceNamed(page2.services, "Tunstall Youth Club"));
    expect(result.unmatchedLocations).toEqual([
      {
        id: "loc-scout-hut",
        name: "1st Tunstall Scout Hut",
        address: "Rear of 12 Madison Street, Tunstall",
        postcode: "ST6 5HR",
        latitude: 53.0571,
        longitude: -2.2113,
      },
    ]);
    expect(result.data.service_at_location).toEqual([
      {
        place: "tunstall-park",
        schedules: [
          { freq: "WEEKLY", interval: 1, byday: ["TH"], opens_at: "18:30", closes_at: "20:30" },
          {
            freq: "WEEKLY",
            interval: 1,
            byday: ["SA"],
            opens_at: "13:00",
            closes_at: "16:00",
            description: "Football in the park",
          },
        ],
      },
    ]);
    expect(result.notes).toEqual([
      'schedules: the time "DAILY 10:00–16:00" was left out: the site shows only weekly and monthly times',
      "1st Tunstall Scout Hut, Rear of 12 Madison Street, Tunstall, ST6 5HR is not a place the site knows, so it was left out",
    ]);
    expect(result.data.url).toBeUndefined();
    expect(result.data.access).toEqual(["drop-in"]);
    expect(result.data.cost_options).toEqual([{ amount_description: "£1 a session" }]);
    expect(result.data.eligibility_description).toBe("Teenagers. Ages 11 to 18.");
  });

  it("does not list a service none of whose locations is a place the site knows", () => {
    const youth = serviceNamed(page2.services, "Tunstall Youth Club");
    expect(site(youth, { matchPlace: () => undefined })).toEqual({
      ok: false,
      problems: [
        "service_at_location: none of its locations is a place the site knows: 1st Tunstall Scout Hut, Rear of 12 Madison Street, Tunstall, ST6 5HR; Tunstall Park, Victoria Park Road, Tunstall, ST6 6DX",
      ],
    });
  });

  it("marks a temporarily closed service, and takes how people get in from the source's default when the words do not say", () => {
    const cafe = serviceNamed(page2.services, "Café Connect");
    const result = ok(cafe, { defaults: { ...OPTIONS.defaults, access: ["drop-in"] } });
    expect(result.data.temporarily_closed).toBe("Temporarily closed, says the directory it is listed in");
    expect(result.data.access).toEqual(["drop-in"]);
    expect(result.data.summary).toBe("A warm welcome & a free cuppa at our community café in Fenton.");
    expect(result.data.is_free).toBe(false);
    expect(result.data.cost_options).toEqual([{ amount_description: "Ask the service whether there is a charge" }]);
    expect(result.notes).toEqual([
      "cost: the directory does not say whether it costs anything, so the listing says to ask",
    ]);
    expect(
      ok(
        { ...cafe, alert: "Closed for repairs until\n10 January" },
        { defaults: { ...OPTIONS.defaults, access: ["appointment"] } },
      ).data.temporarily_closed,
    ).toBe("Closed for repairs until 10 January");
  });

  it("does not guess how people get in when neither the words nor the source's defaults say", () => {
    expect(site(serviceNamed(page2.services, "Café Connect"))).toEqual({
      ok: false,
      problems: [
        "access: the directory does not say in clear words whether people drop in, make an appointment or need a referral, and the source sets no default access",
      ],
    });
  });

  it("maps an HSDS 3 service, with its assured date as the day in Stoke-on-Trent", () => {
    const result = ok(serviceNamed(hsds3.services, "Warm Welcome Lunch Club"));
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(result.data.assured_date).toBe("2026-07-01");
    expect(result.data.access).toEqual(["drop-in"]);
    expect(result.data.how_to_access).toBe("No need to book: just turn up before 12:30.");
    expect(result.data.eligibility_description).toBe("Anyone aged 50 or over, and the people who care for them.");
    expect(result.data.cost_options).toEqual([{ amount_description: "£3 for a two-course lunch" }]);
    expect(result.data.languages).toEqual(["English", "Urdu"]);
    expect(result.data.service_at_location).toEqual([
      {
        place: "stoke-minster",
        schedules: [
          {
            freq: "WEEKLY",
            interval: 1,
            byday: ["MO", "WE"],
            opens_at: "12:00",
            closes_at: "14:00",
            description: "Lunch is served at 12:30",
          },
        ],
      },
    ]);
  });

  it("does not list a defunct service", () => {
    expect(site(serviceNamed(hsds3.services, "Potteries Debt Advice Line"))).toEqual({
      ok: false,
      problems: [
        "status: the directory marks the service defunct, so it is not listed",
        "service_at_location: the directory gives no location for it",
        "access: the directory does not say in clear words whether people drop in, make an appointment or need a referral, and the source sets no default access",
      ],
    });
  });

  const minimal = (fields: Partial<OrukService>): OrukService => ({
    id: "m1",
    source: SOURCE,
    name: "Stoke Chatty Café",
    description: "A friendly chat over tea.",
    organization: { name: "Stoke Neighbours" },
    attending_access: "drop-in",
    fees: "Free",
    locations: [{ name: "Stoke Minster" }],
    ...fields,
  });

  it("cuts a long first sentence between words with an ellipsis, and keeps 'St. John's' in one sentence", () => {
    const long = `${"A very long description of a community lunch ".repeat(8)}that goes on. Second sentence.`;
    expect(ok(minimal({ description: long })).data.summary).toBe(
      `${"A very long description of a community lunch ".repeat(6)}A very long description of a…`,
    );
    expect(
      ok(minimal({ description: "Meals at St. John's Church, Hanley. All welcome. Bring a friend." })).data.summary,
    ).toBe("Meals at St. John's Church, Hanley. All welcome.");
  });

  it("uses today as the assured date when the directory gives none, and never a day after today", () => {
    expect(ok(minimal({})).data.assured_date).toBe("2026-12-04");
    expect(ok(minimal({})).updatedOn).toBeUndefined();
    expect(ok(minimal({ last_updated: "last spring" })).updatedOn).toBeUndefined();
    expect(ok(minimal({ last_updated: "2027-01-05" })).data.assured_date).toBe("2026-12-04");
    expect(ok(minimal({ last_updated: "2026-11-30T09:00:00+00:00" })).data.assured_date).toBe("2026-11-30");
  });

  it("reports the schema's problems by field path", () => {
    const result = site(minimal({ name: "x".repeat(130) }), {
      defaults: { categories: ["foodbanks"], audiences: [] },
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        "name: must be 120 characters or fewer",
        expect.stringMatching(/^categories\.0: must be one of the categories: arts-crafts, /),
      ],
    });
  });

  it("says a service with no description has nothing to take a summary from", () => {
    const { description: _description, ...undescribed } = minimal({});
    expect(site(undescribed)).toEqual({
      ok: false,
      problems: ["summary: the directory gives no description to take a summary from"],
    });
  });

  it("takes the ways in a directory states as access taxonomy terms over words in its prose", () => {
    const { attending_access: _attending, ...unstated } = minimal({
      application_process: "By appointment. Book a slot at the Wednesday drop-in.",
    });
    expect(ok(unstated).data.access).toEqual(["drop-in", "appointment"]);
    expect(ok({ ...unstated, access_terms: ["appointment"] }).data.access).toEqual(["appointment"]);
  });

  it("reads HSDS 3 attributes of the access taxonomy as the service's ways in", () => {
    const term = (link_type: string, code: string) => ({ link_type, taxonomy_term: { code, name: code } });
    const page = readOrukPage(
      JSON.stringify({
        contents: [
          {
            id: "a1",
            name: "Advice",
            attributes: [term("access", "referral"), term("categories", "drop-in"), term("access", "by bus")],
          },
        ],
      }),
      { source: SOURCE, pageUrl: HSDS3_URL },
    );
    expect(page.services[0]?.access_terms).toEqual(["referral"]);
  });

  it("keeps a free cost option that says who it is free for, and shortens a bare one to Free", () => {
    const options = [{ amount: 2, amount_description: "a session" }, { amount_description: "Free for carers" }];
    expect(ok(minimal({ cost_options: options })).data.cost_options).toEqual([
      { amount_description: "£2 a session" },
      { amount_description: "Free for carers" },
    ]);
    const bare = [
      { amount: 2, amount_description: "a session" },
      { option: "Under 5s", amount_description: "free" },
    ];
    expect(ok(minimal({ cost_options: bare })).data.cost_options).toEqual([
      { amount_description: "£2 a session" },
      { amount_description: "Under 5s: free" },
    ]);
  });

  it("publishes the service's public email and first phone number, never a contact's name, and leaves out one it cannot show", () => {
    const contacts = [{ name: "Jo Bloggs", email: "jo@example.org", phones: [{ number: "ext. 12" }] }];
    const result = ok(minimal({ contacts }));
    expect(result.data.contact).toEqual({ email: "jo@example.org" });
    expect(JSON.stringify(result.data)).not.toContain("Jo Bloggs");
    expect(result.notes).toEqual(['contact: the phone "ext. 12" cannot be shown, so it was left out']);
    expect(ok(minimal({})).data.contact).toBeUndefined();
  });
});

describe("toImportedLocation", () => {
  it("gives a location's words, postcode and coordinates in the shape place matching reads", () => {
    const [minster] = serviceNamed(hsds3.services, "Warm Welcome Lunch Club").locations ?? [];
    expect(toImportedLocation(minster!)).toEqual({
      text: "Stoke Minster, Glebe Street, Stoke, ST4 1HG",
      postcode: "ST4 1HG",
      geo: { lat: 53.00417, lng: -2.18139 },
    });
    expect(toImportedLocation({ id: "loc-1" })).toEqual({});
  });
});
