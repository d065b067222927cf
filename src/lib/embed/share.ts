/**
 * Which listings an embedded list may show, and the credits it must show with them. A list goes out onto
 * other sites, so it follows the site's open-data rule (`sharingOf`): a listing another site may not carry is
 * left out, never shown without its credit.
 */
import type { Sharing } from "../open-data/terms";
import type { WidgetCredit } from "./widget";

/**
 * The soonest `max` of a list's occurrences that may be shared, in the order given, and one credit for each
 * set of terms they go out under, in the order first met.
 * @example shareableItems(occurrences, (o) => sharingOf(o.event, termsOf), 12)
 */
export function shareableItems<T>(
  occurrences: readonly T[],
  sharing: (occurrence: T) => Sharing,
  max: number,
): { items: T[]; credits: WidgetCredit[] } {
  const items: T[] = [];
  const credits = new Map<string, WidgetCredit>();
  for (const occurrence of occurrences) {
    if (items.length >= max) break;
    const found = sharing(occurrence);
    if (!found.shared) continue;
    items.push(occurrence);
    const { attribution, licence } = found.terms;
    const key = `${licence.url} ${attribution}`;
    if (!credits.has(key)) credits.set(key, { text: attribution, licence: { name: licence.name, url: licence.url } });
  }
  return { items, credits: [...credits.values()] };
}
