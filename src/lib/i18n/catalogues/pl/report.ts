/** „Czy coś tu się nie zgadza?”: sekcja pod każdym wpisem, formularz zgłoszenia, jego problemy i prywatna strona zgłoszenia. */
import { plural } from "../../plural";

const letters = (n: number) => plural("pl", n, { one: "# znak", few: "# znaki", many: "# znaków", other: "# znaku" });

const hidden = (what: string) => ({
  controlCharacter: (character: string) =>
    `${what} nie może zawierać ukrytych znaków sterujących (zawiera ${character}): wpisz to jeszcze raz zamiast wklejać`,
  directionCharacter: (character: string) =>
    `${what} nie może zawierać ukrytych znaków zmieniających kierunek tekstu (zawiera ${character}): wpisz to jeszcze raz zamiast wklejać`,
});

export const report = {
  section: {
    heading: "Czy coś tu się nie zgadza?",
    lede: "Jeśli data, godzina, miejsce albo cokolwiek innego na tej stronie jest nieaktualne, daj nam znać. Nie potrzebujesz konta. Moderator sprawdza każde zgłoszenie, zanim cokolwiek na stronie się zmieni.",
    choose: "Co się nie zgadza?",
    next: "Dalej",
  },
  reasons: {
    time: "Zmieniła się data lub godzina",
    cancelled: "Zostało odwołane lub się skończyło",
    place: "Miejsce lub informacje o dostępności są błędne",
    unsafe: "Wydaje się niebezpieczne lub nieodpowiednie",
    other: "Coś innego",
  },
  reasonsShort: {
    time: "Zmiana daty lub godziny",
    cancelled: "Odwołane",
    place: "Błędne miejsce lub dostępność",
    unsafe: "Wydaje się niebezpieczne lub nieodpowiednie",
    other: "Coś innego",
  },
  form: {
    title: "Powiedz nam, co się nie zgadza",
    description: "Powiedz moderatorom Stoke Together, że wpis jest błędny.",
    about: "Wpis: ",
    lede: "Moderator czyta każde zgłoszenie, zwykle w ciągu dwóch dni roboczych, i sprawdza je z grupą, zanim zmieni wpis.",
    danger: "Jeśli ktoś jest teraz w niebezpieczeństwie, dzwoń pod 999.",
    labels: {
      reason: "Co się nie zgadza?",
      details: "Co powinno być napisane?",
      contact: "Jak możemy się z Tobą skontaktować (nieobowiązkowe)",
    },
    hints: {
      details:
        "Na przykład nowa data i godzina albo właściwy adres. Nie podawaj nazwisk ani niczego prywatnego. Przy odwołaniu możesz zostawić to pole puste.",
      contact:
        "Adres e-mail lub numer telefonu, jeśli chcesz, żebyśmy mogli Cię o to zapytać. Widzą go tylko moderatorzy.",
    },
    send: "Wyślij zgłoszenie",
    back: "Wróć do wpisu",
    problemHeading: "Wystąpił problem",
    errorLabel: "Błąd: ",
    errorTitle: "Błąd: {title}",
    honeypot: "Zostaw to pole puste",
  },
  problems: {
    listing: {
      required: "Otwórz formularz zgłoszenia z wpisu, który chcesz zgłosić",
      notListed: "Nie znaleźliśmy tego wpisu: mógł zostać usunięty ze strony. Wróć do wpisu i spróbuj ponownie",
    },
    reason: { required: "Wybierz, co się nie zgadza" },
    details: {
      required: "Napisz nam, co powinno być inaczej",
      tooShort: (min: number) => `Napisz trochę więcej: co najmniej ${letters(min)}`,
      tooLong: (max: number) => `Pole „Co powinno być napisane” może mieć najwyżej ${letters(max)}`,
      ...hidden("Pole „Co powinno być napisane”"),
      notPlain: "Pole „Co powinno być napisane” musi być zwykłym tekstem: usuń znaczniki HTML",
    },
    contact: {
      tooLong: (max: number) => `Dane kontaktowe mogą mieć najwyżej ${letters(max)}`,
      invalid: "Wpisz adres e-mail, np. name@example.com, albo numer telefonu, np. 07700 900123, lub zostaw pole puste",
    },
  },
  notices: {
    refused: "Nie mogliśmy przyjąć tego formularza. Poczekaj chwilę i wyślij go ponownie.",
    expired:
      "Ten formularz został otwarty ponad dwie godziny temu, więc dla Twojego bezpieczeństwa trzeba go wysłać ponownie. Wszystko, co wpisano, nadal tu jest: sprawdź i wyślij.",
    tooMany: "W ciągu ostatnich kilku minut wysłano kilka zgłoszeń. Poczekaj dziesięć minut.",
    unavailable: "Nie mogliśmy teraz zapisać Twojego zgłoszenia. Nic nie zostało zapisane. Spróbuj ponownie za minutę.",
  },
  /** The privacy notice's part about reports. */
  privacy: {
    heading: "Zgłaszanie błędu we wpisie",
    text: "Jeśli zgłosisz, że wpis jest błędny, zachowujemy to, co napisano, oraz adres e-mail lub numer telefonu, jeśli go podasz, żeby moderator mógł Cię o to zapytać. Widzą je tylko moderatorzy (a także koordynatorzy Buddy-up, jeśli napiszesz, że wpis wydaje się niebezpieczny); nigdy nie są publikowane, a Twój prywatny link pokazuje tylko stan zgłoszenia. Twój adres IP nie jest zapisywany ze zgłoszeniem: przez krótki czas przechowujemy tylko jego jednokierunkowo zaszyfrowaną postać, żeby powstrzymać spam.",
    kept: "{days} dni po tym, jak moderator zajmie się Twoim zgłoszeniem, usuwamy to, co napisano, i dane kontaktowe; zostaje tylko decyzja.",
  },
  status: {
    shellDescription: "Twoje zgłoszenie błędnego wpisu w Stoke Together.",
    sentTitle: "Dziękujemy: mamy Twoje zgłoszenie",
    title: "Twoje zgłoszenie",
    reference: "Numer Twojego zgłoszenia to ",
    listing: "Wpis",
    reason: "Co się nie zgadza",
    referenceLabel: "Numer zgłoszenia",
    status: "Stan",
    why: "Co napisał moderator",
    states: {
      open: "Czeka na sprawdzenie",
      fixed: "Poprawione",
      "not-a-problem": "Sprawdzone: nic nie trzeba było zmieniać",
      "passed-on": "Przekazane grupie, która to prowadzi",
    },
    open: "Moderator sprawdzi je zwykle w ciągu dwóch dni roboczych. Do tego czasu nic na stronie się nie zmieni.",
    fixed: "Zmiana pojawi się we wpisie po następnej aktualizacji strony, która trwa kilka minut.",
    laterHeading: "Sprawdź później",
    later: "Zachowaj ten prywatny link. Każdy, kto go ma, zobaczy stan Twojego zgłoszenia i nic więcej:",
    back: "Wróć do wpisu",
    notFoundTitle: "Nie znaleziono zgłoszenia",
    notFound: "Pod tym linkiem nie ma zgłoszenia. Sprawdź, czy skopiowano cały link.",
  },
};
