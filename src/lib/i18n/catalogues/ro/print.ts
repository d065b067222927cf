/** Sheets to print for noticeboards, in Romanian. */
import { plural } from "../../plural";
import type { Messages } from "../../types";

export const print: Messages["print"] = {
  index: {
    title: "Foi de tipărit",
    description:
      "Tipărește ce se întâmplă săptămâna aceasta și săptămâna viitoare în orașul tău, pentru un avizier, sau un afiș pentru un singur eveniment.",
    lede: "Nu toată lumea caută pe internet. Tipărește ce se întâmplă pentru avizierul de la bibliotecă, de la cabinetul medicului de familie, din sala bisericii sau din vitrina unui magazin. Fiecare foaie încape pe hârtie A4, are litere mari și clare, iar lângă fiecare eveniment un cod QR care duce la pagina lui.",
    sheetsHeading: "Ce se întâmplă săptămâna aceasta și săptămâna viitoare",
    wholeCity: "Tot orașul",
    posterHeading: "Un afiș pentru un singur eveniment",
    poster:
      "Pagina fiecărui eveniment are linkul „Tipărește un afiș”: un afiș pe hârtie A4 sau A5, cu detaliile evenimentului scrise mare, un cod QR și fâșii de rupt cu adresa lui și un link scurt.",
    changes:
      "Foile și afișele arată ce era anunțat când le-ai tipărit. Orele se pot schimba, așa că pe fiecare scrie unde poți verifica.",
  },
  sheet: {
    city: "Stoke-on-Trent",
    title: (place) => `Evenimente în ${place}: o foaie de tipărit`,
    description: (place) =>
      `Ce se întâmplă în ${place} săptămâna aceasta și săptămâna viitoare, pe o foaie de tipărit pentru avizier.`,
    help: "Pagina aceasta e făcută ca s-o tipărești pe hârtie A4 și s-o pui la avizier.",
    print: "Tipărește foaia",
    span: (days) => `Săptămâna aceasta și săptămâna viitoare: ${days}`,
    empty: "Încă nu e nimic anunțat pentru aceste două săptămâni. Vezi pe {address} ce urmează.",
    more: (count) =>
      plural("ro", count, {
        one: "Și încă un eveniment: vezi {address}",
        few: "Și încă # evenimente: vezi {address}",
        other: "Și încă # de evenimente: vezi {address}",
      }),
    everything: (place) => `Tot ce se întâmplă în ${place}: scanează codul.`,
    printedOn: "Tipărit pe {date}. Orele se pot schimba, așa că verifică pe {address} înainte să pleci.",
  },
};
