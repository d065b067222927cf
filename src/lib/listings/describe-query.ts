/** A listing query in words, for a results page's title, and how many of its filters are on. */
import { ACCESSIBILITY_LABELS, AUDIENCE_LABELS, CATEGORY_LABELS, TOWN_LABELS } from "../domain/vocab";
import { formatLocalDate } from "../time/local";
import { WHEN_LABELS, type ListingQuery } from "./query";

/**
 * What a search asks for, as a short phrase: the words in quotes, then each filter.
 * @example describeQuery({ q: "yoga", when: "weekend", town: "hanley", free: true }) // "“yoga”, this weekend, in Hanley, free"
 */
export function describeQuery(query: ListingQuery, wardName: (id: string) => string | undefined = () => undefined) {
  const dates =
    query.from && query.to
      ? `${formatLocalDate(query.from)} to ${formatLocalDate(query.to)}`
      : query.from
        ? `from ${formatLocalDate(query.from)}`
        : query.to && `until ${formatLocalDate(query.to)}`;
  const parts = [
    query.q && `“${query.q}”`,
    query.when && WHEN_LABELS[query.when].toLowerCase(),
    dates,
    query.ward ? `in ${wardName(query.ward) ?? query.ward}` : query.town && `in ${TOWN_LABELS[query.town]}`,
    query.category && CATEGORY_LABELS[query.category].toLowerCase(),
    query.audience && `for ${AUDIENCE_LABELS[query.audience].toLowerCase()}`,
    query.free && "free",
    query.beforeDark && "finishing before dark",
    ...(query.accessibility ?? []).map((feature) => ACCESSIBILITY_LABELS[feature].toLowerCase()),
    query.buddyUp && "with buddy-up",
  ];
  return parts.filter(Boolean).join(", ");
}

/**
 * How many filters a query has on, the words aside: its dates count once, and each accessibility need once.
 * @example countFilters({ q: "yoga", when: "weekend", free: true, accessibility: ["step-free", "seating"] }) // 4
 */
export function countFilters(query: ListingQuery): number {
  const dates = query.when !== undefined || query.from !== undefined || query.to !== undefined;
  const single = [query.town, query.ward, query.category, query.audience, query.free, query.beforeDark, query.buddyUp];
  return Number(dates) + single.filter(Boolean).length + (query.accessibility?.length ?? 0);
}
