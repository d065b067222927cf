/**
 * The finder's "Where" filters: near me (the position stays in the browser, with a distance to keep within),
 * and the town and ward, where focus goes when the position cannot be had.
 */
import { TOWN_LABELS, TOWNS, type Town } from "../../lib/domain/vocab";
import { QUERY_PARAMS, WITHIN_MILES } from "../../lib/listings/query";
import { countIn } from "../../lib/i18n/plural";
import type { FinderState } from "./state";
import { useFinderWords } from "./words";

/** A ward to choose, with the town it belongs to. */
export interface FinderWard {
  id: string;
  name: string;
  town?: Town | undefined;
}

/** Near me, and the town and ward choices, with only the chosen town's wards offered. */
export function WhereFilter({ finder, wards }: { finder: FinderState; wards: FinderWard[] }) {
  const { query, update, near, within, locating } = finder;
  const words = useFinderWords();
  const t = words.text.where;
  const wardsShown = query.town ? wards.filter((ward) => ward.town === query.town) : wards;
  return (
    <fieldset className="finder__group">
      <legend>{t.legend}</legend>
      {/* Near me needs the browser's position, so it is offered once JavaScript runs. */}
      {finder.hydrated && (
        <div className="finder__near">
          {near ? (
            <>
              <p className="finder__near-status">{t.sorted}</p>
              <div className="finder__options" role="radiogroup" aria-label={t.howFar}>
                {[undefined, ...WITHIN_MILES].map((miles) => (
                  <label key={miles ?? "any"} className="finder__option">
                    <input
                      type="radio"
                      name="within"
                      checked={within === miles}
                      onChange={() => finder.setWithin(miles)}
                    />
                    {miles === undefined ? t.anyDistance : countIn(words.locale, miles, t.within)}
                  </label>
                ))}
              </div>
              <button type="button" className="button button--secondary" onClick={finder.stopNear}>
                {t.stop}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--secondary"
              onClick={finder.locate}
              disabled={locating === "locating"}
            >
              {locating === "locating" ? t.locating : t.near}
            </button>
          )}
          {(locating === "refused" || locating === "unavailable") && (
            <p className="finder__message" role="alert">
              {locating === "refused" ? t.refused : t.unavailable}
            </p>
          )}
          <p className="finder__hint">{t.private}</p>
        </div>
      )}
      <div className="finder__selects">
        <div className="finder__field">
          <label htmlFor="finder-town">{t.town}</label>
          <select
            id="finder-town"
            name={QUERY_PARAMS.town}
            ref={finder.townRef}
            value={query.town ?? ""}
            onChange={(event) =>
              update({ town: (event.target.value || undefined) as Town | undefined, ward: undefined })
            }
          >
            <option value="">{t.allTowns}</option>
            {TOWNS.map((town) => (
              <option key={town} value={town}>
                {TOWN_LABELS[town]}
              </option>
            ))}
          </select>
        </div>
        <div className="finder__field">
          <label htmlFor="finder-ward">{t.ward}</label>
          <select
            id="finder-ward"
            name={QUERY_PARAMS.ward}
            value={query.ward ?? ""}
            onChange={(event) => update({ ward: event.target.value || undefined })}
          >
            <option value="">{t.allWards}</option>
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
