/**
 * The embeddable lists of upcoming events (/embed/): which lists there are, their addresses, and the options
 * a site that shows one can choose. The same names are read from the iframe's address (`?count=5`) and from
 * the script tag's attributes (`data-count="5"`), so the two forms cannot drift apart.
 */

/** What a list follows: a group's events, a place's, or a town's. */
export const EMBED_KINDS = ["group", "place", "town"] as const;
/** What a list follows. */
export type EmbedKind = (typeof EMBED_KINDS)[number];

/** How many events a list shows when the site does not say. */
export const DEFAULT_COUNT = 8;
/** The most events a list can show: each built list holds this many, and a site chooses how many to show. */
export const MAX_COUNT = 12;

/** `full`: each event on a few lines with its details; `compact`: each on two short lines, for a sidebar. */
export const EMBED_LAYOUTS = ["full", "compact"] as const;
/** `auto` follows the colour scheme the reader prefers; `light` and `dark` fix one. */
export const EMBED_THEMES = ["auto", "light", "dark"] as const;
/**
 * The interface languages a list can be shown in. There is one today; a language added here needs its
 * words in `messages.ts`, and its lists built in it (`src/views/embed.ts`).
 */
export const EMBED_LANGUAGES = ["en"] as const;
/** An interface language of the lists. */
export type EmbedLanguage = (typeof EMBED_LANGUAGES)[number];

/** What a site chose for its list. */
export interface EmbedOptions {
  count: number;
  layout: (typeof EMBED_LAYOUTS)[number];
  theme: (typeof EMBED_THEMES)[number];
  lang: EmbedLanguage;
}

/** A list as a site gets it when it chooses nothing. */
export const DEFAULT_OPTIONS: EmbedOptions = { count: DEFAULT_COUNT, layout: "full", theme: "auto", lang: "en" };

function oneOf<T extends string>(allowed: readonly T[], value: string | null | undefined, fallback: T): T {
  const wanted = value?.trim().toLowerCase();
  return (allowed as readonly string[]).includes(wanted ?? "") ? (wanted as T) : fallback;
}

/**
 * The options a site asked for, read from an address's query or a script tag's `data-` attributes. A list
 * on someone else's page must always draw, so a value that cannot be read falls back to the default rather
 * than failing: a count is kept between 1 and MAX_COUNT, and a language the lists are not written in is
 * English.
 * @example readEmbedOptions((name) => new URLSearchParams("count=20&layout=compact").get(name)) // { count: 12, layout: "compact", theme: "auto", lang: "en" }
 */
export function readEmbedOptions(get: (name: string) => string | null | undefined): EmbedOptions {
  const count = Number.parseInt(get("count") ?? "", 10);
  return {
    count: Number.isNaN(count) ? DEFAULT_COUNT : Math.min(MAX_COUNT, Math.max(1, count)),
    layout: oneOf(EMBED_LAYOUTS, get("layout"), DEFAULT_OPTIONS.layout),
    theme: oneOf(EMBED_THEMES, get("theme"), DEFAULT_OPTIONS.theme),
    lang: oneOf(EMBED_LANGUAGES, get("lang")?.split("-")[0], DEFAULT_OPTIONS.lang),
  };
}

/**
 * The query that asks for these options, leaving out the defaults; empty when every option is the default.
 * @example embedQuery({ count: 5, layout: "compact", theme: "auto", lang: "en" }) // "?count=5&layout=compact"
 */
export function embedQuery(options: EmbedOptions): string {
  const params = new URLSearchParams();
  for (const name of ["count", "layout", "theme", "lang"] as const) {
    if (options[name] !== DEFAULT_OPTIONS[name]) params.set(name, String(options[name]));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * The address of a list's page, the one the `<iframe>` shows.
 * @example embedPagePath("group", "hanley-health-walks") // "/embed/group/hanley-health-walks/"
 */
export function embedPagePath(kind: EmbedKind, id: string): string {
  return `/embed/${kind}/${id}/`;
}

/**
 * The address of a list's data, the file the script reads.
 * @example embedDataPath("town", "burslem") // "/embed/data/town/burslem.json"
 */
export function embedDataPath(kind: EmbedKind, id: string): string {
  return `/embed/data/${kind}/${id}.json`;
}

/**
 * The page on the site that holds everything a list follows: the group's, the place's, or the town's events.
 * @example followedPagePath("town", "burslem") // "/events/town/burslem/"
 */
export function followedPagePath(kind: EmbedKind, id: string): string {
  return kind === "group" ? `/groups/${id}/` : kind === "place" ? `/places/${id}/` : `/events/town/${id}/`;
}

/**
 * A frame height, in CSS pixels, that shows `count` events without a scroll bar in a frame of 30rem or
 * more: each event takes three lines in the full layout and two or three in the compact one. A narrower
 * frame (a phone) or a long title needs more; the list scrolls inside its frame then.
 * @example suggestedHeight({ count: 8, layout: "full" }) // 890
 */
export function suggestedHeight(options: Pick<EmbedOptions, "count" | "layout">): number {
  return options.layout === "compact" ? 130 + 75 * options.count : 130 + 95 * options.count;
}

/** The address of the script that draws a list into a page. */
export const EMBED_SCRIPT_PATH = "/embed/embed.js";

/**
 * A list's kind and id from a page's address, or undefined when the address is no list's: ids are the
 * site's slugs, so nothing else (no `..`, no other folder) can name a file.
 * @example embedFromPath("/embed/place/hanley-park/") // { kind: "place", id: "hanley-park" }
 */
export function embedFromPath(path: string): { kind: EmbedKind; id: string } | undefined {
  const match = /^\/embed\/(group|place|town)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(path);
  return match ? { kind: match[1] as EmbedKind, id: match[2]! } : undefined;
}
