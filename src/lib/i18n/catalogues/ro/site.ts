/** Cadrul fiecărei pagini: antetul, meniul, subsolul și alegerea limbii. */
import type { Messages } from "../../types";

export const site: Messages["site"] = {
  name: "Stoke Together",
  fullTitle: "Stoke Together: ce se întâmplă lângă tine în Stoke-on-Trent",
  pageTitle: (title) => `${title} | Stoke Together`,
  lastUpdated: (date) => `Ultima actualizare: ${date}.`,
  comma: ", ",
  skipLink: "Sari la conținutul principal",
  home: "Stoke Together, pagina principală",
  nav: {
    label: "Meniul principal",
    find: "Caută lângă tine",
    events: "Evenimente",
    groups: "Grupuri",
    places: "Locuri",
    services: "Servicii",
    areas: "Zone",
  },
  footer: {
    about:
      "Ce se întâmplă lângă tine în Tunstall, Burslem, Hanley, Stoke, Fenton și Longton. Fiecare anunț spune cine îl organizează și când a fost verificat ultima dată.",
    navLabel: "Despre acest site",
    submit: "Adaugă un eveniment",
    buddyUp: "Buddy-up: nu trebuie să mergi singur",
    aboutSite: "Despre Stoke Together",
    accessibility: "Declarația de accesibilitate",
    privacy: "Nota de confidențialitate",
    print: "Foi de tipărit",
    openData: "Date deschise",
    sitemap: "Harta site-ului",
    sources:
      "Numele și codurile circumscripțiilor (wards): sursa Office for National Statistics, sub licența Open Government Licence v3.0. Locațiile: Historic England și alte surse numite pe pagina fiecărui loc.",
  },
  languages: {
    label: "Limba",
    current: "Această pagină este în limba română.",
    writtenIn: (language) => `Scris în ${language}`,
  },
};
