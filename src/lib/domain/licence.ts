/**
 * The licences listings can be shared under in the site's open data. The site's own text (listings written
 * here and those groups submit) is shared under the Open Government Licence; an imported listing only under
 * the licence its source names (content/sources/), and not at all when the source names none.
 */

/** A licence: its name as people know it, and where it is written. */
export interface Licence {
  name: string;
  url: string;
}

/** The licences a source can name, by the id a source file writes. */
export const LICENCES = {
  "ogl-3.0": {
    name: "Open Government Licence v3.0",
    url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  },
  "cc-by-4.0": {
    name: "Creative Commons Attribution 4.0 International",
    url: "https://creativecommons.org/licenses/by/4.0/",
  },
  "cc0-1.0": {
    name: "CC0 1.0 Universal (public domain dedication)",
    url: "https://creativecommons.org/publicdomain/zero/1.0/",
  },
} as const satisfies Record<string, Licence>;

/** A licence's id, as a source file writes it. */
export type LicenceId = keyof typeof LICENCES;
/** Every licence id, in the order the guide lists them. */
export const LICENCE_IDS = Object.keys(LICENCES) as [LicenceId, ...LicenceId[]];

/** The licence of the site's own text. */
export const OWN_LICENCE: LicenceId = "ogl-3.0";

/** How the site's own text is credited. */
export const OWN_ATTRIBUTION =
  "Contains information from Stoke Together, shared under the Open Government Licence v3.0.";
