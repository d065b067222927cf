/**
 * Synthetic listings for the search benchmark, shaped as build-records makes them (short fields, the
 * venue as keywords, the longer fields' other words once each), deterministic for a seed.
 */
import type { SearchRecord } from "../src/lib/search/record";
import { RECORD_TYPES } from "../src/lib/search/record";
import { TOWNS, CATEGORIES, AUDIENCES } from "../src/lib/domain/vocab";

const WORDS = (
  "coffee morning walk park library community centre chair yoga pottery painting heritage canal nature reserve " +
  "food pantry support advice money digital help drop in choir music dance youth club families older people carers " +
  "stay and play craft knit natter repair cafe garden growing allotment litter pick volunteers lantern festival " +
  "museum history talk tea social friendship welcome circle language english conversation bingo cycling football " +
  "swimming fitness wellbeing health mental sewing reading group book quiz singing theatre cinema film"
).split(" ");
const PLACES = [
  "Hanley",
  "Burslem",
  "Tunstall",
  "Stoke",
  "Fenton",
  "Longton",
  "Meir",
  "Bentilee",
  "Shelton",
  "Etruria",
];

const SYLLABLES = (
  "ab ac ad al am an ar as at ba be bi bo ca ce ch co da de di do el em en er es fa fe fi fo ga ge go ha he ho " +
  "in is ka la le li lo ma me mi mo na ne ni no or pa pe pi po ra re ri ro sa se si so ta te ti to un ur va ve wa"
).split(" ");

/**
 * The words of the longer fields (description, what to expect) are many more than those of titles: a
 * vocabulary of 3,000 made-up words, each record using some far more often than others, as text does.
 */
function longFieldWords(seed: number): string[] {
  const next = random(seed);
  const words = new Set<string>();
  while (words.size < 3000)
    words.add(
      Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(
        "",
      ),
    );
  return [...words];
}

/** A small, fast, seeded random number generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` synthetic records, a mix of events, groups, places and services, with dates for events. */
export function syntheticRecords(count: number, seed = 1): SearchRecord[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const vocabulary = longFieldWords(seed + 1);
  // About 30 distinct words per record, as the real content's longer fields give.
  const text = () =>
    [...new Set(Array.from({ length: 32 }, () => vocabulary[Math.floor(next() ** 2 * vocabulary.length)]!))].join(" ");
  return Array.from({ length: count }, (_, i) => {
    const type = pick(RECORD_TYPES);
    const town = pick(TOWNS);
    const title = `${pick(PLACES)} ${words(2 + Math.floor(next() * 3))}`;
    const day = 1 + Math.floor(next() * 28);
    const start = `2026-12-${String(day).padStart(2, "0")}T${String(9 + Math.floor(next() * 10)).padStart(2, "0")}:00`;
    return {
      type,
      id: `synthetic-${i}`,
      url: `/${type}s/synthetic-${i}/`,
      title: title.replace(/^./, (c) => c.toUpperCase()),
      summary: words(14),
      keywords: `${pick(PLACES)} community centre`,
      text: text(),
      where: `${pick(PLACES)} community centre`,
      towns: [town],
      wards: [],
      geo: next() > 0.1 ? { lat: 52.95 + next() * 0.14, lng: -2.25 + next() * 0.16 } : undefined,
      categories: [pick(CATEGORIES)],
      audiences: [pick(AUDIENCES)],
      free: next() > 0.5,
      cost: "Free",
      accessibility: [],
      buddyUp: next() > 0.8,
      occurrences:
        type === "event"
          ? [
              {
                start,
                end: start.replace(/T(\d\d)/, (_, h: string) => `T${String(Number(h) + 2).padStart(2, "0")}`),
                beforeDark: next() > 0.5,
              },
            ]
          : undefined,
    };
  });
}
