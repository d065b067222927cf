/** "My list": the Save button and the page of saved listings, in Polish. */
import { pluralSet } from "../../plural";
import type { Messages } from "../../types";

export const myList: Messages["myList"] = {
  save: {
    save: "Zapisz",
    saved: "Zapisano",
    added: "Zapisano na Twojej liście.",
    removed: "Usunięto z Twojej listy.",
    count: pluralSet({
      one: "# zapisany wpis.",
      few: "# zapisane wpisy.",
      many: "# zapisanych wpisów.",
      other: "# zapisanego wpisu.",
    }),
    see: "Zobacz moją listę",
    blocked:
      "To urządzenie nie pozwala stronie niczego przechowywać (tak bywa w trybie prywatnym), więc nie można tu zapisywać.",
    noScript: "Zapisuj wpisy na własnej liście",
  },
  privacy: {
    heading: "Twoja zapisana lista",
    text: "Gdy naciśniesz „Zapisz” przy wpisie, przeglądarka przechowuje jego nazwę i adres we własnej pamięci na Twoim urządzeniu (localStorage, pod kluczem stoke-together:my-list), żeby „Moja lista” mogła go pokazać. Nigdy nie jest do nas wysyłana i nie możemy jej zobaczyć. Udostępniony link zawiera tylko adresy wpisów, a kanał kalendarza z zapisanymi wydarzeniami Twoja aplikacja kalendarza pobiera na podstawie tych adresów; żadne z nich nie zawiera nic o Tobie. Aby ją usunąć, usuń wpisy z listy albo wyczyść dane strony w przeglądarce.",
  },
  page: {
    title: "Moja lista",
    description: "Zapisane przez Ciebie wydarzenia, grupy, miejsca i usługi, przechowywane tylko na tym urządzeniu.",
    lede: "Zapisane przez Ciebie wydarzenia, grupy, miejsca i usługi. Twoja lista jest tylko na tym telefonie lub komputerze: nic nie jest do nas wysyłane i nie potrzebujesz konta.",
    loading: "Otwieranie Twojej listy…",
    empty:
      "Nic jeszcze nie zapisano. Naciśnij „Zapisz” przy dowolnym wydarzeniu, grupie, miejscu lub usłudze albo przy wyniku w {link}, a pojawi się tutaj.",
    emptyLink: "Wyszukiwarce",
    count: pluralSet({
      one: "Masz # zapisany wpis.",
      few: "Masz # zapisane wpisy.",
      many: "Masz # zapisanych wpisów.",
      other: "Masz # zapisanego wpisu.",
    }),
    kinds: { events: "Wydarzenie", groups: "Grupa", places: "Miejsce", services: "Usługa" },
    nextDates: "Najbliższe terminy:",
    state: {
      cancelled: "Odwołane: nie odbędzie się.",
      postponed: "Przełożone: organizator poda nowy termin.",
      closed: "Na razie nieczynne: na jego stronie sprawdzisz, kiedy znów ruszy.",
      finished: "Zakończone: nie ma więcej terminów.",
      removed: "Już niedostępne: zostało usunięte ze strony po tym, jak je zapisano.",
      dateCancelled: "odwołane",
      movedFrom: "przeniesione z {date}",
    },
    unnamed: "Wpis",
    remove: "Usuń",
    removeWhich: "{title} z mojej listy",
    removedNote: "Usunięto {title} z Twojej listy.",
    blocked:
      "To urządzenie nie pozwala stronie niczego przechowywać (tak bywa w trybie prywatnym), więc Twojej listy nie da się tu zachować. Cała reszta strony działa, a lista, którą ktoś Ci wyśle, też się otworzy.",
    dataFailed:
      "Nie udało się pobrać najnowszych terminów, więc pokazane mogą być nieaktualne. Twoja lista jest bezpieczna; spróbuj ponownie, gdy będziesz mieć zasięg.",
    shared: {
      heading: "Lista wysłana do Ciebie",
      lede: "Ktoś wysłał Ci tę listę w linku. Nie jest zapisana na tym urządzeniu, dopóki jej nie zachowasz.",
      keep: "Zachowaj je na mojej liście",
      kept: pluralSet({
        one: "Dodano # wpis do Twojej listy.",
        few: "Dodano # wpisy do Twojej listy.",
        many: "Dodano # wpisów do Twojej listy.",
        other: "Dodano # wpisu do Twojej listy.",
      }),
      yours: "Zobacz moją własną listę",
    },
    share: {
      heading: "Udostępnij swoją listę",
      lede: "Wyślij swoją listę jako link, SMS-em lub gdziekolwiek indziej. Link zawiera wpisy w swoim adresie, więc na innym telefonie otworzy tę samą listę. Nic nie jest przechowywane nigdzie indziej.",
      button: "Udostępnij link",
      copy: "Skopiuj link",
      copied: "Skopiowano link. Wklej go do wiadomości.",
      copyFailed: "Nie udało się skopiować linku: zaznacz go poniżej i skopiuj.",
      shareTitle: "Moja lista na Stoke Together",
    },
    subscribe: {
      heading: "Zapisane wydarzenia w Twoim kalendarzu",
      lede: "Jeden kanał kalendarza z zapisanymi wydarzeniami: aplikacja kalendarza sama aktualizuje ich terminy, także te zmienione i odwołane. Zawiera wydarzenia zapisane w chwili subskrypcji; gdy zapiszesz więcej, zasubskrybuj ponownie.",
      address: "Albo skopiuj ten adres do swojego kalendarza:",
      none: "Zapisz nadchodzące wydarzenie, a tutaj dodasz zapisane wydarzenia do swojego kalendarza.",
    },
    print: {
      button: "Wydrukuj moją listę",
      fallback: "Aby wydrukować listę, użyj polecenia Drukuj w przeglądarce (Ctrl+P lub Drukuj w menu).",
      printedOn: "Wydrukowano {date}. Terminy mogą się zmienić, więc przed wyjściem sprawdź {address}.",
    },
    noScript: {
      heading: "Twoja lista potrzebuje JavaScriptu",
      text: "Twoja lista jest przechowywana w przeglądarce, co wymaga włączonego JavaScriptu. Bez niego nadal możesz zachować terminy: na stronie każdego wydarzenia jest „Dodaj do kalendarza”, a na {link} są kanały według miasta i tematu, które same się aktualizują.",
      link: "stronie kalendarza",
    },
  },
};
