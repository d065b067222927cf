/**
 * A resident's own list of listings, kept on their device only: what each saved entry holds, how the list is read
 * back from storage (whatever the storage holds), and how it travels in a link (`?saved=events:abc,groups:xyz`), so
 * the same list opens on another phone with no account and nothing stored on a server. Runs in the browser: no DOM.
 */

/** The kinds of listing that can be saved, as their pages' sections are named. */
export const SAVED_KINDS = ["events", "groups", "places", "services"] as const;
/** A kind of saved listing. */
export type SavedKind = (typeof SAVED_KINDS)[number];

/** One saved listing: its kind and id, and its name when it was saved, so a listing removed since is still named. */
export interface SavedListing {
  kind: SavedKind;
  id: string;
  /** The listing's name when it was saved; empty for one that came in a shared link. */
  title: string;
}

/** Where the list is kept on the device (localStorage). */
export const MY_LIST_KEY = "stoke-together:my-list";
/** The site's current data on every listing, as the list's page reads it (written by ./listing-data.ts). */
export const MY_LIST_DATA_PATH = "/my-list/listings.json";
/** The URL parameter a shared list travels in. */
export const SHARED_PARAM = "saved";
/** The most listings a list keeps: a shared link stays short enough for a text message. */
export const MAX_SAVED = 60;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID = 120;
const MAX_TITLE = 200;

const isKind = (value: unknown): value is SavedKind => SAVED_KINDS.includes(value as SavedKind);

/**
 * Whether text is a listing id as the site's addresses write them.
 * @example isListingId("coffee-morning") // true
 */
export const isListingId = (value: unknown): value is string =>
  typeof value === "string" && value.length <= MAX_ID && ID.test(value);

/** The key a listing is known by in a list and in the site's data. */
export const savedKey = (item: Pick<SavedListing, "kind" | "id">) => `${item.kind}/${item.id}`;

/**
 * The list kept on the device, from the text storage holds: anything unreadable is left out, never thrown,
 * so a damaged entry cannot stop the page from drawing.
 * @example readSavedList('[{"kind":"events","id":"a","title":"A"}]') // [{ kind: "events", id: "a", title: "A" }]
 */
export function readSavedList(text: string | null | undefined): SavedListing[] {
  if (!text) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const list: SavedListing[] = [];
  for (const entry of parsed as unknown[]) {
    if (typeof entry !== "object" || entry === null) continue;
    const { kind, id, title } = entry as Record<string, unknown>;
    if (!isKind(kind) || !isListingId(id)) continue;
    const item = { kind, id, title: typeof title === "string" ? title.slice(0, MAX_TITLE) : "" };
    if (!list.some((saved) => savedKey(saved) === savedKey(item))) list.push(item);
  }
  return list.slice(0, MAX_SAVED);
}

/**
 * The list with a listing added (at the end) or, when it was there, taken out.
 * @example toggleSaved([], { kind: "events", id: "a", title: "A" }) // { list: [{ … }], saved: true }
 */
export function toggleSaved(
  list: readonly SavedListing[],
  item: SavedListing,
): { list: SavedListing[]; saved: boolean } {
  const key = savedKey(item);
  if (list.some((saved) => savedKey(saved) === key)) {
    return { list: list.filter((saved) => savedKey(saved) !== key), saved: false };
  }
  return { list: [...list, { ...item, title: item.title.slice(0, MAX_TITLE) }].slice(-MAX_SAVED), saved: true };
}

/**
 * The list with the listings of another (a shared link's) added after its own, each once.
 * @example mergeSaved([a], [a, b]) // [a, b]
 */
export function mergeSaved(list: readonly SavedListing[], more: readonly SavedListing[]): SavedListing[] {
  const keys = new Set(list.map(savedKey));
  return [...list, ...more.filter((item) => !keys.has(savedKey(item)))].slice(0, MAX_SAVED);
}

/**
 * A list as the value of a shared link's parameter: kind and id, comma-separated, no names.
 * @example toSharedParam([{ kind: "events", id: "a", title: "A" }, { kind: "groups", id: "b", title: "B" }]) // "events:a,groups:b"
 */
export function toSharedParam(list: readonly Pick<SavedListing, "kind" | "id">[]): string {
  return list.map((item) => `${item.kind}:${item.id}`).join(",");
}

/**
 * The listings a shared link's parameter names, in its order, each once; what cannot be read is left out.
 * @example readSharedParam("events:a,groups:b") // [{ kind: "events", id: "a", title: "" }, { kind: "groups", id: "b", title: "" }]
 */
export function readSharedParam(text: string | null | undefined): SavedListing[] {
  if (!text) return [];
  const items = text.split(",").flatMap((part): SavedListing[] => {
    const [kind, id, extra] = part.trim().split(":");
    return extra === undefined && isKind(kind) && isListingId(id) ? [{ kind, id, title: "" }] : [];
  });
  return readSavedList(JSON.stringify(items));
}

/**
 * The calendar feed of saved events: the custom feed (`customFeedPath` in ../ical/catalogue.ts, which a test holds
 * this to) limited to their ids. Written here so the list's page need not load the feed code.
 * @example savedFeedPath(["coffee-morning", "quiz-night"]) // "/api/calendar.ics?event=coffee-morning,quiz-night"
 */
export const savedFeedPath = (ids: readonly string[]) => `/api/calendar.ics?event=${ids.join(",")}`;
