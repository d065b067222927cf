/**
 * Picks the listings the browser tests open by reading content/ at test time, so the tests follow the
 * content as editors add and remove it. Only listings that the build put in dist/ are picked.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";

const root = path.resolve(import.meta.dirname, "../..");

export interface Listing {
  id: string;
  /** The file's front matter, as YAML parsed it. */
  fields: Record<string, unknown>;
}

function readFrontMatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, "utf8");
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
  return (load(block) as Record<string, unknown> | null) ?? {};
}

/** A front matter field that must be a string, such as a title. */
export function text(listing: Listing, field: string): string {
  const value = listing.fields[field];
  if (typeof value !== "string") throw new Error(`content: ${listing.id} has no ${field}`);
  return value;
}

/** Every listing of a collection that was built into dist/<route>/<id>/index.html. */
export function builtListings(collection: "events" | "groups" | "places" | "services"): Listing[] {
  const folder = path.join(root, "content", collection);
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .map((name) => name.replace(/\.md$/, ""))
    .filter((id) => existsSync(path.join(root, "dist", collection, id, "index.html")))
    .sort()
    .map((id) => ({ id, fields: readFrontMatter(path.join(folder, `${id}.md`)) }));
}

/** The preferred listing when it exists, else the first matching one; fails naming what was wanted. */
export function pick(listings: Listing[], wanted: string, matches: (listing: Listing) => boolean, preferred?: string) {
  const candidates = listings.filter(matches);
  const found = candidates.find((listing) => listing.id === preferred) ?? candidates[0];
  if (!found) throw new Error(`No built listing is ${wanted}. Run \`npm run build\`, or add one to content/.`);
  return found;
}
