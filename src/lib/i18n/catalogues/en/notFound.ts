/** The page shown for an address the site does not have. */
export const notFound = {
  title: "Page not found",
  description: "We couldn't find that page on Stoke Together.",
  heading: "Sorry, we can't find that page",
  lede: "If you typed the address, check it is spelt correctly. If you followed a link to an event, it may have finished or been taken down.",
  tryHeading: "Try one of these",
  links: {
    events: "See everything that's on",
    free: "Free events",
    groups: "Community groups",
    places: "Parks, venues and places",
    services: "Local services",
  },
  townsHeading: "What's on in your town",
};
