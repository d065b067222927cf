/**
 * What the build writes for the Open Referral UK function, beside the site: every service the open data may
 * carry when a reader asks for examples (so illustrative ones too, each marked), fully nested as the API gives
 * it, with the towns, wards and words `/services` filters by, and the city's wards. Services whose source has
 * not said they may be shared are never written. The function reads this file instead of content/, so it
 * answers from exactly the listings the build published (imported ones included).
 */
import type { OrukListing } from "./oruk";

/** Where the file is, in the built site; netlify.toml bundles it with the function and does not serve it. */
export const ORUK_DATA_DIR = "api/oruk-data";
/** The file's name. */
export const ORUK_DATA_FILE = "services.json";
/** The file's layout; the function refuses a file of another layout instead of misreading it. */
export const ORUK_DATA_FORMAT = 1;

/** What the function reads. */
export interface OrukData {
  format: number;
  /** The site address the services' links were written for. */
  siteUrl: string;
  /** The city's wards, by id, for `ward=`. */
  wards: string[];
  listings: OrukListing[];
}

/**
 * The file's text.
 * @example writeOrukData(listings, ["burslem-park"], "https://stoketogether.org.uk")
 */
export function writeOrukData(listings: readonly OrukListing[], wards: readonly string[], siteUrl: string): string {
  const data: OrukData = { format: ORUK_DATA_FORMAT, siteUrl, wards: [...wards], listings: [...listings] };
  return JSON.stringify(data);
}

/**
 * The function's view of the file, or an error saying to build again when it is not in this layout.
 * @example readOrukData(text).listings.length
 */
export function readOrukData(text: string): OrukData {
  const data = JSON.parse(text) as Partial<OrukData>;
  if (data.format !== ORUK_DATA_FORMAT || !Array.isArray(data.listings) || !Array.isArray(data.wards)) {
    throw new Error(
      `The Open Referral UK data is not in the layout this code reads (format ${ORUK_DATA_FORMAT}); build the site again.`,
    );
  }
  return data as OrukData;
}
