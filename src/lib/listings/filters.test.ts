import { describe, expect, it } from "vitest";
import { matchesFilter, type Filterable } from "./filters";

const coffee: Filterable = {
  town: "tunstall",
  categories: ["social-meetups"],
  audiences: ["older-people"],
  free: true,
  beforeDark: true,
  accessibility: ["step-free", "seating"],
  buddyUp: false,
};

describe("matchesFilter", () => {
  it("keeps everything with an empty filter", () => {
    expect(matchesFilter(coffee, {})).toBe(true);
  });
  it("narrows by town and category", () => {
    expect(matchesFilter(coffee, { town: "tunstall", category: "social-meetups" })).toBe(true);
    expect(matchesFilter(coffee, { town: "hanley" })).toBe(false);
    expect(matchesFilter(coffee, { category: "music-performance" })).toBe(false);
  });
  it("treats an event for everyone as matching any audience", () => {
    expect(matchesFilter({ ...coffee, audiences: ["everyone"] }, { audience: "families" })).toBe(true);
    expect(matchesFilter(coffee, { audience: "families" })).toBe(false);
  });
  it("keeps only free and before-dark items when asked", () => {
    expect(matchesFilter({ ...coffee, free: false }, { free: true })).toBe(false);
    expect(matchesFilter({ ...coffee, beforeDark: false }, { beforeDark: true })).toBe(false);
    expect(matchesFilter({ ...coffee, free: false }, { free: false })).toBe(true);
  });
  it("needs every accessibility feature asked for", () => {
    expect(matchesFilter(coffee, { accessibility: ["step-free"] })).toBe(true);
    expect(matchesFilter(coffee, { accessibility: ["step-free", "hearing-loop"] })).toBe(false);
  });
  it("keeps only buddy-up events when asked", () => {
    expect(matchesFilter(coffee, { buddyUp: true })).toBe(false);
    expect(matchesFilter({ ...coffee, buddyUp: true }, { buddyUp: true })).toBe(true);
  });
  it("narrows by ward", () => {
    expect(matchesFilter({ ...coffee, ward: "tunstall" }, { ward: "tunstall" })).toBe(true);
    expect(matchesFilter({ ...coffee, ward: "tunstall" }, { ward: "burslem-park" })).toBe(false);
    expect(matchesFilter(coffee, { ward: "tunstall" })).toBe(false);
  });
  it("matches a listing in several towns or wards by any of them", () => {
    const group: Filterable = { ...coffee, town: undefined, towns: ["burslem", "hanley"], wards: ["moorcroft"] };
    expect(matchesFilter(group, { town: "hanley" })).toBe(true);
    expect(matchesFilter(group, { town: "burslem" })).toBe(true);
    expect(matchesFilter(group, { town: "longton" })).toBe(false);
    expect(matchesFilter(group, { ward: "moorcroft" })).toBe(true);
    expect(matchesFilter(group, { ward: "sneyd-green" })).toBe(false);
  });
});
