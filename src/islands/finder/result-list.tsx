/**
 * The finder's list of results, and what to try when nothing matches: the same markup whether the island
 * draws it in the browser or a function draws it on the server for a browser without JavaScript. What to
 * try is a set of links to the loosened search, which the island follows without loading a page.
 */
import type { MouseEvent } from "react";
import type { Geo } from "../../lib/domain/common";
import { formatMiles } from "../../lib/geo/geo";
import type { ListingQuery } from "../../lib/listings/query";
import { groupLoosening } from "../../lib/search/describe-results";
import { suggestLoosening, type FinderResult, type FinderResults } from "../../lib/search/find";
import { RECORD_TYPE_LABELS, type SearchRecord } from "../../lib/search/record";
import { formatLocalOccurrence } from "../../lib/time/local";
import { toFinderUrl } from "../finder-url";

/** What to offer when nothing matches; without the handlers, the links lead to the loosened search. */
export interface NothingFoundProps {
  query: ListingQuery;
  near?: Geo | undefined;
  didYouMean?: string | undefined;
  onSearch?: ((text: string) => void) | undefined;
  onLoosen?: ((fields: (keyof ListingQuery)[]) => void) | undefined;
}

/** Nothing matches: the nearest spelling that finds something, and each filter to remove. */
export function NothingFound({ query, near, didYouMean, onSearch, onLoosen }: NothingFoundProps) {
  const loosenings = groupLoosening(suggestLoosening(query, near));
  const follow = (handle: (() => void) | undefined) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!handle) return;
    event.preventDefault();
    handle();
  };
  const without = (fields: readonly (keyof ListingQuery)[]) =>
    toFinderUrl(
      Object.fromEntries(Object.entries(query).filter(([key]) => !fields.includes(key as keyof ListingQuery))),
      "list",
    );
  return (
    <div className="finder__empty">
      <h2>Nothing matches</h2>
      {didYouMean && (
        <p>
          Did you mean{" "}
          <a
            href={toFinderUrl({ ...query, q: didYouMean }, "list")}
            onClick={follow(onSearch && (() => onSearch(didYouMean)))}
          >
            {didYouMean}
          </a>
          ?
        </p>
      )}
      {loosenings.length > 0 ? (
        <>
          <p>Try loosening the search. Remove:</p>
          <ul className="chips">
            {loosenings.map(({ label, fields }) => (
              <li key={label}>
                <a
                  className="finder__chip"
                  href={without(fields)}
                  onClick={follow(onLoosen && (() => onLoosen(fields)))}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          There is nothing listed yet. Have a look at <a href="/events/">everything that's on</a>.
        </p>
      )}
    </div>
  );
}

/** The results, a section for each kind of listing. */
export function ResultList({ results }: { results: FinderResults }) {
  return (
    <div className="finder__list">
      {results.groups.map((group) => (
        <section key={group.type} aria-labelledby={`finder-${group.type}`}>
          <h2 id={`finder-${group.type}`}>
            {RECORD_TYPE_LABELS[group.type]} <span className="finder__group-count">({group.results.length})</span>
          </h2>
          <ul className="finder__items">
            {group.results.map((result) => (
              <ResultItem key={`${result.record.type}/${result.record.id}`} result={result} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** A long-running series has dates for years ahead: past a few, a count says less than "many". */
export function moreDatesText(moreDates: number): string {
  if (moreDates >= MANY_DATES) return "and many more dates";
  return `and ${moreDates} more ${moreDates === 1 ? "date" : "dates"}`;
}
const MANY_DATES = 20;

function ResultItem({ result }: { result: FinderResult }) {
  const { record, next, moreDates, miles, minutes } = result;
  return (
    <li className="finder__item">
      <h3 className="finder__title">
        <a href={record.url}>{record.title}</a>
      </h3>
      {next && (
        <p className="finder__when">
          {formatLocalOccurrence(next.start, next.end)}
          {moreDates > 0 && <span className="muted"> · {moreDatesText(moreDates)}</span>}
        </p>
      )}
      {record.where && <p className="finder__where">{record.where}</p>}
      <p className="finder__summary">{record.summary}</p>
      <ul className="tags" aria-label="Details">
        {miles !== undefined && minutes !== undefined && (
          <li className="tag tag--distance">
            {formatMiles(miles)} · {minutes} min walk
          </li>
        )}
        {record.cost && <li className={`tag${record.free ? " tag--free" : ""}`}>{record.cost}</li>}
        {next?.beforeDark && <li className="tag tag--dark">Finishes before dark</li>}
        {record.buddyUp && record.type === "event" && <li className="tag tag--buddy">Buddy-up available</li>}
        {isUnplaced(record) && <li className="tag">No map position</li>}
      </ul>
    </li>
  );
}

const isUnplaced = (record: SearchRecord) => record.geo === undefined && record.type !== "group";
