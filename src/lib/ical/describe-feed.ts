/** A custom feed's name in words; kept free of other modules so the builder's script can use it. */
import { ACCESSIBILITY_LABELS, AUDIENCE_LABELS, CATEGORY_LABELS, LANGUAGE_LABELS, TOWN_LABELS } from "../domain/vocab";
import type { ListingQuery } from "../listings/query";
import { LIST_DAYS, weeksInWords } from "../events/windows";

/** How many matching dates the feed builder's preview lists. */
export const FEED_PREVIEW_SHOWN = 25;

/** The heading over the feed builder's preview of matching dates. */
export const FEED_PREVIEW_HEADING = `What it holds in the next ${weeksInWords(LIST_DAYS)}`;

/**
 * How many dates a custom feed holds in the preview's window, in words.
 * @example describeFeedMatches(30) // "30 dates match; the first 25 are shown."
 */
export function describeFeedMatches(count: number): string {
  if (count === 0)
    return `Nothing matches in the next ${weeksInWords(LIST_DAYS)} yet. You can still subscribe: new events appear when they are listed.`;
  const shown = count > FEED_PREVIEW_SHOWN ? `; the first ${FEED_PREVIEW_SHOWN} are shown` : "";
  return `${count} ${count === 1 ? "date matches" : "dates match"}${shown}.`;
}

/**
 * What a custom feed holds, in words, for X-WR-CALNAME and pages.
 * @example describeFeedQuery({ town: "burslem", audience: "families", free: true }) // "events in Burslem for families, free or pay what you can"
 */
export function describeFeedQuery(query: ListingQuery, wardName?: string): string {
  const what = query.category ? `${CATEGORY_LABELS[query.category].toLowerCase()} events` : "events";
  const where = wardName ? ` in ${wardName}` : query.town ? ` in ${TOWN_LABELS[query.town]}` : " in Stoke-on-Trent";
  const who =
    query.audience && query.audience !== "everyone" ? ` for ${AUDIENCE_LABELS[query.audience].toLowerCase()}` : "";
  const extras = [
    query.free ? "free or pay what you can" : undefined,
    query.beforeDark ? "finishing before dark" : undefined,
    ...(query.accessibility ?? []).map((feature) => ACCESSIBILITY_LABELS[feature].toLowerCase()),
    query.buddyUp ? "buddy-up available" : undefined,
    query.language ? `held in ${LANGUAGE_LABELS[query.language]}` : undefined,
  ].filter(Boolean);
  return `${what}${where}${who}${extras.length > 0 ? `, ${extras.join(", ")}` : ""}`;
}

/** A count's words in every plural form a language has, as plain data; `#` is the number. */
export interface FeedCountForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/**
 * The feed builder's words in one language, as plain data the page gives its script: the name of a feed in a
 * sentence, its count of matching dates, and the labels of the choices it is named by.
 */
export interface FeedWords {
  /** The language's BCP 47 tag, for its plural rules. */
  tag: string;
  /** Where the page's language has its event pages, e.g. "/ur/events/". */
  eventsPath: string;
  /** The coming weeks' dates with their words in the page's language, e.g. "/ur/calendar/events.json". */
  dataPath: string;
  name: {
    sentence: string;
    events: string;
    topicEvents: string;
    inPlace: string;
    inCity: string;
    forAudience: string;
    extrasStart: string;
    lowerCase: boolean;
    free: string;
    dark: string;
    buddy: string;
    /** The language it is held in, e.g. "held in {language}". */
    language: string;
  };
  comma: string;
  matches: FeedCountForms;
  shownFirst: string;
  end: string;
  /** What the preview says when nothing matches. */
  nothing: string;
  cancelled: string;
  copied: string;
  copyFailed: string;
  town: Record<string, string>;
  category: Record<string, string>;
  audience: Record<string, string>;
  accessibility: Record<string, string>;
  language: Record<string, string>;
}

const filled = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (slot, key: string) => values[key] ?? slot);

/**
 * A custom feed's name in a sentence, in the words' language.
 * @example describeFeedIn(englishWords, { town: "burslem", free: true }) // "A calendar of events in Burslem, free or pay what you can."
 */
export function describeFeedIn(words: FeedWords, query: ListingQuery, wardName?: string): string {
  const { name } = words;
  const label = (text: string) => (name.lowerCase ? text.toLowerCase() : text);
  const what = query.category
    ? filled(name.topicEvents, { topic: label(words.category[query.category] ?? query.category) })
    : name.events;
  const place = wardName ?? (query.town ? (words.town[query.town] ?? query.town) : undefined);
  const where = place === undefined ? name.inCity : filled(name.inPlace, { place });
  const who =
    query.audience && query.audience !== "everyone"
      ? filled(name.forAudience, { audience: label(words.audience[query.audience] ?? query.audience) })
      : "";
  const extras = [
    query.free ? name.free : undefined,
    query.beforeDark ? name.dark : undefined,
    ...(query.accessibility ?? []).map((feature) => label(words.accessibility[feature] ?? feature)),
    query.buddyUp ? name.buddy : undefined,
    query.language ? filled(name.language, { language: words.language[query.language] ?? query.language }) : undefined,
  ].filter((extra): extra is string => extra !== undefined);
  return filled(name.sentence, {
    what,
    where,
    who,
    extras: extras.length > 0 ? `${name.extrasStart}${extras.join(words.comma)}` : "",
  });
}

/**
 * How many dates a custom feed holds in the preview's window, in the words' language and plural forms.
 * @example describeMatchesIn(englishWords, 30) // "30 dates match; the first 25 are shown."
 */
export function describeMatchesIn(words: FeedWords, count: number): string {
  if (count === 0) return words.nothing;
  const rules = new Intl.PluralRules(words.tag);
  const number = new Intl.NumberFormat(words.tag, { maximumFractionDigits: 0 });
  const forms = words.matches as unknown as Record<string, string | undefined>;
  const counted = (forms[rules.select(count)] ?? words.matches.other).replaceAll("#", number.format(count));
  const shown =
    count > FEED_PREVIEW_SHOWN ? filled(words.shownFirst, { shown: number.format(FEED_PREVIEW_SHOWN) }) : "";
  return `${counted}${shown}${words.end}`;
}
