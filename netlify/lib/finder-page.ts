/**
 * The finder's page with a search's results, drawn on the server for a browser without JavaScript (or a
 * link opened before any script runs): the built /find/ page with its form holding what was asked, its
 * count and its list drawn by the same components and search library as the finder in the browser, and a
 * title that says what was searched. All text goes through React's renderer, which escapes it.
 */
import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { StaticFilterForm } from "../../src/islands/finder/filters";
import { NothingFound, ResultList } from "../../src/islands/finder/result-list";
import type { FinderWard } from "../../src/islands/finder/where-filter";
import { describeQuery } from "../../src/lib/listings/describe-query";
import type { ListingQuery, QueryProblem } from "../../src/lib/listings/query";
import {
  FINDER_COUNT_ID,
  FINDER_FORM_MARKS,
  FINDER_RESULTS_MARKS,
  FINDER_WARDS_ID,
  fillSpan,
  retitle,
  spliceForm,
} from "../../src/lib/pages/contract";
import { describeResultCount } from "../../src/lib/search/describe-results";
import type { FinderResults } from "../../src/lib/search/find";
import { countOf, pageIn, type FinderWords } from "../../src/lib/search/finder-words";
import { FinderWordsContext } from "../../src/islands/finder/words";
import { fill, splitSlots } from "../../src/lib/i18n/words";
import { listingText } from "../../src/lib/i18n/listing-lang";
import { FINDER_PATH } from "../../src/lib/listings/finder-path";
/** The wards the built finder page offers. */
export function readFinderWards(page: string): FinderWard[] {
  const open = `<script type="application/json" id="${FINDER_WARDS_ID}">`;
  const start = page.indexOf(open);
  const end = start < 0 ? -1 : page.indexOf("</script>", start);
  return end > start ? (JSON.parse(page.slice(start + open.length, end)) as FinderWard[]) : [];
}

/** The finder page answering a query in the words' language: its form, count, results and title. */
export function renderFinderResults(
  page: string,
  query: ListingQuery,
  results: FinderResults,
  words: FinderWords,
): string {
  const wards = readFinderWards(page);
  const list =
    results.total === 0
      ? h(NothingFound, { query, didYouMean: results.didYouMean })
      : h("div", { className: "finder__results finder__results--map-to-come" }, h(ResultList, { results }));
  const t = words.text;
  const asked = describeQuery(query, words, (id) => wards.find((ward) => ward.id === id)?.name);
  const count = describeResultCount(results, words);
  const title = fill(t.answerTitle, {
    asked: asked || t.everything,
    results: results.total === 0 ? t.noResults : countOf(words, results.total, t.results.total),
  });
  return withForm(
    retitle(fillSpan(spliceForm(page, FINDER_RESULTS_MARKS, render(list, words)), FINDER_COUNT_ID, esc(count)), title),
    query,
    wards,
    words,
  );
}

/**
 * The finder page for an address it could not read: every problem, naming its parameter, where the
 * results would be, and the title starting "Error:" as screen reader users expect.
 */
export function renderFinderProblems(page: string, problems: readonly QueryProblem[], words: FinderWords): string {
  const t = words.text.problems;
  // Each problem names the address's own parameter, so it is told in the address's terms, in English.
  const english = listingText(words.locale);
  const alert = h(
    "div",
    { className: "notice notice--alert", role: "alert" },
    h("p", null, t.search),
    h(
      "ul",
      null,
      problems.map((problem) => h("li", { key: problem.param, ...english }, problem.message)),
    ),
    h(
      "p",
      null,
      splitSlots(t.change).map((part, index) =>
        "text" in part ? part.text : h("a", { key: index, href: pageIn(words, FINDER_PATH) }, t.startAgain),
      ),
    ),
  );
  const body = spliceForm(page, FINDER_RESULTS_MARKS, renderToStaticMarkup(alert));
  return withForm(retitle(fillSpan(body, FINDER_COUNT_ID, ""), t.title), {}, readFinderWards(page), words);
}

function withForm(page: string, query: ListingQuery, wards: FinderWard[], words: FinderWords): string {
  return spliceForm(page, FINDER_FORM_MARKS, renderToStaticMarkup(h(StaticFilterForm, { query, wards, words })));
}

/** Markup for a part of the finder, drawn with the finder's words. */
function render(element: ReturnType<typeof h>, words: FinderWords): string {
  return renderToStaticMarkup(h(FinderWordsContext.Provider, { value: words }, element));
}

const esc = (text: string) => renderToStaticMarkup(h("span", null, text)).slice(6, -7);
