/**
 * The calendar feeds page: making your own feed (with JavaScript in place, or without it on the answer page at
 * /calendar/link/), how to subscribe, and the ready-made feeds. The feeds themselves stay English data.
 */
import { weeksInWords } from "../../../events/windows";
import { pluralSet } from "../../plural";

export const calendar = {
  title: "Calendar feeds",
  description:
    "Subscribe to events in Stoke-on-Trent in Google, Apple or Outlook calendar: pick a town, a topic, who it's for, free events or ones that finish before dark.",
  crumb: "What's on",
  heading: "Get events in your calendar",
  lede: "Pick what you are interested in, and we'll make a link for your calendar app. It stays up to date by itself, so you don't need to come back here to know what's on.",
  rssTitle: "Stoke Together: new and updated events",
  form: {
    heading: "Make your own feed",
    town: "Town",
    anyTown: "Anywhere in the city",
    ward: "Ward",
    anyWard: "Any ward",
    category: "What it's about",
    anyCategory: "Anything",
    audience: "Who it's for",
    anyAudience: "Anyone",
    only: "Only events that…",
    free: "are free or pay what you can",
    dark: "finish before dark",
    buddy: "offer buddy-up",
    accessibility: "Accessibility",
    submit: "Make my calendar link",
  },
  result: {
    heading: "Your calendar link",
    /** The heading of the answer without JavaScript. */
    subscribeHeading: "Subscribe to this calendar",
    copy: "Copy the address",
    address: "Address to paste into Google Calendar or Outlook:",
    copied: "Address copied. Paste it into your calendar app.",
    copyFailed: "Could not copy: select the address and copy it yourself.",
    cancelled: "(cancelled)",
    /** The heading over the preview of matching dates, for a window of `weeks` weeks. */
    previewHeading: (weeks: number) => `What it holds in the next ${weeksInWords(weeks * 7)}`,
    /** When nothing matches in a window of `weeks` weeks. */
    nothing: (weeks: number) =>
      `Nothing matches in the next ${weeksInWords(weeks * 7)} yet. You can still subscribe: new events appear when they are listed.`,
    /** How many dates match; `#` is the number. */
    matches: pluralSet({ one: "# date matches", other: "# dates match" }),
    /** Added after the count when only the first `{shown}` are listed. */
    shownFirst: "; the first {shown} are shown",
    /** Closes the count's sentence. */
    end: ".",
    change: "Change your choices",
    problemsTitle: "Check your choices",
    problemsHeading: "Some choices could not be read",
    problemsBack: "Go back and choose again",
    /** One choice that could not be read, by the form's field. */
    problem: {
      town: "Choose a town from the list.",
      ward: "Choose a ward from the list.",
      category: "Choose what it's about from the list.",
      audience: "Choose who it's for from the list.",
      access: "Choose accessibility needs from the list.",
      language: "Choose a language from the list.",
      other: "One of the choices could not be read.",
    },
  },
  /**
   * A custom feed's name in a sentence. `{what}` is `events` or `topicEvents`, `{where}` is `inPlace` or `inCity`,
   * `{who}` is `forAudience` or nothing, `{extras}` is `extrasStart` and the extras joined, or nothing.
   */
  name: {
    sentence: "A calendar of {what}{where}{who}{extras}.",
    events: "events",
    topicEvents: "{topic} events",
    inPlace: " in {place}",
    inCity: " in Stoke-on-Trent",
    forAudience: " for {audience}",
    extrasStart: ", ",
    /** Whether a topic's or an audience's label is written in lower case inside the sentence. */
    lowerCase: true,
    free: "free or pay what you can",
    dark: "finishing before dark",
    buddy: "buddy-up available",
    language: "held in {language}",
  },
  howTo: {
    heading: "How to subscribe",
    intro:
      "Subscribing keeps the events in your calendar up to date: new dates appear, and cancelled ones disappear, usually within a day. Times are UK times, so a 7pm event stays at 7pm when the clocks change.",
    google: "Google Calendar",
    googleSteps: [
      "Copy the https:// address.",
      'On a computer, open Google Calendar, then next to "Other calendars" choose + and "From URL".',
      'Paste the address and choose "Add calendar". It then shows on your phone too.',
    ],
    apple: "Apple Calendar (iPhone, iPad, Mac)",
    appleSteps: [
      'Tap "Subscribe in your calendar app" (the webcal:// link) and confirm.',
      'Or in Settings, Calendar, Accounts, Add Account, Other, "Add Subscribed Calendar", and paste the address.',
    ],
    outlook: "Outlook",
    outlookSteps: [
      'In Outlook on the web, choose "Add calendar", then "Subscribe from web".',
      'Paste the https:// address, give it a name and choose "Import".',
      "In the Outlook app on Windows, the webcal:// link opens it directly.",
    ],
  },
  ready: {
    heading: "Ready-made feeds",
    everything: "Everything:",
    all: "subscribe to all events",
    orCopy: "or copy",
    byTown: "By town",
    byTopic: "By topic",
    more: "Every group, place and town page also has its own Subscribe link.",
  },
  news: {
    heading: "Prefer a news reader?",
    before: "Follow ",
    link: "new and updated events as an RSS feed",
    after: ": newly listed and recently checked events come first.",
  },
  linkPage: {
    description: "Your calendar link from Stoke Together.",
    title: "Your calendar link",
  },
};
