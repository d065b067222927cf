/** Strony Buddy-up: jak to działa i zasady. */
import type { Messages } from "../../types";

export const buddy: Messages["buddy"] = {
  title: "Buddy-up: nikt nie musi iść sam",
  description: "Poproś, żeby osoba z zaufanej lokalnej grupy spotkała się z Tobą na wydarzeniu i weszła tam z Tobą.",
  lede: "Wejście do sali pełnej obcych ludzi jest trudne. Jeśli wolisz nie iść sam, poproś o towarzystwo: osoba ze sprawdzonej lokalnej grupy spotka się z Tobą w publicznym miejscu przy wejściu i wejdzie razem z Tobą.",
  how: {
    heading: "Jak to działa",
    steps: [
      "Przy wydarzeniu z Buddy-up wybierz „Poproś o towarzystwo” i wskaż datę.",
      "Napisz, jak mamy się do Ciebie zwracać i jak koordynator może się z Tobą skontaktować. Nic więcej nie trzeba.",
      "Dostajesz prywatny link. Koordynator znajduje osobę, która Cię przywita, i ustala, gdzie i kiedy się spotkacie.",
      "Pod linkiem zobaczysz imię tej osoby, jej grupę, miejsce spotkania i godzinę.",
    ],
    noSwap: {
      before:
        "Ty i osoba witająca nigdy nie wymieniacie się danymi kontaktowymi: wszystko ustala koordynator. Zanim poprosisz, przeczytaj ",
      link: "zasady",
      after: ".",
    },
  },
  events: {
    heading: "Wydarzenia z Buddy-up",
    none: "Na razie żadne wydarzenie nie oferuje Buddy-up.",
    where: (place, group) => `${place}, z grupą ${group}`,
  },
  under18: {
    heading: "Masz mniej niż 18 lat?",
    intro:
      "Buddy-up jest dla dorosłych. Jeśli masz mniej niż 18 lat i chcesz spróbować czegoś nowego, te miejsca są dla młodzieży i pomogą Ci zacząć:",
    others: "Możesz też poprosić nauczyciela, pracownika młodzieżowego, rodzica lub opiekuna, żeby poszedł z Tobą.",
  },
  details: {
    heading: "Twoje dane",
    text: {
      before:
        "Twoją prośbę widzą tylko koordynatorzy Buddy-up. Usuwamy ją siedem dni po wydarzeniu albo od razu, jeśli zrezygnujesz. Nic o Tobie nie pojawia się na żadnej publicznej stronie. Przeczytaj ",
      link: "informację o prywatności",
      after: ".",
    },
  },
  worried: {
    heading: "Coś Cię niepokoi?",
    text: {
      before: "",
      link: "Zgłoś to",
      after: " koordynatorom Buddy-up. Jeśli ktoś jest w niebezpieczeństwie, dzwoń pod 999.",
    },
  },
  conduct: {
    title: "Zasady Buddy-up",
    description:
      "Czym Buddy-up jest, a czym nie jest: dla mieszkańców, którzy proszą o towarzystwo, i dla osób, które ich witają.",
    lede: "Buddy-up łączy kogoś, kto nie chce iść sam, z osobą witającą ze sprawdzonej lokalnej grupy. Działa, bo wszyscy zgadzają się na tych kilka zasad.",
    everyone: "Wszyscy się zgadzają",
    rules: [
      {
        strong: "Osoba witająca nie jest pracownikiem socjalnym.",
        rest: " To wolontariusz z lokalnej grupy, który się przywita, wejdzie z Tobą i przedstawi Cię innym. Nie udziela porad, nie zapewnia opieki ani podwózki.",
      },
      { strong: "To nie jest serwis randkowy", rest: " ani sposób na umawianie prywatnych spotkań." },
      {
        strong: "Spotykacie się w miejscu publicznym.",
        rest: " W nazwanym, publicznym miejscu przy wejściu, wyznaczonym przez koordynatora, i tylko tam.",
      },
      {
        strong: "Przez stronę nie wymienia się danych kontaktowych.",
        rest: " Wszystko ustala koordynator. Nie musisz podawać osobie witającej swojego numeru ani adresu i ona o nie nie zapyta.",
      },
      { strong: "Bądź życzliwy i pełen szacunku", rest: ", i wyjdź, kiedy tylko chcesz. Nikt nie musi zostawać." },
      { strong: "Zgłaszaj wszystko, co Cię niepokoi", rest: ", od razu koordynatorowi." },
    ],
    residents: "Mieszkańcy",
    residentRules: [
      "Buddy-up jest dla dorosłych: musisz mieć co najmniej 18 lat.",
      "Jeśli nie możesz przyjść, zrezygnuj na swojej prywatnej stronie, żeby osoba witająca nie czekała na próżno.",
    ],
    welcomers: "Osoby witające",
    welcomerRules: [
      "Osoby witające należą do sprawdzonej grupy i dodaje je koordynator Buddy-up.",
      "Przychodź na czas, ubierz się tak, jak opisał koordynator, i zostań z tą osobą, aż poczuje się swobodnie.",
      "Nigdy nie proś o prywatne dane kontaktowe ani ich nie podawaj i nie umawiaj się nigdzie poza ustalonym miejscem.",
    ],
    notRight: {
      heading: "Jeśli coś jest nie tak",
      text: {
        before:
          "Powiedz koordynatorowi Buddy-up. Jeśli prosiłeś o towarzystwo, użyj „Zgłoś problem” na swojej prywatnej stronie. Każdy może skorzystać z ",
        link: "formularza zgłoszenia",
        after: ". Jeśli ktoś jest w niebezpieczeństwie, dzwoń pod 999.",
      },
    },
    howItWorks: "Jak działa Buddy-up",
  },
};
