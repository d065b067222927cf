/**
 * The site's services as an Open Referral UK API (the UK profile of HSDS 3.0): the root that says which
 * version and profile it follows, a page of services, and each service fully nested with its organisation,
 * locations (address, latitude and longitude), schedules, eligibility, cost options, languages, public contact
 * and taxonomy terms. Field names are HSDS's; the site's own additions are named `x_…`, and say the listing's
 * licence and credit (`x_terms`, from `sharingOf`), its page on the site, and whether it is an example.
 *
 * Only a listing's own public contact goes out: never a person's name, a submitter or anything from buddy-up.
 * Pure: the caller passes the listings, their places and groups, their terms and the site's address.
 */
import { DateTime } from "luxon";
import type { Entry } from "../content/references";
import type { Group, Place, Service, Source } from "../domain";
import { LICENCES, OWN_ATTRIBUTION, OWN_LICENCE } from "../domain/licence";
import { ACCESS_METHOD_LABELS, type Town } from "../domain/vocab";
import { foldText, foldedWords, markdownWords, stemWord } from "../search/text";
import { CITY_ZONE } from "../time/zone-name";
import { orukId } from "./oruk-ids";
import { toHsdsTerm, type HsdsTaxonomyTerm, type OrukTaxonomyCode, type OrukTermValues } from "./oruk-taxonomy";
import { sharingOf, type SharingTerms, type SourceTerms } from "./terms";

/** Where the API is on the site. */
export const ORUK_API_PATH = "/api/oruk";
/** The version the root gives: the Open Referral UK profile of HSDS 3.0, as the UK's validator names it. */
export const ORUK_VERSION = "HSDS-UK-3.0";
/** The profile the API follows, and the OpenAPI document that defines it. */
export const ORUK_PROFILE_URL = "https://github.com/OpenReferralUK/uk-profile";
export const ORUK_OPENAPI_URL = "https://raw.githubusercontent.com/OpenReferralUK/uk-profile/main/schema/openapi.json";

/** An HSDS `phone`. */
export interface HsdsPhone {
  id: string;
  number: string;
}

/** An HSDS `contact`: the listing's own public contact, never a person. */
export interface HsdsContact {
  id: string;
  service_id: string;
  email?: string;
  phones?: HsdsPhone[];
}

/** An HSDS `address`, in Stoke-on-Trent. */
export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: "GB";
  address_type: "physical";
}

/** An HSDS `accessibility` entry of a location. */
export interface HsdsAccessibility {
  id: string;
  location_id: string;
  description: string;
}

/** An HSDS `location`: one of the site's places. */
export interface HsdsLocation {
  id: string;
  location_type: "physical";
  name: string;
  description: string;
  url?: string;
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
  accessibility?: HsdsAccessibility[];
}

/** An HSDS `schedule`, iCalendar-style, in Stoke-on-Trent's local time. */
export interface HsdsSchedule {
  id: string;
  service_id: string;
  service_at_location_id: string;
  freq: "WEEKLY" | "MONTHLY";
  interval: number;
  /** RFC 5545 days, e.g. "TU,FR"; a monthly time names its week, e.g. "1WE" or "-1FR". */
  byday: string;
  opens_at: string;
  closes_at: string;
  description?: string;
}

/** An HSDS `service_at_location`. */
export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  schedules: HsdsSchedule[];
  location: HsdsLocation;
}

/** An HSDS `organization`: who runs a service. */
export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  email?: string;
  website?: string;
  uri?: string;
  phones?: HsdsPhone[];
}

/** An HSDS `language`. */
export interface HsdsLanguage {
  id: string;
  service_id: string;
  name: string;
}

/** An HSDS `cost_option`. */
export interface HsdsCostOption {
  id: string;
  service_id: string;
  amount?: number;
  currency?: "GBP";
  amount_description: string;
}

/** An HSDS `attribute`: one of the service's taxonomy terms. */
export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: "service";
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
}

/** A service as `/services/{id}` gives it (and each item of `/services`). */
export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: "active" | "temporarily closed";
  alert?: string;
  fees: string;
  fees_description: string;
  eligibility_description?: string;
  application_process: string;
  assured_date: string;
  last_modified: string;
  licenses: string;
  organization: HsdsOrganization;
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  cost_options: HsdsCostOption[];
  contacts: HsdsContact[];
  phones?: HsdsPhone[];
  attributes: HsdsAttribute[];
  /** The listing's page on the site. */
  x_url: string;
  /** The licence the listing is shared under and the credit it asks for, and the source it was read from. */
  x_terms: SharingTerms;
  /** Present, and true, only for an illustrative listing, given to a reader who asked for examples. */
  x_example?: true;
  /** Anything else about access, in plain words (HSDS 3.0 has no field for a service's own access notes). */
  x_accessibility_notes?: string;
}

/** The fields of a service that are not lists of other objects: what `full=false` gives. */
export const HSDS_SERVICE_ONE_TO_ONE = [
  "id",
  "organization_id",
  "name",
  "description",
  "url",
  "email",
  "status",
  "alert",
  "fees",
  "fees_description",
  "eligibility_description",
  "application_process",
  "assured_date",
  "last_modified",
  "licenses",
  "organization",
  "x_url",
  "x_terms",
  "x_example",
  "x_accessibility_notes",
] as const satisfies readonly (keyof HsdsService)[];

/** What the API's root gives: the version and profile it follows, and the site's own terms. */
export interface OrukRoot {
  version: string;
  profile: string;
  openapi_url: string;
  x_services: string;
  x_taxonomies: string;
  x_taxonomy_terms: string;
  x_licence: { id: string; name: string; url: string; attribution: string; note: string };
}

/** One service to publish, with what the API needs to say about it. */
export interface OrukServiceInput {
  entry: Entry<Service>;
  /** The group that runs it, when it names one. */
  group?: Entry<Group> | undefined;
  /** Its places, by id: every place its `service_at_location` names. */
  places: ReadonlyMap<string, Entry<Place>>;
  terms: SharingTerms;
  example: boolean;
}

/** A published service with the facts the `/services` filters read that HSDS has no field for. */
export interface OrukListing {
  service: HsdsService;
  example: boolean;
  towns: Town[];
  wards: string[];
  /** The stems of the words of its name, description and organisation, for `search`. */
  words: string[];
}

/** The licence note the root and every page give. */
export function orukLicence(): OrukRoot["x_licence"] {
  return {
    id: OWN_LICENCE,
    ...LICENCES[OWN_LICENCE],
    attribution: OWN_ATTRIBUTION,
    note: "The site's own listings are shared under this licence. A listing read from another directory is shared under the licence its source names, and says so in its x_terms with the credit the source asks for; listings whose source has not said they may be shared are left out, as are illustrative listings unless examples=1 is asked for.",
  };
}

/**
 * The API's root.
 * @example toOrukRoot("https://stoketogether.org.uk").version // "HSDS-UK-3.0"
 */
export function toOrukRoot(siteUrl: string): OrukRoot {
  const at = (path: string) => new URL(`${ORUK_API_PATH}/${path}`, siteUrl).href;
  return {
    version: ORUK_VERSION,
    profile: ORUK_PROFILE_URL,
    openapi_url: ORUK_OPENAPI_URL,
    x_services: at("services"),
    x_taxonomies: at("taxonomies"),
    x_taxonomy_terms: at("taxonomy_terms"),
    x_licence: orukLicence(),
  };
}

/** A page of a list, as HSDS 3.0 pages every list. */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/**
 * One page of a list: `page` counts from 1; a page past the last is empty. There is always at least one page.
 * @example toHsdsPage(["a", "b", "c"], 2, 2) // { total_items: 3, total_pages: 2, page_number: 2, size: 1, …, contents: ["c"] }
 */
export function toHsdsPage<T>(items: readonly T[], page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

// Stoke-on-Trent is a unitary authority in the ceremonial county of Staffordshire; HSDS asks for both.
const CITY = "Stoke-on-Trent";
const COUNTY = "Staffordshire";

/** Accessibility facilities of a place, as the place's own facts say them. */
const PLACE_ACCESSIBILITY = {
  "step-free-paths": "Step-free paths",
  "changing-places": "Changing Places toilet",
} as const;

/** The time of day a date started in the city, as ISO 8601 with its offset. */
function startOfDay(date: string): string {
  return DateTime.fromISO(date, { zone: CITY_ZONE }).startOf("day").toISO({ suppressMilliseconds: true }) ?? date;
}

/**
 * How people start using a service, in words a reader and an importer both read: "Drop in or by appointment."
 * @example accessSentence(["drop-in", "referral"]) // "Drop in or by referral."
 */
export function accessSentence(access: readonly (keyof typeof ACCESS_METHOD_LABELS)[]): string {
  const words = access.map((method, index) => {
    const label = ACCESS_METHOD_LABELS[method];
    return index === 0 ? label : label.toLowerCase();
  });
  const last = words.pop();
  return `${words.length > 0 ? `${words.join(", ")} or ${last}` : last}.`;
}

function toLocation(place: Entry<Place>): HsdsLocation {
  const id = orukId("location", place.id);
  const { data } = place;
  const address: HsdsAddress | undefined = data.postcode
    ? {
        id: orukId("address", place.id),
        location_id: id,
        address_1: data.address ?? data.name,
        city: CITY,
        state_province: COUNTY,
        postal_code: data.postcode,
        country: "GB",
        address_type: "physical",
      }
    : undefined;
  const accessibility = data.facilities.flatMap((facility) =>
    facility in PLACE_ACCESSIBILITY
      ? [
          {
            id: orukId("accessibility", `${place.id}/${facility}`),
            location_id: id,
            description: PLACE_ACCESSIBILITY[facility as keyof typeof PLACE_ACCESSIBILITY],
          },
        ]
      : [],
  );
  return {
    id,
    location_type: "physical",
    name: data.name,
    description: data.summary,
    ...(data.url ? { url: data.url } : {}),
    ...(data.geo ? { latitude: data.geo.lat, longitude: data.geo.lng } : {}),
    ...(address ? { addresses: [address] } : {}),
    ...(accessibility.length > 0 ? { accessibility } : {}),
  };
}

function toOrganization(input: OrukServiceInput, siteUrl: string): HsdsOrganization {
  const { group, entry } = input;
  if (group) {
    const id = orukId("organization", `group/${group.id}`);
    const { contact } = group.data;
    return {
      id,
      name: group.data.name,
      description: group.data.summary,
      ...(contact?.email ? { email: contact.email } : {}),
      ...(group.data.url ? { website: group.data.url } : {}),
      uri: new URL(`/groups/${group.id}/`, siteUrl).href,
      ...(contact?.phone ? { phones: [{ id: orukId("phone", `group/${group.id}`), number: contact.phone }] } : {}),
    };
  }
  const name = entry.data.organization_name ?? "Not known";
  return {
    id: orukId("organization", `name/${foldText(name)}`),
    name,
    description: "An organisation that runs a service listed on Stoke Together; it has no page of its own there.",
  };
}

function toAttributes(serviceId: string, data: Service): HsdsAttribute[] {
  const attribute = <T extends OrukTaxonomyCode>(taxonomy: T, code: OrukTermValues[T]): HsdsAttribute => {
    const term = toHsdsTerm(taxonomy, code);
    return {
      id: orukId("attribute", `${serviceId}/${taxonomy}/${code}`),
      link_id: orukId("service", serviceId),
      link_type: taxonomy,
      link_entity: "service",
      taxonomy_term_id: term.id,
      taxonomy_term: term,
    };
  };
  return [
    ...data.categories.map((code) => attribute("categories", code)),
    ...data.audiences.map((code) => attribute("audiences", code)),
    ...data.access.map((code) => attribute("access", code)),
    ...data.accessibility.map((code) => attribute("accessibility", code)),
  ];
}

/**
 * A service as the API publishes it, fully nested. Its UUIDs come from the site's ids, so they are the same
 * in every build.
 * @example toHsdsService(input, "https://stoketogether.org.uk").service_at_locations[0].location.postal_code
 */
export function toHsdsService(input: OrukServiceInput, siteUrl: string): HsdsService {
  const { entry, terms } = input;
  const { data } = entry;
  const key = entry.id;
  const id = orukId("service", key);
  const organization = toOrganization(input, siteUrl);

  const serviceAtLocations = data.service_at_location.map((at): HsdsServiceAtLocation => {
    const place = input.places.get(at.place);
    if (!place) throw new Error(`The service ${key} names the place ${at.place}, which was not given.`);
    const linkId = orukId("service_at_location", `${key}/${at.place}`);
    return {
      id: linkId,
      service_id: id,
      location_id: orukId("location", at.place),
      schedules: at.schedules.map((schedule, index) => ({
        id: orukId("schedule", `${key}/${at.place}/${index}`),
        service_id: id,
        service_at_location_id: linkId,
        freq: schedule.freq,
        interval: schedule.interval,
        byday: schedule.byday.map((day) => `${schedule.bysetpos ?? ""}${day}`).join(","),
        opens_at: schedule.opens_at,
        closes_at: schedule.closes_at,
        ...(schedule.description ? { description: schedule.description } : {}),
      })),
      location: toLocation(place),
    };
  });

  const free = data.is_free;
  const costs = free
    ? [{ id: orukId("cost_option", `${key}/free`), service_id: id, amount: 0, currency: "GBP" as const }]
    : [];
  const costOptions: HsdsCostOption[] = free
    ? costs.map((cost) => ({ ...cost, amount_description: "Free" }))
    : data.cost_options.map((option, index) => ({
        id: orukId("cost_option", `${key}/${index}`),
        service_id: id,
        amount_description: option.amount_description,
      }));
  const fees = free ? "Free" : data.cost_options.map((option) => option.amount_description).join("; ");

  const contact = data.contact;
  const phone = contact?.phone ? { id: orukId("phone", `service/${key}`), number: contact.phone } : undefined;
  const contacts: HsdsContact[] =
    contact?.email || phone
      ? [
          {
            id: orukId("contact", key),
            service_id: id,
            ...(contact?.email ? { email: contact.email } : {}),
            ...(phone ? { phones: [phone] } : {}),
          },
        ]
      : [];

  const body = entry.body ? markdownWords(entry.body).trim() : "";
  const lastModified = data.importedFrom?.changedAt ?? startOfDay(data.assured_date);
  return {
    id,
    organization_id: organization.id,
    name: data.name,
    description: body === "" ? data.summary : `${data.summary}\n\n${body}`,
    ...(data.url ? { url: data.url } : {}),
    ...(contact?.email ? { email: contact.email } : {}),
    status: data.temporarily_closed ? "temporarily closed" : "active",
    ...(data.temporarily_closed ? { alert: data.temporarily_closed } : {}),
    fees,
    fees_description: fees,
    ...(data.eligibility_description ? { eligibility_description: data.eligibility_description } : {}),
    application_process: [accessSentence(data.access), data.how_to_access].filter(Boolean).join(" "),
    assured_date: data.assured_date,
    last_modified: lastModified,
    licenses: `${terms.licence.name}: ${terms.licence.url}`,
    organization,
    service_at_locations: serviceAtLocations,
    languages: data.languages.map((name) => ({ id: orukId("language", `${key}/${name}`), service_id: id, name })),
    cost_options: costOptions,
    contacts,
    ...(phone ? { phones: [phone] } : {}),
    attributes: toAttributes(key, data),
    x_url: new URL(`/services/${key}/`, siteUrl).href,
    x_terms: terms,
    ...(input.example ? { x_example: true as const } : {}),
    ...(data.accessibility_notes ? { x_accessibility_notes: data.accessibility_notes } : {}),
  };
}

/**
 * A service as the API publishes it, with the towns, wards and words the `/services` filters read.
 * @example toOrukListing(input, siteUrl).towns // ["stoke"]
 */
export function toOrukListing(input: OrukServiceInput, siteUrl: string): OrukListing {
  const service = toHsdsService(input, siteUrl);
  const places = [...input.places.values()].map((place) => place.data);
  const towns = [...new Set(places.flatMap((place) => (place.town ? [place.town] : [])))];
  const wards = [...new Set(places.flatMap((place) => (place.ward ? [place.ward] : [])))];
  const text = [service.name, service.description, service.organization.name].join(" ");
  return { service, example: input.example, towns, wards, words: [...new Set(foldedWords(text).map(stemWord))] };
}

/**
 * A service with only its one-to-one fields, as HSDS lists give them unless asked for `full`.
 * @example toOneToOne(service).service_at_locations // undefined
 */
export function toOneToOne(service: HsdsService): Partial<HsdsService> {
  return Object.fromEntries(
    HSDS_SERVICE_ONE_TO_ONE.flatMap((field) => (field in service ? [[field, service[field]]] : [])),
  );
}

/** The listings the API is made from. */
export interface OrukContent {
  services: readonly Entry<Service>[];
  groups: readonly Entry<Group>[];
  places: readonly Entry<Place>[];
  sources: readonly Entry<Source>[];
}

/**
 * Every service the API may give, examples included and marked, each with its places, group and terms: a
 * service whose source has not said it may be shared is never among them (`sharingOf` decides).
 * @example orukServiceInputs(content).map((input) => input.entry.id)
 */
export function orukServiceInputs(content: OrukContent): OrukServiceInput[] {
  const sources = new Map<string, SourceTerms>(
    content.sources.map((source) => [
      source.id,
      { licence: source.data.licence, attribution: source.data.attribution },
    ]),
  );
  const placeById = new Map(content.places.map((place) => [place.id, place]));
  const groupById = new Map(content.groups.map((group) => [group.id, group]));
  const known = <T>(map: Map<string, T>, id: string, what: string, service: string): T => {
    const found = map.get(id);
    if (found === undefined) throw new Error(`The service ${service} names the ${what} ${id}, which is not listed.`);
    return found;
  };
  return content.services.flatMap((entry) => {
    // Examples are given too, marked, so that a reader who asks for them gets them; a source's terms decide the
    // rest, whatever is asked.
    const sharing = sharingOf(entry.data, (id) => sources.get(id), { examples: true });
    if (!sharing.shared) return [];
    const places = new Map(
      entry.data.service_at_location.map((at) => [at.place, known(placeById, at.place, "place", entry.id)]),
    );
    const { organization } = entry.data;
    const group = organization ? known(groupById, organization, "group", entry.id) : undefined;
    return [{ entry, group, places, terms: sharing.terms, example: entry.data.example }];
  });
}
