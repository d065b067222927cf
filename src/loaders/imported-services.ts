/**
 * Imported services for the services collection: the services each trusted source's result keeps (read from
 * an Open Referral UK or HSDS 3 `/services` API), made into listings with ORUK's fields turned into the
 * site's (`toSiteService`), their locations matched to the places the site knows, and where they came from.
 * A moderated source's services wait for a moderator. A service that cannot be listed is reported by name
 * and left out; it never breaks the build.
 */
import type { LoaderContext } from "astro/loaders";
import { DateTime } from "luxon";
import { knownPlaces } from "../../netlify/lib/content-files";
import type { Provenance } from "../lib/domain/common";
import type { AddedSource } from "../lib/import/added-sources";
import type { SourceResult } from "../lib/import/merge";
import { toImportedLocation, toSiteService } from "../lib/import/oruk";
import { matchPlace, type KnownPlace } from "../lib/import/places";
import { CITY_ZONE } from "../lib/time/zone";
import { publishableResults, readStoredImports } from "./imports-store";

/** One imported service, ready for the services collection, or why it is left out. */
export interface ImportedService {
  id: string;
  label: string;
  result:
    | {
        ok: true;
        fields: Record<string, unknown>;
        /** The directory's own description, shown as the page's text. */
        description: string;
        /** What was left out or assumed on the way, in plain words. */
        notes: string[];
      }
    | { ok: false; reason: string };
}

/** The directory's description for the page's text, or nothing when the summary already says all of it. */
function moreThanSummary(description: string | undefined, summary: string): string {
  const words = (text: string) => text.replace(/\s+/g, " ").trim();
  return description === undefined || words(description) === words(summary) ? "" : description;
}

/**
 * The listings from every trusted source's services. `root` is where content/ is; `places` are the places a
 * location may be (content/places/ unless a test gives its own).
 */
export function importedServices(
  results: readonly SourceResult[],
  root: string,
  logger: Pick<LoaderContext["logger"], "info" | "warn">,
  options: { added?: readonly AddedSource[]; places?: readonly KnownPlace[] } = {},
): ImportedService[] {
  const publishable = publishableResults({ results, added: options.added ?? [] }, root, "services", logger);
  if (publishable.length === 0) return [];
  const places = options.places ?? knownPlaces(root);
  return publishable.flatMap(({ result, source }) =>
    result.services.map((kept): ImportedService => {
      const service = kept.service;
      const label = `Imported service "${service.name.slice(0, 60)}" from ${result.source}`;
      const checkedAt = result.lastSuccessAt ?? kept.lastSeenAt;
      const site = toSiteService(service, {
        defaults: {
          categories: source.data.categories,
          audiences: source.data.audiences,
          ...(source.data.access ? { access: source.data.access } : {}),
        },
        matchPlace: (location) => matchPlace(toImportedLocation(location), places),
        today: DateTime.fromISO(checkedAt, { zone: CITY_ZONE }).toISODate() ?? checkedAt.slice(0, 10),
      });
      if (!site.ok) return { id: service.id, label, result: { ok: false, reason: site.problems.join("; ") } };
      const importedFrom: Provenance = {
        source: source.id,
        name: source.data.name,
        uid: service.id,
        checkedAt,
        changedAt: kept.changedAt,
        ...(site.updatedOn ? { updatedOn: site.updatedOn } : {}),
        alsoFrom: [],
      };
      return {
        id: site.id,
        label,
        result: {
          ok: true,
          fields: { ...site.data, importedFrom },
          description: moreThanSummary(service.description, site.data.summary),
          notes: site.notes,
        },
      };
    }),
  );
}

/** Every imported service from Netlify Blobs, ready for the services loader. */
export async function loadImportedServices(root: string, logger: LoaderContext["logger"]): Promise<ImportedService[]> {
  const { results, added } = await readStoredImports(logger);
  return results.length === 0 ? [] : importedServices(results, root, logger, { added });
}
