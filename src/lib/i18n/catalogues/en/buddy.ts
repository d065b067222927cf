/** Buddy-up's own pages: how it works and the code of conduct. */
export const buddy = {
  title: "Buddy-up: nobody has to go alone",
  description: "Ask for a welcomer from a trusted local group to meet you at an event and go in with you.",
  lede: "Walking into a room full of strangers is hard. If you'd rather not go alone, ask for a buddy: a welcomer from a verified local group will meet you at a public spot at the venue and go in with you.",
  how: {
    heading: "How it works",
    steps: [
      'On an event with buddy-up, choose "Ask for a buddy" and pick a date.',
      "Tell us what to call you and how a coordinator can reach you. Nothing else is needed.",
      "You get a private link. A coordinator finds a welcomer and sets where and when to meet.",
      "Your link shows the welcomer's first name, their group, the meeting spot and the time.",
    ],
    noSwap: {
      before: "You and the welcomer never swap contact details: the coordinator arranges everything. Please read the ",
      link: "code of conduct",
      after: " before you ask.",
    },
  },
  events: {
    heading: "Events with buddy-up",
    none: "No events offer buddy-up just now.",
    /** After an event's title: where it is and which group's welcomers go. */
    where: (place: string, group: string) => `${place}, with ${group}`,
  },
  under18: {
    heading: "Under 18?",
    intro:
      "Buddy-up is for adults. If you are under 18 and want to try something new, these services are for young people and can help you find your way in:",
    others: "You can also ask a teacher, a youth worker or a parent or carer to go with you.",
  },
  details: {
    heading: "Your details",
    text: {
      before:
        "Only buddy-up coordinators see your request. We delete it seven days after the event, or straight away if you cancel. Nothing about you ever appears on a public page. Read the ",
      link: "privacy notice",
      after: ".",
    },
  },
  worried: {
    heading: "Worried about something?",
    text: {
      before: "",
      link: "Report a concern",
      after: " to the buddy-up coordinators. If someone is in danger, call 999.",
    },
  },
  conduct: {
    title: "Buddy-up code of conduct",
    description: "What buddy-up is and isn't, for residents who ask for a buddy and for welcomers who meet them.",
    lede: "Buddy-up pairs someone who doesn't want to go alone with a welcomer from a verified local group. It works because everyone agrees to the same few things.",
    everyone: "Everyone agrees",
    /** Each rule: its bold start, then the rest. */
    rules: [
      {
        strong: "A welcomer is not a support worker.",
        rest: " They are a volunteer from a local group who says hello, goes in with you and introduces you. They can't give advice, care or lifts.",
      },
      { strong: "It is not a dating service", rest: ", and not a way to make private arrangements." },
      {
        strong: "Meet in public.",
        rest: " You meet at a public, named spot at the venue, set by the coordinator, and only there.",
      },
      {
        strong: "No contact details are swapped through the site.",
        rest: " The coordinator arranges everything. You don't need to give the welcomer your number or address, and they won't ask.",
      },
      { strong: "Be kind and respectful", rest: ", and leave whenever you want to. Nobody has to stay." },
      { strong: "Report anything that worries you", rest: " to a coordinator, straight away." },
    ],
    residents: "Residents",
    residentRules: [
      "Buddy-up is for adults: you must be 18 or over.",
      "If you can't make it, cancel on your private status page, so the welcomer isn't left waiting.",
    ],
    welcomers: "Welcomers",
    welcomerRules: [
      "Welcomers belong to a verified group and are added by a buddy-up coordinator.",
      "Arrive on time, wear something the coordinator described, and stay with the person until they are settled in.",
      "Never ask for or give personal contact details, and never meet anywhere but the agreed spot.",
    ],
    notRight: {
      heading: "If something isn't right",
      text: {
        before:
          'Tell a buddy-up coordinator. If you asked for a buddy, use "Report a concern" on your private status page. Anyone can use the ',
        link: "report a concern form",
        after: ". If someone is in danger, call 999.",
      },
    },
    howItWorks: "How buddy-up works",
  },
};
