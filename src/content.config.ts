import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { EventSchema, GroupSchema, PlaceSchema, ServiceSchema, TownSchema, WardSchema } from "./lib/domain";
import { eventsLoader } from "./loaders/submitted-events";

// Every collection lives in content/<name>/, one file per listing; the file name is the listing's id.
const files = (folder: string, pattern = "**/*.md") => glob({ base: `./content/${folder}`, pattern });

export const collections = {
  // Events also come from approved submissions in Netlify Blobs, through the same schema.
  events: defineCollection({
    loader: eventsLoader({ base: "./content/events", contentRoot: "./content" }),
    schema: EventSchema,
  }),
  groups: defineCollection({ loader: files("groups"), schema: GroupSchema }),
  places: defineCollection({ loader: files("places"), schema: PlaceSchema }),
  services: defineCollection({ loader: files("services"), schema: ServiceSchema }),
  towns: defineCollection({ loader: files("areas/towns", "*.yaml"), schema: TownSchema }),
  wards: defineCollection({ loader: files("areas/wards", "*.yaml"), schema: WardSchema }),
};
