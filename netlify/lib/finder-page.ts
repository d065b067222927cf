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
/** The wards the built finder page offers. */
export function readFinderWards(page: string): FinderWard[] {
  const open = `<script type="application/json" id="${FINDER_WARDS_ID}">`;
  const start = page.indexOf(open);
  const end = start < 0 ? -1 : page.indexOf("</script>", start);
  return end > start ? (JSON.parse(page.slice(start + open.length, end)) as FinderWard[]) : [];
}

/** The finder page answering a query: its form, count, results and title. */
export function renderFinderResults(page: string, query: ListingQuery, results: FinderResults): string {
  const wards = readFinderWards(page);
  const list =
    results.total === 0
      ? h(NothingFound, { query, didYouMean: results.didYouMean })
      : h("div", { className: "finder__results finder__results--map-to-come" }, h(ResultList, { results }));
  const asked = describeQuery(query, (id) => wards.find((ward) => ward.id === id)?.name);
  const count = describeResultCount(results);
  return withForm(
    retitle(
      fillSpan(spliceForm(page, FINDER_RESULTS_MARKS, renderToStaticMarkup(list)), FINDER_COUNT_ID, esc(count)),
      `Find ${asked || "everything"}: ${results.total === 0 ? "no" : results.total} ${results.total === 1 ? "result" : "results"}`,
    ),
    query,
    wards,
  );
}

/**
 * The finder page for an address it could not read: every problem, naming its parameter, where the
 * results would be, and the title starting "Error:" as screen reader users expect.
 */
export function renderFinderProblems(page: string, problems: readonly QueryProblem[]): string {
  const alert = h(
    "div",
    { className: "notice notice--alert", role: "alert" },
    h("p", null, "Part of this search could not be read:"),
    h(
      "ul",
      null,
      problems.map((problem) => h("li", { key: problem.param }, problem.message)),
    ),
    h("p", null, "Change it in the form above, or ", h("a", { href: "/find/" }, "start a new search"), "."),
  );
  const body = spliceForm(page, FINDER_RESULTS_MARKS, renderToStaticMarkup(alert));
  return withForm(
    retitle(fillSpan(body, FINDER_COUNT_ID, ""), "Error: the search could not be read"),
    {},
    readFinderWards(page),
  );
}

function withForm(page: string, query: ListingQuery, wards: FinderWard[]): string {
  return spliceForm(page, FINDER_FORM_MARKS, renderToStaticMarkup(h(StaticFilterForm, { query, wards })));
}

const esc = (text: string) => renderToStaticMarkup(h("span", null, text)).slice(6, -7);
