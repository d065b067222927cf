/**
 * Where imports are kept on Netlify Blobs: one object per source, replaced whole after every fetch, so an
 * import is never half-written. The hourly import writes them; the build reads them (src/loaders/).
 */

/** The Blobs store's name. */
export const IMPORTS_STORE = "imports";

/** The keys in it. */
export const IMPORT_KEYS = {
  /** Every source's result. */
  results: "results/",
  /** One source's result, by the source's id (its file name in content/sources/). */
  result: (source: string) => `results/${source}`,
} as const;
