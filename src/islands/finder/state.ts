/**
 * The finder's state: the listing query, kept in the address bar so a search can be shared and the back
 * button works; the resident's position, kept in the browser only; the search data, loaded on first use;
 * and the results they give.
 *
 * The search code (Fuse.js, the stemmer, the synonym table, the index) is imported only when the search
 * data is first needed, together with the data: until then the page shows its server-rendered list, and a
 * search typed meanwhile is answered as soon as the index is ready. The data is two files fetched at once
 * (search-file.ts): a search is answered from the first as soon as it is read, by titles, labels, filters
 * and dates; the index of every field is built once those results are on screen and the second file has
 * come, in short steps between which the page goes on answering taps and keys, and then the results shown
 * stay where they are, with what it adds after them.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { Geo } from "../../lib/domain/common";
import type { ListingQuery, WITHIN_MILES } from "../../lib/listings/query";
import type { FinderResults } from "../../lib/search/find";
import { SEARCH_DETAILS_PATH, SEARCH_INDEX_PATH } from "../../lib/pages/contract";
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
  /** Undefined until the search data, and what draws the results, have loaded. */
  results: FinderResults | undefined;
  /** What draws the results, loaded with the search data. */
  drawing: ResultDrawing | undefined;
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

const fetchText = (path: string) =>
  fetch(path).then((response) => {
    if (!response.ok) throw new Error(`search data: HTTP ${response.status}`);
    return response.text();
  });

interface Loading {
  code: Promise<typeof import("../../lib/search/search-file")>;
  first: Promise<string>;
  /** The second file; fetched again, the next time it is wanted, after a failure. */
  details?: Promise<string> | undefined;
  /** The index of the first file. */
  index: Promise<SearchIndex>;
  complete?: Promise<SearchIndex> | undefined;
}

let loading: Loading | undefined;

/** The components and words that draw the results (./drawing.ts). */
export type ResultDrawing = typeof import("./drawing");

let drawingLoaded: Promise<ResultDrawing> | undefined;

/** Loads what draws the results, once; a failed load is tried again the next time. */
function loadDrawing(): Promise<ResultDrawing> {
  const started = (drawingLoaded ??= import("./drawing"));
  started.catch(() => {
    if (drawingLoaded === started) drawingLoaded = undefined;
  });
  return started;
}

/**
 * Fetches both search files and the search code side by side, once per page, and builds the index of the
 * first file as soon as it is read: the quickest way to a first result, even when the second has come too.
 */
function loadIndex(): Promise<SearchIndex> {
  if (loading) return loading.index;
  const code = import("../../lib/search/search-file");
  const first = fetchText(SEARCH_INDEX_PATH);
  const details = fetchText(SEARCH_DETAILS_PATH);
  details.catch(() => undefined);
  const index = Promise.all([first, code]).then(([json, { readSearchIndex }]) => readSearchIndex(json));
  const started: Loading = { code, first, details, index };
  index.catch(() => {
    if (loading === started) loading = undefined;
  });
  loading = started;
  return index;
}

/**
 * The index of both files, once: built in steps after the first file's results are on screen. When the second
 * file could not be had, asking again fetches it again.
 */
function loadCompleteIndex(): Promise<SearchIndex> {
  const started = loading;
  if (!started) return loadIndex();
  if (!started.complete) {
    const details = (started.details ??= fetchText(SEARCH_DETAILS_PATH));
    const complete = Promise.all([started.first, details, started.code]).then(
      ([json, text, { readSearchIndexInSteps }]) => readSearchIndexInSteps(json, text),
    );
    complete.catch(() => {
      if (started.complete !== complete) return;
      started.complete = undefined;
      started.details = undefined;
    });
    started.complete = complete;
  }
  return started.complete;
}

/** The finder's state, starting from the built page's (no search) and then from the address. */
export function useFinderState(): FinderState {
  const [hydrated, setHydrated] = useState(false);
  const [query, setQuery] = useState<ListingQuery>({});
  const [view, setView] = useState<FinderView>("list");
  const [problems, setProblems] = useState<string[]>([]);
  const [index, setIndex] = useState<SearchIndex | undefined>();
  const [drawing, setDrawing] = useState<ResultDrawing | undefined>();
  const [loadFailed, setLoadFailed] = useState(false);
  const [near, setNear] = useState<Geo | undefined>();
  const [within, setWithin] = useState<Within | undefined>();
  const [locating, setLocating] = useState<Locating>("idle");
  const [text, setText] = useState("");
  const townRef = useRef<HTMLSelectElement>(null);
  const wide = useWideScreen();

  const ensureIndex = useCallback(() => {
    Promise.all([loadIndex(), loadDrawing()]).then(
      ([loaded, drawn]) => {
        setDrawing(() => drawn);
        setIndex((current) => (current && !current.partial ? current : loaded));
      },
      () => setLoadFailed(true),
    );
  }, []);

  // An index of the first file alone gives way to that of both, built once its results have been drawn. If
  // the second file cannot be had, searches go on finding titles, labels, filters and dates, and the next change
  // to the search tries the file again.
  useEffect(() => {
    if (!index?.partial) return;
    let live = true;
    loadCompleteIndex().then(
      (complete) => {
        if (live) setIndex(complete);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [index, text]);

  const applyUrl = useCallback(() => {
    const state = readFinderUrl(location.search);
    setQuery(state.query);
    setText(state.query.q ?? "");
    setView(state.view);
    setProblems(state.problems.map((problem) => problem.message));
    return state;
  }, []);

  // The search the server answered in the built page's place, when it did: its complete results stay on screen
  // until the island can search every field too, rather than giving way to the first file's fewer results.
  const serverAnswered = useRef<string | undefined>(undefined);

  useEffect(() => {
    setHydrated(true);
    const state = applyUrl();
    if (location.search && state.problems.length === 0) {
      serverAnswered.current = JSON.stringify([state.query, undefined, undefined]);
    }
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
        const url = toFinderUrl(next, options.nextView ?? view, location.pathname);
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
    history.pushState(null, "", toFinderUrl(query, next, location.pathname));
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
      language: undefined,
    });
  };

  const shown = useRef<{ index: SearchIndex; asked: string; results: FinderResults } | undefined>(undefined);
  const asked = JSON.stringify([query, within, near]);
  const results = useMemo(() => {
    if (!index || !drawing) return undefined;
    if (index.partial && asked === serverAnswered.current) return undefined;
    const found = drawing.findListings(index, { ...query, within }, toLocalDateTime(new Date()), near);
    const before = shown.current;
    return before?.index.partial && !index.partial && before.asked === JSON.stringify([query, within, near])
      ? drawing.keepShownFirst(before.results, found)
      : found;
  }, [index, drawing, query, near, within, asked]);
  // What was drawn, for which search and from which index: the complete index keeps the first file's results in place.
  useEffect(() => {
    if (index && results) shown.current = { index, asked, results };
  }, [index, asked, results]);

  return {
    hydrated,
    query,
    text,
    setText,
    view,
    changeView,
    problems,
    results,
    drawing,
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
