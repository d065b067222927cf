/**
 * Services from Open Referral UK `/services` APIs, read one page at a time, in either shape seen in the wild:
 * ORUK 1.0 (`totalPages`, `number`, `first`, `last`, `content`) and HSDS 3 (`total_pages`, `page_number`,
 * `first_page`, `last_page`, `contents`). Each service keeps ORUK's field names (see `OrukService`), and
 * `toSiteService` turns one into a listing of the services collection, checked by `ServiceSchema` (the
 * services loader, src/loaders/imported-services.ts, adds where it was read).
 * Pure: the caller fetches each page, and passes in the day and how to match a location to a known place.
 */
import { DateTime } from "luxon";
import { PublicContactSchema } from "../domain/group";
import { ScheduleSchema, ServiceSchema, type Service } from "../domain/service";
import { ACCESS_METHODS, WEEKDAYS, weekdayNamed, type AccessMethod, type Weekday } from "../domain/vocab";
import { webAddressProblem } from "../domain/web-address";
import { CITY_ZONE } from "../time/zone-name";
import { toPlainText } from "./plain-text";
import { normalisePostcode, slugWords } from "./text";
import {
  ORUK_STATUSES,
  type ImportProblem,
  type ImportedLocation,
  type OrukContact,
  type OrukCostOption,
  type OrukLocation,
  type OrukOrganization,
  type OrukSchedule,
  type OrukService,
  type OrukStatus,
} from "./model";

/** What reading one page of a `/services` API gave. */
export interface OrukPage {
  services: OrukService[];
  problems: ImportProblem[];
  /** False when the body could not be read as a page of services, or the pages after it cannot be found. */
  complete: boolean;
  /** The address of the next page, or undefined on the last page. */
  next?: string;
  /** How many pages the API says there are. */
  totalPages?: number;
}

/** How `toSiteService` fills in what an ORUK service does not say, and finds its places. */
export interface SiteServiceOptions {
  /**
   * The source's own settings: its services' categories and audiences, and, optionally, how people start
   * using them when a service does not say in clear words (drop-in, appointment or referral).
   */
  defaults: { categories: string[]; audiences: string[]; access?: string[] };
  /** The id of the known place (content/places/) a location is, or undefined when it is none of them. */
  matchPlace: (location: OrukLocation) => string | undefined;
  /** Today in Stoke-on-Trent, YYYY-MM-DD: the assured date when the API gives none. */
  today: string;
}

/** A service ready for content/services/, or why it is not. */
export type SiteServiceResult =
  | {
      ok: true;
      /** The listing's id: a slug of its name and a short suffix from its source and ORUK id. */
      id: string;
      /** The collection data, as `ServiceSchema` gives it back. */
      data: Service;
      /** Locations that are no place the site knows, left out of `service_at_location`. */
      unmatchedLocations: OrukLocation[];
      /** What was left out or assumed on the way, in plain words. */
      notes: string[];
      /** The date the directory says the service was last updated (YYYY-MM-DD), when it gives one. */
      updatedOn?: string;
    }
  | { ok: false; problems: string[] };

// ---------------------------------------------------------------------------------------------------------
// Reading a page

/**
 * Reads one page of an ORUK 1.0 or HSDS 3 `/services` response. A service without an id or a name is
 * skipped with a problem (naming its id when it has one, so an earlier copy can be kept); a field that
 * cannot be used (a `javascript:` url, an unknown status) is left out with a problem, and the rest of the
 * service is kept. `next` is `pageUrl` with `page=` set to the next page: ORUK numbers the pages it is
 * asked for from 1, whether its body counts `number` from 1 or, as some servers do, from 0.
 * @example readOrukPage(body, { source: "stoke-directory", pageUrl: "https://api.example.org/services?per_page=50" }).next
 * // "https://api.example.org/services?per_page=50&page=2"
 */
export function readOrukPage(json: string, options: { source: string; pageUrl: string }): OrukPage {
  const { source, pageUrl } = options;
  const notAPage = (reason: string): OrukPage => ({
    services: [],
    problems: [{ source, reason: `the page at ${pageUrl} ${reason}` }],
    complete: false,
  });
  let body: unknown;
  try {
    body = JSON.parse(json);
  } catch {
    return notAPage("is not valid JSON, so none of its services could be read");
  }
  if (!isRecord(body)) return notAPage("is not a page of services: it is not a JSON object");
  const items = Array.isArray(body["contents"]) ? body["contents"] : body["content"];
  if (!Array.isArray(items)) {
    return notAPage(
      'is not a page of services: it has no "content" list (Open Referral UK 1.0) or "contents" list (HSDS 3)',
    );
  }

  const problems: ImportProblem[] = [];
  const services: OrukService[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const service = readService(item, index, source, problems);
    if (!service) return;
    if (seen.has(service.id)) {
      problems.push({
        source,
        uid: service.id,
        reason: `service ${service.id} appears twice on the page; the second copy was skipped`,
      });
      return;
    }
    seen.add(service.id);
    services.push(service);
  });

  const paging = readPaging(body, pageUrl, items.length);
  for (const reason of paging.problems) problems.push({ source, reason });
  return {
    services,
    problems,
    complete: paging.problems.length === 0,
    ...(paging.next !== undefined && { next: paging.next }),
    ...(paging.totalPages !== undefined && { totalPages: paging.totalPages }),
  };
}

/** The next page's address, and anything that stops it being found. */
function readPaging(
  body: Record<string, unknown>,
  pageUrl: string,
  count: number,
): { next?: string; totalPages?: number; problems: string[] } {
  const totalPages = wholeNumber(body["total_pages"] ?? body["totalPages"]);
  const number = wholeNumber(body["page_number"] ?? body["number"]);
  const first = body["first_page"] ?? body["first"];
  const last = body["last_page"] ?? body["last"];
  const withTotal = totalPages === undefined ? {} : { totalPages };

  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return {
      ...withTotal,
      problems: [`the page address ${pageUrl} is not a web address, so its next page is unknown`],
    };
  }
  const asked = url.searchParams.get("page");
  // The specification numbers the pages a client asks for from 1, and page 1 is what a client gets unasked.
  const current = asked === null ? 1 : /^\d+$/.test(asked.trim()) ? Number(asked) : undefined;
  if (current === undefined) {
    return { ...withTotal, problems: [`the page address ${pageUrl} has page=${asked}, which is not a page number`] };
  }
  // A server that ignores `page` sends its first page again and again: stop rather than read it for ever.
  if ((first === true && current > 1) || (number !== undefined && number !== current && number !== current - 1)) {
    const answered = first === true ? "its first page" : `page ${number}`;
    return {
      ...withTotal,
      problems: [`page ${current} was asked for at ${pageUrl}, but the API answered with ${answered}`],
    };
  }
  const isLast = last === true || (totalPages !== undefined && current >= totalPages) || count === 0;
  if (isLast) return { ...withTotal, problems: [] };
  return { ...withTotal, next: withPage(url, current + 1), problems: [] };
}

/** The address with `page=` set to the page, every other query parameter kept exactly as it was written. */
function withPage(url: URL, page: number): string {
  const isPage = (parameter: string) => {
    try {
      return decodeURIComponent(parameter.split("=")[0]!.replace(/\+/g, " ")) === "page";
    } catch {
      return false;
    }
  };
  const parameters = url.search
    .slice(1)
    .split("&")
    .filter((parameter) => parameter !== "" && !isPage(parameter));
  const next = new URL(url.href);
  next.search = [...parameters, `page=${page}`].join("&");
  return next.href;
}

/** One service, or undefined (with a problem) when it has no id or no name. */
function readService(item: unknown, index: number, source: string, problems: ImportProblem[]): OrukService | undefined {
  const position = `service ${index + 1} on the page`;
  if (!isRecord(item)) {
    problems.push({ source, reason: `${position} is not a JSON object, so it was skipped` });
    return undefined;
  }
  const id = textOf(item["id"]);
  const name = lineOf(item["name"]);
  if (id === undefined) {
    const named = name === undefined ? "" : ` ("${name}")`;
    problems.push({ source, reason: `${position}${named} has no id, so it was skipped` });
    return undefined;
  }
  if (name === undefined) {
    problems.push({ source, uid: id, reason: `service ${id} has no name, so it was skipped` });
    return undefined;
  }
  const label = `service ${id} ("${name}")`;
  const report = (reason: string) => problems.push({ source, uid: id, reason: `${label}: ${reason}` });
  const url = webAddressOf(item["url"], "url", report);
  const email = emailOf(item["email"], "email", report);
  const status = statusOf(item["status"], report);

  const eligibilities = records(item["eligibilitys"] ?? item["eligibilities"]);
  const minimumAges = eligibilities.map((entry) => numberOf(entry["minimum_age"]));
  const maximumAges = eligibilities.map((entry) => numberOf(entry["maximum_age"]));
  minimumAges.push(numberOf(item["minimum_age"]));
  maximumAges.push(numberOf(item["maximum_age"]));

  const schedules = records(item["schedules"] ?? item["regular_schedules"]);
  const locations = records(item["service_at_locations"]).flatMap((link) => {
    const location = readLocation(link, report);
    return location ? [location] : [];
  });
  const serviceSchedules: OrukSchedule[] = [];
  for (const entry of schedules) {
    const schedule = readSchedule(entry);
    if (!schedule) continue;
    const at = scheduleLocation(entry);
    const location =
      at &&
      locations.find(
        (place) =>
          (at.link !== undefined && place.link === at.link) ||
          (at.location !== undefined && place.value.id === at.location),
      );
    if (location) location.value.regular_schedules = [...(location.value.regular_schedules ?? []), schedule];
    else serviceSchedules.push(schedule);
  }

  const organization = readOrganization(item["organization"], report);
  const languages = unique(records(item["languages"]).flatMap((entry) => languageOf(entry) ?? []));
  const contacts = records(item["contacts"]).flatMap((entry) => readContact(entry) ?? []);
  const costOptions = records(item["cost_options"]).flatMap((entry) => readCostOption(entry) ?? []);
  const eligibility = eligibilities.flatMap((entry) => lineOf(entry["eligibility"]) ?? []);

  return pruned<OrukService>({
    id,
    source,
    name,
    description: plainOf(item["description"]),
    url,
    email,
    status,
    fees: plainOf(item["fees_description"]) ?? plainOf(item["fees"]),
    alert: plainOf(item["alert"]),
    attending_access: lineOf(item["attending_access"])?.toLowerCase(),
    access_terms: accessTermsOf(item["attributes"]),
    application_process: plainOf(item["application_process"]),
    eligibility: eligibility.length > 0 ? eligibility : undefined,
    eligibility_description: plainOf(item["eligibility_description"]),
    minimum_age: smallest(minimumAges),
    maximum_age: largest(maximumAges),
    cost_options: costOptions.length > 0 ? costOptions : undefined,
    organization,
    languages: languages.length > 0 ? languages : undefined,
    regular_schedules: serviceSchedules.length > 0 ? serviceSchedules : undefined,
    locations: locations.length > 0 ? locations.map((location) => location.value) : undefined,
    contacts: contacts.length > 0 ? contacts : undefined,
    last_updated: textOf(item["last_modified"]) ?? textOf(item["assured_date"]),
  });
}

/** A `service_at_locations[]` entry's location, with the link's id so schedules can find it. */
function readLocation(
  link: Record<string, unknown>,
  report: (reason: string) => void,
): { link: string | undefined; value: OrukLocation } | undefined {
  const location = link["location"];
  if (!isRecord(location)) return undefined;
  const addresses = records(location["addresses"] ?? location["physical_addresses"]);
  const address = addresses.find((entry) => textOf(entry["address_type"]) === "physical") ?? addresses[0];
  const lines = address ? ["address_1", "address_2", "city"].flatMap((field) => lineOf(address[field]) ?? []) : [];
  const name = lineOf(location["name"]);
  const written = address === undefined ? undefined : textOf(address["postal_code"]);
  const postcode = written === undefined ? undefined : normalisePostcode(written);
  if (written !== undefined && postcode === undefined) {
    report(`the postal_code "${written}" at ${name ?? "a location"} is not a UK postcode, so it was left out`);
  }
  const latitude = numberOf(location["latitude"]);
  const longitude = numberOf(location["longitude"]);
  // (0, 0) is in the Gulf of Guinea: a directory that writes it means it has no position.
  const placed =
    latitude !== undefined &&
    longitude !== undefined &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180 &&
    (latitude !== 0 || longitude !== 0);
  const schedules = records(link["schedules"] ?? link["regular_schedules"]).flatMap(
    (entry) => readSchedule(entry) ?? [],
  );
  const value = pruned<OrukLocation>({
    id: textOf(location["id"]),
    name,
    address: lines.length > 0 ? lines.join(", ") : undefined,
    postcode,
    latitude: placed ? latitude : undefined,
    longitude: placed ? longitude : undefined,
    regular_schedules: schedules.length > 0 ? schedules : undefined,
  });
  if (Object.keys(value).length === 0) return undefined;
  return { link: textOf(link["id"]), value };
}

/** Which service_at_location (ORUK 1.0) or location (HSDS 3) a schedule is tied to, if any. */
function scheduleLocation(entry: Record<string, unknown>): { link?: string; location?: string } | undefined {
  const nested = entry["service_at_location"];
  const link = textOf(entry["service_at_location_id"]) ?? (isRecord(nested) ? textOf(nested["id"]) : undefined);
  const nestedLocation = isRecord(nested) && isRecord(nested["location"]) ? nested["location"] : undefined;
  const location = textOf(entry["location_id"]) ?? (nestedLocation && textOf(nestedLocation["id"]));
  if (link === undefined && location === undefined) return undefined;
  return pruned<{ link?: string; location?: string }>({ link, location });
}

function readSchedule(entry: Record<string, unknown>): OrukSchedule | undefined {
  // Some ORUK 1.0 servers give a weekday's name instead of `byday`; a weekday number could count from
  // Sunday or Monday, so only names are read.
  const weekday = lineOf(entry["weekday"])?.toLowerCase();
  const named = weekday === undefined ? undefined : weekdayNamed(weekday);
  const schedule = pruned<OrukSchedule>({
    freq: lineOf(entry["freq"])?.toUpperCase(),
    interval: numberOf(entry["interval"]),
    byday: lineOf(entry["byday"])?.toUpperCase() ?? named,
    bymonthday: textOf(entry["bymonthday"]),
    opens_at: lineOf(entry["opens_at"]),
    closes_at: lineOf(entry["closes_at"]),
    description: lineOf(entry["description"]),
  });
  return Object.keys(schedule).length > 0 ? schedule : undefined;
}

/** The ways in an HSDS 3 service states as `access` taxonomy terms, or undefined when it states none. */
function accessTermsOf(value: unknown): string[] | undefined {
  const codes = records(value).flatMap((attribute) => {
    const term = attribute["taxonomy_term"];
    if (lineOf(attribute["link_type"])?.toLowerCase() !== "access" || !isRecord(term)) return [];
    const code = lineOf(term["code"])?.toLowerCase();
    return ACCESS_METHODS.find((method) => method === code) ?? [];
  });
  return codes.length > 0 ? unique(codes) : undefined;
}

function readOrganization(value: unknown, report: (reason: string) => void): OrukOrganization | undefined {
  if (!isRecord(value)) return undefined;
  const name = lineOf(value["name"]);
  if (name === undefined) return undefined;
  return pruned<OrukOrganization>({
    id: textOf(value["id"]),
    name,
    url: webAddressOf(value["website"] ?? value["url"], "organization url", report),
  });
}

function readContact(entry: Record<string, unknown>): OrukContact | undefined {
  const numbers = records(entry["phones"]).flatMap((phone) => lineOf(phone["number"]) ?? []);
  const single = lineOf(entry["phone"]);
  if (single !== undefined) numbers.push(single);
  const phones = unique(numbers).map((number) => ({ number }));
  const contact = pruned<OrukContact>({
    name: lineOf(entry["name"]),
    email: emailOf(entry["email"]),
    phones: phones.length > 0 ? phones : undefined,
  });
  return Object.keys(contact).length > 0 ? contact : undefined;
}

function readCostOption(entry: Record<string, unknown>): OrukCostOption | undefined {
  const option = pruned<OrukCostOption>({
    option: lineOf(entry["option"]),
    amount: numberOf(entry["amount"]),
    amount_description: lineOf(entry["amount_description"]),
  });
  return Object.keys(option).length > 0 ? option : undefined;
}

const languageNames = new Intl.DisplayNames(["en-GB"], { type: "language", fallback: "none" });

/** A language's name: ORUK 1.0 `language`, HSDS 3 `name`, or HSDS 3's ISO `code` in English. */
function languageOf(entry: Record<string, unknown>): string | undefined {
  const name = lineOf(entry["language"]) ?? lineOf(entry["name"]);
  if (name !== undefined) return name;
  const code = lineOf(entry["code"]);
  if (code === undefined) return undefined;
  try {
    return languageNames.of(code);
  } catch {
    return undefined;
  }
}

function statusOf(value: unknown, report: (reason: string) => void): OrukStatus | undefined {
  const status = lineOf(value)?.toLowerCase();
  if (status === undefined) return undefined;
  const known = ORUK_STATUSES.find((entry) => entry === status);
  if (!known) {
    report(`the status "${status}" is not one of ${ORUK_STATUSES.join(", ")}, so it was left out`);
  }
  return known;
}

function webAddressOf(value: unknown, field: string, report: (reason: string) => void): string | undefined {
  const text = textOf(value);
  if (text === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  const problem = url ? webAddressProblem(url) : "must be a full web address starting https://";
  if (url && !problem) return url.href;
  report(`the ${field} "${text.slice(0, 80)}" was left out: it ${problem}`);
  return undefined;
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

function emailOf(value: unknown, field?: string, report?: (reason: string) => void): string | undefined {
  const text = lineOf(value);
  if (text === undefined || EMAIL.test(text)) return text;
  if (field && report) report(`the ${field} "${text.slice(0, 80)}" is not an email address, so it was left out`);
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Text

/** A string or number as trimmed NFC text, or undefined when empty. */
function textOf(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFC").trim();
  return text === "" ? undefined : text;
}

/** Plain text (HTML read as a browser shows it), lines kept. */
function plainOf(value: unknown): string | undefined {
  const text = textOf(value);
  if (text === undefined) return undefined;
  // One line per block, blank lines dropped: descriptions are read a sentence at a time.
  const plain = toPlainText(text).replace(/\n{2,}/g, "\n");
  return plain === "" ? undefined : plain;
}

/** Plain text on one line. */
function lineOf(value: unknown): string | undefined {
  const plain = plainOf(value);
  return plain === undefined ? undefined : plain.replace(/\s+/g, " ");
}

/** A finite number, from a number or a numeric string. */
function numberOf(value: unknown): number | undefined {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof number === "number" && Number.isFinite(number) ? number : undefined;
}

function wholeNumber(value: unknown): number | undefined {
  const number = numberOf(value);
  return number !== undefined && Number.isInteger(number) && number >= 0 ? number : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function smallest(values: (number | undefined)[]): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length > 0 ? Math.min(...known) : undefined;
}

function largest(values: (number | undefined)[]): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length > 0 ? Math.max(...known) : undefined;
}

/** The object without its undefined fields, as optional fields must be absent rather than undefined. */
function pruned<T extends object>(fields: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

// ---------------------------------------------------------------------------------------------------------
// Into the site's services collection

/**
 * Turns an ORUK service into an imported listing of the services collection, checked by `ServiceSchema`, or
 * the reasons it cannot be listed, each naming its field. Its public email and first phone number are its
 * `contact` (never a contact's name). Its summary is its description's first sentence or
 * two (300 characters at most, cut between words with an ellipsis); its places are the locations
 * `matchPlace` knows, each with the service's times and its own; a service at none of them is not listed.
 * How people get in is read from the directory's `access` taxonomy terms when it gives them (as this site's own API
 * does), else from `attending_access` and clear words ("drop in", "no appointment needed",
 * "booking essential", "by referral"), else the source's `defaults.access`; with neither, it is not listed.
 * @example toSiteService(service, { defaults, matchPlace, today: "2026-12-04" })
 * // { ok: true, id: "hanley-foodbank-wujzlf7", data: { name: "Hanley Foodbank", ... }, unmatchedLocations: [], notes: [] }
 */
export function toSiteService(service: OrukService, options: SiteServiceOptions): SiteServiceResult {
  const { defaults, matchPlace, today } = options;
  const problems: string[] = [];
  const notes: string[] = [];

  if (service.status === "inactive" || service.status === "defunct") {
    problems.push(`status: the directory marks the service ${service.status}, so it is not listed`);
  }

  const summary = service.description === undefined ? undefined : summarise(service.description, 300);
  if (summary === undefined) problems.push("summary: the directory gives no description to take a summary from");

  const unmatchedLocations: OrukLocation[] = [];
  const places = new Map<string, { place: string; schedules: unknown[] }>();
  const sharedTimes = (service.regular_schedules ?? []).flatMap((schedule) => toSiteSchedule(schedule, notes) ?? []);
  for (const location of service.locations ?? []) {
    const place = matchPlace(location);
    if (place === undefined) {
      unmatchedLocations.push(location);
      continue;
    }
    const entry = places.get(place) ?? { place, schedules: [...sharedTimes] };
    for (const schedule of location.regular_schedules ?? []) {
      const converted = toSiteSchedule(schedule, notes);
      if (converted) entry.schedules.push(converted);
    }
    places.set(place, entry);
  }
  if (places.size === 0) {
    const where = (service.locations ?? []).map(describeLocation).join("; ");
    problems.push(
      where === ""
        ? "service_at_location: the directory gives no location for it"
        : `service_at_location: none of its locations is a place the site knows: ${where}`,
    );
  } else {
    for (const location of unmatchedLocations) {
      notes.push(`${describeLocation(location)} is not a place the site knows, so it was left out`);
    }
  }

  const access = accessOf(service, defaults.access);
  if (access === undefined) {
    problems.push(
      "access: the directory does not say in clear words whether people drop in, make an appointment or need a referral, and the source sets no default access",
    );
  }

  const cost = costOf(service);
  if (cost.note) notes.push(cost.note);
  const languages = unique(service.languages ?? []).filter((language) => {
    if (language.length <= 40) return true;
    notes.push(`the language "${language.slice(0, 60)}…" is too long to list, so it was left out`);
    return false;
  });
  const assured = assuredDate(service.last_updated, today);
  if (assured.note) notes.push(assured.note);
  const contact = contactOf(service, notes);

  const input = pruned<Record<string, unknown>>({
    name: service.name,
    summary,
    organization_name: service.organization?.name,
    categories: defaults.categories,
    audiences: defaults.audiences.length > 0 ? defaults.audiences : undefined,
    eligibility_description: eligibilityOf(service),
    is_free: cost.isFree,
    cost_options: cost.options.map((amount_description) => ({ amount_description })),
    access,
    how_to_access: service.application_process && cutOnWord(service.application_process, 400),
    languages: languages.length > 0 ? languages : undefined,
    service_at_location: [...places.values()],
    url: service.url,
    contact,
    temporarily_closed:
      service.status === "temporarily closed"
        ? cutOnWord(
            service.alert?.replace(/\s+/g, " ") ?? "Temporarily closed, says the directory it is listed in",
            200,
          )
        : undefined,
    assured_date: assured.date,
    source: "imported",
  });
  const parsed = ServiceSchema.safeParse(input);
  if (!parsed.success) {
    // A field already explained above is not explained again in the schema's words.
    const explained = new Set(problems.map((problem) => problem.slice(0, problem.indexOf(":"))));
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".") || "service";
      if (!explained.has(String(issue.path[0]))) problems.push(`${path}: ${issue.message}`);
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  const listing = { ok: true as const, id: siteServiceId(service), data: parsed.data, unmatchedLocations, notes };
  return assured.fromDirectory ? { ...listing, updatedOn: assured.date } : listing;
}

/**
 * The service's public email and first phone number, as the directory publishes them; never a contact's
 * name, which may be a person's. A value the site cannot show is left out with a note.
 */
function contactOf(service: OrukService, notes: string[]): unknown {
  const email = service.email ?? service.contacts?.find((contact) => contact.email)?.email;
  const phone = service.contacts?.flatMap((contact) => contact.phones ?? [])[0]?.number;
  const fields = pruned<Record<string, string>>({ email, phone });
  if (Object.keys(fields).length === 0) return undefined;
  const parsed = PublicContactSchema.safeParse(fields);
  if (parsed.success) return fields;
  const unusable = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  for (const field of unusable)
    notes.push(`contact: the ${field} "${fields[field]}" cannot be shown, so it was left out`);
  const usable = pruned<Record<string, string>>({
    email: unusable.has("email") ? undefined : email,
    phone: unusable.has("phone") ? undefined : phone,
  });
  return Object.keys(usable).length > 0 ? usable : undefined;
}

/**
 * Where an ORUK location is, as place matching reads a location (places.ts): its name, address and
 * postcode in words, its postcode, and its coordinates.
 * @example toImportedLocation({ name: "Stoke Minster", postcode: "ST4 1HG", latitude: 53.00417, longitude: -2.18139 })
 * // { text: "Stoke Minster, ST4 1HG", postcode: "ST4 1HG", geo: { lat: 53.00417, lng: -2.18139 } }
 */
export function toImportedLocation(location: OrukLocation): ImportedLocation {
  const text = [location.name, location.address, location.postcode].filter(Boolean).join(", ");
  const { latitude: lat, longitude: lng } = location;
  return pruned<ImportedLocation>({
    text: text === "" ? undefined : text,
    postcode: location.postcode,
    geo: lat !== undefined && lng !== undefined ? { lat, lng } : undefined,
  });
}

/** A location in words, for a person reading the import's report. */
function describeLocation(location: OrukLocation): string {
  const parts = [location.name, location.address, location.postcode].filter(
    (part): part is string => part !== undefined,
  );
  const words = parts.filter((part, index) => !parts.slice(0, index).some((earlier) => earlier.includes(part)));
  return words.length > 0 ? words.join(", ") : `location ${location.id ?? "with no name or address"}`;
}

const ABBREVIATION = /\b(?:st|dr|mr|mrs|ms|rd|ave|approx|e\.g|i\.e)\.\s*$/i;
const sentences = new Intl.Segmenter("en-GB", { granularity: "sentence" });

/**
 * A description's first sentence, and its second when both are whole sentences that fit, on one line
 * within `max` characters; a first sentence longer than that is cut between words and ends with "…".
 * Each line (a paragraph, a list item) ends a sentence.
 */
function summarise(description: string, max: number): string | undefined {
  const parts: string[] = [];
  for (const line of description.split("\n")) {
    for (const { segment } of sentences.segment(line.replace(/\s+/g, " ").trim())) {
      const text = segment.trim();
      if (text === "") continue;
      // The segmenter ends a sentence at "St. " as at a full stop; keep "St. John's" together.
      const previous = parts.at(-1);
      if (previous !== undefined && ABBREVIATION.test(previous)) parts[parts.length - 1] = `${previous} ${text}`;
      else parts.push(text);
    }
  }
  const [first, second] = parts;
  if (first === undefined) return undefined;
  if (first.length > max) return cutOnWord(first, max);
  const whole = (text: string) => /[.!?]["'”’)]?$/.test(text);
  if (second !== undefined && whole(first) && whole(second) && first.length + 1 + second.length <= max) {
    return `${first} ${second}`;
  }
  return first;
}

/**
 * The text whole if it fits in `max` characters, else cut at the last space that leaves room for "…".
 * @example cutOnWord("Food parcels for people in crisis", 20) // "Food parcels for…"
 */
function cutOnWord(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const room = trimmed.slice(0, max - 1);
  const space = room.lastIndexOf(" ");
  const cut = (space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:.–—-]+$/u, "");
  return `${cut}…`;
}

// Phrases that say no appointment or booking is needed: they mean drop-in, and must not be read as
// "appointment needed" once "no" is forgotten.
const DROP_IN_PHRASES = [
  /\bdrop[\s-]?ins?\b/g,
  /\bwalk[\s-]ins?\b/g,
  /\bno (?:appointments?|bookings?) (?:is |are )?(?:needed|necessary|required)\b/g,
  /\bno need to (?:book|make an appointment)\b/g,
  /\bwithout (?:an? )?(?:appointment|booking)\b/g,
  /\bjust (?:turn|show|come) (?:up|along)\b/g,
];
const APPOINTMENT_PHRASES = [
  /\bby appointment\b/,
  /\bappointments? (?:only|needed|necessary|required|essential)\b/,
  /\b(?:book|make|arrange) an appointment\b/,
  /\bbooking (?:is )?(?:essential|required|needed|necessary)\b/,
  /\bmust be booked\b/,
];
// Self-referral, or no referral needed, is not a referral.
const NOT_REFERRAL_PHRASES = [
  /\bno referrals? (?:is |are )?(?:needed|necessary|required)\b/g,
  /\bno need for a referral\b/g,
  /\bwithout (?:a )?referral\b/g,
  /\bself[\s-]?referr?(?:al|als|ing)?\b/g,
  /\brefer yourself\b/g,
];
const REFERRAL_PHRASES = [
  /\bby referral\b/,
  /\bon referral\b/,
  /\breferrals? (?:only|needed|necessary|required|essential)\b/,
  /\bneeds? (?:a referral|to be referred)\b/,
  /\bmust be referred\b/,
  /\breferred by\b/,
];

/** How people start using the service: what it says in clear words, else the source's default. */
function accessOf(service: OrukService, fallback: string[] | undefined): string[] | undefined {
  // Ways in stated as data are the directory's own answer: words in its prose are not read over them.
  const stated = ACCESS_METHODS.filter((method) => service.access_terms?.includes(method));
  if (stated.length > 0) return stated;
  const found = new Set<AccessMethod>();
  const attending = service.attending_access;
  if (attending === "drop-in" || attending === "appointment" || attending === "referral") found.add(attending);
  let words = [
    service.name,
    service.description,
    service.application_process,
    ...(service.regular_schedules ?? []).map((schedule) => schedule.description),
  ]
    .filter((text): text is string => text !== undefined)
    .join("\n")
    .toLowerCase()
    .replace(/[’‘]/g, "'");
  for (const phrase of DROP_IN_PHRASES) {
    if (words.search(phrase) >= 0) found.add("drop-in");
    words = words.replace(phrase, " ");
  }
  if (APPOINTMENT_PHRASES.some((phrase) => phrase.test(words))) found.add("appointment");
  for (const phrase of NOT_REFERRAL_PHRASES) words = words.replace(phrase, " ");
  if (REFERRAL_PHRASES.some((phrase) => phrase.test(words))) found.add("referral");
  if (found.size > 0) return ACCESS_METHODS.filter((method) => found.has(method));
  return fallback && fallback.length > 0 ? fallback : undefined;
}

const FREE_WORDS = /^(?:free(?: of charge)?|no charge|no cost|none|nil|£?0(?:\.00)?|0p)\b/i;
const BARE_FREE = /^(?:free(?: of charge)?|no charge|no cost|none|nil|£?0(?:\.00)?|0p)[.!]?$/i;
const A_PRICE = /£\s*(?:0*[1-9]|0?\.\d*[1-9])|\b[1-9]\d*p\b/;

/** True when a cost in words says plainly that it is free, and names no price. */
function saysFree(text: string): boolean {
  return FREE_WORDS.test(text.trim()) && !A_PRICE.test(text);
}

const pounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** A cost option in words, e.g. "Adults: £2 per session", or "free" when it costs nothing. */
function costOptionText(option: OrukCostOption): { free: boolean; text?: string } {
  const words = option.amount_description;
  const free = option.amount === 0 || (option.amount === undefined && words !== undefined && saysFree(words));
  const price =
    option.amount !== undefined && option.amount > 0 ? pounds.format(option.amount).replace(/\.00$/, "") : undefined;
  // "Free for anyone on Universal Credit" says who it is free for: only a bare "Free" is shortened to it.
  const saysMore = words !== undefined && !BARE_FREE.test(words.trim());
  let body = free && !saysMore ? "free" : words;
  if (!free && price !== undefined) body = words && !/£|\d/.test(words) ? `${price} ${words}` : (words ?? price);
  if (body === undefined) return { free };
  return { free, text: option.option ? `${option.option}: ${body}` : capitalise(body) };
}

/** Whether the service is free, what it costs if not, and a note when the directory does not say. */
function costOf(service: OrukService): { isFree: boolean; options: string[]; note?: string } {
  const described = (service.cost_options ?? []).map(costOptionText);
  if (described.length > 0) {
    if (described.every((option) => option.free)) return { isFree: true, options: [] };
    const options = unique(described.flatMap((option) => option.text ?? []));
    if (options.length > 0) return { isFree: false, options: options.map((text) => cutOnWord(text, 200)) };
  }
  if (service.fees !== undefined) {
    const fees = service.fees.replace(/\s+/g, " ");
    if (saysFree(fees)) return { isFree: true, options: [] };
    return { isFree: false, options: [cutOnWord(fees, 200)] };
  }
  return {
    isFree: false,
    options: ["Ask the service whether there is a charge"],
    note: "cost: the directory does not say whether it costs anything, so the listing says to ask",
  };
}

const ELIGIBILITY_WORDS: Record<string, string> = {
  adult: "Adults",
  child: "Children",
  teen: "Teenagers",
  family: "Families",
  female: "Women and girls",
  male: "Men and boys",
};

/** Who can use it, in words: the directory's description of it, or its eligibility list, then the ages. */
function eligibilityOf(service: OrukService): string | undefined {
  const listed = (service.eligibility ?? []).map((entry) => ELIGIBILITY_WORDS[entry.toLowerCase()] ?? entry);
  const words = service.eligibility_description ?? (listed.length > 0 ? unique(listed).join("; ") : undefined);
  const { minimum_age: min, maximum_age: max } = service;
  let ages: string | undefined;
  if (min !== undefined && max !== undefined) ages = `Ages ${min} to ${max}.`;
  else if (min !== undefined) ages = `Ages ${min} and over.`;
  else if (max !== undefined) ages = `Ages up to ${max}.`;
  const agesSaid = [min, max].some((age) => age !== undefined && words?.includes(String(age)));
  const parts = [words && sentence(capitalise(words.replace(/\s+/g, " "))), agesSaid ? undefined : ages].filter(
    (part): part is string => part !== undefined,
  );
  return parts.length > 0 ? cutOnWord(parts.join(" "), 300) : undefined;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const TIME = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** "10:00:00" or "9:30" as the site writes a time of day, "10:00" or "09:30". */
function timeOfDay(text: string | undefined): string | undefined {
  const match = text === undefined ? null : TIME.exec(text);
  return match ? `${match[1]!.padStart(2, "0")}:${match[2]}` : undefined;
}

const DAY = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/;

/** A schedule the site's ScheduleSchema accepts, or undefined with a note saying why it was left out. */
function toSiteSchedule(schedule: OrukSchedule, notes: string[]): unknown {
  const said = [schedule.freq, schedule.byday, schedule.opens_at && `${schedule.opens_at}–${schedule.closes_at ?? "?"}`]
    .filter(Boolean)
    .join(" ");
  const leaveOut = (why: string) => {
    notes.push(`schedules: the time "${said || "with no days or hours"}" was left out: ${why}`);
    return undefined;
  };
  const freq = schedule.freq ?? "WEEKLY";
  if (freq !== "WEEKLY" && freq !== "MONTHLY") return leaveOut("the site shows only weekly and monthly times");
  if (schedule.byday === undefined) {
    return leaveOut(
      schedule.bymonthday === undefined
        ? "it names no days"
        : "it repeats on a date of the month, which the site cannot show",
    );
  }
  const days: Weekday[] = [];
  const weeks = new Set<number>();
  for (const token of schedule.byday.split(",")) {
    const match = DAY.exec(token.trim());
    if (!match) return leaveOut(`"${token.trim()}" is not a day`);
    days.push(match[2] as Weekday);
    if (match[1] !== undefined) weeks.add(Number(match[1]));
  }
  if (weeks.size > 1) return leaveOut("its days fall in different weeks of the month");
  const [week] = weeks;
  if (week !== undefined && freq !== "MONTHLY") return leaveOut("only a monthly time can name a week of the month");
  const opens = timeOfDay(schedule.opens_at);
  const closes = timeOfDay(schedule.closes_at);
  if (opens === undefined || closes === undefined) return leaveOut("it needs an opening and a closing time");
  const candidate = pruned<Record<string, unknown>>({
    freq,
    interval: schedule.interval,
    byday: WEEKDAYS.filter((day) => days.includes(day)),
    bysetpos: week,
    opens_at: opens,
    closes_at: closes,
    description: schedule.description && cutOnWord(schedule.description, 200),
  });
  const parsed = ScheduleSchema.safeParse(candidate);
  if (parsed.success) return candidate;
  const issue = parsed.error.issues[0];
  return leaveOut(issue ? `${issue.path.map(String).join(".") || "it"} ${issue.message}` : "the site cannot show it");
}

/** The date the service was last checked, in the city, from the API's date or time; today when it has none. */
function assuredDate(
  lastUpdated: string | undefined,
  today: string,
): { date: string; fromDirectory: boolean; note?: string } {
  if (lastUpdated === undefined) return { date: today, fromDirectory: false };
  // A time with no offset is the city's wall clock; a date alone is that day.
  const at = DateTime.fromISO(lastUpdated.replace(" ", "T"), { zone: CITY_ZONE });
  const date = at.isValid ? at.toISODate() : null;
  if (date === null) {
    return {
      date: today,
      fromDirectory: false,
      note: `assured_date: "${lastUpdated.slice(0, 40)}" is not a date, so today was used`,
    };
  }
  return { date: date > today ? today : date, fromDirectory: true };
}

/**
 * The listing's id: its name as a slug, and seven characters from a hash of its source and ORUK id, so two
 * services with one name never share an id and a service keeps its id from one import to the next.
 */
function siteServiceId(service: OrukService): string {
  return `${slugWords(service.name) || "service"}-${shortHash(`${service.source}\n${service.id}`)}`;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** Seven base-36 characters of the text's 64-bit FNV-1a hash: stable across runs and machines. */
function shortHash(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return (hash % 36n ** 7n).toString(36).padStart(7, "0");
}
