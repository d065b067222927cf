/**
 * "Is something wrong here?": the short section on every listing, the report form, its problems and notices,
 * and the reporter's private status page. `{title}` slots hold a listing's own name.
 */
import { formatCount } from "../../plural";

/** A hidden character's two problems, for a field named as `what`. */
const hidden = (what: string) => ({
  controlCharacter: (character: string) =>
    `${what} must not contain hidden control characters (it has ${character}): type it again rather than pasting it`,
  directionCharacter: (character: string) =>
    `${what} must not contain hidden characters that change the direction of the text (it has ${character}): type it again rather than pasting it`,
});

export const report = {
  /** The section at the foot of every event, group, place and service page. */
  section: {
    heading: "Is something wrong here?",
    lede: "If a date, time, place or anything else on this page is wrong, tell us. You don't need an account. A moderator checks every report before anything on the page changes.",
    choose: "What is wrong?",
    next: "Continue",
  },
  /** What a resident can say is wrong (REPORT_REASONS). */
  reasons: {
    time: "The date or time has changed",
    cancelled: "It has been cancelled or has stopped",
    place: "The place or access details are wrong",
    unsafe: "It seems unsafe or unsuitable",
    other: "Something else",
  },
  /** The same reasons, short, for the status page. */
  reasonsShort: {
    time: "Date or time changed",
    cancelled: "Cancelled",
    place: "Place or access details wrong",
    unsafe: "Seems unsafe or unsuitable",
    other: "Something else",
  },
  form: {
    title: "Tell us what is wrong",
    description: "Tell the Stoke Together moderators that a listing is wrong.",
    /** Before the listing's name. */
    about: "About ",
    lede: "A moderator reads every report, usually within two working days, and checks it with the group before changing the listing.",
    danger: "If someone is in danger now, call 999.",
    labels: {
      reason: "What is wrong?",
      details: "What should it say?",
      contact: "How we can reach you (optional)",
    },
    hints: {
      details:
        "For example the new date and time, or the right address. Leave out names and anything private. You can leave this empty for a cancellation.",
      contact: "An email address or phone number, if you'd like us to ask you about it. Only moderators see it.",
    },
    send: "Send the report",
    back: "Back to the listing",
    problemHeading: "There is a problem",
    errorLabel: "Error: ",
    errorTitle: "Error: {title}",
    honeypot: "Leave this empty",
  },
  /** Each field's problems (LISTING_REPORT_PROBLEMS). */
  problems: {
    listing: {
      required: "Open the report form from the listing you want to report",
      notListed:
        "We could not find that listing: it may have been taken off the site. Go back to the listing and try again",
    },
    reason: { required: "Choose what is wrong" },
    details: {
      required: "Tell us what should be different",
      tooShort: (min: number) => `Tell us a little more: at least ${formatCount("en", min)} characters`,
      tooLong: (max: number) => `What should it say must be ${formatCount("en", max)} characters or fewer`,
      ...hidden("What should it say"),
      notPlain: "What should it say must be plain text: remove HTML tags",
    },
    contact: {
      tooLong: (max: number) => `How we can reach you must be ${formatCount("en", max)} characters or fewer`,
      invalid: "Enter an email address like name@example.com or a phone number like 07700 900123, or leave it empty",
    },
  },
  notices: {
    refused: "We could not accept this form. Please wait a moment and send it again.",
    expired:
      "This form was opened more than two hours ago, so for your security it needs sending again. Everything you typed is still here: check it, then send it.",
    tooMany: "You have sent several reports in the last few minutes. Please wait ten minutes.",
    unavailable: "We could not save your report just now. Nothing was saved. Please try again in a minute.",
  },
  /** The privacy notice's part about reports. */
  privacy: {
    heading: "Reporting a mistake in a listing",
    text: "If you tell us a listing is wrong, we keep what you wrote and, if you give one, the email address or phone number, so that a moderator can ask you about it. Only moderators see them (and buddy-up coordinators too, if you say a listing seems unsafe); they are never published, and your private link shows only where your report stands. Your IP address is not stored with your report: we keep only a one-way scrambled form of it for a short time to stop spam.",
    kept: "{days} days after a moderator has dealt with your report, we delete what you wrote and how to reach you; only what was decided stays.",
  },
  status: {
    shellDescription: "Your report of a wrong listing on Stoke Together.",
    sentTitle: "Thank you: we have your report",
    title: "Your report",
    reference: "Your reference is ",
    listing: "Listing",
    reason: "What is wrong",
    referenceLabel: "Reference",
    status: "Status",
    why: "What the moderator said",
    states: {
      open: "Waiting to be checked",
      fixed: "Fixed",
      "not-a-problem": "Checked: nothing needed changing",
      "passed-on": "Passed on to the group that runs it",
    },
    open: "A moderator will check it, usually within two working days. Nothing on the page changes until they do.",
    fixed: "The listing shows the change after the next update of the site, which takes a few minutes.",
    laterHeading: "Check on it later",
    later: "Keep this private link. Anyone with it can see where your report stands, and nothing else:",
    back: "Back to the listing",
    notFoundTitle: "Report not found",
    notFound: "There is no report at this link. Check that you copied the whole link.",
  },
};
