/** Sheets to print for noticeboards, in Polish. */
import { plural } from "../../plural";
import type { Messages } from "../../types";

export const print: Messages["print"] = {
  index: {
    title: "Arkusze do druku",
    description:
      "Wydrukuj, co się dzieje w Twojej okolicy w tym i przyszłym tygodniu, na tablicę ogłoszeń, albo plakat jednego wydarzenia.",
    lede: "Nie każdy szuka w internecie. Wydrukuj, co się dzieje, na tablicę ogłoszeń w bibliotece, przychodni, sali parafialnej albo na witrynę sklepu. Każdy arkusz mieści się na kartce A4, ma duże, wyraźne litery, a przy każdym wydarzeniu kod QR, który prowadzi do jego strony.",
    sheetsHeading: "Co się dzieje w tym i przyszłym tygodniu",
    wholeCity: "Całe miasto",
    posterHeading: "Plakat jednego wydarzenia",
    poster:
      "Na stronie każdego wydarzenia jest link „Wydrukuj plakat”: plakat na kartkę A4 albo A5 ze szczegółami wydarzenia dużymi literami, kodem QR i paskami do oderwania z adresem i krótkim linkiem.",
    changes:
      "Arkusze i plakaty pokazują to, co było na stronie w chwili druku. Godziny mogą się zmienić, więc na każdym jest napisane, gdzie to sprawdzić.",
  },
  sheet: {
    city: "Stoke-on-Trent",
    title: (place) => `Wydarzenia w ${place}: arkusz do druku`,
    description: (place) =>
      `Co się dzieje w ${place} w tym i przyszłym tygodniu, na arkuszu do wydruku na tablicę ogłoszeń.`,
    help: "Ta strona jest przygotowana do wydruku na kartce A4 i powieszenia na tablicy.",
    print: "Wydrukuj ten arkusz",
    span: (days) => `Ten i przyszły tydzień: ${days}`,
    empty: "Na te dwa tygodnie nic jeszcze nie ma. Co będzie dalej, zobaczysz na {address}.",
    more: (count) =>
      plural("pl", count, {
        one: "I jeszcze # wydarzenie: zobacz {address}",
        few: "I jeszcze # wydarzenia: zobacz {address}",
        many: "I jeszcze # wydarzeń: zobacz {address}",
        other: "I jeszcze # wydarzenia: zobacz {address}",
      }),
    everything: (place) => `Wszystko, co się dzieje w ${place}: zeskanuj kod.`,
    printedOn: "Wydrukowano {date}. Godziny mogą się zmienić, więc przed wyjściem sprawdź na {address}.",
  },
};
