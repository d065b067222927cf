/**
 * The finder: one search across events, groups, places and services, with filters, "near me" and a map.
 * The server-rendered page underneath (the `filters`, `count` and default slots) is complete without
 * JavaScript: a plain GET form, the count and the list. Once hydrated this takes over in the same places,
 * keeping its whole state in the address bar so a search can be shared and the back button works, and
 * keeping whatever the resident had typed or chosen before it took over. The search data loads on first use.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { QUERY_PARAMS, toSearchParams, type ListingQuery } from "../lib/listings/query";
import { FINDER_FORM_MARKS } from "../lib/pages/contract";
import { readFinderUrl } from "./finder-url";
import { FilterForm } from "./finder/filters";
import { ResultsPanel } from "./finder/results";
import { useFinderState } from "./finder/state";
import type { FinderWard } from "./finder/where-filter";
import { FinderWordsContext } from "./finder/words";
import type { FinderWords } from "../lib/search/finder-words";
import { listingText } from "../lib/i18n/listing-lang";
import "./finder.css";

interface Props {
  wards: FinderWard[];
  /** The finder's words in the page's language. */
  words: FinderWords;
  /** The server-rendered form, shown until the finder's own controls take over. */
  filters?: ReactNode;
  /** The server-rendered count, shown until the search data has loaded. */
  count?: ReactNode;
  /** The server-rendered results, shown until the search data has loaded. */
  children?: ReactNode;
}

const EVERY_FIELD = Object.fromEntries(
  (Object.keys(QUERY_PARAMS) as (keyof ListingQuery)[])
    .filter((field) => field !== "near" && field !== "within")
    .map((field) => [field, undefined]),
) as Partial<ListingQuery>;

export default function Finder({ wards, words, filters, count, children }: Props) {
  const finder = useFinderState();
  const [filtersOpen, setFiltersOpen] = useState(false);
  const refocus = useRef<string | undefined>(undefined);

  // Until the island's form replaces the server's, the resident may go on typing in the server's form, right
  // up to the render that swaps them. So the server's form is held on to, where focus is in it is followed,
  // and what it holds (words typed, choices made, whether Filters is open) is read as the swap is committed:
  // the removed form still holds its values.
  const serverForm = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    const form = document.getElementById(FINDER_FORM_MARKS.rootId)?.querySelector("form");
    if (!form) return;
    serverForm.current = form;
    const follow = (element: Element | null) => {
      if (!(element instanceof HTMLElement) || !form.contains(element)) return;
      if (
        element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLButtonElement
      ) {
        refocus.current = element.id
          ? `#${element.id}`
          : element.name
            ? `[name="${element.name}"][value="${CSS.escape(element.value)}"]`
            : undefined;
      }
    };
    follow(document.activeElement);
    const onFocus = (event: FocusEvent) => follow(event.target as Element | null);
    form.addEventListener("focusin", onFocus);
    return () => form.removeEventListener("focusin", onFocus);
  }, []);

  useLayoutEffect(() => {
    const form = serverForm.current;
    if (!finder.hydrated || !form) return;
    serverForm.current = null;
    setFiltersOpen(form.querySelector("details")?.open ?? false);
    const asked = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string") asked.append(name, value);
    const fromForm = readFinderUrl(`?${asked}`);
    const fromAddress = readFinderUrl(location.search);
    if (fromForm.problems.length > 0) return;
    if (toSearchParams(fromForm.query).toString() !== toSearchParams(fromAddress.query).toString()) {
      finder.setText(fromForm.query.q ?? "");
      finder.update({ ...EVERY_FIELD, ...fromForm.query }, { replace: true });
    }
    // Once, as the island takes over: later changes come from the island's own form.
  }, [finder.hydrated]);

  useEffect(() => {
    if (!finder.hydrated || !refocus.current) return;
    const element = document.querySelector<HTMLElement>(refocus.current);
    refocus.current = undefined;
    element?.focus();
    if (element instanceof HTMLInputElement && element.type === "search") {
      element.setSelectionRange(element.value.length, element.value.length);
    }
  }, [finder.hydrated]);

  return (
    // data-results says whose results are shown: the server's list until the island's own search has answered.
    <FinderWordsContext.Provider value={words}>
      <div className="finder" data-results={finder.results ? "island" : "server"}>
        {finder.hydrated ? (
          <FilterForm finder={finder} wards={wards} filtersOpen={filtersOpen} onToggleFilters={setFiltersOpen} />
        ) : (
          filters
        )}

        {finder.problems.length > 0 && (
          <div className="notice notice--alert" role="alert">
            <p>{words.text.problems.address}</p>
            {/* Each problem names the address's own parameter, so it is told in the address's terms, in English. */}
            <ul {...listingText(words.locale)}>
              {finder.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}

        <ResultsPanel finder={finder} count={count}>
          {children}
        </ResultsPanel>
      </div>
    </FinderWordsContext.Provider>
  );
}
