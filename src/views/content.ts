/**
 * The only place that reads the content collections. Loads every listing once per build, checks the
 * references between them, and fails the build with every broken one named.
 */
import { getCollection, type CollectionEntry } from "astro:content";
import { findBrokenReferences } from "../lib/content/references";

export type EventEntry = CollectionEntry<"events">;
export type GroupEntry = CollectionEntry<"groups">;
export type PlaceEntry = CollectionEntry<"places">;
export type ServiceEntry = CollectionEntry<"services">;
export type SourceEntry = CollectionEntry<"sources">;
export type TownEntry = CollectionEntry<"towns">;
export type WardEntry = CollectionEntry<"wards">;

/** Every listing, with lookups by id. */
export interface Content {
  events: EventEntry[];
  groups: GroupEntry[];
  places: PlaceEntry[];
  services: ServiceEntry[];
  sources: SourceEntry[];
  towns: TownEntry[];
  wards: WardEntry[];
  groupById: Map<string, GroupEntry>;
  placeById: Map<string, PlaceEntry>;
  wardById: Map<string, WardEntry>;
}

let loading: Promise<Content> | undefined;

const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name, "en-GB");

async function load(): Promise<Content> {
  const [events, groups, places, services, sources, towns, wards] = await Promise.all([
    getCollection("events"),
    getCollection("groups"),
    getCollection("places"),
    getCollection("services"),
    getCollection("sources"),
    getCollection("towns"),
    getCollection("wards"),
  ]);
  const problems = findBrokenReferences({ events, groups, places, services, sources, wards });
  if (problems.length > 0) {
    throw new Error(`Some listings point at listings that do not exist:\n- ${problems.join("\n- ")}`);
  }
  groups.sort(byName);
  places.sort(byName);
  services.sort(byName);
  wards.sort(byName);
  return {
    events,
    groups,
    places,
    services,
    sources,
    towns,
    wards,
    groupById: new Map(groups.map((entry) => [entry.id, entry])),
    placeById: new Map(places.map((entry) => [entry.id, entry])),
    wardById: new Map(wards.map((entry) => [entry.id, entry])),
  };
}

/** All content, loaded and checked once per build. */
export function loadContent(): Promise<Content> {
  loading ??= load();
  return loading;
}

/** Look up an entry that a checked reference names; a miss here is a bug, not a content error. */
export function must<T>(map: Map<string, T>, id: string, what: string): T {
  const found = map.get(id);
  if (found === undefined) throw new Error(`No ${what} with id "${id}".`);
  return found;
}
