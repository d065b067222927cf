/**
 * The finder's results: the count (announced as it changes), the list/map choice on a narrow screen, and
 * the list and the map, or what to loosen when nothing matches. Until the search data has loaded, the
 * server-rendered count and list stand in for them, in the same places, so nothing moves.
 */
import type { ReactNode } from "react";
import { describeResultCount } from "../../lib/search/describe-results";
import ResultsMap from "../ResultsMap";
import { NothingFound, ResultList } from "./result-list";
import type { FinderState } from "./state";

/** The results, with the server-rendered count and list as `count` and `children` until the search data has loaded. */
export function ResultsPanel({
  finder,
  count,
  children,
}: {
  finder: FinderState;
  count?: ReactNode;
  children?: ReactNode;
}) {
  const { results, wide, view, changeView } = finder;
  const showList = wide || view === "list";
  const showMap = Boolean(results) && (wide || view === "map");
  return (
    <>
      <div className="finder__bar">
        <p className="finder__count" role="status" aria-live="polite">
          {results
            ? describeResultCount(results)
            : finder.loadFailed
              ? "The search could not load. The list below is still up to date."
              : count}
        </p>
        {/* Kept on a phone before the search data loads, so the count does not move when the choice appears. */}
        <div className="finder__views-space">
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
        </div>
      </div>

      {!results ? (
        children
      ) : results.total === 0 ? (
        <NothingFound
          query={finder.query}
          near={finder.near}
          didYouMean={results.didYouMean}
          onSearch={(text) => {
            // The suggestion goes once the search changes: focus moves to the search box, which now holds it.
            finder.setText(text);
            finder.update({ q: text });
            document.getElementById("finder-q")?.focus();
          }}
          onLoosen={finder.loosen}
        />
      ) : (
        <div className={`finder__results${showMap ? " finder__results--map" : ""}`}>
          {showList && <ResultList results={results} />}
          {showMap && <ResultsMap results={results} />}
        </div>
      )}
    </>
  );
}
