/**
 * Buddy-up's forms and private pages: asking for a buddy, the request's status page (see, cancel), reporting a
 * concern, and every problem and notice they can show. `{name}` slots hold a listing's own words or a link.
 */
import { weeksInWords } from "../../../events/windows";
import { formatCount } from "../../plural";

/** A hidden character's two problems, for a field named as `what`. */
const hidden = (what: string) => ({
  controlCharacter: (character: string) =>
    `${what} must not contain hidden control characters (it has ${character}): type it again rather than pasting it`,
  directionCharacter: (character: string) =>
    `${what} must not contain hidden characters that change the direction of the text (it has ${character}): type it again rather than pasting it`,
});

export const buddyForms = {
  /** The parts every form shares. */
  form: {
    problemHeading: "There is a problem",
    /** Before an error beside its field, for screen readers. */
    errorLabel: "Error: ",
    /** A page's title when its form came back with problems, the title in `{title}`. */
    errorTitle: "Error: {title}",
    /** The label of a hidden field only bots fill in. */
    honeypot: "Leave this empty",
  },
  ask: {
    title: (event: string) => `Ask for a buddy: ${event}`,
    description: (event: string) => `Ask for someone to go with you to ${event}.`,
    back: "Back to {event}",
    heading: "Ask for a buddy",
    lede: "For {event} at {place}. A welcomer from {group} will meet you at a public spot at the venue and go in with you.",
    howSummary: "How it works, and the code of conduct",
    steps: [
      "Tell us the date, what to call you and how the coordinator can reach you.",
      "You get a private link. Keep it: it is the only way to see your request.",
      "A buddy-up coordinator finds a welcomer, usually within two days, and sets a public meeting spot and time. Your link then shows the welcomer's first name, their group, where and when.",
      "You can cancel at any time on the same page.",
    ],
    noDates: (days: number) => ({
      before: `There are no dates in the next ${weeksInWords(days)} to ask for a buddy for. Please check again later, or see `,
      link: "other events with buddy-up",
      after: ".",
    }),
  },
  /** The request form itself. */
  request: {
    when: "When",
    aboutYou: "About you",
    beforeYouSend: "Before you send",
    /** Before the only date, when there is one. */
    onlyDate: "Date:",
    labels: {
      date: "Which date",
      name: "Your first name, or what you like to be called",
      contactMethod: "How should the coordinator contact you?",
      email: "Your email address",
      phone: "Your phone number",
      accessNeeds: "Any access needs (optional)",
      preferences: "Anything that would help you feel comfortable (optional)",
      adult: "Your age",
      consent: "The code of conduct and your details",
    },
    hints: {
      name: "The welcomer will greet you by this name. No surname needed.",
      contactMethod: "Only the buddy-up coordinator sees this. The welcomer never gets your contact details.",
      email: "If you chose email.",
      phone: "If you chose phone or text.",
      accessNeeds:
        "For example: I use a wheelchair, I need to walk slowly, I'm hard of hearing. It helps the coordinator choose where to meet.",
      preferences:
        "For example: I'd feel more comfortable with a woman, or someone who speaks Urdu. We will try, but can't promise.",
      adult: {
        before: "Buddy-up is for adults. If you are under 18, ",
        link: "youth services in the city",
        after: " can help you go along to things.",
      },
      /** With links to the code of conduct ({conduct}) and the privacy notice ({privacy}). */
      consent:
        "Read the {conduct} and the {privacy}. We delete your details seven days after the event, or straight away if you cancel.",
      conductLink: "buddy-up code of conduct",
      privacyLink: "privacy notice",
    },
    byEmail: "By email",
    byPhone: "By phone or text",
    adultChoice: "I am 18 or over",
    consentChoice:
      "I agree to the code of conduct, and to Stoke Together keeping these details until seven days after the event",
    send: "Ask for a buddy",
  },
  report: {
    title: "Report a concern about buddy-up",
    description: "Tell a buddy-up coordinator about anything that worried you.",
    lede: "Tell a buddy-up coordinator about anything that worried you: something a welcomer or a resident did, a meeting that didn't feel right, or anything else. Only coordinators read it.",
    danger: "If someone is in danger now, call 999.",
    /** Around the request's reference, when the report comes from a status page. */
    about: { before: "This report is about your buddy-up request ", after: "." },
    labels: {
      message: "What happened, or what worries you",
      contact: "How we can reply (optional)",
    },
    hints: {
      message: "Say what happened, when and where. You don't have to give names.",
      contact: "An email address or phone number, if you'd like a coordinator to get back to you.",
    },
    send: "Send to the coordinators",
    thanks: {
      title: "Thank you for telling us",
      read: "A buddy-up coordinator will read your report. ",
      reply: "They will get back to you if they need to.",
      danger: "If someone is in danger, call 999.",
      back: "Back to your buddy-up request",
      about: "About buddy-up",
    },
  },
  /** Each field's problems, as the request and report forms check them (REQUEST_PROBLEMS, REPORT_PROBLEMS). */
  problems: {
    request: {
      date: {
        required: "Choose which date you would like to go",
        notOffered: "Choose one of the dates listed: the date you sent is not one we can arrange a buddy for",
        alreadyAsked:
          "You have already asked for a buddy on this date. Use the private link you were given, or choose another date",
      },
      name: {
        required: "Enter your first name, or what you would like to be called",
        tooLong: (max: number) => `Your name must be ${formatCount("en", max)} characters or fewer`,
        ...hidden("Your name"),
        notPlain: "Enter just a first name or what you like to be called, in plain letters",
      },
      contactMethod: { required: "Choose whether the coordinator should email or phone you" },
      email: {
        required: "Enter your email address",
        invalid: "Enter an email address like name@example.com",
      },
      phone: {
        required: "Enter your phone number",
        invalid: "Enter a phone number like 01782 123456 or 07700 900123",
      },
      accessNeeds: {
        tooLong: (max: number) => `Access needs must be ${formatCount("en", max)} characters or fewer`,
        onlyInvisible: "Access needs must not be only invisible characters: write them, or leave the box empty",
        ...hidden("Access needs"),
        notPlain: "Access needs must be plain text: remove HTML tags",
      },
      preferences: {
        tooLong: (max: number) => `Preferences must be ${formatCount("en", max)} characters or fewer`,
        onlyInvisible: "Preferences must not be only invisible characters: write them, or leave the box empty",
        ...hidden("Preferences"),
        notPlain: "Preferences must be plain text: remove HTML tags",
      },
      adult: { required: "Confirm that you are 18 or over. If you are under 18, youth services can help instead" },
      consent: {
        required: "Tick the box to agree to the code of conduct and to us keeping your details until after the event",
      },
    },
    report: {
      message: {
        tooShort: "Tell us what happened or what worries you, in a sentence or more",
        tooLong: (max: number) =>
          `Keep it to ${formatCount("en", max)} characters or fewer; a coordinator can ask for more`,
        ...hidden("Your report"),
        notPlain: "Write it as plain text: remove HTML tags",
      },
      contact: {
        tooLong: (max: number) => `How we can reply must be ${formatCount("en", max)} characters or fewer`,
        onlyInvisible:
          "How we can reply must not be only invisible characters: write an email or phone number, or leave it empty",
        ...hidden("How we can reply"),
        notPlain: "How we can reply must be plain text: remove < and >",
      },
    },
  },
  /** What a form says above itself when it was refused as a whole; nothing typed is lost. */
  notices: {
    noBuddyUp: "This event does not offer buddy-up. Choose an event from the buddy-up page.",
    refused: "We could not accept this form. Please wait a moment and send it again.",
    expired:
      "This form was opened more than two hours ago, so for your security it needs sending again. Everything you typed is still here: check it, then send it.",
    tooManyRequests: "You have sent several requests in the last few minutes. Please wait ten minutes.",
    tooManyReports: "You have sent several reports in the last few minutes. Please wait ten minutes.",
    openRequests: (count: number) =>
      `You already have ${count} requests waiting. Please cancel one, or wait until after one of those events.`,
    unavailable:
      "We could not save or read buddy-up requests just now. Nothing was saved. Please try again in a minute.",
    changed: "Your request changed just now. Open your link again and try once more.",
  },
  /** The private status page, and cancelling from it. */
  status: {
    title: "Your buddy-up request",
    sent: "Request sent",
    /** Before the reference, which comes on the next line. */
    yourReference: "Your reference is ",
    keepLink: {
      heading: "Keep this page's link",
      text: "It is the only way to see your request. Bookmark this page or copy the link. Anyone with it can see and cancel this request, so keep it private:",
    },
    headings: {
      waiting: "Waiting for a welcomer",
      matched: "A welcomer will meet you",
      closed: "This request is closed",
      cancelled: "This request is cancelled",
    },
    waiting:
      "A buddy-up coordinator will find a welcomer and set where and when to meet, usually within two days. Come back to this page to see who will meet you. The coordinator may contact you if they need to.",
    who: "Who",
    where: "Where",
    whenLabel: "When",
    /** The welcomer's first name and their group. */
    whoIs: "{welcomer}, from {group}",
    /** The meeting time and its day. */
    meetAt: (time: string, day: string) => `${time} on ${day}`,
    matched:
      "Your welcomer will say hello and go in with you. They won't ask for your contact details. If you can't find them, ask at the venue for the group.",
    closed: "A coordinator has closed this request.",
    deleted: "Your name, contact details and anything else you told us have been deleted.",
    event: "Event",
    date: "Date",
    reference: "Reference",
    /** A day and a start time: "Tuesday 1 December 2026 at 10:30". */
    when: (day: string, time: string) => `${day} at ${time}`,
    cancel: {
      heading: "Can't go any more?",
      text: "Cancel, so your welcomer isn't left waiting. Your details are deleted straight away.",
      button: "Cancel my request",
    },
    conduct: "The buddy-up code of conduct",
    confirm: {
      title: "Cancel your buddy-up request?",
      /** Around the event's own title, then the day. */
      text: (when: string) => ({ before: "For ", after: ` on ${when}. Your details will be deleted straight away.` }),
      yes: "Yes, cancel my request",
      no: "No, keep my request",
    },
    cancelled: {
      title: "Request cancelled",
      text: {
        before: "Your buddy-up request for ",
        after: " is cancelled. Your name, contact details and anything else you told us have been deleted.",
      },
      another: "Ask for a buddy for another event",
    },
    notFound: {
      title: "Request not found",
      text: "There is no buddy-up request at this link. Check that you copied the whole link.",
      lost: {
        before: "If you have lost your link, ",
        link: "tell a coordinator",
        after: " and say which event and date.",
      },
    },
  },
  /** An address under /buddy-up/ that has no page. */
  /** The message to a resident when a coordinator changes their request (by e-mail or text, in their language). */
  message: {
    subject: "Your buddy-up request for {event}",
    hello: "Hello {name}.",
    changes: {
      changed: "The arrangements for meeting your welcomer have changed.",
      matched: "A welcomer will meet you.",
      closed: "A coordinator has closed your request.",
    },
    open: "Open the private link you were given when you asked (reference {reference}) to see the details.",
  },
  notFound: {
    title: "Page not found",
    noEvent: "There is no event with buddy-up at this address.",
    noPage: "There is no buddy-up page at this address.",
    events: "Events with buddy-up",
  },
  /** The frame of the functions' pages. */
  shellDescription: "Buddy-up on Stoke Together.",
};
