import { describe, expect, it } from "vitest";
import {
  DEFAULT_OPTIONS,
  embedDataPath,
  embedFromPath,
  embedPagePath,
  embedQuery,
  followedPagePath,
  MAX_COUNT,
  readEmbedOptions,
  suggestedHeight,
} from "./options";

const fromQuery = (query: string) => {
  const params = new URLSearchParams(query);
  return readEmbedOptions((name) => params.get(name));
};

describe("readEmbedOptions", () => {
  it("gives the next 8, full, in the reader's colour scheme and English when a site chooses nothing", () => {
    expect(fromQuery("")).toEqual({ count: 8, layout: "full", theme: "auto", lang: "en" });
    expect(DEFAULT_OPTIONS).toEqual(fromQuery(""));
  });

  it("reads what a site chose, whatever its case", () => {
    expect(fromQuery("count=5&layout=COMPACT&theme=dark&lang=en-GB")).toEqual({
      count: 5,
      layout: "compact",
      theme: "dark",
      lang: "en",
    });
  });

  it("keeps a count between 1 and the most a list holds, so a list on another site always draws", () => {
    expect(fromQuery("count=0").count).toBe(1);
    expect(fromQuery("count=-3").count).toBe(1);
    expect(fromQuery("count=99").count).toBe(MAX_COUNT);
    expect(fromQuery("count=ten").count).toBe(8);
  });

  it("falls back to the default for a layout, theme or language it does not know", () => {
    expect(fromQuery("layout=grid&theme=blue&lang=fr")).toEqual(DEFAULT_OPTIONS);
  });

  it("reads a script tag's data- attributes the same way", () => {
    const attributes: Record<string, string> = { "data-count": "3", "data-layout": "compact" };
    expect(readEmbedOptions((name) => attributes[`data-${name}`])).toMatchObject({ count: 3, layout: "compact" });
  });
});

describe("embedQuery", () => {
  it("writes only the choices that differ from the defaults", () => {
    expect(embedQuery(DEFAULT_OPTIONS)).toBe("");
    expect(embedQuery({ ...DEFAULT_OPTIONS, count: 4, layout: "compact" })).toBe("?count=4&layout=compact");
    expect(fromQuery(embedQuery({ ...DEFAULT_OPTIONS, count: 4, theme: "light" }).slice(1))).toEqual({
      ...DEFAULT_OPTIONS,
      count: 4,
      theme: "light",
    });
  });
});

describe("the lists' addresses", () => {
  it("name a list's page, its data and what it follows on the site", () => {
    expect(embedPagePath("group", "hanley-health-walks")).toBe("/embed/group/hanley-health-walks/");
    expect(embedDataPath("place", "hanley-park")).toBe("/embed/data/place/hanley-park.json");
    expect(followedPagePath("group", "hanley-health-walks")).toBe("/groups/hanley-health-walks/");
    expect(followedPagePath("place", "hanley-park")).toBe("/places/hanley-park/");
    expect(followedPagePath("town", "burslem")).toBe("/events/town/burslem/");
  });

  it("are read back from a page's path, with or without its last slash", () => {
    expect(embedFromPath("/embed/town/burslem/")).toEqual({ kind: "town", id: "burslem" });
    expect(embedFromPath("/embed/group/hanley-health-walks")).toEqual({ kind: "group", id: "hanley-health-walks" });
  });

  it("name no file outside the lists: other kinds, dots, slashes and capitals are no list", () => {
    for (const path of [
      "/embed/service/x/",
      "/embed/group/../../netlify.toml",
      "/embed/group/a/b/",
      "/embed/group/Hanley/",
      "/embed/group/",
      "/embed/data/group/x.json",
      "/groups/hanley-health-walks/embed/",
    ]) {
      expect(embedFromPath(path), path).toBeUndefined();
    }
  });
});

describe("suggestedHeight", () => {
  it("grows with the events shown, and less for the compact layout", () => {
    expect(suggestedHeight({ count: 8, layout: "full" })).toBe(890);
    expect(suggestedHeight({ count: 4, layout: "compact" })).toBeLessThan(
      suggestedHeight({ count: 4, layout: "full" }),
    );
  });
});
