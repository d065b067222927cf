/**
 * The content collections: the one list of where each kind of listing lives in content/, how its files are
 * written and which schema reads them. Astro's loaders (src/content.config.ts), the functions' reader of the
 * same files (netlify/lib/content-files.ts) and the editor guide all take it from here.
 */
import { EventSchema, GroupSchema, PlaceSchema, ServiceSchema, SourceSchema, TownSchema, WardSchema } from "../domain";

/** Each collection: its folder under content/, its files' extension, and its schema. */
export const COLLECTIONS = {
  events: { folder: "events", extension: ".md", schema: EventSchema },
  groups: { folder: "groups", extension: ".md", schema: GroupSchema },
  places: { folder: "places", extension: ".md", schema: PlaceSchema },
  services: { folder: "services", extension: ".md", schema: ServiceSchema },
  sources: { folder: "sources", extension: ".md", schema: SourceSchema },
  towns: { folder: "areas/towns", extension: ".yaml", schema: TownSchema },
  wards: { folder: "areas/wards", extension: ".yaml", schema: WardSchema },
} as const;

/** A collection's name. */
export type CollectionName = keyof typeof COLLECTIONS;

/** The folder where the content root is, relative to the project. */
export const CONTENT_ROOT = "content";

/**
 * A collection's folder, from the project's root.
 * @example collectionFolder("towns") // "content/areas/towns"
 */
export function collectionFolder(name: CollectionName): string {
  return `${CONTENT_ROOT}/${COLLECTIONS[name].folder}`;
}
