/** Words every listing page shares (events, groups, places, services): cost, ages, labels, who runs it, travel. */
export const listing = {
  breadcrumb: {
    /** Names the breadcrumb trail for screen readers. */
    label: "Breadcrumb",
    home: "Home",
  },
  /** Items of a short list, as a listing's audiences: "Families, Children". */
  list: (items: readonly string[]) => items.join(", "),
  /** Short sentences one after another, without the last one's full stop: "Families. Ages 5 to 11". */
  sentences: (parts: readonly string[]) => parts.join(". "),
  cost: {
    free: "Free",
    payWhatYouCan: "Pay what you can",
    /** Pay what you can, with the organiser's suggested price in their words. */
    payWhatYouCanAbout: (price: string) => `Pay what you can (${price})`,
    askOrganiser: "Ask the organiser",
  },
  ages: {
    range: (min: number, max: number) => `Ages ${min} to ${max}`,
    andOver: (min: number) => `Ages ${min} and over`,
    andUnder: (max: number) => `Ages ${max} and under`,
  },
  tags: {
    /** Names a listing's list of labels for screen readers. */
    label: "Details",
    beforeDark: "Finishes before dark",
    buddyUp: "Buddy-up available",
    regular: "Regular",
    example: "Example listing",
  },
  status: {
    cancelled: "Cancelled",
    postponed: "Postponed",
    moved: "Moved",
  },
  trust: {
    /** The note on an example listing, by what it is. */
    example: {
      heading: "Example listing.",
      event:
        "This event shows how listings look on Stoke Together. It is not a real event, so please don't go along expecting to find it.",
      group:
        "This group shows how listings look on Stoke Together. It is not a real group, so please don't go along expecting to find it.",
      service:
        "This service shows how listings look on Stoke Together. It is not a real service, so please don't go along expecting to find it.",
    },
    runBy: "Run by",
    verified: "Verified",
    verifiedBy: (by: string, on: string) => `Yes, by ${by} on ${on}`,
    notVerified: "Not yet verified",
    listed: "Listed",
    source: {
      curated: "Listed by Stoke Together editors",
      submitted: "Sent in by the organiser and checked by a moderator",
      imported: "Read from where the organiser publishes it",
    },
    /** Before the time an imported listing was read: "From Stoke Libraries, checked at" 09:00 on 5 December 2026. */
    importedFrom: (name: string) => `From ${name}, checked at`,
    /** A time and a date: "09:00 on 5 December 2026". */
    timeOnDate: (time: string, date: string) => `${time} on ${date}`,
    /** Between when it was read and when it last changed at its source. */
    changedThere: "; last changed there on",
    /** After the date it last changed, with no space before: ". Also listed by A and B". */
    alsoListedBy: (names: string) => `. Also listed by ${names}`,
    lastUpdated: "Last updated",
    /** After the date the source says it was updated. */
    says: (name: string) => `, says ${name}`,
    lastChecked: "Last checked",
  },
  /** The languages a listing is run in. */
  languages: {
    label: "Languages",
    /**
     * Said first of a listing run in the page's language, on pages in a language other than English (where every
     * listing is run in English, it would say nothing).
     */
    here: "English spoken",
  },
  print: {
    /** Said where the print button would be, without JavaScript. */
    fallback: "Use your browser's Print (Ctrl+P, or Print in its menu).",
  },
};
