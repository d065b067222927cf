import { describe, expect, it } from "vitest";
import { countWards, sortWards, wardsCsv, type CountedOccurrence, type Gap } from "./fairness";

const wards = [
  { id: "meir-south", name: "Meir South" },
  { id: "burslem-central", name: "Burslem Central" },
  { id: "tunstall", name: "Tunstall" },
];
const date = (ward: string | undefined, facts: Partial<CountedOccurrence> = {}): CountedOccurrence => ({
  ward,
  example: false,
  cancelled: false,
  free: false,
  beforeDark: false,
  buddyUp: false,
  audiences: [],
  ...facts,
});

describe("each ward's fair share", () => {
  const fairness = countWards({
    wards,
    occurrences: [
      date("burslem-central", { free: true, audiences: ["families"], beforeDark: true }),
      date("burslem-central", { buddyUp: true }),
      date("tunstall", { free: true, audiences: ["older-people"] }),
      date("tunstall", { example: true, free: true, audiences: ["families"] }),
      date("meir-south", { cancelled: true, free: true }),
      date(undefined, { free: true }),
      date("nowhere", {}),
    ],
    regularEvents: [
      { group: "walkers", ward: "burslem-central" },
      { group: "walkers", ward: "burslem-central" },
      { group: "knitters", ward: "burslem-central" },
      { group: "choir", ward: undefined },
    ],
    services: [{ wards: ["tunstall", "burslem-central"] }, { wards: [] }, { wards: ["tunstall", "tunstall"] }],
    greenSpaces: [{ ward: "tunstall" }, { ward: undefined }],
  });
  const counts = (id: string) => fairness.wards.find((ward) => ward.id === id)!.counts;

  it("counts each ward's event dates, never an example or a cancelled one", () => {
    expect(counts("burslem-central")).toMatchObject({ events: 2, free: 1, beforeDark: 1, buddyUp: 1 });
    expect(counts("tunstall")).toMatchObject({ events: 1, free: 1 });
    expect(counts("meir-south")).toMatchObject({ events: 0, free: 0 });
  });

  it("counts groups once however many of their events repeat in a ward, and services once in each of their wards", () => {
    expect(counts("burslem-central")).toMatchObject({ groups: 2, services: 1 });
    expect(counts("tunstall")).toMatchObject({ groups: 0, services: 2, greenSpaces: 1 });
  });

  it("counts what is at a place with no known ward apart, so nothing is dropped", () => {
    expect(fairness.unknownWard).toMatchObject({ events: 2, free: 1, groups: 1, services: 1, greenSpaces: 1 });
  });

  it("names each gap with the wards that have it", () => {
    const gap = (kind: Gap["kind"], audience?: Gap["audience"]) =>
      fairness.gaps.find((each) => each.kind === kind && each.audience === audience)?.wards;
    expect(gap("events")).toEqual(["Meir South"]);
    expect(gap("free")).toEqual(["Meir South"]);
    expect(gap("freeFor", "families")).toEqual(["Meir South", "Tunstall"]);
    expect(gap("freeFor", "older-people")).toEqual(["Meir South", "Burslem Central"]);
    expect(gap("freeFor", "young-people")).toEqual(["Meir South", "Burslem Central", "Tunstall"]);
    expect(gap("buddyUp")).toEqual(["Meir South", "Tunstall"]);
  });

  it("sorts by any measure, most first, and by name", () => {
    expect(sortWards(fairness.wards, "services").map((ward) => ward.id)).toEqual([
      "tunstall",
      "burslem-central",
      "meir-south",
    ]);
    expect(sortWards(fairness.wards, "name").map((ward) => ward.name)).toEqual([
      "Burslem Central",
      "Meir South",
      "Tunstall",
    ]);
  });

  it("writes the table as CSV, with the wards' codes, and the places with no known ward last", () => {
    const csv = wardsCsv(fairness, new Map([["tunstall", "E05014587"]]), 30);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      "ward_code,ward,event_dates_next_30_days,free_event_dates_next_30_days,finishing_before_dark_next_30_days," +
        "with_buddy_up_next_30_days,regular_groups,services,green_spaces",
    );
    expect(lines[3]).toBe("E05014587,Tunstall,1,1,0,0,0,2,1");
    expect(lines.at(-1)).toBe(",Places with no known ward,2,1,0,0,1,1,1");
  });
});
