/** Strona kanałów kalendarza: własny kanał, jak subskrybować i gotowe kanały. Same kanały zostają po angielsku. */
import type { Messages } from "../../types";
import { plural, pluralSet } from "../../plural";

const weeks = (n: number) =>
  plural("pl", n, { one: "tydzień", few: "# tygodnie", many: "# tygodni", other: "# tygodnia" });

export const calendar: Messages["calendar"] = {
  title: "Kanały kalendarza",
  description:
    "Wydarzenia w Stoke-on-Trent w Twoim Kalendarzu Google, Apple lub Outlooku: wybierz miasteczko, temat, dla kogo, wydarzenia bezpłatne albo kończące się przed zmrokiem.",
  crumb: "Co się dzieje",
  heading: "Wydarzenia w Twoim kalendarzu",
  lede: "Wybierz, co Cię interesuje, a my przygotujemy link do Twojej aplikacji kalendarza. Kalendarz sam się aktualizuje, więc nie musisz tu wracać, żeby wiedzieć, co się dzieje.",
  rssTitle: "Stoke Together: nowe i zaktualizowane wydarzenia",
  form: {
    heading: "Zrób własny kanał",
    town: "Miasteczko",
    anyTown: "W całym mieście",
    ward: "Okręg",
    anyWard: "Dowolny okręg",
    category: "Czego dotyczy",
    anyCategory: "Czegokolwiek",
    audience: "Dla kogo",
    anyAudience: "Dla każdego",
    only: "Tylko wydarzenia, które…",
    free: "są bezpłatne albo płacisz, ile możesz",
    dark: "kończą się przed zmrokiem",
    buddy: "oferują Buddy-up",
    accessibility: "Dostępność",
    submit: "Zrób mój link do kalendarza",
  },
  result: {
    heading: "Twój link do kalendarza",
    subscribeHeading: "Subskrybuj ten kalendarz",
    copy: "Skopiuj adres",
    address: "Adres do wklejenia w Kalendarzu Google lub Outlooku:",
    copied: "Adres skopiowany. Wklej go w aplikacji kalendarza.",
    copyFailed: "Nie udało się skopiować: zaznacz adres i skopiuj go samodzielnie.",
    cancelled: "(odwołane)",
    previewHeading: (n) => `Co w nim będzie przez najbliższe ${weeks(n)}`,
    nothing: (n) =>
      `Na najbliższe ${weeks(n)} nic jeszcze nie pasuje. Możesz mimo to subskrybować: nowe wydarzenia pojawią się, gdy ktoś je doda.`,
    matches: pluralSet({
      one: "Pasuje # termin",
      few: "Pasują # terminy",
      many: "Pasuje # terminów",
      other: "Pasuje # terminu",
    }),
    shownFirst: "; pokazujemy pierwsze {shown}",
    end: ".",
    change: "Zmień wybór",
    problemsTitle: "Sprawdź swój wybór",
    problemsHeading: "Nie udało się odczytać niektórych wyborów",
    problemsBack: "Wróć i wybierz jeszcze raz",
    problem: {
      town: "Wybierz miasteczko z listy.",
      ward: "Wybierz okręg z listy.",
      category: "Wybierz z listy, czego dotyczy.",
      audience: "Wybierz z listy, dla kogo.",
      access: "Wybierz potrzeby dostępności z listy.",
      language: "Wybierz język z listy.",
      other: "Nie udało się odczytać jednego z wyborów.",
    },
  },
  name: {
    sentence: "Kalendarz: {what}{where}{who}{extras}.",
    events: "wydarzenia",
    topicEvents: "wydarzenia z kategorii „{topic}”",
    inPlace: " w {place}",
    inCity: " w Stoke-on-Trent",
    forAudience: ", dla kogo: {audience}",
    extrasStart: ", ",
    lowerCase: false,
    free: "bezpłatne albo płacisz, ile możesz",
    dark: "kończące się przed zmrokiem",
    buddy: "z Buddy-up",
    language: "język: {language}",
  },
  howTo: {
    heading: "Jak subskrybować",
    intro:
      "Subskrypcja sprawia, że wydarzenia w Twoim kalendarzu są aktualne: nowe terminy się pojawiają, a odwołane znikają, zwykle w ciągu doby. Godziny są brytyjskie, więc wydarzenie o 19:00 zostaje o 19:00, gdy zmienia się czas.",
    google: "Kalendarz Google",
    googleSteps: [
      "Skopiuj adres zaczynający się od https://.",
      "Na komputerze otwórz Kalendarz Google, potem obok „Inne kalendarze” wybierz + i „Z adresu URL”.",
      "Wklej adres i wybierz „Dodaj kalendarz”. Pojawi się też w telefonie.",
    ],
    apple: "Kalendarz Apple (iPhone, iPad, Mac)",
    appleSteps: [
      "Stuknij „Subskrybuj w aplikacji kalendarza” (link webcal://) i potwierdź.",
      "Albo w Ustawieniach: Kalendarz, Konta, Dodaj konto, Inne, „Dodaj subskrybowany kalendarz”, i wklej adres.",
    ],
    outlook: "Outlook",
    outlookSteps: [
      "W Outlooku w przeglądarce wybierz „Dodaj kalendarz”, potem „Subskrybuj z sieci Web”.",
      "Wklej adres https://, nadaj mu nazwę i wybierz „Importuj”.",
      "W aplikacji Outlook w Windows link webcal:// otwiera go od razu.",
    ],
  },
  ready: {
    heading: "Gotowe kanały",
    everything: "Wszystko:",
    all: "subskrybuj wszystkie wydarzenia",
    orCopy: "albo skopiuj",
    byTown: "Według miasteczka",
    byTopic: "Według tematu",
    more: "Każda strona grupy, miejsca i miasteczka ma też własny link do subskrypcji.",
  },
  news: {
    heading: "Wolisz czytnik wiadomości?",
    before: "Obserwuj ",
    link: "nowe i zaktualizowane wydarzenia jako kanał RSS",
    after: ": najpierw nowo dodane i niedawno sprawdzone wydarzenia. Kanał jest po angielsku.",
  },
  linkPage: {
    description: "Twój link do kalendarza ze Stoke Together.",
    title: "Twój link do kalendarza",
  },
};
