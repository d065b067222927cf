/**
 * Sources a moderator added from the console: kept in the imports store (one object each, written once),
 * read with the files in content/sources/ wherever sources are read (the hourly import, source health, the
 * build). A file in content/sources/ with the same id wins, so a moderator can move a source into content.
 */
import { z } from "zod";
import { SlugSchema } from "../domain/common";
import { SourceSchema, type Source } from "../domain/source";
import { slugWords } from "./text";

/** A source added from the console, as stored. */
export const AddedSourceSchema = z.strictObject({
  id: SlugSchema,
  data: SourceSchema,
  addedBy: z.string().min(1).max(80),
  addedAt: z.iso.datetime({ offset: true }),
});
/** A source added from the console. */
export type AddedSource = z.output<typeof AddedSourceSchema>;

/** The sources in content/sources/ and those added from the console, files first, one per id. */
export function withAddedSources(
  files: readonly { id: string; data: Source }[],
  added: readonly AddedSource[],
): { id: string; data: Source; added?: { by: string; at: string } }[] {
  const ids = new Set(files.map((file) => file.id));
  return [
    ...files,
    ...added
      .filter((source) => !ids.has(source.id))
      .map((source) => ({ id: source.id, data: source.data, added: { by: source.addedBy, at: source.addedAt } })),
  ];
}

/**
 * A source's id from its name: lower-case words joined by hyphens.
 * @example sourceIdFor("Tunstall Library's own calendar") // "tunstall-librarys-own-calendar"
 */
export function sourceIdFor(name: string): string {
  return slugWords(name) || "source";
}
