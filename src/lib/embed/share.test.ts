import { describe, expect, it } from "vitest";
import { sharingOf, type ShareableListing, type SourceTerms } from "../open-data/terms";
import { shareableItems } from "./share";

const SOURCES: Record<string, SourceTerms> = {
  "library-calendar": { licence: "ogl-3.0" },
  "leisure-openactive": { licence: "cc-by-4.0", attribution: "Data from Leisure Trust OpenActive" },
  "church-calendar": {},
};
const termsOf = (id: string) => SOURCES[id];
const own = (name: string, example = false) => ({ name, example });
const from = (name: string, source: string) => ({
  name,
  example: false,
  importedFrom: { source, name: `The ${source}` },
});
type Listing = ShareableListing & { name: string };

const list: Listing[] = [
  own("coffee morning"),
  own("example walk", true),
  from("story time", "library-calendar"),
  from("church lunch", "church-calendar"),
  from("swim", "leisure-openactive"),
  from("unknown", "gone-source"),
  own("choir"),
];
const names = (items: Listing[]) => items.map((item) => item.name);

describe("shareableItems", () => {
  it("leaves out examples, and imported listings whose source has not said they may be shared", () => {
    const { items } = shareableItems(list, (item) => sharingOf(item, termsOf), 12);
    expect(names(items)).toEqual(["coffee morning", "story time", "swim", "choir"]);
  });

  it("keeps examples when the list is the listings' owner's, as a group's own list is", () => {
    const { items } = shareableItems(list, (item) => sharingOf(item, termsOf, { examples: true }), 12);
    expect(names(items)).toContain("example walk");
    expect(names(items)).not.toContain("church lunch");
  });

  it("gives one credit for each set of terms, as each asks to be credited", () => {
    const { credits } = shareableItems(list, (item) => sharingOf(item, termsOf), 12);
    expect(credits.map((credit) => credit.text)).toEqual([
      "Contains information from Stoke Together, shared under the Open Government Licence v3.0.",
      "Contains information from The library-calendar, shared under the Open Government Licence v3.0.",
      "Data from Leisure Trust OpenActive",
    ]);
    expect(credits[2]!.licence.name).toBe("Creative Commons Attribution 4.0 International");
  });

  it("stops at the most a list holds, crediting only what it shows", () => {
    const { items, credits } = shareableItems(list, (item) => sharingOf(item, termsOf), 1);
    expect(names(items)).toEqual(["coffee morning"]);
    expect(credits).toHaveLength(1);
  });
});
