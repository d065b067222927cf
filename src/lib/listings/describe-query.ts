/** A listing query in words, for a results page's title, and how many of its filters are on. */
import { TOWN_LABELS } from "../domain/vocab";
import { LOCALE_INFO } from "../i18n/locales";
import { fill } from "../i18n/words";
import type { FinderWords } from "../search/finder-words";
import { formatLocalDate, formatLocalDateIn } from "../time/local";
import type { ListingQuery } from "./query";

/**
 * What a search asks for, as a short phrase in the words' language: the words in quotes, then each filter.
 * @example describeQuery({ q: "yoga", when: "weekend", town: "hanley", free: true }, englishWords) // "“yoga”, this weekend, in Hanley, free"
 */
export function describeQuery(
  query: ListingQuery,
  words: FinderWords,
  wardName: (id: string) => string | undefined = () => undefined,
): string {
  const t = words.text.asked;
  const intl = LOCALE_INFO[words.locale].intl;
  const lower = (text: string) => text.toLocaleLowerCase(intl);
  const date = (day: string) => (words.locale === "en" ? formatLocalDate(day) : formatLocalDateIn(intl, day, "long"));
  const dates =
    query.from && query.to
      ? fill(t.dates, { from: date(query.from), to: date(query.to) })
      : query.from
        ? fill(t.from, { date: date(query.from) })
        : query.to && fill(t.until, { date: date(query.to) });
  const place = query.ward ? (wardName(query.ward) ?? query.ward) : query.town && TOWN_LABELS[query.town];
  const parts = [
    query.q && fill(t.words, { q: query.q }),
    query.when && lower(words.text.when.options[query.when]),
    dates,
    place && fill(t.in, { place }),
    query.category && lower(words.category[query.category]),
    query.audience && fill(t.for, { audience: lower(words.audience[query.audience]) }),
    query.free && t.free,
    query.beforeDark && t.beforeDark,
    ...(query.accessibility ?? []).map((feature) => lower(words.accessibility[feature])),
    query.buddyUp && t.buddyUp,
    query.language && fill(t.language, { language: words.language[query.language] }),
  ];
  return parts.filter(Boolean).join(words.comma);
}

/**
 * How many filters a query has on, the words aside: its dates count once, and each accessibility need once.
 * @example countFilters({ q: "yoga", when: "weekend", free: true, accessibility: ["step-free", "seating"] }) // 4
 */
export function countFilters(query: ListingQuery): number {
  const dates = query.when !== undefined || query.from !== undefined || query.to !== undefined;
  const single = [
    query.town,
    query.ward,
    query.category,
    query.audience,
    query.free,
    query.beforeDark,
    query.buddyUp,
    query.language,
  ];
  return Number(dates) + single.filter(Boolean).length + (query.accessibility?.length ?? 0);
}
