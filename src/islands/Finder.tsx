/**
 * The finder: one search across events, groups, places and services, with filters, "near me" and a map.
 * The server-rendered page underneath (passed in as children and the `filters` slot) is complete without
 * JavaScript; once hydrated this takes over, keeping its whole state in the address bar so a search can
 * be shared and the back button works. The search data loads on first use.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { Geo } from "../lib/domain/common";
import {
  ACCESSIBILITY_LABELS,
  AUDIENCE_LABELS,
  CATEGORY_LABELS,
  TOWN_LABELS,
  TOWNS,
  type AccessibilityFeature,
  type Audience,
  type Category,
  type Town,
} from "../lib/domain/vocab";
import { formatMiles } from "../lib/geo/geo";
import { WHEN_LABELS, WITHIN_MILES, type ListingQuery, type When } from "../lib/listings/query";
import type { FinderPreset } from "../lib/listings/finder-path";
import { findListings, suggestLoosening, type FinderResult, type FinderResults } from "../lib/search/find";
import { RECORD_TYPE_LABELS, type SearchData, type SearchRecord } from "../lib/search/record";
import { createSearchIndex, type SearchIndex } from "../lib/search/search-index";
import { formatLocalOccurrence, toLocalDateTime } from "../lib/time/local";
import { readFinderUrl, toFinderUrl } from "./finder-url";
import ResultsMap from "./ResultsMap";
import "./finder.css";

interface Props {
  /** The pre-rendered preset this page shows, for the first render. */
  initial: FinderPreset;
  wards: { id: string; name: string; town?: Town | undefined }[];
  /** The server-rendered filter links, shown until the finder's own controls take over. */
  filters?: ReactNode;
  /** The server-rendered results, shown until the search data has loaded. */
  children?: ReactNode;
}

type Locating = "idle" | "locating" | "found" | "refused" | "unavailable";
type Within = (typeof WITHIN_MILES)[number];

const LOOSEN_LABELS: Record<string, string> = {
  q: "the search words",
  within: "the distance",
  when: "the dates",
  from: "the dates",
  to: "the dates",
  ward: "the ward",
  town: "the town",
  beforeDark: "finishes before dark",
  free: "free only",
  category: "the category",
  audience: "who it's for",
  accessibility: "the accessibility needs",
  buddyUp: "buddy-up only",
  near: "near me",
};

function useWideScreen(): boolean {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    const media = window.matchMedia("(min-width: 60rem)");
    const update = () => setWide(media.matches);
    update();
    media.addEventListener("change", update);
    return () => media.removeEventListener("change", update);
  }, []);
  return wide;
}

let dataLoading: Promise<SearchIndex> | undefined;

/** Fetches the search data and builds the index, once per page. */
function loadIndex(): Promise<SearchIndex> {
  dataLoading ??= fetch("/search-index.json")
    .then((response) => {
      if (!response.ok) throw new Error(`search data: HTTP ${response.status}`);
      return response.json() as Promise<SearchData>;
    })
    .then((data) => createSearchIndex(data.records));
  dataLoading.catch(() => {
    dataLoading = undefined;
  });
  return dataLoading;
}

export default function Finder({ initial, wards, filters, children }: Props) {
  const [hydrated, setHydrated] = useState(false);
  const [query, setQuery] = useState<ListingQuery>(initial);
  const [view, setView] = useState<"list" | "map">("list");
  const [problems, setProblems] = useState<string[]>([]);
  const [index, setIndex] = useState<SearchIndex | undefined>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [near, setNear] = useState<Geo | undefined>();
  const [within, setWithin] = useState<Within | undefined>();
  const [locating, setLocating] = useState<Locating>("idle");
  const [text, setText] = useState("");
  const townRef = useRef<HTMLSelectElement>(null);
  const wide = useWideScreen();

  const ensureIndex = useCallback(() => {
    loadIndex().then(setIndex, () => setLoadFailed(true));
  }, []);

  const applyUrl = useCallback(() => {
    const state = readFinderUrl(location.pathname, location.search);
    setQuery(state.query);
    setText(state.query.q ?? "");
    setView(state.view);
    setProblems(state.problems.map((problem) => problem.message));
    return state;
  }, []);

  useEffect(() => {
    setHydrated(true);
    const state = applyUrl();
    if (location.search || state.view === "map") ensureIndex();
    const onPop = () => {
      applyUrl();
      ensureIndex();
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [applyUrl, ensureIndex]);

  /** Changes the search and records it in the address: a new history entry, or in place while typing. */
  const update = useCallback(
    (change: Partial<ListingQuery>, options: { replace?: boolean; nextView?: "list" | "map" } = {}) => {
      setQuery((current) => {
        const next: ListingQuery = { ...current, ...change };
        for (const key of Object.keys(next) as (keyof ListingQuery)[]) {
          const value = next[key];
          if (value === undefined || value === false || value === "" || (Array.isArray(value) && value.length === 0))
            delete next[key];
        }
        const url = toFinderUrl(next, options.nextView ?? view);
        if (options.replace) history.replaceState(null, "", url);
        else history.pushState(null, "", url);
        return next;
      });
      setProblems([]);
      ensureIndex();
    },
    [ensureIndex, view],
  );

  // Typing updates the address in place (no history entry per letter), after a short pause.
  useEffect(() => {
    if (!hydrated || (query.q ?? "") === text.trim()) return;
    const timer = setTimeout(() => update({ q: text.trim() || undefined }, { replace: true }), 200);
    return () => clearTimeout(timer);
  }, [text, hydrated, query.q, update]);

  const changeView = (next: "list" | "map") => {
    setView(next);
    history.pushState(null, "", toFinderUrl(query, next));
    ensureIndex();
  };

  const locate = () => {
    ensureIndex();
    if (!("geolocation" in navigator)) {
      setLocating("unavailable");
      townRef.current?.focus();
      return;
    }
    setLocating("locating");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setNear({ lat: position.coords.latitude, lng: position.coords.longitude });
        setLocating("found");
      },
      (error) => {
        setLocating(error.code === error.PERMISSION_DENIED ? "refused" : "unavailable");
        townRef.current?.focus();
      },
      { timeout: 15_000, maximumAge: 300_000 },
    );
  };

  const stopNear = () => {
    setNear(undefined);
    setWithin(undefined);
    setLocating("idle");
  };

  const results: FinderResults | undefined = useMemo(() => {
    if (!index) return undefined;
    return findListings(index, { ...query, within }, toLocalDateTime(new Date()), near);
  }, [index, query, near, within]);

  if (!hydrated) {
    return (
      <div className="finder">
        {filters}
        {children}
      </div>
    );
  }

  const whenValue = query.from || query.to ? "dates" : (query.when ?? "");
  const wardsShown = query.town ? wards.filter((ward) => ward.town === query.town) : wards;
  const showList = wide || view === "list";
  const showMap = Boolean(results) && (wide || view === "map");
  const loosen = results && results.total === 0 ? suggestLoosening(query, near) : [];

  return (
    <div className="finder">
      <form
        className="finder__form"
        role="search"
        aria-label="Find events, groups, places and services"
        onSubmit={(event) => event.preventDefault()}
        onFocus={ensureIndex}
      >
        <div className="finder__field finder__field--search">
          <label htmlFor="finder-q">Search events, groups, places and services</label>
          <input
            id="finder-q"
            type="search"
            value={text}
            maxLength={100}
            autoComplete="off"
            onChange={(event) => setText(event.target.value)}
          />
        </div>

        <fieldset className="finder__group">
          <legend>When</legend>
          <div className="finder__options">
            {([["", "Any day"], ...Object.entries(WHEN_LABELS), ["dates", "Choose dates"]] as [string, string][]).map(
              ([value, label]) => (
                <label key={value} className="finder__option">
                  <input
                    type="radio"
                    name="when"
                    value={value}
                    checked={whenValue === value}
                    onChange={() =>
                      value === "dates"
                        ? update({ when: undefined, from: toLocalDateTime(new Date()).slice(0, 10) })
                        : update({ when: (value || undefined) as When | undefined, from: undefined, to: undefined })
                    }
                  />
                  {label}
                </label>
              ),
            )}
          </div>
          {whenValue === "dates" && (
            <div className="finder__dates">
              <div className="finder__field">
                <label htmlFor="finder-from">From</label>
                <input
                  id="finder-from"
                  type="date"
                  value={query.from ?? ""}
                  onChange={(event) => update({ from: event.target.value || undefined }, { replace: true })}
                />
              </div>
              <div className="finder__field">
                <label htmlFor="finder-to">To</label>
                <input
                  id="finder-to"
                  type="date"
                  value={query.to ?? ""}
                  min={query.from}
                  onChange={(event) => update({ to: event.target.value || undefined }, { replace: true })}
                />
              </div>
            </div>
          )}
        </fieldset>

        <fieldset className="finder__group">
          <legend>Where</legend>
          <div className="finder__near">
            {near ? (
              <>
                <p className="finder__near-status">Sorted by distance from where you are.</p>
                <div className="finder__options" role="radiogroup" aria-label="How far">
                  {[undefined, ...WITHIN_MILES].map((miles) => (
                    <label key={miles ?? "any"} className="finder__option">
                      <input type="radio" name="within" checked={within === miles} onChange={() => setWithin(miles)} />
                      {miles === undefined ? "Any distance" : `Within ${miles} ${miles === 1 ? "mile" : "miles"}`}
                    </label>
                  ))}
                </div>
                <button type="button" className="button button--secondary" onClick={stopNear}>
                  Stop using my location
                </button>
              </>
            ) : (
              <button
                type="button"
                className="button button--secondary"
                onClick={locate}
                disabled={locating === "locating"}
              >
                {locating === "locating" ? "Finding where you are…" : "Near me"}
              </button>
            )}
            {(locating === "refused" || locating === "unavailable") && (
              <p className="finder__message" role="alert">
                {locating === "refused"
                  ? "Your location wasn't shared, so choose your town or ward instead."
                  : "We couldn't find where you are, so choose your town or ward instead."}
              </p>
            )}
            <p className="finder__hint">Your location stays on your device: it is never sent to us.</p>
          </div>
          <div className="finder__selects">
            <div className="finder__field">
              <label htmlFor="finder-town">Town</label>
              <select
                id="finder-town"
                ref={townRef}
                value={query.town ?? ""}
                onChange={(event) =>
                  update({ town: (event.target.value || undefined) as Town | undefined, ward: undefined })
                }
              >
                <option value="">All towns</option>
                {TOWNS.map((town) => (
                  <option key={town} value={town}>
                    {TOWN_LABELS[town]}
                  </option>
                ))}
              </select>
            </div>
            <div className="finder__field">
              <label htmlFor="finder-ward">Ward</label>
              <select
                id="finder-ward"
                value={query.ward ?? ""}
                onChange={(event) => update({ ward: event.target.value || undefined })}
              >
                <option value="">All wards</option>
                {wardsShown.map((ward) => (
                  <option key={ward.id} value={ward.id}>
                    {ward.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </fieldset>

        <fieldset className="finder__group">
          <legend>Cost and time of day</legend>
          <div className="finder__options">
            <label className="finder__option">
              <input
                type="checkbox"
                checked={query.free === true}
                onChange={(event) => update({ free: event.target.checked })}
              />
              Free or pay what you can
            </label>
            <label className="finder__option">
              <input
                type="checkbox"
                checked={query.beforeDark === true}
                onChange={(event) => update({ beforeDark: event.target.checked })}
              />
              Finishes before dark
            </label>
            <label className="finder__option">
              <input
                type="checkbox"
                checked={query.buddyUp === true}
                onChange={(event) => update({ buddyUp: event.target.checked })}
              />
              Buddy-up available
            </label>
          </div>
        </fieldset>

        <details
          className="finder__more"
          open={Boolean(query.category || query.audience || query.accessibility?.length)}
        >
          <summary>What it's about, who it's for, access</summary>
          <div className="finder__selects">
            <div className="finder__field">
              <label htmlFor="finder-category">What it's about</label>
              <select
                id="finder-category"
                value={query.category ?? ""}
                onChange={(event) => update({ category: (event.target.value || undefined) as Category | undefined })}
              >
                <option value="">Anything</option>
                {Object.entries(CATEGORY_LABELS).map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="finder__field">
              <label htmlFor="finder-audience">Who it's for</label>
              <select
                id="finder-audience"
                value={query.audience ?? ""}
                onChange={(event) => update({ audience: (event.target.value || undefined) as Audience | undefined })}
              >
                <option value="">Anyone</option>
                {Object.entries(AUDIENCE_LABELS)
                  .filter(([key]) => key !== "everyone")
                  .map(([key, label]) => (
                    <option key={key} value={key}>
                      {label}
                    </option>
                  ))}
              </select>
            </div>
          </div>
          <fieldset className="finder__group finder__group--inner">
            <legend>Accessibility</legend>
            <div className="finder__options">
              {(Object.entries(ACCESSIBILITY_LABELS) as [AccessibilityFeature, string][]).map(([key, label]) => (
                <label key={key} className="finder__option">
                  <input
                    type="checkbox"
                    checked={query.accessibility?.includes(key) ?? false}
                    onChange={(event) =>
                      update({
                        accessibility: event.target.checked
                          ? [...(query.accessibility ?? []), key]
                          : (query.accessibility ?? []).filter((feature) => feature !== key),
                      })
                    }
                  />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
        </details>
        <p className="finder__clear">
          <a
            href="/find/"
            onClick={(event) => {
              event.preventDefault();
              setText("");
              stopNear();
              update({
                q: undefined,
                when: undefined,
                from: undefined,
                to: undefined,
                town: undefined,
                ward: undefined,
                category: undefined,
                audience: undefined,
                free: undefined,
                beforeDark: undefined,
                accessibility: undefined,
                buddyUp: undefined,
              });
            }}
          >
            Clear all filters
          </a>
        </p>
      </form>

      {problems.length > 0 && (
        <div className="notice notice--alert" role="alert">
          <p>Part of this address could not be read, so the finder shows everything:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      <p className="finder__count" role="status" aria-live="polite">
        {results
          ? countText(results)
          : loadFailed
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
        <div className="finder__empty">
          <h2>Nothing matches</h2>
          {loosen.length > 0 ? (
            <>
              <p>Try loosening the search. Remove:</p>
              <ul className="chips">
                {[...new Set(loosen.map((field) => LOOSEN_LABELS[field]))].map((label) => {
                  const fields = loosen.filter((field) => LOOSEN_LABELS[field] === label);
                  return (
                    <li key={label}>
                      <button
                        type="button"
                        className="finder__chip"
                        onClick={() => {
                          if (fields.includes("near")) stopNear();
                          if (fields.includes("within")) setWithin(undefined);
                          if (fields.includes("q")) setText("");
                          update(
                            Object.fromEntries(
                              fields
                                .filter((field) => field !== "near" && field !== "within")
                                .map((field) => [field, undefined]),
                            ),
                          );
                        }}
                      >
                        {label}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </>
          ) : (
            <p>
              There is nothing listed yet. Have a look at <a href="/events/">everything that's on</a>.
            </p>
          )}
        </div>
      ) : (
        <div className={`finder__results${showMap ? " finder__results--map" : ""}`}>
          {showList && <ResultList results={results} />}
          {showMap && <ResultsMap results={results} />}
        </div>
      )}
    </div>
  );
}

function countText(results: FinderResults): string {
  if (results.total === 0) return "No results. Try loosening the search.";
  const parts = results.groups.map(
    (group) => `${group.results.length} ${RECORD_TYPE_LABELS[group.type].toLowerCase()}`,
  );
  return `${results.total} ${results.total === 1 ? "result" : "results"}: ${parts.join(", ")}.`;
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
