/**
 * Temporary sources in content/sources/, for the browser tests and benches that import through the real
 * command and build the site with what they imported. Whoever writes one removes it (`removeSourceFiles`),
 * in an `afterAll` or a `finally`, so no test source is ever left among the real ones.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where a source with this id is written. */
export function sourceFilePath(id: string, root = process.cwd()): string {
  return join(root, "content", "sources", `${id}.md`);
}

/**
 * Writes content/sources/<id>.md with these front-matter lines (YAML, e.g. `trusted: true`) and today's
 * `lastChecked`; returns its path.
 */
export function writeSourceFile(id: string, lines: string[], today: string, root = process.cwd()): string {
  const path = sourceFilePath(id, root);
  writeFileSync(path, ["---", ...lines, `lastChecked: "${today}"`, "---", ""].join("\n"));
  return path;
}

/** Removes these sources' files; a file already gone is fine. */
export function removeSourceFiles(ids: readonly string[], root = process.cwd()): void {
  for (const id of ids) rmSync(sourceFilePath(id, root), { force: true });
}

/**
 * A new project root whose content/sources/ holds these sources, for the loaders' tests: the lines every source
 * has (made from its id), then its own (YAML lines, e.g. "trusted: true\n"), checked on 1 March 2027.
 */
export function rootWithSources(common: (id: string) => string[], sources: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "stoke-sources-"));
  mkdirSync(join(root, "content", "sources"), { recursive: true });
  for (const [id, extra] of Object.entries(sources)) {
    writeSourceFile(id, [...common(id), ...extra.split("\n").filter(Boolean)], "2027-03-01", root);
  }
  return root;
}
