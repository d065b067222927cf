import { describe, expect, it } from "vitest";
import { SourceSchema } from "./source";

const valid = {
  name: "Tunstall Library's own calendar",
  url: "webcal://calendar.example.org/tunstall-library.ics",
  group: "tunstall-neighbours",
  place: "tunstall-library",
  categories: ["learning-skills"],
  free: true,
  lastChecked: "2026-12-04",
};
const problems = (data: object) =>
  (SourceSchema.safeParse(data).error?.issues ?? []).map((issue) => `${issue.path.join(".")}: ${issue.message}`);

describe("a source file", () => {
  it("reads a calendar address copied as webcal:// as https, with the defaults filled in", () => {
    expect(SourceSchema.parse(valid)).toMatchObject({
      url: "https://calendar.example.org/tunstall-library.ics",
      location: "feed",
      audiences: ["everyone"],
      trusted: false,
      paused: false,
      example: false,
    });
  });

  it("refuses an address inside the platform or with a password, naming the field", () => {
    expect(problems({ ...valid, url: "http://127.0.0.1:8080/feed.ics" })[0]).toMatch(/^url: /);
    expect(problems({ ...valid, url: "https://user:secret@calendar.example.org/feed.ics" })[0]).toMatch(/^url: /);
    expect(problems({ ...valid, url: "ftp://calendar.example.org/feed.ics" })[0]).toMatch(/^url: /);
  });

  it("needs a group for events, a place for default-place, and a price unless free", () => {
    const { group: _group, place: _place, ...bare } = valid;
    expect(problems(bare)).toEqual(["group: say whose events these are: the group's id (content/groups/)"]);
    expect(problems({ ...bare, kind: "oruk" })).toEqual([]);
    expect(problems({ ...valid, place: undefined, location: "default-place" })).toEqual([
      "place: with location: default-place, give the place's id (content/places/)",
    ]);
    expect(problems({ ...valid, free: false })).toEqual([
      "price: say what its events cost in price (e.g. 'Prices on the organiser's page'), or set free: true",
    ]);
    expect(problems({ ...valid, price: "£3" })).toEqual([
      "price: a free source has no price: remove price, or set free: false",
    ]);
  });

  it("names an unknown kind or location strategy with what is allowed", () => {
    expect(problems({ ...valid, kind: "rss" })[0]).toBe(
      "kind: must be one of the source kinds: ical, jsonld, oruk, rpde",
    );
    expect(problems({ ...valid, location: "somewhere" })[0]).toBe(
      "location: must be one of the location strategies: feed, default-place, online",
    );
  });
});
