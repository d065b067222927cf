/** Pagina principală. */
import { plural } from "../../plural";
import type { Messages } from "../../types";

export const home: Messages["home"] = {
  description:
    "Află ce se întâmplă lângă tine în Stoke-on-Trent: evenimente, grupuri comunitare, parcuri și spații verzi și servicii locale în cele șase orașe.",
  search: {
    label: "Caută pe site",
    field: "Caută evenimente, grupuri, locuri și servicii (scrie în engleză)",
    button: "Caută",
  },
  heading: { before: "Ce se întâmplă lângă tine în ", city: "Stoke-on-Trent", after: "" },
  lede: "Evenimente, grupuri comunitare, spații verzi și servicii locale în cele șase orașe. Fiecare anunț spune cine îl organizează, cât costă și la ce să te aștepți, ca să-ți fie mai ușor să mergi prima dată.",
  waysIn: {
    find: "Găsește ce e aproape de tine",
    today: "Astăzi",
    weekend: "În acest weekend",
    free: "Evenimente gratuite",
    green: "Parcuri și spații verzi",
    services: "Ajutor și servicii",
    map: "Harta locurilor",
    calendar: "Evenimente în calendarul tău",
  },
  today: {
    heading: "Astăzi",
    nothing: { before: "Astăzi nu mai e nimic. Aruncă o privire la ", link: "weekendul acesta", after: "." },
    all: "Vezi toate evenimentele",
  },
  buddy: {
    heading: "Nu vrei să mergi singur?",
    intro: {
      before: "Mulți ne spun că ar merge la mai multe lucruri dacă n-ar trebui să intre singuri. Caută semnul ",
      label: "Buddy-up: cineva merge cu tine",
      after: ": o persoană dintr-un grup local de încredere te poate întâmpina la intrare.",
    },
    expect:
      "Fiecare eveniment îți spune și la ce să te aștepți prima dată: unde să mergi, cine te salută și ce să aduci.",
    link: "Cum funcționează Buddy-up și ce evenimente îl oferă",
  },
  weekend: {
    heading: "În acest weekend, oraș cu oraș",
    nothing: "Încă nu e nimic anunțat în acest weekend.",
    all: (town) => `Toate evenimentele din ${town}`,
  },
  forYou: {
    heading: "Găsește ceva pentru tine",
    groups: "Grupuri comunitare",
    groupsCount: (n) =>
      plural("ro", n, {
        one: "Un grup în tot orașul, de la voluntari care strâng gunoiul la coruri.",
        few: "# grupuri în tot orașul, de la voluntari care strâng gunoiul la coruri.",
        other: "# de grupuri în tot orașul, de la voluntari care strâng gunoiul la coruri.",
      }),
    places: "Parcuri, săli și locuri",
    placesCount: (n) =>
      plural("ro", n, {
        one: "Un loc: parcuri, canale, rezervații naturale, muzee, biblioteci și săli.",
        few: "# locuri: parcuri, canale, rezervații naturale, muzee, biblioteci și săli.",
        other: "# de locuri: parcuri, canale, rezervații naturale, muzee, biblioteci și săli.",
      }),
    services: "Servicii locale",
    servicesCount: (n) =>
      plural("ro", n, {
        one: "Un serviciu la care poți merge direct: ajutor cu alimente, sfaturi despre bani, ajutor cu calculatorul și altele.",
        few: "# servicii la care poți merge direct: ajutor cu alimente, sfaturi despre bani, ajutor cu calculatorul și altele.",
        other:
          "# de servicii la care poți merge direct: ajutor cu alimente, sfaturi despre bani, ajutor cu calculatorul și altele.",
      }),
  },
};
