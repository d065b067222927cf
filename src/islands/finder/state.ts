/**
 * The finder's state: the listing query, kept in the address bar so a search can be shared and the back
 * button works; the resident's position, kept in the browser only; the search data, loaded on first use;
 * and the results they give.
 *
 * The search code (Fuse.js, the stemmer, the synonym table, the index) is imported only when the search
 * data is first needed, together with the data: until then the page shows its server-rendered list, and a
 * search typed meanwhile is answered as soon as the index is ready.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { Geo } from "../../lib/domain/common";
import type { ListingQuery, WITHIN_MILES } from "../../lib/listings/query";
import type { FinderPreset } from "../../lib/listings/finder-path";
import { findListings, type FinderResults } from "../../lib/search/find";
import type { SearchIndex } from "../../lib/search/search-index";
import { toLocalDateTime } from "../../lib/time/local";
import { readFinderUrl, toFinderUrl } from "../finder-url";

/** Where "near me" has got to. */
export type Locating = "idle" | "locating" | "found" | "refused" | "unavailable";
/** A distance "near me" can be limited to. */
export type Within = (typeof WITHIN_MILES)[number];
/** How the results are shown on a narrow screen. */
export type FinderView = "list" | "map";

/** Everything the finder's filters and results read, and the changes they can make. */
export interface FinderState {
  /** False on the server and in the first render, so the server-rendered page shows until then. */
  hydrated: boolean;
  query: ListingQuery;
  /** The search box as typed; it reaches `query.q` after a short pause. */
  text: string;
  setText: (text: string) => void;
  view: FinderView;
  changeView: (view: FinderView) => void;
  /** Why parts of the address could not be read. */
  problems: string[];
  /** Undefined until the search data has loaded. */
  results: FinderResults | undefined;
  loadFailed: boolean;
  /** Starts loading the search data, if it is not loaded or loading already. */
  ensureIndex: () => void;
  /** True on a screen wide enough to show the list and the map side by side. */
  wide: boolean;
  near: Geo | undefined;
  within: Within | undefined;
  setWithin: (within: Within | undefined) => void;
  locating: Locating;
  locate: () => void;
  stopNear: () => void;
  /** The town choice, where focus goes when the resident's position cannot be had. */
  townRef: RefObject<HTMLSelectElement | null>;
  /** Changes the search and records it in the address: a new history entry, or in place while typing. */
  update: (change: Partial<ListingQuery>, options?: { replace?: boolean; nextView?: FinderView }) => void;
  /** Removes the named filters, position included, as one change. */
  loosen: (fields: readonly (keyof ListingQuery)[]) => void;
  /** Removes every filter and the position. */
  clearAll: () => void;
}

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

/** Fetches the search data and the search code side by side, and builds the index, once per page. */
function loadIndex(): Promise<SearchIndex> {
  dataLoading ??= Promise.all([
    fetch("/search-index.json").then((response) => {
      if (!response.ok) throw new Error(`search data: HTTP ${response.status}`);
      return response.text();
    }),
    import("../../lib/search/search-file"),
  ]).then(([json, { readSearchIndex }]) => readSearchIndex(json));
  dataLoading.catch(() => {
    dataLoading = undefined;
  });
  return dataLoading;
}

/** The finder's state, starting from the pre-rendered preset and then from the address. */
export function useFinderState(initial: FinderPreset): FinderState {
  const [hydrated, setHydrated] = useState(false);
  const [query, setQuery] = useState<ListingQuery>(initial);
  const [view, setView] = useState<FinderView>("list");
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

  const update = useCallback(
    (change: Partial<ListingQuery>, options: { replace?: boolean; nextView?: FinderView } = {}) => {
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

  const changeView = (next: FinderView) => {
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

  const loosen = (fields: readonly (keyof ListingQuery)[]) => {
    if (fields.includes("near")) stopNear();
    if (fields.includes("within")) setWithin(undefined);
    if (fields.includes("q")) setText("");
    update(
      Object.fromEntries(
        fields.filter((field) => field !== "near" && field !== "within").map((field) => [field, undefined]),
      ),
    );
  };

  const clearAll = () => {
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
  };

  const results = useMemo(() => {
    if (!index) return undefined;
    return findListings(index, { ...query, within }, toLocalDateTime(new Date()), near);
  }, [index, query, near, within]);

  return {
    hydrated,
    query,
    text,
    setText,
    view,
    changeView,
    problems,
    results,
    loadFailed,
    ensureIndex,
    wide,
    near,
    within,
    setWithin,
    locating,
    locate,
    stopNear,
    townRef,
    update,
    loosen,
    clearAll,
  };
}
