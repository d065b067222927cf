/**
 * Synthetic listings for the search benchmark, made the way the site makes its own: each is a listing of
 * the real content/ (every field, its description and, for an event, its dates and rule) under a new id,
 * at one of the synthetic places and run by one of the synthetic groups, with about one word in five of its
 * name and text swapped for another (the city's own words, or made-up names, drawn so that a few are
 * common and most rare, as in real text), and an event moved by a few weeks and an hour. The real build
 * (`buildSearchData`) turns them into records and the real writer (`toSearchFiles`) into the files a
 * phone downloads, so the benchmark measures what the site would ship for that many listings.
 */
import type { Entry } from "../src/lib/content/references";
import type { Event } from "../src/lib/domain/event";
import type { Group } from "../src/lib/domain/group";
import type { Place } from "../src/lib/domain/place";
import type { Service } from "../src/lib/domain/service";
import { buildSearchData, type SearchContent } from "../src/lib/search/build-records";
import { toSearchFiles } from "../src/lib/search/search-file";
import { addDays } from "../src/lib/time/local";

const SYLLABLES = (
  "ab ac ad al am an ar as at ba be bi bo ca ce ch co da de di do el em en er es fa fe fi fo ga ge go ha he ho " +
  "in is ka la le li lo ma me mi mo na ne ni no or pa pe pi po ra re ri ro sa se si so ta te ti to un ur va ve wa"
).split(" ");

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

const WORD = /[A-Za-z]{4,}/g;

/** Every word of four letters or more in the real content's text, each once. */
function contentWords(content: SearchContent): string[] {
  const words = new Set<string>();
  const add = (text: string | undefined) => {
    for (const word of text?.match(WORD) ?? []) words.add(word.toLowerCase());
  };
  for (const entry of [...content.events, ...content.groups, ...content.places, ...content.services]) {
    add(entry.body);
    add(JSON.stringify(entry.data));
  }
  return [...words];
}

/** Synthetic content of `count` listings, in the real content's proportions of events, groups, places and services. */
export function syntheticContent(content: SearchContent, count: number, seed = 1): SearchContent {
  const next = random(seed);
  const real = contentWords(content);
  // The city's own words first, then made-up names: more listings bring more names, as real listings do.
  const madeUp = Array.from({ length: count * 2 }, () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(""),
  );
  const lexicon = [...real, ...madeUp];
  // Log-uniform ranks: a few words are used often, most seldom (Zipf's law).
  const anyWord = () => lexicon[Math.floor(Math.pow(lexicon.length, next())) - 1]!;
  const vary = (text: string | undefined, share = 0.2): string | undefined =>
    text?.replace(WORD, (word) => {
      if (next() >= share) return word;
      const other = anyWord();
      return word[0] === word[0]!.toUpperCase() ? other[0]!.toUpperCase() + other.slice(1) : other;
    });
  const total = content.events.length + content.groups.length + content.places.length + content.services.length;
  const share = (n: number) => Math.max(1, Math.round((count * n) / total));
  const placeCount = share(content.places.length);
  const groupCount = share(content.groups.length);
  const serviceCount = share(content.services.length);
  const eventCount = Math.max(0, count - placeCount - groupCount - serviceCount);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

  const places = Array.from({ length: placeCount }, (_, i): Entry<Place> => {
    const { id, data, body } = content.places[i % content.places.length]!;
    const geo = data.geo && { lat: data.geo.lat + (next() - 0.5) * 0.02, lng: data.geo.lng + (next() - 0.5) * 0.02 };
    return {
      id: `${id}-${i}`,
      data: { ...data, name: vary(data.name, 0.3)!, summary: vary(data.summary)!, address: vary(data.address), geo },
      body: vary(body),
    };
  });
  const groups = Array.from({ length: groupCount }, (_, i): Entry<Group> => {
    const { id, data, body } = content.groups[i % content.groups.length]!;
    const meetings = vary(data.regularMeetings);
    return {
      id: `${id}-${i}`,
      data: { ...data, name: vary(data.name, 0.3)!, summary: vary(data.summary)!, regularMeetings: meetings },
      body: vary(body),
    };
  });
  const services = Array.from({ length: serviceCount }, (_, i): Entry<Service> => {
    const { id, data, body } = content.services[i % content.services.length]!;
    return {
      id: `${id}-${i}`,
      data: {
        ...data,
        name: vary(data.name, 0.3)!,
        summary: vary(data.summary)!,
        eligibility_description: vary(data.eligibility_description),
        how_to_access: vary(data.how_to_access),
        service_at_location: data.service_at_location.map((at) => ({ ...at, place: pick(places).id })),
      },
      body: vary(body),
    };
  });
  const events = Array.from({ length: eventCount }, (_, i): Entry<Event> => {
    const { id, data, body } = content.events[i % content.events.length]!;
    const weeks = Math.floor(next() * 8);
    const hour = Math.floor(next() * 3) - 1;
    const move = (at: string) => {
      const time = Math.min(23, Math.max(0, Number(at.slice(11, 13)) + (data.allDay ? 0 : hour)));
      return `${addDays(at.slice(0, 10), weeks * 7)}T${String(time).padStart(2, "0")}${at.slice(13)}`;
    };
    const expect = data.whatToExpect;
    return {
      id: `${id}-${i}`,
      data: {
        ...data,
        title: vary(data.title, 0.3)!,
        summary: vary(data.summary)!,
        startDate: move(data.startDate),
        endDate: move(data.endDate),
        ...("place" in data && data.place ? { place: pick(places).id } : {}),
        organizer: pick(groups).id,
        accessibilityNotes: vary(data.accessibilityNotes),
        whatToExpect: {
          ...expect,
          meetingPoint: vary(expect.meetingPoint),
          whoGreetsYou: vary(expect.whoGreetsYou),
          whatToBring: vary(expect.whatToBring),
          attendeeInstructions: vary(expect.attendeeInstructions),
        },
      } as Event,
      body: vary(body),
    };
  });
  return { events, groups, places, services, towns: content.towns, wards: content.wards };
}

/** The two files the site would ship for `count` synthetic listings, as JSON text. */
export function syntheticJson(content: SearchContent, count: number, now: Date): { first: string; details: string } {
  const files = toSearchFiles(buildSearchData(syntheticContent(content, count), now));
  return { first: JSON.stringify(files.first), details: JSON.stringify(files.details) };
}
