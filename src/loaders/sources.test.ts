import { describe, expect, it } from "vitest";
import { SourceSchema } from "../lib/domain/source";
import type { AddedSource } from "../lib/import/added-sources";
import { addedSourceEntries } from "./sources";

const added = (id: string, fields: Record<string, unknown>): AddedSource => ({
  id,
  addedBy: "sam",
  addedAt: "2027-03-01T09:00:00.000Z",
  data: SourceSchema.parse({
    name: `${id} calendar`,
    url: `https://example.org/${id}.ics`,
    categories: ["learning-skills"],
    free: true,
    lastChecked: "2027-03-01",
    ...fields,
  }),
});

describe("sources added in the console, for the sources collection", () => {
  it("joins the files, a file with the same id winning, and names what content/ does not list", () => {
    const entries = addedSourceEntries(
      [
        added("library", { group: "tunstall-neighbours", place: "tunstall-library" }),
        added("in-a-file", { group: "tunstall-neighbours" }),
        added("gone-group", { group: "no-such-group", place: "no-such-place" }),
        added("directory", { kind: "oruk" }),
      ],
      "content",
      new Set(["in-a-file"]),
    );
    expect(entries.map(({ id, missing }) => ({ id, missing }))).toEqual([
      { id: "library", missing: [] },
      { id: "gone-group", missing: ['place "no-such-place"', 'group "no-such-group"'] },
      { id: "directory", missing: [] },
    ]);
    expect(SourceSchema.parse(entries[0]!.fields)).toEqual(entries[0]!.fields);
    expect(entries[0]!.label).toBe('The source "library calendar" added in the console by sam');
  });
});
