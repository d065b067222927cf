/** The About page. */
export const about = {
  title: "About Stoke Together",
  description: "Why Stoke Together exists, who it is for and how listings get on the site.",
  lede: "Stoke Together is one place to find what's on near you in Stoke-on-Trent: events, community groups, parks and green spaces, and local services, across Tunstall, Burslem, Hanley, Stoke, Fenton and Longton.",
  why: {
    heading: "Why it exists",
    intro:
      "When the city asked more than 1,300 residents for its Community Cohesion Strategy 2026 to 2030, people said that local events and services are not well advertised, that they feel nervous about going somewhere new on their own, that money is tight, that getting around is hard and that they don't always feel safe after dark. Stoke Together answers each of those:",
    points: [
      "one place to look, by town, date and what you need;",
      '"what to expect" on every event, and buddy-up, where a welcomer from a trusted group meets you there;',
      "cost shown on every listing, and a list of free events;",
      "where each place is and how to get there;",
      "sunset time on every event and whether it finishes before dark;",
      "an open count of how many events and services each town has.",
    ],
  },
  trust: {
    heading: "Can I trust what I read here?",
    text: "Every listing shows who runs it, whether we have verified the group, and when it was last checked. Nothing goes on the site without a person checking it first. Place locations come from public sources, such as Historic England's list of buildings, and each place's page names its source.",
  },
  examples: {
    heading: "Example listings",
    text: 'While the site is getting started, some groups, events and services are examples that show how listings work. They are clearly marked "Example listing". Please don\'t go along to an example expecting to find it.',
  },
  listed: {
    heading: "Get your group listed",
    text: "Community groups, charities and venues in Stoke-on-Trent can list their events for free. Listing is checked by a person before anything is published.",
  },
};
