/**
 * The finder's form: the search words, and under "Filters" when, where, cost and time of day, and what it's
 * about, who it's for and access. It is a plain GET form to the finder, drawn the same on the server (for a
 * browser without JavaScript, and until the island takes over) and in the island, where each change goes
 * straight into the finder's state.
 */
import type { ReactNode } from "react";
import { countFilters } from "../../lib/listings/describe-query";
import { FINDER_PATH } from "../../lib/listings/finder-path";
import { LANGUAGES, type AccessibilityFeature } from "../../lib/domain/vocab";
import { capitalise } from "../../lib/i18n/words";
import { QUERY_PARAMS, WHENS, type ListingQuery, type When } from "../../lib/listings/query";
// The form loads with the page: it takes what it needs directly, leaving finder-words' helpers for the results,
// which load with the search data.
import { countIn } from "../../lib/i18n/plural";
import { hrefIn } from "../../lib/i18n/routes";
import type { FinderWords } from "../../lib/search/finder-words";
import { toLocalDateTime } from "../../lib/time/local";
import { CHOSEN_DATES } from "../finder-url";
import type { FinderState } from "./state";
import { WhereFilter, type FinderWard } from "./where-filter";
import { FinderWordsContext, useFinderWords } from "./words";

/** The form. Without JavaScript it sends the search to the finder; in the island every control applies as it changes. */
export function FilterForm({
  finder,
  wards,
  filtersOpen,
  onToggleFilters,
}: {
  finder: FinderState;
  wards: FinderWard[];
  filtersOpen: boolean;
  onToggleFilters?: (open: boolean) => void;
}) {
  const words = useFinderWords();
  const t = words.text.form;
  const on = countFilters(finder.query);
  const finderPath = hrefIn(words.locale, FINDER_PATH);
  return (
    <form
      className="finder__form"
      role="search"
      aria-label={t.label}
      action={finderPath}
      method="get"
      onSubmit={(event) => {
        event.preventDefault();
        finder.update({ q: finder.text.trim() || undefined }, { replace: true });
      }}
      onFocus={finder.ensureIndex}
    >
      <div className="finder__field finder__field--search">
        <label htmlFor="finder-q">{t.search}</label>
        <div className="finder__search">
          <input
            id="finder-q"
            name={QUERY_PARAMS.q}
            type="search"
            value={finder.text}
            maxLength={100}
            autoComplete="off"
            onChange={(event) => finder.setText(event.target.value)}
          />
          <button type="submit" className="button finder__submit">
            {t.submit}
          </button>
        </div>
      </div>
      <details
        className="finder__filters"
        open={filtersOpen}
        onToggle={(event) => onToggleFilters?.(event.currentTarget.open)}
      >
        <summary>
          {t.filters}{" "}
          <span className="finder__filters-on">
            {on === 0 ? t.filtersNone : countIn(words.locale, on, t.filtersOn)}
          </span>
        </summary>
        <div className="finder__filters-body">
          <WhenFilter finder={finder} />
          <WhereFilter finder={finder} wards={wards} />
          <CostAndTimeFilter finder={finder} />
          <MoreFilters finder={finder} />
          <p className="finder__actions">
            <button type="submit" className="button button--secondary">
              {t.showResults}
            </button>
            <a
              href={finderPath}
              onClick={(event) => {
                if (!finder.hydrated) return;
                event.preventDefault();
                finder.clearAll();
              }}
            >
              {t.clearAll}
            </a>
          </p>
        </div>
      </details>
    </form>
  );
}

const ignore = () => undefined;

/**
 * The form as the server draws it for a query: what the island's first render shows, and what a function
 * draws for a browser without JavaScript, holding what was asked.
 */
export function StaticFilterForm({
  query,
  wards,
  words,
}: {
  query: ListingQuery;
  wards: FinderWard[];
  words: FinderWords;
}): ReactNode {
  const finder: FinderState = {
    hydrated: false,
    query,
    text: query.q ?? "",
    setText: ignore,
    view: "list",
    changeView: ignore,
    problems: [],
    results: undefined,
    drawing: undefined,
    loadFailed: false,
    ensureIndex: ignore,
    wide: false,
    near: undefined,
    within: undefined,
    setWithin: ignore,
    locating: "idle",
    locate: ignore,
    stopNear: ignore,
    townRef: { current: null },
    update: ignore,
    loosen: ignore,
    clearAll: ignore,
  };
  return (
    <FinderWordsContext.Provider value={words}>
      <FilterForm finder={finder} wards={wards} filtersOpen={false} />
    </FinderWordsContext.Provider>
  );
}

function WhenFilter({ finder: { query, update } }: { finder: FinderState }) {
  const t = useFinderWords().text.when;
  const whenValue = query.from || query.to ? CHOSEN_DATES : (query.when ?? "");
  return (
    <fieldset className="finder__group">
      <legend>{t.legend}</legend>
      <div className="finder__options">
        {(
          [["", t.any], ...WHENS.map((when) => [when, t.options[when]]), [CHOSEN_DATES, t.choose]] as [string, string][]
        ).map(([value, label]) => (
          <label key={value} className="finder__option">
            <input
              type="radio"
              name="when"
              value={value}
              checked={whenValue === value}
              onChange={() =>
                value === CHOSEN_DATES
                  ? update({ when: undefined, from: toLocalDateTime(new Date()).slice(0, 10) })
                  : update({ when: (value || undefined) as When | undefined, from: undefined, to: undefined })
              }
            />
            {label}
          </label>
        ))}
      </div>
      {/* Drawn whatever is chosen, so the form works without JavaScript; shown only for "Choose dates". */}
      <div className="finder__dates">
        <div className="finder__field">
          <label htmlFor="finder-from">{t.from}</label>
          <input
            id="finder-from"
            name={QUERY_PARAMS.from}
            type="date"
            value={query.from ?? ""}
            onChange={(event) => update({ from: event.target.value || undefined }, { replace: true })}
          />
        </div>
        <div className="finder__field">
          <label htmlFor="finder-to">{t.to}</label>
          <input
            id="finder-to"
            name={QUERY_PARAMS.to}
            type="date"
            value={query.to ?? ""}
            min={query.from}
            onChange={(event) => update({ to: event.target.value || undefined }, { replace: true })}
          />
        </div>
      </div>
    </fieldset>
  );
}

const YES_NO_FILTERS = ["free", "beforeDark", "buddyUp"] as const;

function CostAndTimeFilter({ finder: { query, update } }: { finder: FinderState }) {
  const t = useFinderWords().text.costAndTime;
  return (
    <fieldset className="finder__group">
      <legend>{t.legend}</legend>
      <div className="finder__options">
        {YES_NO_FILTERS.map((field) => (
          <label key={field} className="finder__option">
            <input
              type="checkbox"
              name={QUERY_PARAMS[field]}
              value="1"
              checked={query[field] === true}
              onChange={(event) => update({ [field]: event.target.checked })}
            />
            {t[field]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function MoreFilters({ finder: { query, update } }: { finder: FinderState }) {
  const words = useFinderWords();
  const t = words.text.more;
  const accessibility = query.accessibility ?? [];
  return (
    <details
      className="finder__more"
      open={Boolean(query.category || query.audience || query.language || query.accessibility?.length)}
    >
      <summary>{t.summary}</summary>
      <div className="finder__selects">
        <ChoiceField
          field="category"
          label={t.category}
          any={t.anything}
          options={Object.entries(words.category)}
          query={query}
          update={update}
        />
        <ChoiceField
          field="audience"
          label={t.audience}
          any={t.anyone}
          options={Object.entries(words.audience).filter(([key]) => key !== "everyone")}
          query={query}
          update={update}
        />
        <ChoiceField
          field="language"
          label={t.language}
          any={t.anyLanguage}
          options={LANGUAGES.map((language) => [language, capitalise(words.language[language])])}
          query={query}
          update={update}
        />
      </div>
      <fieldset className="finder__group finder__group--inner">
        <legend>{t.accessibility}</legend>
        <div className="finder__options">
          {(Object.entries(words.accessibility) as [AccessibilityFeature, string][]).map(([key, label]) => (
            <label key={key} className="finder__option">
              <input
                type="checkbox"
                name={QUERY_PARAMS.accessibility}
                value={key}
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

/** A choice of one value for a query field, or none ("Anything"). */
function ChoiceField({
  field,
  label,
  any,
  options,
  query,
  update,
}: {
  field: "category" | "audience" | "language";
  label: string;
  any: string;
  /** Each value with its words. */
  options: readonly (readonly [string, string])[];
  query: ListingQuery;
  update: FinderState["update"];
}) {
  return (
    <div className="finder__field">
      <label htmlFor={`finder-${field}`}>{label}</label>
      <select
        id={`finder-${field}`}
        name={QUERY_PARAMS[field]}
        value={query[field] ?? ""}
        // The select offers only the field's own values.
        onChange={(event) => update({ [field]: event.target.value || undefined } as Partial<ListingQuery>)}
      >
        <option value="">{any}</option>
        {options.map(([key, words]) => (
          <option key={key} value={key}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
}
