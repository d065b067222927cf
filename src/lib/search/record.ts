/**
 * What the finder knows about each listing: short fields to search, the facts filters look at, and for
 * events their coming dates. Built at build time from the same content as the pages, served as JSON.
 */
import type { Geo } from "../domain/common";
import type { AccessibilityFeature, Audience, Category, PlaceKind, Town } from "../domain/vocab";
import type { LocalDateTime } from "../time/local";

/** The kinds of listing, in the order the finder shows them. */
export const RECORD_TYPES = ["event", "group", "place", "service"] as const;
/** A kind of listing. */
export type RecordType = (typeof RECORD_TYPES)[number];

/** One coming date of an event, in local wall-clock time. */
export interface RecordOccurrence {
  start: LocalDateTime;
  end: LocalDateTime;
  beforeDark: boolean;
  cancelled?: true;
}

/** A listing as the finder searches and filters it. */
/**
 * What a listing costs: nothing, pay what you can (with the price it suggests, if any), a price as the listing
 * writes it, or "ask the organiser" for an event that names none.
 */
export type RecordCost =
  | { kind: "free" }
  | { kind: "pay-what-you-can"; price?: string | undefined }
  | { kind: "price"; price: string }
  | { kind: "ask" };

/** The kinds of cost in the order the search file numbers them. */
export const COST_KINDS = ["free", "pay-what-you-can", "price", "ask"] as const;

/** The words a cost is told in, in one language. */
export interface CostWords {
  free: string;
  payWhatYouCan: string;
  payWhatYouCanAbout: (price: string) => string;
  askOrganiser: string;
}

/**
 * What a listing costs, in words.
 * @example describeCost({ kind: "pay-what-you-can", price: "£3" }, englishWords) // "Pay what you can (£3)"
 */
export function describeCost(cost: RecordCost, words: CostWords): string {
  switch (cost.kind) {
    case "free":
      return words.free;
    case "pay-what-you-can":
      return cost.price ? words.payWhatYouCanAbout(cost.price) : words.payWhatYouCan;
    case "price":
      return cost.price;
    case "ask":
      return words.askOrganiser;
  }
}

export interface SearchRecord {
  type: RecordType;
  id: string;
  url: string;
  title: string;
  /** The first sentence or so of the summary: short fields keep the index small and quick. */
  summary: string;
  /**
   * The venue and, for a service, its places and languages. Category, audience, town and kind labels
   * come from the codes below when the index is built, so no record carries them.
   */
  keywords: string;
  /**
   * The other words of the longer fields (the whole summary, description, what to expect, eligibility,
   * how to get in), each once and only when no field above has it: searched, never shown.
   */
  text?: string | undefined;
  /** Where it is, in words ("Fenton Library, Fenton"). */
  where?: string | undefined;
  towns: Town[];
  wards: string[];
  geo?: Geo | undefined;
  categories: Category[];
  audiences: Audience[];
  /** Free or pay what you can: what the "free" filter finds. */
  free: boolean;
  /** What it costs, as a kind the interface words in each language, and a price in the listing's own words. */
  cost?: RecordCost | undefined;
  accessibility: AccessibilityFeature[];
  buddyUp: boolean;
  kind?: PlaceKind | undefined;
  occurrences?: RecordOccurrence[] | undefined;
}

/** The JSON the finder loads: the records and the wards to choose from. */
export interface SearchData {
  builtAt: string;
  records: SearchRecord[];
  wards: { id: string; name: string; town?: Town | undefined }[];
}

/** Everyday words people search with for each category, beyond its label. */
export const CATEGORY_SEARCH_WORDS: Partial<Record<Category, string>> = {
  "food-support": "food bank foodbank pantry food parcels free food",
  "health-wellbeing": "exercise fitness mental health",
  "digital-help": "computer internet phone tablet online",
  "advice-support": "money debt benefits bills",
  "faith-belief": "church mosque temple gurdwara interfaith",
  "social-meetups": "coffee chat friends lonely company",
  "learning-skills": "course class",
};

/**
 * Shortens text to about `max` characters, at a word, for indexing.
 * @example shortText("Gentle exercise in a chair for all abilities.", 20) // "Gentle exercise in a"
 */
export function shortText(text: string, max = 140): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return space > max / 2 ? cut.slice(0, space) : cut;
}
