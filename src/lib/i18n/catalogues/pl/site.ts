/** Ramka każdej strony: nagłówek, menu, stopka i wybór języka. */
import type { Messages } from "../../types";

export const site: Messages["site"] = {
  name: "Stoke Together",
  fullTitle: "Stoke Together: co się dzieje w pobliżu, w Stoke-on-Trent",
  pageTitle: (title) => `${title} | Stoke Together`,
  lastUpdated: (date) => `Ostatnia aktualizacja: ${date}.`,
  comma: ", ",
  skipLink: "Przejdź do głównej treści",
  home: "Stoke Together, strona główna",
  nav: {
    label: "Menu główne",
    find: "Szukaj w pobliżu",
    events: "Wydarzenia",
    groups: "Grupy",
    places: "Miejsca",
    services: "Pomoc i usługi",
    areas: "Dzielnice",
  },
  footer: {
    about:
      "Co się dzieje w pobliżu: Tunstall, Burslem, Hanley, Stoke, Fenton i Longton. Przy każdym wpisie widać, kto go prowadzi i kiedy ostatnio sprawdzono informacje.",
    navLabel: "O tej stronie",
    submit: "Dodaj wydarzenie",
    buddyUp: "Buddy-up: nie musisz iść sam",
    aboutSite: "O Stoke Together",
    accessibility: "Deklaracja dostępności",
    privacy: "Informacja o prywatności",
    print: "Arkusze do druku",
    openData: "Otwarte dane",
    sitemap: "Mapa strony",
    sources:
      "Nazwy i kody okręgów (wards): źródło Office for National Statistics, na licencji Open Government Licence v3.0. Położenie miejsc: Historic England i inne źródła podane na stronie każdego miejsca.",
  },
  languages: {
    label: "Język",
    current: "Ta strona jest po polsku.",
    writtenIn: (language) => `Napisane w języku: ${language}`,
  },
};
