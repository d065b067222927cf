/**
 * The finder's results: the count (announced as it changes), the list/map choice on a narrow screen, and
 * the list and the map, or what to loosen when nothing matches. Until the search data has loaded, the
 * server-rendered count and list stand in for them, in the same places, so nothing moves.
 */
import type { ReactNode } from "react";
import type { FinderState } from "./state";
import { useFinderWords } from "./words";

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
  const { wide, view, changeView, drawing } = finder;
  // The results are drawn once what draws them has come with the search data; until then, the server's list.
  const results = drawing && finder.results;
  const words = useFinderWords();
  const t = words.text.results;
  const showList = wide || view === "list";
  const showMap = Boolean(results) && (wide || view === "map");
  return (
    <>
      <div className="finder__bar">
        <p className="finder__count" role="status" aria-live="polite">
          {results && drawing ? drawing.describeResultCount(results, words) : finder.loadFailed ? t.loadFailed : count}
        </p>
        {/* Kept on a phone before the search data loads, so the count does not move when the choice appears. */}
        <div className="finder__views-space">
          {results && !wide && (
            <div className="finder__views" role="group" aria-label={t.showAs}>
              <button
                type="button"
                className="finder__view"
                aria-pressed={view === "list"}
                onClick={() => changeView("list")}
              >
                {t.list}
              </button>
              <button
                type="button"
                className="finder__view"
                aria-pressed={view === "map"}
                onClick={() => changeView("map")}
              >
                {t.map}
              </button>
            </div>
          )}
        </div>
      </div>

      {!results || !drawing ? (
        children
      ) : results.total === 0 ? (
        <drawing.NothingFound
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
          {showList && <drawing.ResultList results={results} />}
          {showMap && <drawing.ResultsMap results={results} />}
        </div>
      )}
    </>
  );
}
