/** The Open Referral UK API's listings and function data as a build makes them, from content/ or from given listings. */
import { orukServiceInputs, toOrukListing, type OrukContent, type OrukListing } from "../../src/lib/open-data/oruk";
import { readOrukData, writeOrukData, type OrukData } from "../../src/lib/open-data/oruk-data";
import { SourceSchema } from "../../src/lib/domain";
import type { LicenceId } from "../../src/lib/domain/licence";
import { content } from "./content";

export const SITE = "https://stoketogether.org.uk";

/** The listings the build would publish from `listings` (content/ by default). */
export function orukListings(listings: Partial<OrukContent> = {}): OrukListing[] {
  const { services, groups, places, sources } = { ...content, ...listings };
  return orukServiceInputs({ services, groups, places, sources }).map((input) => toOrukListing(input, SITE));
}

/** What the build would write for the function, read back from its text as the function reads it. */
export function builtOrukData(listings: Partial<OrukContent> = {}): OrukData {
  return readOrukData(
    writeOrukData(
      orukListings(listings),
      content.wards.map((ward) => ward.id),
      SITE,
    ),
  );
}

/** A directory the importer reads services from (content/sources/), sharing them under `terms` or not at all. */
export const orukDirectory = (id: string, terms: { licence?: LicenceId; attribution?: string } = {}) => ({
  id,
  data: SourceSchema.parse({
    name: `The ${id} directory`,
    url: `https://${id}.example.org/services`,
    kind: "oruk",
    categories: ["advice-support"],
    free: true,
    lastChecked: "2026-12-01",
    ...terms,
  }),
});
