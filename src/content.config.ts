import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { COLLECTIONS, CONTENT_ROOT, collectionFolder, type CollectionName } from "./lib/content/collections";
import { eventsLoader } from "./loaders/events";
import { servicesLoader } from "./loaders/services";
import { sourcesLoader } from "./loaders/sources";

// Every collection lives in its folder of content/ (src/lib/content/collections.ts), one file per listing; the
// file name is the listing's id.
const filesOf = (name: CollectionName) =>
  glob({ base: `./${collectionFolder(name)}`, pattern: `*${COLLECTIONS[name].extension}` });

export const collections = {
  // Events also come from approved submissions in Netlify Blobs, through the same schema.
  events: defineCollection({
    loader: eventsLoader({ base: `./${collectionFolder("events")}`, contentRoot: `./${CONTENT_ROOT}` }),
    schema: COLLECTIONS.events.schema,
  }),
  groups: defineCollection({ loader: filesOf("groups"), schema: COLLECTIONS.groups.schema }),
  places: defineCollection({ loader: filesOf("places"), schema: COLLECTIONS.places.schema }),
  // Services also come from services directories the hourly import reads (content/sources/).
  services: defineCollection({
    loader: servicesLoader({ base: `./${collectionFolder("services")}`, contentRoot: `./${CONTENT_ROOT}` }),
    schema: COLLECTIONS.services.schema,
  }),
  // Where listings are imported from (src/lib/import/): read by the hourly import, not shown as pages. Sources
  // moderators add in the console join them from the next build.
  sources: defineCollection({
    loader: sourcesLoader({ base: `./${collectionFolder("sources")}`, contentRoot: `./${CONTENT_ROOT}` }),
    schema: COLLECTIONS.sources.schema,
  }),
  towns: defineCollection({ loader: filesOf("towns"), schema: COLLECTIONS.towns.schema }),
  wards: defineCollection({ loader: filesOf("wards"), schema: COLLECTIONS.wards.schema }),
};
