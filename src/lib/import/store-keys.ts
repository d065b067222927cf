/**
 * Where imports are kept on Netlify Blobs: one object per source, replaced whole after every fetch, so an
 * import is never half-written. The hourly import writes them; the build reads them (src/loaders/). Sources
 * moderators add from the console are kept here too, one object each, and so are moderators' decisions on
 * imported events.
 */

/** The Blobs store's name. */
export const IMPORTS_STORE = "imports";

/** The keys in it. */
export const IMPORT_KEYS = {
  /** Every source's result. */
  results: "results/",
  /** One source's result, by the source's id (its file name in content/sources/). */
  result: (source: string) => `results/${source}`,
  /** Sources moderators added from the console, kept until they are written into content/sources/. */
  added: "added-sources/",
  addedSource: (source: string) => `added-sources/${source}`,
  /** Moderators' decisions on events from moderated sources, one object per event (src/lib/import/review.ts). */
  decisions: "decisions/",
  decision: (name: string) => `decisions/${name}`,
  /** Pairs of events moderators split, one object per pair. */
  splits: "splits/",
  split: (name: string) => `splits/${name}`,
} as const;
