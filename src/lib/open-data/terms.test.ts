import { describe, expect, it } from "vitest";
import { SourceSchema } from "../domain/source";
import { sharingOf, type SourceTerms } from "./terms";

const SOURCES: Record<string, SourceTerms> = {
  "library-calendar": { licence: "ogl-3.0" },
  "leisure-openactive": { licence: "cc-by-4.0", attribution: "Data from Leisure Trust OpenActive" },
  "church-calendar": {},
};
const termsOf = (id: string) => SOURCES[id];
const imported = (source: string) => ({ example: false, importedFrom: { source, name: `The ${source}` } });

describe("sharingOf", () => {
  it("shares the site's own listings under the Open Government Licence, credited to the site", () => {
    const sharing = sharingOf({ example: false }, termsOf);
    expect(sharing).toEqual({
      shared: true,
      terms: {
        licence: {
          id: "ogl-3.0",
          name: "Open Government Licence v3.0",
          url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
        },
        attribution: expect.stringContaining("Stoke Together"),
      },
    });
  });

  it("shares an imported listing under its source's licence, credited as the source asks or by name", () => {
    const asked = sharingOf(imported("leisure-openactive"), termsOf);
    expect(asked).toMatchObject({
      shared: true,
      terms: {
        licence: { id: "cc-by-4.0" },
        attribution: "Data from Leisure Trust OpenActive",
        source: { id: "leisure-openactive", name: "The leisure-openactive" },
      },
    });
    const named = sharingOf(imported("library-calendar"), termsOf);
    expect(named).toMatchObject({
      shared: true,
      terms: {
        attribution: "Contains information from The library-calendar, shared under the Open Government Licence v3.0.",
      },
    });
  });

  it("leaves out a listing whose source names no licence, or that no source explains", () => {
    expect(sharingOf(imported("church-calendar"), termsOf)).toEqual({ shared: false, because: "source-not-shared" });
    expect(sharingOf(imported("gone"), termsOf)).toEqual({ shared: false, because: "source-unknown" });
  });

  it("leaves out illustrative listings unless a reader asks for them", () => {
    expect(sharingOf({ example: true }, termsOf)).toEqual({ shared: false, because: "example" });
    expect(sharingOf({ example: true }, termsOf, { examples: true })).toMatchObject({ shared: true });
    expect(sharingOf({ ...imported("church-calendar"), example: true }, termsOf, { examples: true })).toEqual({
      shared: false,
      because: "source-not-shared",
    });
  });
});

describe("a source's licence", () => {
  const base = {
    name: "A calendar",
    url: "https://example.org/cal.ics",
    group: "a-group",
    categories: ["arts-crafts"],
    free: true,
    lastChecked: "2026-12-01",
  };

  it("is one the site knows, named in the error otherwise", () => {
    expect(SourceSchema.safeParse({ ...base, licence: "ogl-3.0" }).success).toBe(true);
    const wrong = SourceSchema.safeParse({ ...base, licence: "gpl" });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(["licence"]);
    expect(wrong.error?.issues[0]?.message).toMatch(/ogl-3\.0/);
  });

  it("comes before a credit: an attribution without a licence is refused, naming the field", () => {
    const result = SourceSchema.safeParse({ ...base, attribution: "Thanks to the library" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["attribution"]]);
  });
});
