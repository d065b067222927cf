/** What's on: the lists of events, an event's own page, its calendar links and its poster. */
import { AUDIENCE_LABELS, type Audience } from "../../../domain/vocab";
import { weeksInWords } from "../../../events/windows";

export const events = {
  index: {
    title: "What's on",
    description: "Events across Stoke-on-Trent, soonest first.",
  },
  free: {
    title: "Free events",
    description: "Events that are free, or where you pay what you can.",
  },
  /** The list of events for one audience, by audience. */
  audienceTitle: Object.fromEntries(
    Object.entries(AUDIENCE_LABELS).map(([audience, label]) => [audience, `Events for ${label.toLowerCase()}`]),
  ) as Record<Audience, string>,
  audienceDescription: (title: string) => `${title}, and events open to everyone, soonest first.`,
  categoryTitle: (category: string) => `${category} events`,
  categoryDescription: (category: string) => `${category} across Stoke-on-Trent, soonest first.`,
  townTitle: (town: string) => `What's on in ${town}`,
  townDescription: (town: string) => `Events in and around ${town}, soonest first.`,
  list: {
    /** How many events a list holds, and how far ahead it looks. */
    count: (count: number, weeks: number) => `${count} ${count === 1 ? "event" : "events"} in the next ${weeks} weeks.`,
    filters: "Narrow the list",
    byTown: "By town",
    allTowns: "All towns",
    moreFilters: "More ways to narrow the list",
    cost: "Cost",
    freeChip: "Free or pay what you can",
    about: "What it's about",
    whoFor: "Who it's for",
    empty: "Nothing matches in the next few weeks. Try all towns, or another category.",
    nothingListed: "Nothing is listed for these dates yet.",
    /** Under a list cut short. */
    firstOf: (shown: number, total: number) => `The first ${shown} of ${total} dates.`,
    seeAll: "See them all in the finder, and narrow them by date",
  },
  occurrence: {
    allDay: "All day",
    /** The end of an occurrence, under its start. */
    to: (end: string) => `to ${end}`,
    /** Before a cancelled event's title, for screen readers. */
    cancelled: "Cancelled: ",
  },
  detail: {
    /** The page's description for search engines and link previews. */
    description: (summary: string, when: string | undefined, where: string, cost: string) =>
      `${summary} ${when ? `${when}. ` : ""}${where}. ${cost}.`,
    /** What a calendar's copy of the event says under its title. */
    calendarDetails: (summary: string, cost: string, url: string) =>
      `${summary}\n\nCost: ${cost}.\nDetails and updates: ${url}`,
    when: "When",
    next: "Next: ",
    finished: { before: "This event has finished. Have a look at ", link: "what else is on", after: "." },
    /** How a repeating event repeats, before its times. */
    repeats: (text: string) => `${text},`,
    /** Its times and when the series ends. */
    repeatTimes: (parts: readonly string[]) => `${parts.join(", ")}.`,
    beforeDark: (sunset: string) => `Finishes before dark: sunset that day is at ${sunset}.`,
    afterDark: (sunset: string) => `Finishes after dark: sunset that day is at ${sunset}.`,
    nextDates: "Next dates",
    cancelled: "Cancelled",
    movedFrom: (date: string) => `Moved from ${date}`,
    /** Joins a date's flag and the organiser's note about it. */
    note: ": ",
    printPoster: { link: "Print a poster", after: " for a noticeboard or a window." },
    about: "About this event",
    expect: {
      heading: "First time here? What to expect",
      comingAlone: "Coming alone?",
      comingAloneAnswer: "That's fine: lots of people come on their own.",
      whereToGo: "Where to go",
      whoSaysHello: "Who says hello",
      whatToBring: "What to bring",
    },
    buddy: {
      heading: "Don't want to go alone?",
      /** Around the group's name. */
      intro: {
        before: "You can ask for a buddy. A welcomer from ",
        after: ", a verified group, will meet you at a public spot at the venue and go in with you.",
      },
      steps: [
        "Choose a date and tell us what to call you and how to reach you.",
        "A buddy-up coordinator finds a welcomer and sets where to meet.",
        "Your private link shows who will meet you, where and when.",
      ],
      rules: {
        before:
          "You and the welcomer don't swap contact details: the coordinator arranges everything. Buddy-up is for adults. Please read the ",
        link: "code of conduct",
        after: " first.",
      },
      ask: "Ask for a buddy",
      /** After "Ask for a buddy", for screen readers. */
      askFor: (title: string) => ` for ${title}`,
      noDates: (days: number) =>
        `There are no dates in the next ${weeksInWords(days)} to ask for a buddy for. Please check again later.`,
    },
    access: {
      heading: "Accessibility",
      none: "The organiser has not told us about access yet.",
    },
    facts: {
      label: "Key facts",
      cost: "Cost",
      booking: "Booking",
      bookingNeeded: "Booking needed.",
      bookOnline: "Book online",
      noNeedOnline: "No need to book.",
      noNeed: "No need to book: just turn up.",
      whoFor: "Who it's for",
      where: "Where",
      asGiven:
        "As the organiser gives it. This place is not on our map yet, so we have no travel or access details for it: ask the organiser if you need them.",
      online: "Online",
      joinOnline: "Join or book on the organiser's page",
      askHowToJoin: "Ask the organiser how to join.",
      mapOf: (place: string) => `Map of ${place}`,
      onTheMap: " on the map.",
    },
    organiser: "Who runs it",
    moreOnWebsite: "More on the organiser's website",
  },
  calendar: {
    heading: "Add to calendar",
    everyDate: "Every date (.ics file for Apple, Outlook and others)",
    file: "Calendar file (.ics for Apple, Outlook and others)",
    nextDate: (date: string) => ` (next date, ${date})`,
  },
  poster: {
    heading: "A poster to print",
    help: "This poster prints on A4 or A5 paper: choose the paper size when you print.",
    print: "Print this poster",
    kicker: "Stoke Together · what's on near you",
    when: "When",
    where: "Where",
    cost: "Cost",
    next: "Next: ",
    finished: "This event has finished.",
    buddyUp: "Nervous about going alone? Ask for a buddy to go with you",
    comeAlone: "Lots of people come on their own",
    bookFirst: "Please book first",
    noNeedToBook: "No need to book",
    qr: (url: string) => `QR code for ${url}`,
    /** Around the short link. */
    scan: { before: "Scan for details and any changes, or go to ", after: "." },
    runBy: (group: string) => `Run by ${group}.`,
    asOf: (date: string) => `Details as of ${date}: times can change.`,
    strips: "Strips to tear off",
    back: "Back to the event",
  },
};
