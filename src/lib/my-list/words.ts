/**
 * What the Save button says, as plain data a page gives its script: the catalogue's words, the language's tag
 * for its plural rules, and the address of the list in the page's language.
 */
import type { PluralSet } from "../i18n/plural";

/** The Save button's words in one language. */
export interface SaveWords {
  /** BCP 47 tag, for plural rules and numbers. */
  tag: string;
  save: string;
  saved: string;
  added: string;
  removed: string;
  count: PluralSet;
  see: string;
  blocked: string;
  /** The list's page in the page's language. */
  list: string;
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * A count in a plural set's right form for a language given by its tag (the browser's pages know their tag, not
 * the site's locale, so this does not load the table of locales `countIn` reads).
 * @example countForTag("en-GB", 3, { one: "# listing", other: "# listings" }) // "3 listings"
 */
export function countForTag(tag: string, n: number, set: PluralSet): string {
  let found = rules.get(tag);
  if (!found) rules.set(tag, (found = new Intl.PluralRules(tag)));
  const form = found.select(n) as keyof PluralSet;
  return (set[form] ?? set.other).replaceAll("#", new Intl.NumberFormat(tag).format(n));
}

/**
 * What the Save button says after it is pressed: what it did and how many are saved now.
 * @example saveMessage(words, true, 3) // "Saved to your list. 3 listings saved."
 */
export function saveMessage(words: SaveWords, saved: boolean, count: number): string {
  return `${saved ? words.added : words.removed} ${countForTag(words.tag, count, words.count)}`;
}

/** The "My list" page's words in one language, as plain data its script is given. */
export interface MyListPageWords {
  /** BCP 47 tag for Intl's dates, numbers and plural rules. */
  tag: string;
  /** English writes dates as the site's other pages do (`formatLocalOccurrence`); the others with Intl. */
  english: boolean;
  /** "{from} to {to}" and "{day}, {at}" in the language. */
  range: string;
  dayAndTime: string;
  /** Where the page's language has its pages: "" for English, "/ur" for Urdu. */
  prefix: string;
  /** The attributes that mark a listing's own words (in English) on the page. */
  own: { lang?: string; dir?: "ltr" | "rtl" };
  /** The finder's page in the language, for the empty list's link. */
  finder: string;
  /** The page's words, as the catalogue has them (all text and plural sets). */
  t: MyListPageText;
}

/** The catalogue's words for the page: text, `{slot}` templates and plural sets. */
export interface MyListPageText {
  loading: string;
  empty: string;
  emptyLink: string;
  count: PluralSet;
  kinds: Readonly<Record<"events" | "groups" | "places" | "services", string>>;
  nextDates: string;
  state: Readonly<
    Record<"cancelled" | "postponed" | "closed" | "finished" | "removed" | "dateCancelled" | "movedFrom", string>
  >;
  unnamed: string;
  remove: string;
  removeWhich: string;
  removedNote: string;
  blocked: string;
  dataFailed: string;
  shared: { heading: string; lede: string; keep: string; kept: PluralSet; yours: string };
  share: {
    heading: string;
    lede: string;
    button: string;
    copy: string;
    copied: string;
    copyFailed: string;
    shareTitle: string;
  };
  subscribe: { heading: string; lede: string; address: string; none: string };
  print: { button: string; fallback: string; printedOn: string };
}
