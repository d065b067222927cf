/** The six towns, their pages, and each ward's fair share: the table and the gaps in plain words. */
import type { Gap } from "../../../areas/fairness";
import { plural } from "../../plural";

const AUDIENCE_GAPS = { families: "families", "young-people": "young people", "older-people": "older people" };

/** "No free events for families": what a gap lacks. */
function lacking(gap: Pick<Gap, "kind" | "audience">): string {
  switch (gap.kind) {
    case "events":
      return "No events at all";
    case "free":
      return "No free events";
    case "freeFor":
      return `No free events for ${AUDIENCE_GAPS[gap.audience ?? "families"]}`;
    case "beforeDark":
      return "No events that finish before dark";
    case "buddyUp":
      return "No events with buddy-up";
  }
}

export const areas = {
  index: {
    title: "Areas",
    description: "The six towns of Stoke-on-Trent and their wards, with how many events and services each has.",
    heading: "The six towns",
    lede: "Tunstall, Burslem, Hanley, Stoke, Fenton and Longton came together in 1910. Pick a town to see what's on, where to go and who to ask.",
    /** Under each town's card: "12 events in the next 30 days · 3 services · 9 places". */
    counts: (events: number, days: number, services: number, places: number) =>
      [
        `${plural("en", events, { one: "# event", other: "# events" })} in the next ${days} days`,
        plural("en", services, { one: "# service", other: "# services" }),
        plural("en", places, { one: "# place", other: "# places" }),
      ].join(" · "),
    fairnessHeading: "How each area is served",
    fairness: (days: number) =>
      `Some areas get more than others. We show the numbers openly so that groups, funders and the council can see where more is needed. Example listings are not counted; events are their dates in the next ${days} days.`,
    caption: "Listings per town",
    town: "Town",
    eventsNext: (days: number) => `Events, next ${days} days`,
    services: "Services",
    groups: "Groups active",
    places: "Places",
    greenSpaces: "Green spaces",
    /** `{link}` is "Each ward's fair share", a button. */
    wardsLink: "{link}: what each of the 34 wards has, and where the gaps are.",
    wardsHeading: "Wards",
    wards:
      "The city has 34 electoral wards. We group each under the town it lies in or nearest to; some sit between towns.",
    betweenTowns: "Between towns",
  },
  town: {
    crumb: "Areas",
    description: (town: string) =>
      `What's on in ${town}, Stoke-on-Trent: events, community groups, green spaces, venues and local services.`,
    everything: (town: string) => `Everything on in ${town}`,
    /** `{link}` is "Print this week and next in Hanley", a link. */
    print: "{link} for a noticeboard.",
    printLink: (town: string) => `Print this week and next in ${town}`,
    comingUp: (town: string) => `Coming up in ${town}`,
    nothingOn: (town: string) => `Nothing is listed in ${town} this week.`,
    places: (town: string) => `Places in ${town}`,
    groups: (town: string) => `Groups active in ${town}`,
    services: (town: string) => `Services in ${town}`,
    wardsHeading: "Wards",
    wards: (town: string, wards: readonly string[]) =>
      `${town} gives its name to this group of wards: ${wards.join("; ")}.`,
  },
  wards: {
    crumb: "Areas",
    title: "Each ward's fair share",
    /** The title of the table sorted by a measure. */
    titleBy: (measure: string) => `Each ward's fair share: by ${measure}`,
    current: "Each ward's fair share",
    description:
      "How many events, groups, services and green spaces each of Stoke-on-Trent's 34 wards has, and where the gaps are.",
    lede: "Residents told the city that some areas get more than others. Here is what is listed in each of the city's 34 wards, counted from the same listings the site shows, so that groups, funders and the council can see which wards have least.",
    counted: (days: number) => [
      "Example listings never count. A listing counts in a ward when a source tells us its place's ward.",
      `Event dates are those going ahead in the next ${days} days; a weekly event counts each week. Groups count once in each ward where they run something that repeats.`,
      "These are plain counts. Counts for each 1,000 residents need each ward's population from a published source, which the site does not hold yet.",
    ],
    download: "Download the table as a CSV file, to use in a spreadsheet",
    noEvents:
      "No event dates are counted yet: the events on the site today are examples, which never count. The table fills in as real listings arrive.",
    tableHeading: "The table",
    sortHint: "Choose a column's heading to sort by it.",
    gapsHeading: "Gaps",
    noGaps: (days: number) => `Every ward has something of each kind in the next ${days} days.`,
    /** What a gap lacks and over what span, in bold before its wards: "No free events in the next 30 days". */
    gap: (gap: Pick<Gap, "kind" | "audience">, days: number) => `${lacking(gap)} in the next ${days} days`,
    /** The wards that have a gap, after it: "in 2 wards: Meir South, Tunstall." */
    gapWards: (wards: readonly string[], total: number) =>
      wards.length === total
        ? `in any of the ${total} wards.`
        : `in ${plural("en", wards.length, { one: "# ward", other: "# wards" })}: ${wards.join(", ")}.`,
    /** `{link}` is "Tell us about it", a link to the form. */
    submit: "Run something in one of these wards? {link} and we'll list it.",
    submitLink: "Tell us about it",
    measures: {
      events: "Event dates",
      free: "Free event dates",
      beforeDark: "Finishing before dark",
      buddyUp: "With buddy-up",
      groups: "Regular groups",
      services: "Services",
      greenSpaces: "Green spaces",
    },
    /** The measures as the table's caption and title say them after "by" and "most". */
    measuresInSentence: {
      events: "event dates",
      free: "free event dates",
      beforeDark: "finishing before dark",
      buddyUp: "with buddy-up",
      groups: "regular groups",
      services: "services",
      greenSpaces: "green spaces",
    },
    caption: (sortedBy: string | undefined, days: number) =>
      `Listings in each ward${sortedBy === undefined ? ", by name" : `, most ${sortedBy} first`}. Event dates are those in the next ${days} days.`,
    ward: "Ward",
    /** Said to screen readers after a heading of event dates. */
    nextDays: (days: number) => `, next ${days} days`,
    unknownWard: "At places with no known ward",
    /** Each ward as a tile, coloured by one measure. */
    tiles: {
      heading: (measure: string) => `The wards coloured by ${measure}`,
      note: "Each ward is a tile, grouped by town from north to south, darker for more. The tiles are not a map to scale: the site does not yet hold the wards' boundaries from a published source. The table below has the same counts.",
      colourBy: "Colour by",
      betweenTowns: "Between towns",
      none: "none",
      fewToMany: (most: string) => `fewer to more (the most is ${most})`,
    },
  },
};
