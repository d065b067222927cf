/**
 * The finder's "Where" filters: near me (the position stays in the browser, with a distance to keep within),
 * and the town and ward, where focus goes when the position cannot be had.
 */
import { TOWN_LABELS, TOWNS, type Town } from "../../lib/domain/vocab";
import { QUERY_PARAMS, WITHIN_MILES } from "../../lib/listings/query";
import type { FinderState } from "./state";

/** A ward to choose, with the town it belongs to. */
export interface FinderWard {
  id: string;
  name: string;
  town?: Town | undefined;
}

/** Near me, and the town and ward choices, with only the chosen town's wards offered. */
export function WhereFilter({ finder, wards }: { finder: FinderState; wards: FinderWard[] }) {
  const { query, update, near, within, locating } = finder;
  const wardsShown = query.town ? wards.filter((ward) => ward.town === query.town) : wards;
  return (
    <fieldset className="finder__group">
      <legend>Where</legend>
      {/* Near me needs the browser's position, so it is offered once JavaScript runs. */}
      {finder.hydrated && (
        <div className="finder__near">
          {near ? (
            <>
              <p className="finder__near-status">Sorted by distance from where you are.</p>
              <div className="finder__options" role="radiogroup" aria-label="How far">
                {[undefined, ...WITHIN_MILES].map((miles) => (
                  <label key={miles ?? "any"} className="finder__option">
                    <input
                      type="radio"
                      name="within"
                      checked={within === miles}
                      onChange={() => finder.setWithin(miles)}
                    />
                    {miles === undefined ? "Any distance" : `Within ${miles} ${miles === 1 ? "mile" : "miles"}`}
                  </label>
                ))}
              </div>
              <button type="button" className="button button--secondary" onClick={finder.stopNear}>
                Stop using my location
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              onClick={finder.locate}
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
      )}
      <div className="finder__selects">
        <div className="finder__field">
          <label htmlFor="finder-town">Town</label>
          <select
            id="finder-town"
            name={QUERY_PARAMS.town}
            ref={finder.townRef}
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
            name={QUERY_PARAMS.ward}
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
  );
}
