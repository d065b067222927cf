/**
 * Which listings the site's open data may carry, and under which terms: one rule for every endpoint (events,
 * OpenActive, Open Referral UK, the embeddable lists). The site's own text, written here or submitted by a
 * group, is shared under the Open Government Licence. An imported listing is shared only under the licence its
 * source names, credited as the source asks; a source that names none keeps its listings out. Illustrative
 * listings (`example: true`) are real-looking but not real: they are left out unless a reader asks for them.
 */
import { LICENCES, OWN_ATTRIBUTION, OWN_LICENCE, type LicenceId } from "../domain/licence";

/** What the rule reads of a listing. */
export interface ShareableListing {
  example: boolean;
  importedFrom?: { source: string; name: string } | undefined;
}

/** What the rule reads of a source. */
export interface SourceTerms {
  licence?: LicenceId | undefined;
  attribution?: string | undefined;
}

/** The terms a shared listing goes out under. */
export interface SharingTerms {
  licence: { id: LicenceId; name: string; url: string };
  /** The credit to show wherever the listing is shown. */
  attribution: string;
  /** Where it was read, for an imported listing. */
  source?: { id: string; name: string } | undefined;
}

/** Why a listing is left out. */
export type LeftOutBecause = "example" | "source-not-shared" | "source-unknown";

/** A listing's place in the open data: shared under its terms, or left out and why. */
export type Sharing = { shared: true; terms: SharingTerms } | { shared: false; because: LeftOutBecause };

function licence(id: LicenceId): SharingTerms["licence"] {
  return { id, ...LICENCES[id] };
}

/**
 * Whether a listing may be shared, and under which terms.
 * @example sharingOf({ example: false }, () => undefined) // { shared: true, terms: { licence: { id: "ogl-3.0", … }, … } }
 */
export function sharingOf(
  listing: ShareableListing,
  sourceTerms: (id: string) => SourceTerms | undefined,
  options: { examples?: boolean } = {},
): Sharing {
  if (listing.example && !options.examples) return { shared: false, because: "example" };
  const from = listing.importedFrom;
  if (!from) return { shared: true, terms: { licence: licence(OWN_LICENCE), attribution: OWN_ATTRIBUTION } };
  const terms = sourceTerms(from.source);
  if (!terms) return { shared: false, because: "source-unknown" };
  if (!terms.licence) return { shared: false, because: "source-not-shared" };
  const named = LICENCES[terms.licence];
  return {
    shared: true,
    terms: {
      licence: licence(terms.licence),
      attribution: terms.attribution ?? `Contains information from ${from.name}, shared under the ${named.name}.`,
      source: { id: from.source, name: from.name },
    },
  };
}

/**
 * The terms of each source, by id, from the sources' files, for `sharingOf`.
 * @example sourceTermsFrom(content.sources)("stoke-libraries") // { licence: "ogl-3.0", attribution: undefined }
 */
export function sourceTermsFrom(
  sources: readonly { id: string; data: SourceTerms }[],
): (id: string) => SourceTerms | undefined {
  const byId = new Map(sources.map((source) => [source.id, source.data]));
  return (id) => byId.get(id);
}
