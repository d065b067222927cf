/**
 * What finds and draws the finder's results: loaded with the search data, not with the page, since until the data
 * has come the page shows the list the server drew. The finder's state holds it once loaded (`FinderState.drawing`).
 */
export { findListings, keepShownFirst } from "../../lib/search/find";
export { NothingFound, ResultList } from "./result-list";
export { describeResultCount } from "../../lib/search/describe-results";
export { default as ResultsMap } from "../ResultsMap";
