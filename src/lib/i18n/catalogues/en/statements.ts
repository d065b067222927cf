/** The accessibility statement and the privacy notice. */
export const accessibility = {
  title: "Accessibility statement",
  description: "How accessible Stoke Together is, what we test, and how to tell us about a problem.",
  lede: "We want everyone in Stoke-on-Trent to be able to use this site, including people who use a screen reader, a keyboard, magnification, voice control or a slow phone connection.",
  can: {
    heading: "What you can do on this site",
    points: [
      "use every page, list and form without JavaScript;",
      'move around with a keyboard alone, with a visible focus and a "Skip to main content" link;',
      "zoom text to 200% and use a screen as narrow as 320 pixels without losing content;",
      "use a screen reader: pages have headings, landmarks and labelled links;",
      "read the site in English, Urdu, Arabic, Polish or Romanian; listings stay in the language they were written in, marked so that screen readers read them in its voice;",
      "print event pages with their dates, places and web addresses.",
    ],
  },
  testing: {
    heading: "How we test",
    text: "We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every type of page is checked automatically with axe-core in a real browser, at phone and desktop sizes, each time the site changes, and main journeys are tested with a keyboard only. Automated checks cannot find every problem, so we also check pages by hand.",
  },
  known: {
    heading: "What we know is not perfect yet",
    points: [
      "Maps on the site will always have a list beside them with the same places; the map alone is not enough.",
      "Some places do not yet have step-free access, toilet or transport details, because we only publish what a source confirms.",
      "The open data pages are in English only for now; listings stay in the language they were written in.",
    ],
  },
  problem: {
    heading: "Tell us about a problem",
    text: "If something on this site doesn't work for you, please tell us which page and what happened, and we will fix it or give you the information another way.",
  },
  enforcement: {
    heading: "Enforcement",
    text: "The Equality and Human Rights Commission is responsible for enforcing the accessibility regulations for public sector websites. If you are not happy with how we respond, contact the Equality Advisory and Support Service (EASS).",
  },
};

export const privacy = {
  title: "Privacy notice",
  description: "What personal information Stoke Together keeps, why, for how long, and your rights.",
  lede: "You can use everything on Stoke Together without telling us who you are. This notice explains the little we keep when you do choose to give us something.",
  browsing: {
    heading: "Browsing",
    text: 'We don\'t use advertising or tracking cookies, and pages load nothing from other companies. If you use "near me", your location stays in your browser: it is used to sort results and is never sent to us.',
  },
  language: {
    heading: "Choosing a language",
    text: 'When you choose a language, your browser keeps a small cookie called nf_lang with that language\'s code (for example "ur") for a year, so the home page opens in your language next time. It holds nothing else and is not used to follow you.',
  },
  submitting: {
    heading: "Submitting an event",
    text: "When a group submits an event we keep a contact email so that our moderators can ask questions about it. The email is seen only by moderators, is never published and is never shown on the site. Your IP address is not stored: we keep only a one-way scrambled form of it for a short time to stop spam.",
  },
  calendar: {
    heading: "Asking us to add your group's calendar",
    text: {
      before: "When a group ",
      link: "asks us to add its calendar",
      after:
        ", we keep the email it gives so that a moderator can reply. Only moderators see it, and it is never published. We delete it, with the rest of the request, as soon as a moderator has added the calendar or decided not to.",
    },
  },
  buddy: {
    heading: "Asking for a buddy",
    text: "If you ask for someone to go with, we keep only what the coordinator needs: the name you want to be called, one way to reach you, and any access needs or preferences you choose to tell us. Only buddy-up coordinators see it. Nobody else can see who asked, and nothing about you appears on any public page. We delete your details seven days after the event, or straight away if you cancel.",
    report: {
      before: "If you ",
      link: "report a concern",
      after:
        ", only the coordinators read it. We keep a report for 90 days so that they can follow it up, then delete it, along with any way to reply that you gave. Messages we send you about your request are kept for 30 days at most.",
    },
  },
  rights: {
    heading: "Your rights",
    text: "Under UK data protection law you can ask to see what we hold about you, to correct it, or to have it deleted. You can also complain to the Information Commissioner's Office (ICO).",
  },
};
