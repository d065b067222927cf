/** Formularze i prywatne strony Buddy-up: prośba o towarzystwo, strona prośby (podgląd, rezygnacja), zgłoszenie i każdy komunikat o błędzie. */
import { plural } from "../../plural";
import type { Messages } from "../../types";

const weeks = (days: number) => Math.round(days / 7);
const characters = (max: number) =>
  plural("pl", max, { one: "# znak", few: "# znaki", many: "# znaków", other: "# znaku" });

/** Dwa komunikaty o ukrytych znakach w polu nazwanym `what`. */
const hidden = (what: string) => ({
  controlCharacter: (character: string) =>
    `Pole „${what}” nie może zawierać ukrytych znaków sterujących (jest w nim ${character}): wpisz tekst jeszcze raz zamiast go wklejać`,
  directionCharacter: (character: string) =>
    `Pole „${what}” nie może zawierać ukrytych znaków, które zmieniają kierunek tekstu (jest w nim ${character}): wpisz tekst jeszcze raz zamiast go wklejać`,
});

export const buddyForms: Messages["buddyForms"] = {
  form: {
    problemHeading: "Coś trzeba poprawić",
    errorLabel: "Błąd: ",
    errorTitle: "Błąd: {title}",
    honeypot: "Zostaw to pole puste",
  },
  ask: {
    title: (event) => `Poproś o Buddy-up: ${event}`,
    description: (event) => `Poproś, żeby ktoś poszedł z Tobą na: ${event}.`,
    back: "Wróć do: {event}",
    heading: "Poproś o Buddy-up",
    lede: "Wydarzenie: {event}, miejsce: {place}. Osoba witająca z grupy {group} spotka się z Tobą w ogólnodostępnym miejscu na miejscu i wejdzie razem z Tobą.",
    howSummary: "Jak to działa i zasady",
    steps: [
      "Podaj datę, napisz, jak mamy się do Ciebie zwracać i jak koordynator może się z Tobą skontaktować.",
      "Dostajesz prywatny link. Zachowaj go: tylko przez niego zobaczysz swoją prośbę.",
      "Koordynator Buddy-up znajduje osobę witającą, zwykle w ciągu dwóch dni, i ustala publiczne miejsce oraz godzinę spotkania. Wtedy pod linkiem zobaczysz imię tej osoby, jej grupę, miejsce i godzinę.",
      "Na tej samej stronie możesz w każdej chwili zrezygnować.",
    ],
    noDates: (days) => ({
      before: `W ciągu najbliższych ${weeks(days)} tygodni nie ma terminów, na które można poprosić o Buddy-up. Zajrzyj tu później albo zobacz `,
      link: "inne wydarzenia z Buddy-up",
      after: ".",
    }),
  },
  request: {
    when: "Kiedy",
    aboutYou: "O Tobie",
    beforeYouSend: "Zanim wyślesz",
    onlyDate: "Termin:",
    labels: {
      date: "Który termin",
      name: "Twoje imię albo to, jak lubisz, żeby się do Ciebie zwracano",
      contactMethod: "Jak koordynator ma się z Tobą skontaktować?",
      email: "Twój adres e-mail",
      phone: "Twój numer telefonu",
      accessNeeds: "Potrzeby związane z dostępnością (nieobowiązkowe)",
      preferences: "Co pomoże Ci poczuć się swobodnie (nieobowiązkowe)",
      adult: "Twój wiek",
      consent: "Zasady i Twoje dane",
    },
    hints: {
      name: "Osoba witająca przywita Cię tym imieniem. Nazwisko nie jest potrzebne.",
      contactMethod:
        "Widzi to tylko koordynator Buddy-up. Osoba witająca nigdy nie dostaje Twoich danych kontaktowych.",
      email: "Jeśli wybierasz e-mail.",
      phone: "Jeśli wybierasz telefon lub SMS.",
      accessNeeds:
        "Na przykład: poruszam się na wózku, muszę iść powoli, słabo słyszę. To pomaga koordynatorowi wybrać miejsce spotkania.",
      preferences:
        "Na przykład: lepiej się poczuję z kobietą albo z kimś, kto mówi po polsku. Postaramy się, ale nie możemy obiecać.",
      adult: {
        before: "Buddy-up jest dla dorosłych. Jeśli masz mniej niż 18 lat, ",
        link: "miejsca dla młodzieży w mieście",
        after: " pomogą Ci wybrać się na zajęcia.",
      },
      consent:
        "Przeczytaj {conduct} i {privacy}. Usuwamy Twoje dane siedem dni po wydarzeniu albo od razu, jeśli zrezygnujesz.",
      conductLink: "zasady Buddy-up",
      privacyLink: "informację o prywatności",
    },
    byEmail: "E-mailem",
    byPhone: "Telefonicznie lub SMS-em",
    adultChoice: "Mam co najmniej 18 lat",
    consentChoice:
      "Zgadzam się na zasady i na to, żeby Stoke Together przechowywało te dane do siedmiu dni po wydarzeniu",
    send: "Poproś o Buddy-up",
  },
  report: {
    title: "Zgłoś problem z Buddy-up",
    description: "Powiedz koordynatorowi Buddy-up o wszystkim, co Cię zaniepokoiło.",
    lede: "Powiedz koordynatorowi Buddy-up o wszystkim, co Cię zaniepokoiło: o czymś, co zrobiła osoba witająca albo mieszkaniec, o spotkaniu, które nie było w porządku, albo o czymkolwiek innym. Czytają to tylko koordynatorzy.",
    danger: "Jeśli ktoś jest teraz w niebezpieczeństwie, dzwoń pod 999.",
    about: { before: "To zgłoszenie dotyczy Twojej prośby o Buddy-up ", after: "." },
    labels: {
      message: "Co się stało albo co Cię niepokoi",
      contact: "Jak możemy Ci odpowiedzieć (nieobowiązkowe)",
    },
    hints: {
      message: "Napisz, co się stało, kiedy i gdzie. Nie musisz podawać nazwisk.",
      contact: "Adres e-mail lub numer telefonu, jeśli chcesz, żeby koordynator się z Tobą skontaktował.",
    },
    send: "Wyślij do koordynatorów",
    thanks: {
      title: "Dziękujemy, że nam o tym mówisz",
      read: "Koordynator Buddy-up przeczyta Twoje zgłoszenie. ",
      reply: "Odezwie się do Ciebie, jeśli będzie trzeba.",
      danger: "Jeśli ktoś jest w niebezpieczeństwie, dzwoń pod 999.",
      back: "Wróć do swojej prośby o Buddy-up",
      about: "O Buddy-up",
    },
  },
  problems: {
    request: {
      date: {
        required: "Wybierz, którego dnia chcesz pójść",
        notOffered: "Wybierz jeden z podanych terminów: na termin, który przyszedł, nie możemy zorganizować Buddy-up",
        alreadyAsked:
          "Prośba o Buddy-up na ten termin została już wysłana. Użyj prywatnego linku, który już masz, albo wybierz inny termin",
      },
      name: {
        required: "Wpisz swoje imię albo to, jak mamy się do Ciebie zwracać",
        tooLong: (max) => `Imię może mieć najwyżej ${characters(max)}`,
        ...hidden("Imię"),
        notPlain: "Wpisz samo imię albo to, jak mamy się do Ciebie zwracać, zwykłymi literami",
      },
      contactMethod: { required: "Wybierz, czy koordynator ma napisać e-mail, czy zadzwonić" },
      email: {
        required: "Wpisz swój adres e-mail",
        invalid: "Wpisz adres e-mail w takiej postaci: name@example.com",
      },
      phone: {
        required: "Wpisz swój numer telefonu",
        invalid: "Wpisz numer telefonu w takiej postaci: 01782 123456 albo 07700 900123",
      },
      accessNeeds: {
        tooLong: (max) => `Potrzeby związane z dostępnością mogą mieć najwyżej ${characters(max)}`,
        onlyInvisible:
          "Potrzeby związane z dostępnością nie mogą składać się tylko z niewidocznych znaków: opisz je albo zostaw pole puste",
        ...hidden("Potrzeby związane z dostępnością"),
        notPlain: "Potrzeby związane z dostępnością muszą być zwykłym tekstem: usuń znaczniki HTML",
      },
      preferences: {
        tooLong: (max) => `To, co pomoże Ci poczuć się swobodnie, może mieć najwyżej ${characters(max)}`,
        onlyInvisible:
          "To, co pomoże Ci poczuć się swobodnie, nie może składać się tylko z niewidocznych znaków: opisz to albo zostaw pole puste",
        ...hidden("Co pomoże Ci poczuć się swobodnie"),
        notPlain: "To, co pomoże Ci poczuć się swobodnie, musi być zwykłym tekstem: usuń znaczniki HTML",
      },
      adult: {
        required:
          "Potwierdź, że masz co najmniej 18 lat. Jeśli masz mniej niż 18 lat, zamiast tego pomogą Ci miejsca dla młodzieży",
      },
      consent: {
        required: "Zaznacz pole, żeby zgodzić się na zasady i na przechowywanie Twoich danych do czasu po wydarzeniu",
      },
    },
    report: {
      message: {
        tooShort: "Napisz, co się stało albo co Cię niepokoi, w jednym zdaniu lub więcej",
        tooLong: (max) => `Zmieść się w ${characters(max)}; koordynator może dopytać o resztę`,
        ...hidden("Co się stało"),
        notPlain: "Napisz to zwykłym tekstem: usuń znaczniki HTML",
      },
      contact: {
        tooLong: (max) => `Sposób odpowiedzi może mieć najwyżej ${characters(max)}`,
        onlyInvisible:
          "Sposób odpowiedzi nie może składać się tylko z niewidocznych znaków: wpisz e-mail lub numer telefonu albo zostaw pole puste",
        ...hidden("Jak możemy Ci odpowiedzieć"),
        notPlain: "Sposób odpowiedzi musi być zwykłym tekstem: usuń < i >",
      },
    },
  },
  notices: {
    noBuddyUp: "To wydarzenie nie oferuje Buddy-up. Wybierz wydarzenie ze strony Buddy-up.",
    refused: "Nie mogliśmy przyjąć tego formularza. Poczekaj chwilę i wyślij go jeszcze raz.",
    expired:
      "Ten formularz został otwarty ponad dwie godziny temu, więc dla Twojego bezpieczeństwa trzeba go wysłać jeszcze raz. Wszystko, co wpisano, nadal tu jest: sprawdź i wyślij.",
    tooManyRequests: "W ciągu ostatnich kilku minut wysłano stąd kilka próśb. Poczekaj dziesięć minut.",
    tooManyReports: "W ciągu ostatnich kilku minut wysłano stąd kilka zgłoszeń. Poczekaj dziesięć minut.",
    openRequests: (count) =>
      `Masz już ${plural("pl", count, { one: "# czekającą prośbę", few: "# czekające prośby", many: "# czekających próśb", other: "# czekającej prośby" })}. Zrezygnuj z jednej albo poczekaj, aż minie jedno z tych wydarzeń.`,
    unavailable:
      "Nie udało się teraz zapisać ani odczytać próśb o Buddy-up. Nic nie zostało zapisane. Spróbuj ponownie za minutę.",
    changed: "Twoja prośba właśnie się zmieniła. Otwórz swój link jeszcze raz i spróbuj ponownie.",
  },
  status: {
    title: "Twoja prośba o Buddy-up",
    sent: "Prośba wysłana",
    yourReference: "Twój numer prośby to ",
    keepLink: {
      heading: "Zachowaj link do tej strony",
      text: "Tylko przez niego zobaczysz swoją prośbę. Dodaj tę stronę do zakładek albo skopiuj link. Każdy, kto go ma, może zobaczyć tę prośbę i z niej zrezygnować, więc nikomu go nie dawaj:",
    },
    headings: {
      waiting: "Czekamy na osobę witającą",
      matched: "Osoba witająca spotka się z Tobą",
      closed: "Ta prośba jest zamknięta",
      cancelled: "Z tej prośby zrezygnowano",
    },
    waiting:
      "Koordynator Buddy-up znajdzie osobę witającą i ustali, gdzie i kiedy się spotkacie, zwykle w ciągu dwóch dni. Wróć na tę stronę, żeby zobaczyć, kto się z Tobą spotka. Koordynator może się z Tobą skontaktować, jeśli będzie trzeba.",
    who: "Kto",
    where: "Gdzie",
    whenLabel: "Kiedy",
    whoIs: "{welcomer}, z grupy {group}",
    meetAt: (time, day) => `${day}, godz. ${time}`,
    matched:
      "Osoba witająca przywita się i wejdzie razem z Tobą. Nie zapyta o Twoje dane kontaktowe. Jeśli nie możesz jej znaleźć, zapytaj na miejscu o tę grupę.",
    closed: "Koordynator zamknął tę prośbę.",
    deleted: "Twoje imię, dane kontaktowe i wszystko, co nam przekazano, zostały usunięte.",
    event: "Wydarzenie",
    date: "Termin",
    reference: "Numer prośby",
    when: (day, time) => `${day}, godz. ${time}`,
    cancel: {
      heading: "Nie możesz już pójść?",
      text: "Zrezygnuj, żeby osoba witająca nie czekała na próżno. Twoje dane zostaną od razu usunięte.",
      button: "Rezygnuję z prośby",
    },
    conduct: "Zasady Buddy-up",
    confirm: {
      title: "Zrezygnować z prośby o Buddy-up?",
      text: (when) => ({ before: "Wydarzenie: ", after: `, ${when}. Twoje dane zostaną od razu usunięte.` }),
      yes: "Tak, rezygnuję z prośby",
      no: "Nie, zostawiam prośbę",
    },
    cancelled: {
      title: "Zrezygnowano z prośby",
      text: {
        before: "Zrezygnowano z Twojej prośby o Buddy-up na wydarzenie: ",
        after: ". Twoje imię, dane kontaktowe i wszystko, co nam przekazano, zostały usunięte.",
      },
      another: "Poproś o Buddy-up na inne wydarzenie",
    },
    notFound: {
      title: "Nie znaleziono prośby",
      text: "Pod tym linkiem nie ma prośby o Buddy-up. Sprawdź, czy skopiowano cały link.",
      lost: {
        before: "Jeśli link zaginął, ",
        link: "napisz do koordynatora",
        after: " i podaj wydarzenie oraz termin.",
      },
    },
  },
  message: {
    subject: "Twoja prośba o Buddy-up: {event}",
    hello: "Dzień dobry, {name}.",
    changes: {
      changed: "Zmieniły się ustalenia dotyczące spotkania z osobą witającą.",
      matched: "Spotka się z Tobą osoba witająca.",
      closed: "Koordynator zamknął Twoją prośbę.",
    },
    open: "Otwórz prywatny link, który dostałeś/dostałaś przy wysyłaniu prośby (numer {reference}), żeby zobaczyć szczegóły.",
  },
  notFound: {
    title: "Nie znaleziono strony",
    noEvent: "Pod tym adresem nie ma wydarzenia z Buddy-up.",
    noPage: "Pod tym adresem nie ma strony Buddy-up.",
    events: "Wydarzenia z Buddy-up",
  },
  shellDescription: "Buddy-up na Stoke Together.",
};
