/** Słowa wspólne dla wszystkich wpisów: koszt, wiek, etykiety, kto prowadzi, jak dojechać. */
import type { Messages } from "../../types";

export const listing: Messages["listing"] = {
  breadcrumb: { label: "Ścieżka nawigacji", home: "Strona główna" },
  list: (items) => items.join(", "),
  sentences: (parts) => parts.join(". "),
  cost: {
    free: "Bezpłatne",
    payWhatYouCan: "Płać, ile możesz",
    payWhatYouCanAbout: (price) => `Płać, ile możesz (${price})`,
    askOrganiser: "Zapytaj organizatora",
  },
  ages: {
    range: (min, max) => `Wiek od ${min} do ${max} lat`,
    andOver: (min) => `Od ${min} lat`,
    andUnder: (max) => `Do ${max} lat`,
  },
  tags: {
    label: "Szczegóły",
    beforeDark: "Kończy się przed zmrokiem",
    buddyUp: "Możesz iść z Buddy-up",
    regular: "Regularnie",
    example: "Przykładowy wpis",
  },
  status: { cancelled: "Odwołane", postponed: "Przełożone", moved: "Zmiana terminu" },
  trust: {
    example: {
      heading: "Przykładowy wpis.",
      event:
        "To wydarzenie tylko pokazuje, jak wyglądają wpisy na Stoke Together. To nie jest prawdziwe wydarzenie, więc nie wybieraj się na nie.",
      group:
        "Ta grupa tylko pokazuje, jak wyglądają wpisy na Stoke Together. To nie jest prawdziwa grupa, więc nie szukaj jej na miejscu.",
      service:
        "Ta usługa tylko pokazuje, jak wyglądają wpisy na Stoke Together. To nie jest prawdziwa usługa, więc nie szukaj jej na miejscu.",
    },
    runBy: "Prowadzi",
    verified: "Sprawdzone",
    verifiedBy: (by, on) => `Tak, przez ${by}, ${on}`,
    notVerified: "Jeszcze niesprawdzone",
    listed: "Skąd wpis",
    source: {
      curated: "Dodane przez redakcję Stoke Together",
      submitted: "Przesłane przez organizatora i sprawdzone przez moderatora",
      imported: "Pobrane stamtąd, gdzie organizator je publikuje",
    },
    importedFrom: (name) => `Z ${name}, sprawdzone`,
    timeOnDate: (time, date) => `${date} o ${time}`,
    changedThere: "; ostatnia zmiana u źródła:",
    alsoListedBy: (names) => `. Wpis jest też u: ${names}`,
    lastUpdated: "Ostatnia aktualizacja",
    says: (name) => ` (według ${name})`,
    lastChecked: "Ostatnio sprawdzone",
  },
  languages: { label: "Języki", here: "Mówimy po polsku" },
  print: { fallback: "Użyj drukowania w przeglądarce (Ctrl+P albo „Drukuj” w jej menu)." },
};
