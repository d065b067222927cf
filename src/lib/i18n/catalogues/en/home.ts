/** The home page. */
import { plural } from "../../plural";

export const home = {
  description:
    "Find what's on near you in Stoke-on-Trent: events, community groups, parks and green spaces, and local services across the six towns.",
  search: {
    label: "Search the site",
    field: "Search events, groups, places and services",
    button: "Search",
  },
  /** The main heading, around the city's name, which is kept on one line. */
  heading: { before: "What's on near you in ", city: "Stoke-on-Trent", after: "" },
  lede: "Events, community groups, green spaces and local services across the six towns. Every listing says who runs it, what it costs and what to expect, so it's easier to go along for the first time.",
  waysIn: {
    find: "Find what's near you",
    today: "On today",
    weekend: "This weekend",
    free: "Free events",
    green: "Parks and green spaces",
    services: "Help and services",
    map: "Map of places",
    calendar: "Events in your calendar",
  },
  today: {
    heading: "On today",
    nothing: { before: "Nothing else is on today. Have a look at ", link: "this weekend", after: "." },
    all: "See everything that's on",
  },
  buddy: {
    heading: "Don't want to go alone?",
    intro: {
      before: "Lots of people tell us they'd go to more things if they didn't have to walk in on their own. Look for ",
      label: "Buddy-up available",
      after: ": a welcomer from a trusted local group can meet you at the door.",
    },
    expect: "Every event also tells you what to expect the first time: where to go, who says hello and what to bring.",
    link: "How buddy-up works, and the events that offer it",
  },
  weekend: {
    heading: "This weekend, town by town",
    nothing: "Nothing listed this weekend yet.",
    all: (town: string) => `All events in ${town}`,
  },
  forYou: {
    heading: "Find something for you",
    groups: "Community groups",
    groupsCount: (n: number) =>
      plural("en", n, {
        one: "# group across the city, from litter pickers to choirs.",
        other: "# groups across the city, from litter pickers to choirs.",
      }),
    places: "Parks, venues and places",
    placesCount: (n: number) =>
      plural("en", n, {
        one: "# place: parks, canals, nature reserves, museums, libraries and halls.",
        other: "# places: parks, canals, nature reserves, museums, libraries and halls.",
      }),
    services: "Local services",
    servicesCount: (n: number) =>
      plural("en", n, {
        one: "# service you can walk into: food support, money advice, digital help and more.",
        other: "# services you can walk into: food support, money advice, digital help and more.",
      }),
  },
};
