/** The words of every page's frame: header, navigation, footer and the language switcher. */
export const site = {
  name: "Stoke Together",
  /** The home page's title. */
  fullTitle: "Stoke Together: what's on near you in Stoke-on-Trent",
  /** Every other page's title: the page's own, then the site's name. */
  pageTitle: (title: string) => `${title} | Stoke Together`,
  /** Under a page of plain text. */
  lastUpdated: (date: string) => `Last updated ${date}.`,
  /** Between short facts in a line: "Park, Hanley". */
  comma: ", ",
  skipLink: "Skip to main content",
  home: "Stoke Together, home",
  nav: {
    label: "Main",
    find: "Find near you",
    events: "What's on",
    groups: "Groups",
    places: "Places",
    services: "Services",
    areas: "Areas",
  },
  footer: {
    about:
      "What's on near you across Tunstall, Burslem, Hanley, Stoke, Fenton and Longton. Every listing says who runs it and when it was last checked.",
    navLabel: "About this site",
    submit: "Submit an event",
    buddyUp: "Buddy-up: don't go alone",
    aboutSite: "About Stoke Together",
    accessibility: "Accessibility statement",
    privacy: "Privacy notice",
    print: "Sheets to print",
    openData: "Open data",
    sitemap: "Sitemap",
    sources:
      "Ward names and codes: source Office for National Statistics, licensed under the Open Government Licence v3.0. Place locations: Historic England and other sources named on each place's page.",
  },
  languages: {
    /** Names the switcher for screen readers. */
    label: "Language",
    /** Says which language this page is in, beside the switcher. */
    current: "This page is in English.",
    /** Said of a listing written in another language than the page. */
    writtenIn: (language: string) => `Written in ${language}`,
  },
};
