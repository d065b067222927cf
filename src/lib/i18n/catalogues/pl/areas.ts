/** Sześć miasteczek, ich strony i to, co ma każdy okręg: tabela i braki opisane zwykłymi słowami. */
import type { Gap } from "../../../areas/fairness";
import { plural } from "../../plural";
import type { Messages } from "../../types";

const AUDIENCE_GAPS = { families: "rodzin", "young-people": "młodzieży", "older-people": "seniorów" };

/** „w ciągu najbliższych 30 dni” */
function nextDays(days: number): string {
  return plural("pl", days, {
    one: "w ciągu najbliższego # dnia",
    few: "w ciągu najbliższych # dni",
    many: "w ciągu najbliższych # dni",
    other: "w ciągu najbliższych # dnia",
  });
}

function lacking(gap: Pick<Gap, "kind" | "audience">): string {
  switch (gap.kind) {
    case "events":
      return "Brak jakichkolwiek wydarzeń";
    case "free":
      return "Brak bezpłatnych wydarzeń";
    case "freeFor":
      return `Brak bezpłatnych wydarzeń dla ${AUDIENCE_GAPS[gap.audience ?? "families"]}`;
    case "beforeDark":
      return "Brak wydarzeń kończących się przed zmrokiem";
    case "buddyUp":
      return "Brak wydarzeń z Buddy-up";
  }
}

export const areas: Messages["areas"] = {
  index: {
    title: "Dzielnice",
    description: "Sześć miasteczek Stoke-on-Trent i ich okręgi: ile wydarzeń i pomocy ma każde z nich.",
    heading: "Sześć miasteczek",
    lede: "Tunstall, Burslem, Hanley, Stoke, Fenton i Longton połączyły się w jedno miasto w 1910 roku. Wybierz miasteczko, żeby zobaczyć, co się tam dzieje, dokąd pójść i kogo zapytać.",
    counts: (events, days, services, places) =>
      [
        `${plural("pl", events, { one: "# wydarzenie", few: "# wydarzenia", many: "# wydarzeń", other: "# wydarzenia" })} ${nextDays(days)}`,
        plural("pl", services, { one: "# usługa", few: "# usługi", many: "# usług", other: "# usługi" }),
        plural("pl", places, { one: "# miejsce", few: "# miejsca", many: "# miejsc", other: "# miejsca" }),
      ].join(" · "),
    fairnessHeading: "Co ma każda dzielnica",
    fairness: (days) =>
      `Niektóre dzielnice mają więcej niż inne. Pokazujemy liczby otwarcie, żeby grupy, fundatorzy i rada miasta widzieli, gdzie potrzeba więcej. Przykładowych wpisów nie liczymy; wydarzenia to ich terminy ${nextDays(days)}.`,
    caption: "Wpisy w każdym miasteczku",
    town: "Miasteczko",
    eventsNext: (days) => `Wydarzenia, ${nextDays(days)}`,
    services: "Pomoc i usługi",
    groups: "Działające grupy",
    places: "Miejsca",
    greenSpaces: "Tereny zielone",
    wardsLink: "{link}: co ma każdy z 34 okręgów i gdzie czegoś brakuje.",
    wardsHeading: "Okręgi",
    wards:
      "Miasto ma 34 okręgi wyborcze (wards). Każdy przypisujemy do miasteczka, w którym leży albo do którego mu najbliżej; niektóre leżą między miasteczkami.",
    betweenTowns: "Między miasteczkami",
  },
  town: {
    crumb: "Dzielnice",
    description: (town) =>
      `Co się dzieje w ${town}, Stoke-on-Trent: wydarzenia, grupy lokalne, tereny zielone, miejsca spotkań i lokalna pomoc.`,
    everything: (town) => `Wszystko, co się dzieje w ${town}`,
    print: "{link} na tablicę ogłoszeń.",
    printLink: (town) => `Wydrukuj ten i przyszły tydzień w ${town}`,
    comingUp: (town) => `Najbliższe wydarzenia w ${town}`,
    nothingOn: (town) => `W tym tygodniu w ${town} nic nie zaplanowano.`,
    places: (town) => `Miejsca w ${town}`,
    groups: (town) => `Grupy działające w ${town}`,
    services: (town) => `Pomoc i usługi w ${town}`,
    wardsHeading: "Okręgi",
    wards: (town, wards) => `Do ${town} zaliczamy te okręgi: ${wards.join("; ")}.`,
  },
  wards: {
    crumb: "Dzielnice",
    title: "Co ma każdy okręg",
    titleBy: (measure) => `Co ma każdy okręg: według kolumny „${measure}”`,
    current: "Co ma każdy okręg",
    description:
      "Ile wydarzeń, grup, pomocy i terenów zielonych ma każdy z 34 okręgów Stoke-on-Trent i gdzie czegoś brakuje.",
    lede: "Mieszkańcy mówili miastu, że niektóre dzielnice mają więcej niż inne. Oto, co jest na stronie w każdym z 34 okręgów miasta, policzone z tych samych wpisów, które pokazuje strona, żeby grupy, fundatorzy i rada miasta widzieli, które okręgi mają najmniej.",
    counted: (days) => [
      "Przykładowe wpisy nigdy się nie liczą. Wpis liczy się w okręgu, gdy ze źródła wiemy, w jakim okręgu jest jego miejsce.",
      `Terminy wydarzeń to te, które odbędą się ${nextDays(days)}; cotygodniowe wydarzenie liczy się w każdym tygodniu. Grupa liczy się raz w każdym okręgu, w którym prowadzi coś regularnego.`,
      "To zwykłe liczby. Żeby policzyć je na każde 1000 mieszkańców, potrzebna jest liczba ludności każdego okręgu z opublikowanego źródła, której strona jeszcze nie ma.",
    ],
    download: "Pobierz tabelę jako plik CSV, do arkusza kalkulacyjnego",
    noEvents:
      "Nie liczymy jeszcze żadnych terminów wydarzeń: wszystkie wydarzenia na stronie to dziś przykłady, a te nigdy się nie liczą. Tabela zapełni się, gdy pojawią się prawdziwe wpisy.",
    tableHeading: "Tabela",
    sortHint: "Wybierz nagłówek kolumny, żeby posortować według niej.",
    gapsHeading: "Braki",
    noGaps: (days) => `Każdy okręg ma coś z każdego rodzaju ${nextDays(days)}.`,
    gap: (gap, days) => `${lacking(gap)} ${nextDays(days)}`,
    gapWards: (wards, total) =>
      wards.length === total
        ? `we wszystkich ${total} okręgach.`
        : `${plural("pl", wards.length, { one: "w # okręgu", few: "w # okręgach", many: "w # okręgach", other: "w # okręgu" })}: ${wards.join(", ")}.`,
    submit: "Prowadzisz coś w jednym z tych okręgów? {link}, a dodamy to na stronę.",
    submitLink: "Napisz nam o tym",
    measures: {
      events: "Terminy wydarzeń",
      free: "Bezpłatne terminy",
      beforeDark: "Kończące się przed zmrokiem",
      buddyUp: "Z Buddy-up",
      groups: "Stałe grupy",
      services: "Pomoc i usługi",
      greenSpaces: "Tereny zielone",
    },
    measuresInSentence: {
      events: "Terminy wydarzeń",
      free: "Bezpłatne terminy",
      beforeDark: "Kończące się przed zmrokiem",
      buddyUp: "Z Buddy-up",
      groups: "Stałe grupy",
      services: "Pomoc i usługi",
      greenSpaces: "Tereny zielone",
    },
    caption: (sortedBy, days) =>
      `Wpisy w każdym okręgu, ${sortedBy === undefined ? "według nazwy" : `od największej liczby w kolumnie „${sortedBy}”`}. Terminy wydarzeń to te ${nextDays(days)}.`,
    ward: "Okręg",
    nextDays: (days) => `, ${nextDays(days)}`,
    unknownWard: "W miejscach o nieznanym okręgu",
    tiles: {
      heading: (measure) => `Okręgi według: ${measure}`,
      note: "Każdy okręg to kafelek, pogrupowany według miasteczka z północy na południe; im więcej, tym ciemniejszy. To nie jest mapa w skali: strona nie ma jeszcze granic okręgów z opublikowanego źródła. Tabela poniżej ma te same liczby.",
      colourBy: "Koloruj według",
      betweenTowns: "Między miasteczkami",
      none: "brak",
      fewToMany: (most) => `od mniej do więcej (najwięcej: ${most})`,
    },
  },
};
