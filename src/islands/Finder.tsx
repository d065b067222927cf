/**
 * The finder: one search across events, groups, places and services, with filters, "near me" and a map.
 * The server-rendered page underneath (passed in as children and the `filters` slot) is complete without
 * JavaScript; once hydrated this takes over, keeping its whole state in the address bar so a search can
 * be shared and the back button works. The search data loads on first use.
 */
import type { ReactNode } from "react";
import type { FinderPreset } from "../lib/listings/finder-path";
import { FilterForm } from "./finder/filters";
import { ResultsPanel } from "./finder/results";
import { useFinderState } from "./finder/state";
import type { FinderWard } from "./finder/where-filter";
import "./finder.css";

interface Props {
  /** The pre-rendered preset this page shows, for the first render. */
  initial: FinderPreset;
  wards: FinderWard[];
  /** The server-rendered filter links, shown until the finder's own controls take over. */
  filters?: ReactNode;
  /** The server-rendered results, shown until the search data has loaded. */
  children?: ReactNode;
}

export default function Finder({ initial, wards, filters, children }: Props) {
  const finder = useFinderState(initial);

  if (!finder.hydrated) {
    return (
      <div className="finder">
        {filters}
        {children}
      </div>
    );
  }

  return (
    <div className="finder">
      <FilterForm finder={finder} wards={wards} />

      {finder.problems.length > 0 && (
        <div className="notice notice--alert" role="alert">
          <p>Part of this address could not be read, so the finder shows everything:</p>
          <ul>
            {finder.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}

      <ResultsPanel finder={finder}>{children}</ResultsPanel>
    </div>
  );
}
