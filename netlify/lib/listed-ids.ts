/**
 * Which places and groups are listed, for the submit function to refuse an unlisted one at once:
 * content/places/ and content/groups/ read from disk (netlify.toml bundles content/ with the functions),
 * parsed with the same schemas as the build, read once per function instance.
 */
import type { ListedIds } from "../../src/lib/submissions/form";
import { readCollectionFiles } from "./content-files";

/** A source of the listed ids; a function calls it per request, so it may cache. */
export type ListedIdsSource = () => ListedIds;

/** Reads the places and groups under `root` once, and fails loudly (without listing content) if a file is invalid. */
export function diskListedIds(root: string): ListedIdsSource {
  let cached: ListedIds | undefined;
  return () => {
    if (cached) return cached;
    const places = readCollectionFiles(root, "places");
    const groups = readCollectionFiles(root, "groups");
    const problems = places.problems.length + groups.problems.length;
    if (problems > 0)
      throw new Error(`${problems} problem(s) in content/places or content/groups; run npm run build to see them.`);
    cached = {
      places: new Set(places.listings.map((place) => place.id)),
      groups: new Set(groups.listings.map((group) => group.id)),
    };
    return cached;
  };
}
