/**
 * "My list": the Save button on every listing and finder result, and the page of saved listings, kept on the
 * resident's device only. Everything the page's script writes is plain data (text, `{slot}` templates, plural sets),
 * as it is given to the browser.
 */
import { pluralSet } from "../../plural";

export const myList = {
  save: {
    /** The button, before and after saving; it is a toggle (pressed when saved). */
    save: "Save",
    saved: "Saved",
    /** Said (and shown) when the button is pressed. */
    added: "Saved to your list.",
    removed: "Taken off your list.",
    count: pluralSet({ one: "# listing saved.", other: "# listings saved." }),
    /** The link after what was said. */
    see: "See my list",
    /** When the browser keeps nothing (private browsing, storage turned off). */
    blocked:
      "This device is not letting the site keep anything (private browsing can do this), so it cannot save here.",
    /** Without JavaScript, in place of the button. */
    noScript: "Save listings to your own list",
  },
  /** On the privacy notice. */
  privacy: {
    heading: "Your saved list",
    text: "When you press “Save” on a listing, your browser keeps its name and address in its own storage on your device (localStorage, under stoke-together:my-list), so “My list” can show it. It is never sent to us and we cannot see it. A link you share carries the listings' addresses only, and a calendar feed of your saved events is asked for by your calendar app with those addresses; neither holds anything about you. Remove listings from your list, or clear the site's data in your browser, to delete it.",
  },
  page: {
    title: "My list",
    description: "The events, groups, places and services you saved, kept on this device only.",
    lede: "The events, groups, places and services you saved. Your list is kept on this phone or computer only: nothing is sent to us, and you need no account.",
    loading: "Opening your list…",
    empty:
      "Nothing saved yet. Press “Save” on any event, group, place or service, or on a result in {link}, and it appears here.",
    emptyLink: "Find",
    count: pluralSet({ one: "You have saved # listing.", other: "You have saved # listings." }),
    /** What kind of listing each one is, before its name. */
    kinds: { events: "Event", groups: "Group", places: "Place", services: "Service" },
    nextDates: "Next dates:",
    state: {
      cancelled: "Cancelled: it will not go ahead.",
      postponed: "Postponed: the organiser will give a new date.",
      closed: "Closed for now: see its page for when it opens again.",
      finished: "Finished: it has no more dates.",
      removed: "No longer listed: it was taken off the site after you saved it.",
      /** After a date that will not happen. */
      dateCancelled: "cancelled",
      /** After a date moved from another day; `{date}` is the day it was on. */
      movedFrom: "moved from {date}",
    },
    /** A listing removed since it was saved, known only by its address in a shared link. */
    unnamed: "A listing",
    remove: "Remove",
    /** Visually hidden after "Remove": which listing. `{title}` is its name. */
    removeWhich: "{title} from my list",
    removedNote: "{title} was removed from your list.",
    blocked:
      "This device is not letting the site keep anything (private browsing can do this), so your list cannot be kept here. Everything else on the site works, and a list someone shares with you still opens.",
    dataFailed:
      "The latest dates could not be loaded, so the dates shown may be old. Your list is safe; try again when you have signal.",
    shared: {
      heading: "A list shared with you",
      lede: "Someone sent you this list in a link. It is not kept on this device unless you keep it.",
      keep: "Keep these in my list",
      kept: pluralSet({ one: "# listing added to your list.", other: "# listings added to your list." }),
      yours: "See my own list",
    },
    share: {
      heading: "Share your list",
      lede: "Send your list as a link, in a text message or anywhere else. The link carries the listings in its address, so it opens the same list on another phone. Nothing is stored anywhere else.",
      button: "Share the link",
      copy: "Copy the link",
      copied: "Link copied. Paste it into a message.",
      copyFailed: "The link could not be copied: select it below and copy it.",
      /** The title a phone's share sheet gives the link. */
      shareTitle: "My list on Stoke Together",
    },
    subscribe: {
      heading: "Your saved events in your calendar",
      lede: "One calendar feed of the events you saved: your calendar app keeps their dates up to date, with any that change or are cancelled. It holds the events saved when you subscribe; after you save more, subscribe again.",
      address: "Or copy this address into your calendar:",
      none: "Save an event that is still to come, and you can add your saved events to your calendar here.",
    },
    print: {
      button: "Print my list",
      fallback: "To print your list, use your browser's Print (Ctrl+P, or Print in its menu).",
      /** At the foot of the printed list; `{date}` is today, `{address}` the site. */
      printedOn: "Printed on {date}. Times can change, so please check at {address} before you go.",
    },
    noScript: {
      heading: "Your list needs JavaScript",
      text: "Your list is kept in your browser, which needs JavaScript turned on. Without it you can still keep dates: every event's page has “Add to calendar”, and {link} has feeds by town and by topic that update themselves.",
      link: "the calendar page",
    },
  },
};
