/**
 * The finder's results: the count (announced as it changes), the list/map choice on a narrow screen, and
 * the list and the map, or what to loosen when nothing matches. Until the search data has loaded, the
 * server-rendered list stands in for them.
 */
import type { ReactNode } from "react";
import { formatMiles } from "../../lib/geo/geo";
import { suggestLoosening, type FinderResult, type FinderResults } from "../../lib/search/find";
import { describeResultCount, groupLoosening } from "../../lib/search/describe-results";
import { RECORD_TYPE_LABELS, type SearchRecord } from "../../lib/search/record";
import { formatLocalOccurrence } from "../../lib/time/local";
import ResultsMap from "../ResultsMap";
import type { FinderState } from "./state";

/** The results, with the server-rendered list as `children` until the search data has loaded. */
export function ResultsPanel({ finder, children }: { finder: FinderState; children?: ReactNode }) {
  const { results, wide, view, changeView } = finder;
  const showList = wide || view === "list";
  const showMap = Boolean(results) && (wide || view === "map");
  return (
    <>
      <p className="finder__count" role="status" aria-live="polite">
        {results
          ? describeResultCount(results)
          : finder.loadFailed
            ? "The search could not load. The list below is still up to date."
            : ""}
      </p>

      {results && !wide && (
        <div className="finder__views" role="group" aria-label="Show results as">
          <button
            type="button"
            className="finder__view"
            aria-pressed={view === "list"}
            onClick={() => changeView("list")}
          >
            List
          </button>
          <button
            type="button"
            className="finder__view"
            aria-pressed={view === "map"}
            onClick={() => changeView("map")}
          >
            Map
          </button>
        </div>
      )}

      {!results ? (
        children
      ) : results.total === 0 ? (
        <NothingFound finder={finder} />
      ) : (
        <div className={`finder__results${showMap ? " finder__results--map" : ""}`}>
          {showList && <ResultList results={results} />}
          {showMap && <ResultsMap results={results} />}
        </div>
      )}
    </>
  );
}

function NothingFound({ finder }: { finder: FinderState }) {
  const loosenings = groupLoosening(suggestLoosening(finder.query, finder.near));
  const suggestion = finder.results?.didYouMean;
  // The suggestion goes once the search changes: focus moves to the search box, which now holds it.
  const searchFor = (text: string) => {
    finder.setText(text);
    finder.update({ q: text });
    document.getElementById("finder-q")?.focus();
  };
  return (
    <div className="finder__empty">
      <h2>Nothing matches</h2>
      {suggestion && (
        <p>
          Did you mean{" "}
          <button type="button" className="link-button" onClick={() => searchFor(suggestion)}>
            {suggestion}
          </button>
          ?
        </p>
      )}
      {loosenings.length > 0 ? (
        <>
          <p>Try loosening the search. Remove:</p>
          <ul className="chips">
            {loosenings.map(({ label, fields }) => (
              <li key={label}>
                <button type="button" className="finder__chip" onClick={() => finder.loosen(fields)}>
                  {label}
                </button>
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

function ResultList({ results }: { results: FinderResults }) {
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
          {moreDates > 0 && (
            <span className="muted">
              {" "}
              · and {moreDates} more {moreDates === 1 ? "date" : "dates"}
            </span>
          )}
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
