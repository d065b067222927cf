/**
 * Groups, places and services: their lists, their pages and cards, the breadcrumbs and calendar feeds those pages
 * share, and "Put this on your website". `{name}` and the like mark where a listing's own words or a piece of code
 * go, so each language puts them where its grammar wants them.
 */
export const directory = {
  /** The small tags on a listing's card. */
  tags: {
    label: "Details",
    verified: "Verified",
    welcomers: "Welcomers for buddy-up",
    example: "Example listing",
    noMap: "No map position yet",
    checkFirst: "Check before you go",
    temporarilyClosed: "Temporarily closed",
  },
  free: "Free",
  website: "Website",
  /** A place's kind and town on its card: "Park in Hanley". */
  placeIn: "{kind} in {town}",
  placeBetweenTowns: "{kind}, between towns",
  subscribe: {
    /** Headings of a feed's box, by whose events it holds. */
    group: "Subscribe to everything {name} runs",
    place: "Subscribe to events at {name}",
    town: "Subscribe to events in {name}",
    all: "Subscribe to events",
    intro: "Get every date in your own calendar. It updates itself when events change or are cancelled.",
    app: "Subscribe in your calendar app",
    download: "Download the feed (.ics)",
    address: 'For Google Calendar or Outlook on the web, add a calendar "from URL" and paste this address:',
    howTo: "How to subscribe, and make your own feed",
  },
  groups: {
    title: "Community groups",
    description: "Community groups across Stoke-on-Trent: who they are, what they do and when they meet.",
    lede: "The people who make things happen in the six towns. Every group says what it does, where it meets and whether we have verified it. Groups with welcomers can meet you at an event so you don't have to go alone.",
  },
  group: {
    crumb: "Groups",
    whatTheyDo: "What they do",
    whoFor: "Who it's for",
    where: "Where",
    when: "When they meet",
    contact: "Contact",
    noContact: "This group has not published contact details.",
    buddyUp: "Buddy-up",
    welcomers: "This group has welcomers who can meet you at their events.",
    comingUp: "Coming up",
    noDates: "No dates in the next two months.",
    /** `{link}` is "Put this list on your website", a link. */
    embed: "{link}: the group's next events on any website, with one line to copy.",
    embedLink: "Put this list on your website",
    allEvents: "All their events",
    services: "Services they run",
  },
  embed: {
    title: "{name}: put your events on your website",
    description: "Show the upcoming events of {name} on your own website, with one line to copy.",
    crumb: "Put this on your website",
    heading: "Put your events on your website",
    lede: "Show the next events of {name} on your own website, or anyone's, with one line to copy. There is nothing to sign up for, and nothing to update: the list keeps up with your listings here.",
    example:
      "{name} is an example group, so its list shows example listings, marked as examples. A real group's list shows its real events.",
    previewHeading: "What it looks like",
    preview:
      "This is the list as another website shows it today: the next 8 events in the next two months. It moves on by itself: when an event is added, changed or cancelled here, the list shows it the next morning.",
    frameHeading: "Copy this line into your website",
    frame:
      'Paste it where the list should appear, into the HTML of a page. Most website builders have a block for this: look for one called "HTML", "Embed" or "Code". It works on any website, with or without JavaScript.',
    frameLabel: "The line for an iframe",
    frameCopy: "Copy the line",
    scriptHeading: "Or: a script that fits into the page",
    script:
      "If your website lets you add scripts, this one tag draws the list straight into the page, in the page's own font and as tall as the list is. It needs JavaScript in the reader's browser; the line above does not.",
    scriptLabel: "The script tag",
    scriptCopy: "Copy the tag",
    /** Said once the Copy button has copied, or could not. */
    copied: "Copied. Now paste it into your website.",
    copyByHand: "Press Ctrl+C (or ⌘C) to copy it.",
    choicesHeading: "Choices",
    /** `{q}` is "?" and `{amp}` is "&", both shown as code. */
    choices:
      "Add them to the end of the iframe's address (after {q}, with {amp} between two), or as attributes of the script tag.",
    countTerm: "How many events",
    count: "{a} or {b}: from 1 to {max}. Without it, the next 8.",
    compactTerm: "Compact",
    compact: "{a} or {b}: each event on two short lines, for a narrow column.",
    themeTerm: "Light or dark",
    theme:
      "The iframe follows the light or dark setting of the reader's device; {light} or {dark} keeps it one way, for a website that is only light or only dark. The script follows the page's own setting (its CSS {scheme}); {data} fixes it too.",
    heightTerm: "Height",
    height:
      "The iframe is {px} pixels tall, room for 8 events: change {height} to suit. A longer list scrolls inside it. The script's list is always as tall as it needs.",
    languageTerm: "Language",
    language: "English. The lists are ready for other languages ({lang}), but the site has only one for now.",
    exampleIntro: "For example, a compact list of the next four, for a sidebar:",
    /** `{link}` is "the compact list of four", a link. */
    alone: "Or see it on its own: {link}.",
    aloneLink: "the compact list of four",
    showsHeading: "What the list shows",
    shows:
      "The same events as this page: for each date, the day, date and time, the place and the cost, whether it finishes before dark and whether buddy-up is available. Cancelled dates stay in the list, marked as cancelled. Each event links to its page here, and the last line to everything on this page.",
    credits:
      "It says where the events come from: Stoke Together's own listings are shared under the Open Government Licence v3.0, and the list credits them to Stoke Together. An event read from another organisation's calendar is only shown when that organisation allows it to be shared, with the credit it asks for.",
    others:
      "Places and towns have lists too, made the same way: {place} and the place's name as its address here (such as {example}), or {town} for a town. They show only events that may be shared onto other websites, so never example listings.",
  },
  places: {
    title: "Places",
    description: "Parks, canals, nature reserves, museums, libraries, halls and venues across Stoke-on-Trent.",
    lede: "Green spaces and venues across the six towns, with what happens there. Locations come from sources named on each place's page.",
    onThisPage: "On this page",
    green: "Parks, canals and green spaces",
    venues: "Museums, halls, libraries and venues",
  },
  place: {
    crumb: "Places",
    description: "{summary} What's on at {name}, and how to get there.",
    where: "Where",
    town: "Town",
    betweenTowns: "Between towns, on the edge of the city",
    ward: "Ward",
    map: "Map",
    openMap: "Open in OpenStreetMap",
    noMap: "We don't have a sourced map position for this place yet, so it has no pin on maps.",
    facilities: "Facilities",
    website: "Website",
    sources: "Sources",
    lastChecked: "Last checked",
    mapLabel: "Map of {name}",
    /** Under the map, and in its place without JavaScript. `{link}` is "See every place on a map". */
    mapCaption: "{place}. {link}.",
    mapLink: "See every place on a map",
    whatsOn: "What's on here",
    nothingOn: "Nothing is listed here in the next two months.",
    regular: "Regular events",
    services: "Services here",
    checkFirst: "Please check before you go:",
    gettingThere: "Getting there",
    bus: "Bus {route}",
    busStop: "Bus {route}, stop: {stop}",
    openingTimes: "Opening times",
    /** A line of opening times: "Monday, Tuesday: 09:00 to 17:00". */
    hours: "{days}: {hours}",
  },
  services: {
    title: "Local services",
    description:
      "Local services you can walk into or be referred to in Stoke-on-Trent: food support, advice, digital help, health and more.",
    lede: "Help you can walk into, book or be referred to: food support, money advice, digital help, wellbeing and more. Each service says who can use it, how to get in and when it was last checked.",
    types: "Service types",
  },
  service: {
    crumb: "Services",
    temporarilyClosed: "Temporarily closed.",
    whereWhen: "Where and when",
    askForTimes: "Ask for times.",
    mapLabel: "Map of where {name} runs",
    /** Under the map, and in its place without JavaScript: `{places}` are links to the places. */
    mapCaption: "Where {name} runs: {places}.",
    using: "Using this service",
    whoCan: "Who can use it",
    howToGetIn: "How to get in",
    cost: "Cost",
    languages: "Languages",
    accessibility: "Accessibility",
    notToldYet: "Not told yet",
    typeOfHelp: "Type of help",
    contact: "Contact",
  },
};
