/** View data for groups, places, services and areas, each with what happens there. */
import { GREEN_PLACE_KINDS, TOWN_LABELS, TOWNS, type Town } from "../lib/domain/vocab";
import { describeSchedule } from "../lib/events/describe";
import type { Locale } from "../lib/i18n/locales";
import { listOccurrences, type OccurrenceView } from "./events";
import {
  loadContent,
  must,
  type EventEntry,
  type GroupEntry,
  type PlaceEntry,
  type ServiceEntry,
  type TownEntry,
  type WardEntry,
} from "./content";

/** Days ahead that listing pages (a group's, a place's) show events for. */
export const DETAIL_DAYS = 60;
/** The most dates a group's or a place's page lists. */
export const DETAIL_LIMIT = 12;

/** The town a place or service sits in, by id, or undefined. */
function townOfPlace(place: PlaceEntry): Town | undefined {
  return place.data.town;
}

/** A service's places, with their schedules in words. */
export interface ServiceLocationView {
  place: PlaceEntry;
  schedules: string[];
  notes: string[];
}

/** Services with their locations resolved. */
export interface ServiceView {
  entry: ServiceEntry;
  runBy: { name: string; href?: string | undefined };
  locations: ServiceLocationView[];
  towns: Town[];
}

function toServiceView(
  entry: ServiceEntry,
  placeById: Map<string, PlaceEntry>,
  groupById: Map<string, GroupEntry>,
  locale: Locale = "en",
): ServiceView {
  const locations = entry.data.service_at_location.map((at) => ({
    place: must(placeById, at.place, "place"),
    schedules: at.schedules.map((schedule) => describeSchedule(schedule, locale)),
    notes: at.schedules.flatMap((schedule) => (schedule.description ? [schedule.description] : [])),
  }));
  const group = entry.data.organization ? must(groupById, entry.data.organization, "group") : undefined;
  const towns = [
    ...new Set(locations.flatMap((location) => (location.place.data.town ? [location.place.data.town] : []))),
  ];
  return {
    entry,
    runBy: group
      ? { name: group.data.name, href: `/groups/${group.id}/` }
      : { name: entry.data.organization_name ?? "Not known" },
    locations,
    towns,
  };
}

/** Every service, with places and schedules. */
export async function listServices(): Promise<ServiceView[]> {
  const content = await loadContent();
  return content.services.map((entry) => toServiceView(entry, content.placeById, content.groupById));
}

/** Events that take place somewhere or are run by someone, each listed once, by title. */
function distinctEvents(events: EventEntry[]): EventEntry[] {
  return [...events].sort((a, b) => a.data.title.localeCompare(b.data.title, "en-GB"));
}

/** Everything a place's page shows. */
export interface PlaceDetail {
  entry: PlaceEntry;
  townName?: string | undefined;
  ward?: WardEntry | undefined;
  upcoming: OccurrenceView[];
  regularEvents: EventEntry[];
  services: ServiceView[];
}

/** A place with the events and services held there. */
export async function getPlaceDetail(entry: PlaceEntry): Promise<PlaceDetail> {
  const content = await loadContent();
  const upcoming = (await listOccurrences({ days: DETAIL_DAYS }))
    .filter((o) => o.placeId === entry.id)
    .slice(0, DETAIL_LIMIT);
  const services = (await listServices()).filter((service) =>
    service.locations.some((location) => location.place.id === entry.id),
  );
  return {
    entry,
    townName: entry.data.town ? TOWN_LABELS[entry.data.town] : undefined,
    ward: entry.data.ward ? content.wardById.get(entry.data.ward) : undefined,
    upcoming,
    regularEvents: distinctEvents(
      content.events.filter((event) => event.data.place === entry.id && event.data.recurrence),
    ),
    services,
  };
}

/** Everything a group's page shows. */
export interface GroupDetail {
  entry: GroupEntry;
  upcoming: OccurrenceView[];
  events: EventEntry[];
  services: ServiceView[];
}

/** A group with its events and services. */
export async function getGroupDetail(entry: GroupEntry): Promise<GroupDetail> {
  const content = await loadContent();
  const events = distinctEvents(content.events.filter((event) => event.data.organizer === entry.id));
  const ids = new Set(events.map((event) => event.id));
  const upcoming = (await listOccurrences({ days: DETAIL_DAYS }))
    .filter((o) => ids.has(o.eventId))
    .slice(0, DETAIL_LIMIT);
  const services = (await listServices()).filter((service) => service.entry.data.organization === entry.id);
  return { entry, upcoming, events, services };
}

/** One service, resolved, its opening times in words of `locale`. */
export async function getServiceDetail(entry: ServiceEntry, locale: Locale = "en"): Promise<ServiceView> {
  const content = await loadContent();
  return toServiceView(entry, content.placeById, content.groupById, locale);
}

/** How much each town has: the open view of where events and services are. */
export interface TownSummary {
  id: Town;
  name: string;
  entry: TownEntry;
  upcomingEvents: number;
  services: number;
  places: number;
  greenSpaces: number;
  groups: number;
}

/** Everything a town's page shows. */
export interface TownDetail extends TownSummary {
  wards: WardEntry[];
  upcoming: OccurrenceView[];
  placesHere: PlaceEntry[];
  groupsHere: GroupEntry[];
  servicesHere: ServiceView[];
}

/** Days counted in the areas overview. */
export const AREA_COUNT_DAYS = 30;

/** Each town in north-to-south order, with counts of what is on and available there. */
export async function listTowns(): Promise<TownDetail[]> {
  const content = await loadContent();
  const occurrences = await listOccurrences({ days: AREA_COUNT_DAYS });
  const services = await listServices();
  return TOWNS.map((id) => {
    const entry = must(new Map(content.towns.map((town) => [town.id, town])), id, "town");
    const placesHere = content.places.filter((place) => townOfPlace(place) === id);
    const groupsHere = content.groups.filter((group) => group.data.areas.includes(id));
    const servicesHere = services.filter((service) => service.towns.includes(id));
    const upcoming = occurrences.filter((o) => o.town === id && o.status !== "cancelled");
    return {
      id,
      name: TOWN_LABELS[id],
      entry,
      // The open picture of fairness counts real listings: an example listing never counts.
      upcomingEvents: upcoming.filter((occurrence) => !occurrence.example).length,
      services: servicesHere.filter((service) => !service.entry.data.example).length,
      places: placesHere.length,
      greenSpaces: placesHere.filter((place) => GREEN_PLACE_KINDS.includes(place.data.kind)).length,
      groups: groupsHere.filter((group) => !group.data.example).length,
      wards: content.wards.filter((ward) => ward.data.town === id),
      upcoming,
      placesHere,
      groupsHere,
      servicesHere,
    };
  });
}

/** Wards not grouped under a single town. */
export async function wardsBetweenTowns(): Promise<WardEntry[]> {
  return (await loadContent()).wards.filter((ward) => ward.data.town === undefined);
}
