/**
 * Where imports are kept on Netlify Blobs: one object per source, replaced whole after every fetch, so an
 * import is never half-written. The hourly import writes them; the build reads them (src/loaders/). Sources
 * moderators add from the console are kept here too, one object each, and so are moderators' decisions on
 * imported events.
 * moderators add from the console are kept here too, one object each, and so are groups' requests for their
 * calendars to be added (which hold a contact email, so the build never reads them).
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
  /** Groups' requests for their calendars to be added, one object each under a key that sorts by time. */
  requests: "source-requests/",
  request: (id: string) => `source-requests/${id}`,
  /** One key per request form a client sent, to count them in a window. */
  requestRate: "source-request-rate/",
} as const;
