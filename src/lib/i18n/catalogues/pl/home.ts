/** Strona główna. */
import { plural } from "../../plural";
import type { Messages } from "../../types";

export const home: Messages["home"] = {
  description:
    "Sprawdź, co się dzieje w pobliżu w Stoke-on-Trent: wydarzenia, grupy, parki i tereny zielone oraz lokalna pomoc w sześciu miasteczkach.",
  search: {
    label: "Szukaj na stronie",
    field: "Szukaj wydarzeń, grup, miejsc i pomocy (wpisz po angielsku)",
    button: "Szukaj",
  },
  heading: { before: "Co się dzieje w pobliżu, w ", city: "Stoke-on-Trent", after: "" },
  lede: "Wydarzenia, grupy, tereny zielone i lokalna pomoc w sześciu miasteczkach. Przy każdym wpisie widać, kto go prowadzi, ile to kosztuje i czego się spodziewać, żeby łatwiej było pójść pierwszy raz.",
  waysIn: {
    find: "Znajdź coś w pobliżu",
    today: "Dziś",
    weekend: "W ten weekend",
    free: "Bezpłatne wydarzenia",
    green: "Parki i tereny zielone",
    services: "Pomoc i usługi",
    map: "Mapa miejsc",
    calendar: "Wydarzenia w Twoim kalendarzu",
  },
  today: {
    heading: "Dziś",
    nothing: { before: "Dziś nic więcej się nie dzieje. Zajrzyj, co będzie ", link: "w ten weekend", after: "." },
    all: "Zobacz wszystkie wydarzenia",
  },
  buddy: {
    heading: "Nie chcesz iść sam?",
    intro: {
      before: "Wiele osób mówi nam, że chodziłoby częściej, gdyby nie musiało wchodzić samemu. Szukaj oznaczenia ",
      label: "Buddy-up: ktoś pójdzie z Tobą",
      after: ": osoba z zaufanej lokalnej grupy może spotkać się z Tobą przy wejściu.",
    },
    expect:
      "Przy każdym wydarzeniu jest też opis, czego spodziewać się za pierwszym razem: dokąd iść, kto Cię przywita i co zabrać.",
    link: "Jak działa Buddy-up i które wydarzenia go oferują",
  },
  weekend: {
    heading: "W ten weekend, miasteczko po miasteczku",
    nothing: "Na ten weekend nic jeszcze nie ma.",
    all: (town) => `Wszystkie wydarzenia: ${town}`,
  },
  forYou: {
    heading: "Znajdź coś dla siebie",
    groups: "Grupy",
    groupsCount: (n) =>
      plural("pl", n, {
        one: "# grupa w całym mieście, od sprzątających okolicę po chóry.",
        few: "# grupy w całym mieście, od sprzątających okolicę po chóry.",
        many: "# grup w całym mieście, od sprzątających okolicę po chóry.",
        other: "# grupy w całym mieście, od sprzątających okolicę po chóry.",
      }),
    places: "Parki, sale i miejsca",
    placesCount: (n) =>
      plural("pl", n, {
        one: "# miejsce: parki, kanały, rezerwaty, muzea, biblioteki i sale.",
        few: "# miejsca: parki, kanały, rezerwaty, muzea, biblioteki i sale.",
        many: "# miejsc: parki, kanały, rezerwaty, muzea, biblioteki i sale.",
        other: "# miejsca: parki, kanały, rezerwaty, muzea, biblioteki i sale.",
      }),
    services: "Lokalna pomoc i usługi",
    servicesCount: (n) =>
      plural("pl", n, {
        one: "# miejsce pomocy, do którego możesz po prostu przyjść: żywność, porady finansowe, pomoc z komputerem i więcej.",
        few: "# miejsca pomocy, do których możesz po prostu przyjść: żywność, porady finansowe, pomoc z komputerem i więcej.",
        many: "# miejsc pomocy, do których możesz po prostu przyjść: żywność, porady finansowe, pomoc z komputerem i więcej.",
        other:
          "# miejsca pomocy, do których możesz po prostu przyjść: żywność, porady finansowe, pomoc z komputerem i więcej.",
      }),
  },
};
