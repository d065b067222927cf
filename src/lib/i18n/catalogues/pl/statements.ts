/** Deklaracja dostępności i informacja o prywatności. */
import type { Messages } from "../../types";

export const accessibility: Messages["accessibility"] = {
  title: "Deklaracja dostępności",
  description: "Na ile Stoke Together jest dostępne, co sprawdzamy i jak zgłosić problem.",
  lede: "Chcemy, żeby każdy w Stoke-on-Trent mógł korzystać z tej strony, także osoby używające czytnika ekranu, samej klawiatury, powiększenia, sterowania głosem albo wolnego internetu w telefonie.",
  can: {
    heading: "Co możesz robić na tej stronie",
    points: [
      "korzystać z każdej strony, listy i formularza bez JavaScriptu;",
      "poruszać się samą klawiaturą, z widocznym zaznaczeniem i linkiem „Przejdź do głównej treści”;",
      "powiększyć tekst do 200% i korzystać z ekranu o szerokości 320 pikseli bez utraty treści;",
      "korzystać z czytnika ekranu: strony mają nagłówki, obszary i opisane linki;",
      "czytać stronę po angielsku, w urdu, po arabsku, po polsku lub po rumuńsku; wpisy zostają w języku, w którym je napisano, i są oznaczone tak, by czytnik ekranu czytał je głosem tego języka;",
      "drukować strony wydarzeń z datami, miejscami i adresami internetowymi.",
    ],
  },
  testing: {
    heading: "Jak sprawdzamy",
    text: "Staramy się spełniać wytyczne WCAG 2.2 na poziomie AA. Przy każdej zmianie strony każdy rodzaj strony jest automatycznie sprawdzany narzędziem axe-core w prawdziwej przeglądarce, w rozmiarze telefonu i komputera, a najważniejsze ścieżki testujemy samą klawiaturą. Automatyczne testy nie wychwycą wszystkiego, więc sprawdzamy strony także ręcznie.",
  },
  known: {
    heading: "Co jeszcze nie jest idealne",
    points: [
      "Obok każdej mapy na stronie zawsze będzie lista tych samych miejsc; sama mapa to za mało.",
      "Przy niektórych miejscach nie ma jeszcze informacji o wejściu bez schodów, toaletach czy dojeździe, bo publikujemy tylko to, co potwierdza źródło.",
      "Strony z otwartymi danymi są na razie tylko po angielsku; wpisy zostają w języku, w którym je napisano.",
    ],
  },
  problem: {
    heading: "Zgłoś problem",
    text: "Jeśli coś na tej stronie u Ciebie nie działa, napisz nam, która to strona i co się stało. Naprawimy to albo przekażemy Ci informacje w inny sposób.",
  },
  enforcement: {
    heading: "Nadzór",
    text: "Za egzekwowanie przepisów o dostępności stron internetowych sektora publicznego odpowiada Equality and Human Rights Commission. Jeśli nasza odpowiedź Cię nie zadowoli, skontaktuj się z Equality Advisory and Support Service (EASS).",
  },
};

export const privacy: Messages["privacy"] = {
  title: "Informacja o prywatności",
  description: "Jakie dane osobowe przechowuje Stoke Together, po co, jak długo i jakie masz prawa.",
  lede: "Ze wszystkiego na Stoke Together możesz korzystać, nie mówiąc nam, kim jesteś. Ta informacja wyjaśnia, jak niewiele przechowujemy, gdy sam zdecydujesz się coś nam przekazać.",
  browsing: {
    heading: "Przeglądanie",
    text: "Nie używamy plików cookie do reklam ani śledzenia, a strony niczego nie pobierają od innych firm. Jeśli użyjesz opcji „w pobliżu”, Twoja lokalizacja zostaje w przeglądarce: służy do ułożenia wyników i nigdy nie jest do nas wysyłana.",
  },
  language: {
    heading: "Wybór języka",
    text: "Gdy wybierzesz język, przeglądarka zapamięta na rok mały plik cookie o nazwie nf_lang z kodem tego języka (np. „pl”), żeby następnym razem strona główna otworzyła się w Twoim języku. Nie zawiera niczego innego i nie służy do śledzenia.",
  },
  submitting: {
    heading: "Dodawanie wydarzenia",
    text: "Gdy grupa zgłasza wydarzenie, zachowujemy adres e-mail do kontaktu, żeby moderatorzy mogli zadać pytania. Widzą go tylko moderatorzy, nigdy nie jest publikowany ani pokazywany na stronie. Nie przechowujemy Twojego adresu IP: przez krótki czas trzymamy tylko jego nieodwracalnie zaszyfrowaną postać, żeby blokować spam.",
  },
  calendar: {
    heading: "Prośba o dodanie kalendarza grupy",
    text: {
      before: "Gdy grupa ",
      link: "prosi nas o dodanie swojego kalendarza",
      after:
        ", zachowujemy podany adres e-mail, żeby moderator mógł odpowiedzieć. Widzą go tylko moderatorzy i nigdy nie jest publikowany. Usuwamy go razem z całą prośbą, gdy tylko moderator doda kalendarz albo zdecyduje, że go nie doda.",
    },
  },
  buddy: {
    heading: "Prośba o towarzystwo (Buddy-up)",
    text: "Jeśli poprosisz, żeby ktoś z Tobą poszedł, zachowujemy tylko to, czego potrzebuje koordynator: imię, którym mamy się do Ciebie zwracać, jeden sposób kontaktu oraz potrzeby lub preferencje, o których zechcesz nam powiedzieć. Widzą to tylko koordynatorzy Buddy-up. Nikt inny nie wie, kto prosił, i nic o Tobie nie pojawia się na żadnej publicznej stronie. Usuwamy Twoje dane siedem dni po wydarzeniu albo od razu, jeśli zrezygnujesz.",
    report: {
      before: "Jeśli ",
      link: "zgłosisz niepokojącą sprawę",
      after:
        ", przeczytają to tylko koordynatorzy. Zgłoszenie przechowujemy 90 dni, żeby mogli się nim zająć, a potem usuwamy je razem z podanym sposobem kontaktu. Wiadomości, które wysyłamy Ci w sprawie prośby, przechowujemy najwyżej 30 dni.",
    },
  },
  rights: {
    heading: "Twoje prawa",
    text: "Zgodnie z brytyjskim prawem o ochronie danych możesz poprosić o wgląd w to, co o Tobie przechowujemy, o poprawienie tego lub usunięcie. Możesz też złożyć skargę do Information Commissioner's Office (ICO).",
  },
};
