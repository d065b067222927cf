/**
 * The finder (/find/): its page, form, results and map, and the page a search is answered with without
 * JavaScript. Plain text only (no functions): the finder's island in the browser is given these words as data.
 * `{name}` marks a slot to fill, `#` a count, and a `pluralSet` has a form for each plural category.
 */
import { pluralSet } from "../../plural";

export const finder = {
  title: "Find what's on near you",
  description:
    "Search events, groups, places and services across Stoke-on-Trent by date, town, cost and time of day, near you.",
  lede: "Events, community groups, places and services across the six towns.",
  noneComing: "No events are listed for the coming weeks yet. Search above for groups, places and services.",
  /** Below the finder; {groups}, {places}, {map} and {services} are links with the words below. */
  browse: "Looking for a group, place or service? Browse {groups}, {places} (or {map}) and {services}.",
  browseLinks: { groups: "groups", places: "places", map: "the map", services: "services" },
  form: {
    label: "Find events, groups, places and services",
    search: "Search events, groups, places and services",
    submit: "Search",
    filters: "Filters",
    filtersNone: "(none on)",
    filtersOn: pluralSet({ one: "(# on)", other: "(# on)" }),
    showResults: "Show results",
    clearAll: "Clear all filters",
  },
  when: {
    legend: "When",
    any: "Any day",
    choose: "Choose dates",
    from: "From",
    to: "To",
    options: {
      today: "Today",
      tomorrow: "Tomorrow",
      weekend: "This weekend",
      week: "Next 7 days",
      month: "This month",
    },
  },
  where: {
    legend: "Where",
    near: "Near me",
    locating: "Finding where you are…",
    sorted: "Sorted by distance from where you are.",
    howFar: "How far",
    anyDistance: "Any distance",
    within: pluralSet({ one: "Within # mile", other: "Within # miles" }),
    stop: "Stop using my location",
    refused: "Your location wasn't shared, so choose your town or ward instead.",
    unavailable: "We couldn't find where you are, so choose your town or ward instead.",
    private: "Your location stays on your device: it is never sent to us.",
    town: "Town",
    allTowns: "All towns",
    ward: "Ward",
    allWards: "All wards",
  },
  costAndTime: {
    legend: "Cost and time of day",
    free: "Free or pay what you can",
    beforeDark: "Finishes before dark",
    buddyUp: "Buddy-up available",
  },
  more: {
    summary: "What it's about, who it's for, access",
    category: "What it's about",
    anything: "Anything",
    audience: "Who it's for",
    anyone: "Anyone",
    accessibility: "Accessibility",
  },
  results: {
    /** The count of results: "3 results: 2 events, 1 place." */
    summary: "{total}: {kinds}.",
    total: pluralSet({ one: "# result", other: "# results" }),
    kinds: {
      event: pluralSet({ one: "# event", other: "# events" }),
      group: pluralSet({ one: "# group", other: "# groups" }),
      place: pluralSet({ one: "# place", other: "# places" }),
      service: pluralSet({ one: "# service", other: "# services" }),
    },
    headings: { event: "Events", group: "Groups", place: "Places", service: "Services" },
    none: "No results. Try loosening the search.",
    noneDidYouMean: "No results. Did you mean {word}?",
    loadFailed: "The search could not load. The list below is still up to date.",
    showAs: "Show results as",
    list: "List",
    map: "Map",
    nothing: "Nothing matches",
    /** {word} is a link to the search with that spelling. */
    didYouMean: "Did you mean {word}?",
    loosen: "Try loosening the search. Remove:",
    /** {link} is a link to everything that's on. */
    nothingListed: "There is nothing listed yet. Have a look at {link}.",
    everything: "everything that's on",
    moreDates: pluralSet({ one: "and # more date", other: "and # more dates" }),
    manyDates: "and many more dates",
    details: "Details",
    walk: "{distance} · {minutes} min walk",
    miles: pluralSet({ one: "# mile", other: "# miles" }),
    underTenth: "under 0.1 miles",
    noPosition: "No map position",
  },
  /** What each filter is called when the finder offers to remove it. */
  loosen: {
    q: "the search words",
    within: "the distance",
    when: "the dates",
    ward: "the ward",
    town: "the town",
    beforeDark: "finishes before dark",
    free: "free only",
    category: "the category",
    audience: "who it's for",
    accessibility: "the accessibility needs",
    buddyUp: "buddy-up only",
    near: "near me",
  },
  /** A search in words, for the title of the page that answers it: "“yoga”, this weekend, in Hanley, free". */
  asked: {
    words: "“{q}”",
    dates: "{from} to {to}",
    from: "from {date}",
    until: "until {date}",
    in: "in {place}",
    for: "for {audience}",
    free: "free",
    beforeDark: "finishing before dark",
    buddyUp: "with buddy-up",
  },
  /** The title of the page answering a search: "Find “yoga”, in Hanley: 3 results". */
  answerTitle: "Find {asked}: {results}",
  everything: "everything",
  noResults: "no results",
  problems: {
    /** Shown by the finder in the browser over everything, when part of its address is not understood. */
    address: "Part of this address could not be read, so the finder shows everything:",
    search: "Part of this search could not be read:",
    /** {link} starts a new search. */
    change: "Change it in the form above, or {link}.",
    startAgain: "start a new search",
    title: "Error: the search could not be read",
    unavailable: "The search is not available just now. Please try again in a minute.",
  },
  map: {
    label: "Map of the results",
    shows: pluralSet({ one: "The map shows # of the results.", other: "The map shows # of the results." }),
    showsSome: pluralSet({
      one: "The map shows {placed} of the results; # without a map position is in the list only.",
      other: "The map shows {placed} of the results; # without a map position are in the list only.",
    }),
  },
};
