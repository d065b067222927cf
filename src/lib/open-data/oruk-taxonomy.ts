/**
 * The site's controlled lists as HSDS taxonomies, so a directory reading the Open Referral UK API can filter
 * and map services by them: what a service is about (categories), who it is for (audiences), how people start
 * using it (access) and the access support it gives (accessibility). Each list is a taxonomy, each value a
 * taxonomy term with a stable UUID; a service carries its terms as HSDS `attributes`.
 */
import {
  ACCESS_METHOD_LABELS,
  ACCESSIBILITY_LABELS,
  AUDIENCE_LABELS,
  CATEGORY_LABELS,
  type AccessMethod,
  type AccessibilityFeature,
  type Audience,
  type Category,
} from "../domain/vocab";
import { orukId } from "./oruk-ids";

/** The site's lists that the API publishes as taxonomies, by the code the API gives each. */
export const ORUK_TAXONOMIES = {
  categories: {
    name: "Stoke Together categories",
    description: "What a listing on Stoke Together is about: the kind of help or activity.",
    linkType: "category",
    labels: CATEGORY_LABELS,
  },
  audiences: {
    name: "Stoke Together audiences",
    description: "Who a listing on Stoke Together is mainly for; Everyone means open to all ages and backgrounds.",
    linkType: "audience",
    labels: AUDIENCE_LABELS,
  },
  access: {
    name: "Stoke Together ways in",
    description: "How a person starts using a service: dropping in, booking an appointment, or being referred.",
    linkType: "access",
    labels: ACCESS_METHOD_LABELS,
  },
  accessibility: {
    name: "Stoke Together accessibility",
    description: "Access support a service gives, as the site's accessibility filters name it.",
    linkType: "accessibility",
    labels: ACCESSIBILITY_LABELS,
  },
} as const;

/** A taxonomy's code in the API, e.g. `categories`. */
export type OrukTaxonomyCode = keyof typeof ORUK_TAXONOMIES;
/** Every taxonomy code, in the order the API lists them. */
export const ORUK_TAXONOMY_CODES = Object.keys(ORUK_TAXONOMIES) as OrukTaxonomyCode[];

/** What each taxonomy's terms are: the site's own values. */
export interface OrukTermValues {
  categories: Category;
  audiences: Audience;
  access: AccessMethod;
  accessibility: AccessibilityFeature;
}

/** An HSDS `taxonomy`. */
export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
}

/** An HSDS `taxonomy_term`, with the site's code for it and the name of its taxonomy. */
export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: "en";
}

/**
 * A taxonomy as the API gives it.
 * @example toHsdsTaxonomy("categories").name // "Stoke Together categories"
 */
export function toHsdsTaxonomy(code: OrukTaxonomyCode): HsdsTaxonomy {
  const { name, description } = ORUK_TAXONOMIES[code];
  return { id: orukId("taxonomy", code), name, description };
}

/**
 * A term of a taxonomy as the API gives it, its id the same in every build.
 * @example toHsdsTerm("categories", "food-support").name // "Food support"
 */
export function toHsdsTerm<T extends OrukTaxonomyCode>(taxonomy: T, code: OrukTermValues[T]): HsdsTaxonomyTerm {
  const list = ORUK_TAXONOMIES[taxonomy];
  const name = (list.labels as Record<string, string>)[code] ?? code;
  return {
    id: orukId("taxonomy_term", `${taxonomy}/${code}`),
    code,
    name,
    description: `${name}: a term of the ${list.name} list.`,
    taxonomy: list.name,
    taxonomy_id: orukId("taxonomy", taxonomy),
    language: "en",
  };
}

/** One term of the site's lists, with the taxonomy it belongs to. */
export interface KnownTerm {
  taxonomy: OrukTaxonomyCode;
  term: HsdsTaxonomyTerm;
}

/** Every term of every taxonomy, in the order the API lists them. */
export function allHsdsTerms(): KnownTerm[] {
  return ORUK_TAXONOMY_CODES.flatMap((taxonomy) =>
    Object.keys(ORUK_TAXONOMIES[taxonomy].labels).map((code) => ({
      taxonomy,
      term: toHsdsTerm(taxonomy, code as OrukTermValues[typeof taxonomy]),
    })),
  );
}
