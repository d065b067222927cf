import { describe, expect, it } from "vitest";
import { SourceSchema } from "../domain";
import { content } from "../../../tests/support/content";
import { findBrokenReferences } from "./references";

const source = SourceSchema.parse({
  name: "A calendar",
  url: "https://calendar.example.org/feed.ics",
  group: "tunstall-neighbors",
  place: "tunstall-libary",
  categories: ["learning-skills"],
  free: true,
  lastChecked: "2026-12-04",
});

describe("references from sources", () => {
  it("names a source's group or place that does not exist, with the file and the field", () => {
    const withSource = { ...content, sources: [{ id: "typo", data: source, filePath: "content/sources/typo.md" }] };
    expect(findBrokenReferences(withSource)).toEqual([
      "content/sources/typo.md: `group` names `tunstall-neighbors`, which does not exist. Groups are listed in content/groups/.",
      "content/sources/typo.md: `place` names `tunstall-libary`, which does not exist. Places are listed in content/places/.",
    ]);
  });

  it("accepts a source whose group and place are listed", () => {
    const fixed = { ...source, group: "tunstall-neighbours", place: "tunstall-library" };
    expect(findBrokenReferences({ ...content, sources: [{ id: "ok", data: fixed }] })).toEqual([]);
  });
});
