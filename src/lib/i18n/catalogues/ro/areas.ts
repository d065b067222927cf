/** Cele șase orașe, paginile lor și ce are fiecare circumscripție: tabelul și lipsurile spuse pe înțeles. */
import type { Gap } from "../../../areas/fairness";
import { plural } from "../../plural";
import type { Messages } from "../../types";

const AUDIENCE_GAPS = { families: "familii", "young-people": "tineri", "older-people": "vârstnici" };

/** „în următoarele 30 de zile” */
function nextDays(days: number): string {
  return plural("ro", days, {
    one: "în următoarea # zi",
    few: "în următoarele # zile",
    other: "în următoarele # de zile",
  });
}

function lacking(gap: Pick<Gap, "kind" | "audience">): string {
  switch (gap.kind) {
    case "events":
      return "Niciun eveniment";
    case "free":
      return "Niciun eveniment gratuit";
    case "freeFor":
      return `Niciun eveniment gratuit pentru ${AUDIENCE_GAPS[gap.audience ?? "families"]}`;
    case "beforeDark":
      return "Niciun eveniment care se termină înainte să se întunece";
    case "buddyUp":
      return "Niciun eveniment cu Buddy-up";
  }
}

export const areas: Messages["areas"] = {
  index: {
    title: "Zone",
    description:
      "Cele șase orașe din Stoke-on-Trent și circumscripțiile lor, cu câte evenimente și servicii are fiecare.",
    heading: "Cele șase orașe",
    lede: "Tunstall, Burslem, Hanley, Stoke, Fenton și Longton s-au unit în 1910. Alege un oraș ca să vezi ce se întâmplă, unde poți merge și pe cine poți întreba.",
    counts: (events, days, services, places) =>
      [
        `${plural("ro", events, { one: "# eveniment", few: "# evenimente", other: "# de evenimente" })} ${nextDays(days)}`,
        plural("ro", services, { one: "# serviciu", few: "# servicii", other: "# de servicii" }),
        plural("ro", places, { one: "# loc", few: "# locuri", other: "# de locuri" }),
      ].join(" · "),
    fairnessHeading: "Ce are fiecare zonă",
    fairness: (days) =>
      `Unele zone primesc mai mult decât altele. Arătăm cifrele deschis, ca grupurile, finanțatorii și consiliul să vadă unde e nevoie de mai mult. Anunțurile de exemplu nu se numără; evenimentele sunt datele lor ${nextDays(days)}.`,
    caption: "Anunțuri în fiecare oraș",
    town: "Oraș",
    eventsNext: (days) => `Evenimente, ${nextDays(days)}`,
    services: "Servicii",
    groups: "Grupuri active",
    places: "Locuri",
    greenSpaces: "Spații verzi",
    wardsLink: "{link}: ce are fiecare dintre cele 34 de circumscripții și unde sunt lipsuri.",
    wardsHeading: "Circumscripții",
    wards:
      "Orașul are 34 de circumscripții electorale (wards). Le punem pe fiecare la orașul în care se află sau de care e cel mai aproape; unele sunt între orașe.",
    betweenTowns: "Între orașe",
  },
  town: {
    crumb: "Zone",
    description: (town) =>
      `Ce se întâmplă în ${town}, Stoke-on-Trent: evenimente, grupuri din comunitate, spații verzi, locuri de întâlnire și servicii locale.`,
    everything: (town) => `Tot ce se întâmplă în ${town}`,
    print: "{link}, pentru un avizier.",
    printLink: (town) => `Tipărește săptămâna aceasta și următoarea în ${town}`,
    comingUp: (town) => `Urmează în ${town}`,
    nothingOn: (town) => `Nu e nimic anunțat în ${town} săptămâna aceasta.`,
    places: (town) => `Locuri în ${town}`,
    groups: (town) => `Grupuri active în ${town}`,
    services: (town) => `Servicii în ${town}`,
    wardsHeading: "Circumscripții",
    wards: (town, wards) => `${town} dă numele acestui grup de circumscripții: ${wards.join("; ")}.`,
  },
  wards: {
    crumb: "Zone",
    title: "Ce are fiecare circumscripție",
    titleBy: (measure) => `Ce are fiecare circumscripție: după „${measure}”`,
    current: "Ce are fiecare circumscripție",
    description:
      "Câte evenimente, grupuri, servicii și spații verzi are fiecare dintre cele 34 de circumscripții din Stoke-on-Trent și unde sunt lipsuri.",
    lede: "Locuitorii au spus orașului că unele zone primesc mai mult decât altele. Iată ce e anunțat în fiecare dintre cele 34 de circumscripții ale orașului, numărat din aceleași anunțuri pe care le arată site-ul, ca grupurile, finanțatorii și consiliul să vadă care circumscripții au cel mai puțin.",
    counted: (days) => [
      "Anunțurile de exemplu nu se numără niciodată. Un anunț se numără într-o circumscripție când o sursă ne spune în ce circumscripție e locul lui.",
      `Datele evenimentelor sunt cele care au loc ${nextDays(days)}; un eveniment săptămânal se numără în fiecare săptămână. Grupurile se numără o dată în fiecare circumscripție în care organizează ceva care se repetă.`,
      "Sunt cifre simple. Pentru cifre la fiecare 1.000 de locuitori e nevoie de populația fiecărei circumscripții dintr-o sursă publicată, pe care site-ul nu o are încă.",
    ],
    download: "Descarcă tabelul ca fișier CSV, pentru o foaie de calcul",
    noEvents:
      "Încă nu se numără nicio dată de eveniment: evenimentele de pe site sunt azi exemple, care nu se numără niciodată. Tabelul se completează pe măsură ce apar anunțuri adevărate.",
    tableHeading: "Tabelul",
    sortHint: "Alege titlul unei coloane ca să sortezi după ea.",
    gapsHeading: "Lipsuri",
    noGaps: (days) => `Fiecare circumscripție are ceva din fiecare fel ${nextDays(days)}.`,
    gap: (gap, days) => `${lacking(gap)} ${nextDays(days)}`,
    gapWards: (wards, total) =>
      wards.length === total
        ? `în toate cele ${plural("ro", total, { one: "# circumscripție", few: "# circumscripții", other: "# de circumscripții" })}.`
        : `${plural("ro", wards.length, { one: "în # circumscripție", few: "în # circumscripții", other: "în # de circumscripții" })}: ${wards.join(", ")}.`,
    submit: "Organizezi ceva într-una dintre aceste circumscripții? {link} și îl adăugăm pe site.",
    submitLink: "Spune-ne despre asta",
    measures: {
      events: "Date de evenimente",
      free: "Date de evenimente gratuite",
      beforeDark: "Se termină înainte să se întunece",
      buddyUp: "Cu Buddy-up",
      groups: "Grupuri regulate",
      services: "Servicii",
      greenSpaces: "Spații verzi",
    },
    measuresInSentence: {
      events: "Date de evenimente",
      free: "Date de evenimente gratuite",
      beforeDark: "Se termină înainte să se întunece",
      buddyUp: "Cu Buddy-up",
      groups: "Grupuri regulate",
      services: "Servicii",
      greenSpaces: "Spații verzi",
    },
    caption: (sortedBy, days) =>
      `Anunțuri în fiecare circumscripție, ${sortedBy === undefined ? "după nume" : `ordonate după „${sortedBy}”, de la cele mai multe`}. Datele evenimentelor sunt cele ${nextDays(days)}.`,
    ward: "Circumscripție",
    nextDays: (days) => `, ${nextDays(days)}`,
    unknownWard: "În locuri fără circumscripție cunoscută",
    tiles: {
      heading: (measure) => `Circumscripțiile colorate după: ${measure}`,
      note: "Fiecare circumscripție e un pătrat, grupat pe orașe de la nord la sud; cu cât mai multe, cu atât mai închis. Pătratele nu sunt o hartă la scară: site-ul nu are încă granițele circumscripțiilor dintr-o sursă publicată. Tabelul de mai jos are aceleași cifre.",
      colourBy: "Colorează după",
      betweenTowns: "Între orașe",
      none: "niciunul",
      fewToMany: (most) => `de la puține la multe (cele mai multe: ${most})`,
    },
  },
};
