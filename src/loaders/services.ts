/**
 * An Astro content loader for the services collection: the Markdown files in content/services/, then every
 * imported service (imported-services.ts) from Netlify Blobs, parsed with the same ServiceSchema. A service
 * that cannot be listed is reported by name and left out; it never breaks the build. With no Blobs store in
 * reach (a plain `astro build`), there are simply no imported services.
 */
import type { Loader } from "astro/loaders";
import { glob } from "astro/loaders";
import { dirname, resolve } from "node:path";
import { loadImportedServices } from "./imported-services";
import { storeListing } from "./listing-entry";

/** The services collection's loader: content/services/*.md and imported services. */
export function servicesLoader(options: { base: string; contentRoot: string }): Loader {
  const files = glob({ base: options.base, pattern: "*.md" });
  return {
    name: "services-and-imports",
    load: async (context) => {
      await files.load(context);
      const { logger } = context;
      const imported = await loadImportedServices(dirname(resolve(options.contentRoot)), logger);
      let published = 0;
      for (const { id, label, result } of imported) {
        if (!result.ok) {
          logger.warn(`${label} is left out: ${result.reason}.`);
          continue;
        }
        for (const note of result.notes) logger.info(`${label}: ${note}.`);
        const listing = { id, label, fields: result.fields, description: result.description, kind: "service" };
        if (await storeListing(context, listing, "another service")) published += 1;
      }
      if (published > 0) logger.info(`Published ${published} imported service(s).`);
    },
  };
}
