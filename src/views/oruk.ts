/**
 * View data for the Open Referral UK API: every service the open data may carry, as the API publishes it, once
 * per build. Which services may be shared, and under which terms, is `sharingOf`'s decision alone.
 */
import { orukServiceInputs, toOrukListing, type OrukListing, type OrukServiceInput } from "../lib/open-data/oruk";
import { orukId } from "../lib/open-data/oruk-ids";
import { writeOrukData } from "../lib/open-data/oruk-data";
import { loadContent } from "./content";
import { siteOf } from "./feeds";

let inputs: Promise<OrukServiceInput[]> | undefined;
let listings: Promise<OrukListing[]> | undefined;

async function loadInputs(): Promise<OrukServiceInput[]> {
  const { services, groups, places, sources } = await loadContent();
  return orukServiceInputs({ services, groups, places, sources });
}

/** Every service the API may give (examples included, each marked), with what it needs to say about each. */
function serviceInputs(): Promise<OrukServiceInput[]> {
  inputs ??= loadInputs();
  return inputs;
}

/** Every service the API may give (examples included, each marked), as it gives them, by name. */
export function listOrukServices(site: URL | undefined): Promise<OrukListing[]> {
  const siteUrl = siteOf(site);
  listings ??= serviceInputs().then((all) => all.map((input) => toOrukListing(input, siteUrl)));
  return listings;
}

/** The ids of the services the API gives to every reader: shared, and not examples. Each is a file built with the site. */
export async function sharedOrukServiceIds(): Promise<string[]> {
  return (await serviceInputs()).filter((input) => !input.example).map((input) => orukId("service", input.entry.id));
}

/** One service as the API gives it, by its id. */
export async function orukServiceById(id: string, site: URL | undefined): Promise<OrukListing> {
  const listing = (await listOrukServices(site)).find((candidate) => candidate.service.id === id);
  if (!listing) throw new Error(`No service in the Open Referral UK API has the id ${id}.`);
  return listing;
}

/** The Open Referral UK function's data file (src/lib/open-data/oruk-data.ts). */
export async function orukDataFile(site: URL | undefined): Promise<string> {
  const content = await loadContent();
  return writeOrukData(
    await listOrukServices(site),
    content.wards.map((ward) => ward.id),
    siteOf(site),
  );
}
