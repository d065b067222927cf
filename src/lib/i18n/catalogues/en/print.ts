/**
 * Sheets to print for noticeboards: the list of sheets, and a town's (or the whole city's) sheet of what's on this
 * week and next. An event's own words on a sheet (its time, cost, "finishes before dark") are the events and
 * listing catalogues' own.
 */
import { plural } from "../../plural";

export const print = {
  index: {
    title: "Sheets to print",
    description: "Print what's on this week and next in your town for a noticeboard, or a poster for one event.",
    lede: "Not everyone looks online. Print what's on for the noticeboard in your library, GP surgery, church hall or shop window. Each sheet fits A4 paper, has large clear type, and a QR code by every event that leads to its page.",
    sheetsHeading: "What's on this week and next",
    /** The sheet for every town together. */
    wholeCity: "The whole city",
    posterHeading: "A poster for one event",
    poster:
      "Every event's page has a \"Print a poster\" link: a poster for A4 or A5 paper with the event's details in large type, a QR code, and strips to tear off with its address and a short link.",
    changes:
      "Sheets and posters show what was listed when you printed them. Times can change, so each says where to check.",
  },
  sheet: {
    /** The city's name on the whole city's sheet. */
    city: "Stoke-on-Trent",
    title: (place: string) => `What's on in ${place}: a sheet to print`,
    description: (place: string) => `What's on in ${place} this week and next, on a sheet to print for a noticeboard.`,
    help: "This page is made to be printed on A4 paper and pinned up.",
    print: "Print this sheet",
    /** Under the heading: the days the sheet covers. */
    span: (days: string) => `This week and next: ${days}`,
    /** `{address}` is the page to check, printed as an address. */
    empty: "Nothing is listed for these two weeks yet. See {address} for what is coming up.",
    /** The events that did not fit on the sheet; `{address}` is where to see them. */
    more: (count: number) =>
      plural("en", count, { one: "And # more event: see {address}", other: "And # more events: see {address}" }),
    /** Beside the QR code at the foot. */
    everything: (place: string) => `Everything on in ${place}: scan the code.`,
    /** `{date}` is the day the sheet was made; `{address}` the page to check. */
    printedOn: "Printed on {date}. Times can change, so please check at {address} before you go.",
  },
};
