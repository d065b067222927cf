/**
 * Reads content/ from disk the way Astro's loaders do (YAML front matter, YAML data files) and parses
 * each file with its domain schema, for tests that look at the whole content.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { load } from "js-yaml";
import type { z } from "astro/zod";
import { EventSchema, GroupSchema, PlaceSchema, ServiceSchema, TownSchema, WardSchema } from "../../src/lib/domain";
import type { Entry } from "../../src/lib/content/references";

const root = process.cwd();

function filesIn(folder: string, extension: string): string[] {
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(root, folder, name));
}

function frontMatter(text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? load(match[1] ?? "") : {};
}

/** Problems found while loading: one line per invalid field, naming the file. */
export const loadProblems: string[] = [];

function loadFolder<S extends z.ZodType>(folder: string, extension: ".md" | ".yaml", schema: S): Entry<z.output<S>>[] {
  return filesIn(folder, extension).flatMap((path) => {
    const text = readFileSync(path, "utf8");
    const raw = extension === ".md" ? frontMatter(text) : load(text);
    const result = schema.safeParse(raw);
    const filePath = relative(root, path);
    if (!result.success) {
      for (const issue of result.error.issues)
        loadProblems.push(`${filePath}: ${issue.path.join(".")} ${issue.message}`);
      return [];
    }
    return [{ id: path.slice(path.lastIndexOf("/") + 1, -extension.length), data: result.data, filePath }];
  });
}

/** Every listing in content/, parsed. */
export const content = {
  events: loadFolder("content/events", ".md", EventSchema),
  groups: loadFolder("content/groups", ".md", GroupSchema),
  places: loadFolder("content/places", ".md", PlaceSchema),
  services: loadFolder("content/services", ".md", ServiceSchema),
  towns: loadFolder("content/areas/towns", ".yaml", TownSchema),
  wards: loadFolder("content/areas/wards", ".yaml", WardSchema),
};
