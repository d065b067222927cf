/**
 * Reads content/ from disk the way Astro's loaders do (YAML front matter, YAML data files) and parses
 * each file with its domain schema. Functions use it to answer from the same listings the build
 * published (netlify.toml bundles content/ with them); tests use it to look at the whole content.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { load } from "js-yaml";
import type { z } from "zod";
import { COLLECTIONS, collectionFolder, type CollectionName } from "../../src/lib/content/collections";
import type { Entry } from "../../src/lib/content/references";
import type { KnownPlace } from "../../src/lib/import/places";

function filesIn(root: string, folder: string, extension: string): string[] {
  // A collection with no files yet (content/sources/ before the first source) has no folder in git.
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(root, folder, name));
}

function frontMatter(text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? load(match[1] ?? "") : {};
}

function markdownBody(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, "").trim();
}

type Listings<N extends CollectionName> = Entry<z.output<(typeof COLLECTIONS)[N]["schema"]>>[];

function loadCollection<N extends CollectionName>(root: string, name: N, problems: string[]): Listings<N> {
  const { extension, schema } = COLLECTIONS[name];
  return filesIn(root, collectionFolder(name), extension).flatMap((path) => {
    const text = readFileSync(path, "utf8");
    const raw = extension === ".md" ? frontMatter(text) : load(text);
    const result = schema.safeParse(raw);
    const filePath = relative(root, path);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${filePath}: ${issue.path.join(".")} ${issue.message}`);
      return [];
    }
    const id = path.slice(path.lastIndexOf("/") + 1, -extension.length);
    const body = extension === ".md" ? markdownBody(text) : undefined;
    return [{ id, data: result.data, filePath, ...(body ? { body } : {}) }];
  }) as Listings<N>;
}

/** The listings of one collection read from a content folder, and the problems found while reading them. */
export function readCollectionFiles<N extends CollectionName>(root: string, name: N) {
  const problems: string[] = [];
  return { listings: loadCollection(root, name, problems), problems };
}

/** Every listing read from a content folder, and the problems found while reading it. */
export function readContentFiles(root: string) {
  const problems: string[] = [];
  const content = {
    events: loadCollection(root, "events", problems),
    groups: loadCollection(root, "groups", problems),
    places: loadCollection(root, "places", problems),
    services: loadCollection(root, "services", problems),
    sources: loadCollection(root, "sources", problems),
    towns: loadCollection(root, "towns", problems),
    wards: loadCollection(root, "wards", problems),
  };
  return { content, problems };
}

/** The listings in content/, as read from disk. */
export type ContentFiles = ReturnType<typeof readContentFiles>["content"];

/** The places the importer matches feed locations to, read from content/places/. */
export function knownPlaces(root: string): KnownPlace[] {
  return readCollectionFiles(root, "places").listings.map(({ id, data }) => ({
    id,
    name: data.name,
    ...(data.address ? { address: data.address } : {}),
    ...(data.postcode ? { postcode: data.postcode } : {}),
    ...(data.geo ? { geo: data.geo } : {}),
  }));
}
