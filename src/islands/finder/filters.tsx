/**
 * The finder's filters: the search words, when, where, cost and time of day, and what it's about, who
 * it's for and access. Each change goes straight into the finder's state.
 */
import {
  ACCESSIBILITY_LABELS,
  AUDIENCE_LABELS,
  CATEGORY_LABELS,
  type AccessibilityFeature,
  type Audience,
  type Category,
} from "../../lib/domain/vocab";
import { WHEN_LABELS, type When } from "../../lib/listings/query";
import { toLocalDateTime } from "../../lib/time/local";
import type { FinderState } from "./state";
import { WhereFilter, type FinderWard } from "./where-filter";

/** The filter form. Its own submit does nothing: every control applies as it changes. */
export function FilterForm({ finder, wards }: { finder: FinderState; wards: FinderWard[] }) {
  return (
    <form
      className="finder__form"
      role="search"
      aria-label="Find events, groups, places and services"
      onSubmit={(event) => event.preventDefault()}
      onFocus={finder.ensureIndex}
    >
      <div className="finder__field finder__field--search">
        <label htmlFor="finder-q">Search events, groups, places and services</label>
        <input
          id="finder-q"
          type="search"
          value={finder.text}
          maxLength={100}
          autoComplete="off"
          onChange={(event) => finder.setText(event.target.value)}
        />
      </div>
      <WhenFilter finder={finder} />
      <WhereFilter finder={finder} wards={wards} />
      <CostAndTimeFilter finder={finder} />
      <MoreFilters finder={finder} />
      <p className="finder__clear">
        <a
          href="/find/"
          onClick={(event) => {
            event.preventDefault();
            finder.clearAll();
          }}
        >
          Clear all filters
        </a>
      </p>
    </form>
  );
}

function WhenFilter({ finder: { query, update } }: { finder: FinderState }) {
  const whenValue = query.from || query.to ? "dates" : (query.when ?? "");
  return (
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
  );
}

const YES_NO_FILTERS = [
  ["free", "Free or pay what you can"],
  ["beforeDark", "Finishes before dark"],
  ["buddyUp", "Buddy-up available"],
] as const;

function CostAndTimeFilter({ finder: { query, update } }: { finder: FinderState }) {
  return (
    <fieldset className="finder__group">
      <legend>Cost and time of day</legend>
      <div className="finder__options">
        {YES_NO_FILTERS.map(([field, label]) => (
          <label key={field} className="finder__option">
            <input
              type="checkbox"
              checked={query[field] === true}
              onChange={(event) => update({ [field]: event.target.checked })}
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function MoreFilters({ finder: { query, update } }: { finder: FinderState }) {
  const accessibility = query.accessibility ?? [];
  return (
    <details className="finder__more" open={Boolean(query.category || query.audience || query.accessibility?.length)}>
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
                checked={accessibility.includes(key)}
                onChange={(event) =>
                  update({
                    accessibility: event.target.checked
                      ? [...accessibility, key]
                      : accessibility.filter((feature) => feature !== key),
                  })
                }
              />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
