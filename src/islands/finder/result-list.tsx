/**
 * The finder's list of results, and what to try when nothing matches: the same markup whether the island
 * draws it in the browser or a function draws it on the server for a browser without JavaScript. What to
 * try is a set of links to the loosened search, which the island follows without loading a page.
 */
import { useState, type MouseEvent, type ReactNode } from "react";
import type { Geo } from "../../lib/domain/common";
import { FINDER_PATH } from "../../lib/listings/finder-path";
import type { ListingQuery } from "../../lib/listings/query";
import { groupLoosening } from "../../lib/search/describe-results";
import { suggestLoosening, type FinderResult, type FinderResults } from "../../lib/search/find";
import { costText, countOf, milesText, occurrenceText, pageIn, type FinderWords } from "../../lib/search/finder-words";
import type { SearchRecord } from "../../lib/search/record";
import { listingText } from "../../lib/i18n/listing-lang";
import { spokenOnPage } from "../../lib/listings/languages";
import { fill, splitSlots } from "../../lib/i18n/words";
import { toFinderUrl } from "../finder-url";
import { SaveResult } from "./save-result";
import { useFinderWords } from "./words";

/** What to offer when nothing matches; without the handlers, the links lead to the loosened search. */
export interface NothingFoundProps {
  query: ListingQuery;
  near?: Geo | undefined;
  didYouMean?: string | undefined;
  onSearch?: ((text: string) => void) | undefined;
  onLoosen?: ((fields: (keyof ListingQuery)[]) => void) | undefined;
}

/** Nothing matches: the nearest spelling that finds something, and each filter to remove. */
export function NothingFound({ query, near, didYouMean, onSearch, onLoosen }: NothingFoundProps) {
  const words = useFinderWords();
  const t = words.text.results;
  const finderPath = pageIn(words, FINDER_PATH);
  const loosenings = groupLoosening(suggestLoosening(query, near), words);
  const follow = (handle: (() => void) | undefined) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (!handle) return;
    event.preventDefault();
    handle();
  };
  const without = (fields: readonly (keyof ListingQuery)[]) =>
    toFinderUrl(
      Object.fromEntries(Object.entries(query).filter(([key]) => !fields.includes(key as keyof ListingQuery))),
      "list",
      finderPath,
    );
  return (
    <div className="finder__empty">
      <h2>{t.nothing}</h2>
      {didYouMean && (
        <p>
          {withSlot(t.didYouMean, "word", (key) => (
            <a
              key={key}
              href={toFinderUrl({ ...query, q: didYouMean }, "list", finderPath)}
              onClick={follow(onSearch && (() => onSearch(didYouMean)))}
            >
              {didYouMean}
            </a>
          ))}
        </p>
      )}
      {loosenings.length > 0 ? (
        <>
          <p>{t.loosen}</p>
          <ul className="chips">
            {loosenings.map(({ label, fields }) => (
              <li key={label}>
                <a
                  className="finder__chip"
                  href={without(fields)}
                  onClick={follow(onLoosen && (() => onLoosen(fields)))}
                >
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          {withSlot(t.nothingListed, "link", (key) => (
            <a key={key} href={pageIn(words, "/events/")}>
              {t.everything}
            </a>
          ))}
        </p>
      )}
    </div>
  );
}

/** The results, a section for each kind of listing. */
export function ResultList({ results }: { results: FinderResults }) {
  const words = useFinderWords();
  // What the last Save button pressed did, said once for the whole list.
  const [said, setSaid] = useState("");
  return (
    <div className="finder__list">
      {/* A live region without the status role: the finder's count is the page's one status. */}
      <p className="visually-hidden" aria-live="polite" data-finder-saved>
        {said}
      </p>
      {results.groups.map((group) => (
        <section key={group.type} aria-labelledby={`finder-${group.type}`}>
          <h2 id={`finder-${group.type}`}>
            {words.text.results.headings[group.type]}{" "}
            <span className="finder__group-count">({countOf(words, group.results.length, { other: "#" })})</span>
          </h2>
          <ul className="finder__items">
            {group.results.map((result) => (
              <ResultItem key={`${result.record.type}/${result.record.id}`} result={result} onSaid={setSaid} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** A long-running series has dates for years ahead: past a few, a count says less than "many". */
export function moreDatesText(moreDates: number, words: FinderWords): string {
  if (moreDates >= MANY_DATES) return words.text.results.manyDates;
  return countOf(words, moreDates, words.text.results.moreDates);
}
const MANY_DATES = 20;

function ResultItem({ result, onSaid }: { result: FinderResult; onSaid: (text: string) => void }) {
  const words = useFinderWords();
  const t = words.text;
  const { record, next, moreDates, miles, minutes } = result;
  const own = listingText(words.locale);
  return (
    <li className="finder__item">
      <h3 className="finder__title">
        <a href={pageIn(words, record.url)} {...own}>
          {record.title}
        </a>
      </h3>
      {next && (
        <p className="finder__when">
          {occurrenceText(words, next.start, next.end)}
          {moreDates > 0 && <span className="muted"> · {moreDatesText(moreDates, words)}</span>}
        </p>
      )}
      {record.where && (
        <p className="finder__where" {...own}>
          {record.where}
        </p>
      )}
      <p className="finder__summary" {...own}>
        {record.summary}
      </p>
      <ul className="tags" aria-label={t.results.details}>
        {spokenOnPage(record.languages, words.locale) && <li className="tag tag--language">{words.spokenHere}</li>}
        {miles !== undefined && minutes !== undefined && (
          <li className="tag tag--distance">
            {fill(t.results.walk, {
              distance: milesText(words, miles),
              minutes: countOf(words, minutes, { other: "#" }),
            })}
          </li>
        )}
        {/* A price is the listing's own words, marked as such; the other costs are the site's. */}
        {record.cost && (
          <li className={`tag${record.free ? " tag--free" : ""}`} {...(record.cost.kind === "price" ? own : {})}>
            {costText(words, record.cost)}
          </li>
        )}
        {next?.beforeDark && <li className="tag tag--dark">{t.costAndTime.beforeDark}</li>}
        {record.buddyUp && record.type === "event" && <li className="tag tag--buddy">{t.costAndTime.buddyUp}</li>}
        {isUnplaced(record) && <li className="tag">{t.results.noPosition}</li>}
      </ul>
      <SaveResult record={record} onSaid={onSaid} />
    </li>
  );
}

const isUnplaced = (record: SearchRecord) => record.geo === undefined && record.type !== "group";

/** A sentence of the catalogue's with one slot filled by an element (a link), the rest as text. */
function withSlot(template: string, slot: string, element: (key: string) => ReactNode): ReactNode[] {
  return splitSlots(template).map((part, index) =>
    "slot" in part && part.slot === slot ? element(`slot-${index}`) : "text" in part ? part.text : `{${part.slot}}`,
  );
}
