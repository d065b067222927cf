import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rootWithSources } from "../../tests/support/source-files";
import { knownPlaces } from "../../netlify/lib/content-files";
import { ServiceSchema } from "../lib/domain/service";
import { emptyResult, mergeFetch, type SourceResult } from "../lib/import/merge";
import { readOrukPage } from "../lib/import/oruk";
import { importedServices } from "./imported-services";

const FETCHED = new Date("2027-03-01T10:00:00Z");
const places = knownPlaces(".");

/** A directory's stored result after one fetch of these fixture pages, as the hourly import keeps it. */
function resultOf(source: string, pages: [file: string, url: string][], at = FETCHED, previous?: SourceResult) {
  const reads = pages.map(([file, pageUrl]) =>
    readOrukPage(readFileSync(`tests/fixtures/import/${file}`, "utf8"), { source, pageUrl }),
  );
  const outcome = {
    kind: "oruk" as const,
    complete: reads.every((read) => read.complete),
    notModified: false,
    events: [],
    services: reads.flatMap((read) => read.services),
    problems: reads.flatMap((read) => read.problems),
    deleted: [],
  };
  return mergeFetch(previous ?? emptyResult(source, pages[0]![1]), outcome, at).result;
}

const ORUK_PAGES: [string, string][] = [
  ["oruk-services-page-1.json", "https://directory.example.org/api/services?per_page=4"],
  ["oruk-services-page-2.json", "https://directory.example.org/api/services?per_page=4&page=2"],
];
const HSDS3: [string, string][] = [["oruk-services-hsds3.json", "https://api.example.org/services?page=1"]];

/** A project root whose content/sources/ holds these directories. */
const rootWith = (sources: Record<string, string>) =>
  rootWithSources(
    (id) => [
      `name: "${id} directory"`,
      `url: "https://directory.example.org/${id}/services"`,
      "kind: oruk",
      "categories: [advice-support]",
      "free: true",
    ],
    sources,
  );

const quiet = () => {
  const said: string[] = [];
  return { said, logger: { info: (text: string) => said.push(text), warn: (text: string) => said.push(text) } };
};

describe("imported services as listings", () => {
  const directories = rootWith({ "stoke-directory": "trusted: true\naccess: [drop-in]\n", minster: "trusted: true\n" });
  const listingsOf = (results: SourceResult[], root = directories) => {
    const { said, logger } = quiet();
    return { said, listings: importedServices(results, root, logger, { places }) };
  };
  const { listings } = listingsOf([resultOf("stoke-directory", ORUK_PAGES), resultOf("minster", HSDS3)]);
  const named = (name: string) => listings.filter((listing) => listing.label.includes(`"${name}"`));
  const fieldsOf = (listing: (typeof listings)[number] | undefined) => {
    if (!listing?.result.ok) throw new Error(`not listed: ${listing?.result.ok === false && listing.result.reason}`);
    return ServiceSchema.parse(listing.result.fields);
  };

  it("lists an HSDS 3 service with the schema's fields, its description and where it came from", () => {
    const [lunch] = named("Warm Welcome Lunch Club");
    expect(lunch!.id).toMatch(/^warm-welcome-lunch-club-[a-z0-9]{7}$/);
    expect(fieldsOf(lunch)).toEqual({
      name: "Warm Welcome Lunch Club",
      summary:
        "A hot two-course lunch and good company every Monday and Wednesday, in the church hall at Stoke Minster. Vegetarian and halal meals are always on the menu.",
      organization_name: "Stoke Minster Community Trust",
      categories: ["advice-support"],
      audiences: ["everyone"],
      eligibility_description: "Anyone aged 50 or over, and the people who care for them.",
      is_free: false,
      cost_options: [{ amount_description: "£3 for a two-course lunch" }],
      access: ["drop-in"],
      how_to_access: "No need to book: just turn up before 12:30.",
      languages: ["English", "Urdu"],
      accessibility: [],
      service_at_location: [
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
      ],
      url: "https://stokeminster.org.uk/lunch-club",
      contact: { email: "lunchclub@stokeminster.org.uk", phone: "01782 000303" },
      example: false,
      assured_date: "2026-07-01",
      source: "imported",
      importedFrom: {
        source: "minster",
        name: "minster directory",
        uid: "8c2f4e6a-1b3d-4f5a-8c7e-9d0f1a2b3c4d",
        checkedAt: FETCHED.toISOString(),
        changedAt: FETCHED.toISOString(),
        updatedOn: "2026-07-01",
        alsoFrom: [],
      },
    });
    // Its summary is the whole of its description, so the page does not say it twice.
    expect(lunch!.result.ok && lunch!.result.description).toBe("");
    const [foodbank] = named("Hanley Foodbank");
    expect(foodbank!.result.ok && foodbank!.result.description).toMatch(/point you to free debt advice\.$/);
  });

  it("lists every service of the ORUK pages that it can, each at the known places its locations match", () => {
    const placesOf = (listing: (typeof listings)[number]) =>
      fieldsOf(listing).service_at_location.map((at) => at.place);
    expect(listings.filter((listing) => listing.result.ok)).toHaveLength(7);
    // By coordinates (a chapel the feed names differently), by name with no coordinates, and by name.
    expect(named("Hanley Foodbank").map(placesOf)).toEqual([["bethesda-chapel"], ["city-central-library"]]);
    expect(named("Carers' Support Drop-in").map(placesOf)).toEqual([["longton-library"]]);
    expect(named("Get Online: Digital Skills for Beginners").map(placesOf)).toEqual([["tunstall-library"]]);
    // The scout hut is no place the site knows: the service is listed at the park, and the build log says so.
    const [youth] = named("Tunstall Youth Club");
    expect(placesOf(youth!)).toEqual(["tunstall-park"]);
    expect(youth!.result.ok && youth!.result.notes).toContain(
      "1st Tunstall Scout Hut, Rear of 12 Madison Street, Tunstall, ST6 5HR is not a place the site knows, so it was left out",
    );
    // ORUK 1.0's assured_date is the service's own last-updated date.
    expect(fieldsOf(named("Get Online: Digital Skills for Beginners")[0]).importedFrom?.updatedOn).toBe("2026-09-18");
    // The directory's own default for how people get in applies when a service's words do not say.
    expect(fieldsOf(named("Café Connect")[0]).access).toEqual(["drop-in"]);
  });

  it("leaves out, with the reasons by field, a service that cannot be listed", () => {
    expect(named("Potteries Debt Advice Line")).toEqual([
      expect.objectContaining({
        result: {
          ok: false,
          reason: expect.stringMatching(
            /^status: the directory marks the service defunct, so it is not listed; service_at_location: the directory gives no location for it/,
          ),
        },
      }),
    ]);
    const root = rootWith({ "stoke-directory": "trusted: true\n" });
    const [cafe] = listingsOf([resultOf("stoke-directory", ORUK_PAGES)], root).listings.filter((listing) =>
      listing.label.includes("Café Connect"),
    );
    expect(cafe!.result).toEqual({
      ok: false,
      reason:
        "access: the directory does not say in clear words whether people drop in, make an appointment or need a referral, and the source sets no default access",
    });
  });

  it("says when the directory was last read and when the service last changed there", () => {
    const first = resultOf("minster", HSDS3);
    const later = new Date("2027-03-08T09:00:00Z");
    const again = resultOf("minster", HSDS3, later, first);
    const [lunch] = listingsOf([again]).listings.filter((listing) => listing.label.includes("Lunch Club"));
    expect(fieldsOf(lunch).importedFrom).toMatchObject({
      checkedAt: later.toISOString(),
      changedAt: FETCHED.toISOString(),
    });
  });

  it("holds a moderated directory's services for a moderator", () => {
    const root = rootWith({ "stoke-directory": "access: [drop-in]\n" });
    const { said, listings: held } = listingsOf([resultOf("stoke-directory", ORUK_PAGES)], root);
    expect(held).toEqual([]);
    expect(said).toEqual(["6 imported service(s) from moderated sources wait for a moderator."]);
  });

  it("leaves out the services of a directory that is no longer a source", () => {
    const { said, listings: gone } = listingsOf([resultOf("gone", HSDS3)]);
    expect(gone).toEqual([]);
    expect(said).toEqual(['Imported services from "gone" are left out: it is no longer a source.']);
  });
});
