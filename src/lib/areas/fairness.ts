/**
 * Each ward's fair share: how much is on and available in each of the city's 34 wards, counted from the same
 * listings the pages show, so that groups, funders and the council can see which wards have least. Example
 * listings never count. A listing counts in a ward when its place's ward is known (from a source); listings at
 * places with no known ward are counted apart, so nothing is quietly dropped.
 */
import type { Audience } from "../domain/vocab";

/** What is counted in each ward, in the order the table shows it, with its heading. */
export const MEASURES = {
  events: "Event dates",
  free: "Free event dates",
  beforeDark: "Finishing before dark",
  buddyUp: "With buddy-up",
  groups: "Regular groups",
  services: "Services",
  greenSpaces: "Green spaces",
} as const;
/** One of MEASURES. */
export type Measure = keyof typeof MEASURES;
/** Every measure, in the table's order. */
export const MEASURE_KEYS = Object.keys(MEASURES) as Measure[];

/** The audiences whose gaps are named: those the strategy speaks of most. */
export const GAP_AUDIENCES = ["families", "young-people", "older-people"] as const satisfies readonly Audience[];
/** One of GAP_AUDIENCES. */
export type GapAudience = (typeof GAP_AUDIENCES)[number];

/** An event date, as the count reads it. */
export interface CountedOccurrence {
  ward?: string | undefined;
  example: boolean;
  cancelled: boolean;
  free: boolean;
  beforeDark: boolean;
  buddyUp: boolean;
  audiences: readonly Audience[];
}

/** What the count reads: the wards, the event dates in the span, and what runs where. */
export interface FairnessInput {
  wards: readonly { id: string; name: string }[];
  occurrences: readonly CountedOccurrence[];
  /** Each repeating event (not an example): its group and its place's ward. */
  regularEvents: readonly { group: string; ward?: string | undefined }[];
  /** Each service (not an example): the wards of its places. */
  services: readonly { wards: readonly string[] }[];
  /** Each green space: its ward. */
  greenSpaces: readonly { ward?: string | undefined }[];
}

/** One ward's counts. */
export interface WardCounts {
  id: string;
  name: string;
  counts: Record<Measure, number>;
}

/**
 * A gap: what no event in these wards offers in the span. Each language says it in its own words
 * (the catalogues' `areas.wards.gap`): no events at all, none free, none free for an audience, none finishing
 * before dark, none with buddy-up.
 */
export interface Gap {
  kind: "events" | "free" | "freeFor" | "beforeDark" | "buddyUp";
  /** Whom the free events are missing for, when `kind` is "freeFor". */
  audience?: GapAudience | undefined;
  /** The wards' names. */
  wards: string[];
}

/** The counts: each ward's, and those at places with no known ward. */
export interface Fairness {
  wards: WardCounts[];
  unknownWard: Record<Measure, number>;
  gaps: Gap[];
}

const zero = (): Record<Measure, number> =>
  Object.fromEntries(MEASURE_KEYS.map((measure) => [measure, 0])) as Record<Measure, number>;

/**
 * Counts each ward's listings and names its gaps.
 * @example countWards(input).wards.find((ward) => ward.id === "meir-south")?.counts.free // 0
 */
export function countWards(input: FairnessInput): Fairness {
  const byId = new Map(input.wards.map((ward) => [ward.id, { ...ward, counts: zero() }]));
  const unknownWard = zero();
  const countsOf = (ward: string | undefined) =>
    (ward === undefined ? undefined : byId.get(ward)?.counts) ?? unknownWard;
  const dates = input.occurrences.filter((occurrence) => !occurrence.example && !occurrence.cancelled);
  for (const occurrence of dates) {
    const counts = countsOf(occurrence.ward);
    counts.events += 1;
    if (occurrence.free) counts.free += 1;
    if (occurrence.beforeDark) counts.beforeDark += 1;
    if (occurrence.buddyUp) counts.buddyUp += 1;
  }
  const groups = new Map<string, Set<string>>();
  for (const { group, ward } of input.regularEvents) {
    const key = ward !== undefined && byId.has(ward) ? ward : "";
    groups.set(key, (groups.get(key) ?? new Set()).add(group));
  }
  for (const [ward, ids] of groups) countsOf(ward || undefined).groups = ids.size;
  for (const service of input.services) {
    const known = [...new Set(service.wards)].filter((ward) => byId.has(ward));
    if (known.length === 0) unknownWard.services += 1;
    for (const ward of known) byId.get(ward)!.counts.services += 1;
  }
  for (const space of input.greenSpaces) countsOf(space.ward).greenSpaces += 1;

  const wards = [...byId.values()];
  const missing = (lack: Pick<Gap, "kind" | "audience">, offers: (occurrence: CountedOccurrence) => boolean): Gap => {
    const served = new Set(dates.filter(offers).map((occurrence) => occurrence.ward));
    return { ...lack, wards: wards.filter((ward) => !served.has(ward.id)).map((ward) => ward.name) };
  };
  const gaps = [
    missing({ kind: "events" }, () => true),
    missing({ kind: "free" }, (occurrence) => occurrence.free),
    ...GAP_AUDIENCES.map((audience) =>
      missing(
        { kind: "freeFor", audience },
        (occurrence) => occurrence.free && occurrence.audiences.includes(audience),
      ),
    ),
    missing({ kind: "beforeDark" }, (occurrence) => occurrence.beforeDark),
    missing({ kind: "buddyUp" }, (occurrence) => occurrence.buddyUp),
  ].filter((gap) => gap.wards.length > 0);
  return { wards, unknownWard, gaps };
}

/**
 * The wards sorted by a measure, most first (then by name), or by name.
 * @example sortWards(fairness.wards, "free")[0].name // the ward with the most free event dates
 */
export function sortWards(wards: readonly WardCounts[], by: Measure | "name"): WardCounts[] {
  const byName = (a: WardCounts, b: WardCounts) => a.name.localeCompare(b.name, "en-GB");
  return [...wards].sort(by === "name" ? byName : (a, b) => b.counts[by] - a.counts[by] || byName(a, b));
}

/**
 * The counts as CSV (RFC 4180), a row per ward then one for places with no known ward, with the span they count.
 * @example wardsCsv(fairness, 30).split("\r\n")[0] // "ward_code,ward,event_dates_next_30_days,…"
 */
export function wardsCsv(fairness: Fairness, codes: ReadonlyMap<string, string>, days: number): string {
  const quote = (value: string | number) =>
    typeof value === "number" || !/[",\r\n]/.test(value) ? String(value) : `"${value.replace(/"/g, '""')}"`;
  const header = [
    "ward_code",
    "ward",
    ...MEASURE_KEYS.map(
      (measure) =>
        `${MEASURES[measure].toLowerCase().replace(/[^a-z]+/g, "_")}${["groups", "services", "greenSpaces"].includes(measure) ? "" : `_next_${days}_days`}`,
    ),
  ];
  const rows = sortWards(fairness.wards, "name").map((ward) => [
    codes.get(ward.id) ?? "",
    ward.name,
    ...MEASURE_KEYS.map((measure) => ward.counts[measure]),
  ]);
  rows.push(["", "Places with no known ward", ...MEASURE_KEYS.map((measure) => fairness.unknownWard[measure])]);
  return `${[header, ...rows].map((row) => row.map(quote).join(",")).join("\r\n")}\r\n`;
}
