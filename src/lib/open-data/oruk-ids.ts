/**
 * Identifiers in the site's Open Referral UK API. HSDS 3.0 gives every object a UUID, while the site's listings
 * are known by slugs (`hanley-park`): each object's UUID is a name-based UUID (version 5, RFC 9562) of what it
 * is and its slug, so it is the same in every build and on every copy of the site, and never needs storing.
 */
import { createHash } from "node:crypto";

/** RFC 9562's namespace for names that are URLs. */
const URL_NAMESPACE = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

/** The bytes of a UUID written in hex with hyphens. */
function uuidBytes(uuid: string): Buffer {
  return Buffer.from(uuid.replace(/-/g, ""), "hex");
}

/**
 * A name-based UUID (version 5: SHA-1) of a name within a namespace.
 * @example nameUuid("6ba7b811-9dad-11d1-80b4-00c04fd430c8", "https://example.org/") // a UUID with version 5
 */
export function nameUuid(namespace: string, name: string): string {
  const hash = createHash("sha1").update(uuidBytes(namespace)).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The site's own namespace, named by the API's address on the site's first domain. Preview deploys and local
// servers give the same identifiers as the live site.
const SITE_NAMESPACE = nameUuid(URL_NAMESPACE, "https://stoketogether.org.uk/api/oruk/");

/** The kinds of object the API names, each the HSDS object it is. */
export type OrukKind =
  | "service"
  | "organization"
  | "location"
  | "address"
  | "service_at_location"
  | "schedule"
  | "language"
  | "cost_option"
  | "contact"
  | "phone"
  | "accessibility"
  | "attribute"
  | "taxonomy"
  | "taxonomy_term";

/**
 * The UUID of an object in the API: the same kind and key give the same UUID, always.
 * @example orukId("service", "stoke-community-pantry") // "…-5…-…": a version 5 UUID
 */
export function orukId(kind: OrukKind, key: string): string {
  return nameUuid(SITE_NAMESPACE, `${kind}/${key}`);
}

/** True when a text is a UUID written in hex with hyphens, in either case. */
export function isUuid(text: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text);
}
