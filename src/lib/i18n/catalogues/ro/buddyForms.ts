/** Formularele și paginile private Buddy-up: cererea unui însoțitor, pagina cererii (vezi, anulează), semnalarea unei îngrijorări și fiecare mesaj de eroare. */
import { plural } from "../../plural";
import type { Messages } from "../../types";

const weeks = (days: number) => Math.round(days / 7);
const characters = (max: number) =>
  plural("ro", max, { one: "# caracter", few: "# caractere", other: "# de caractere" });

/** Cele două mesaje despre caractere ascunse într-un câmp numit `what`. */
const hidden = (what: string) => ({
  controlCharacter: (character: string) =>
    `Câmpul „${what}” nu poate conține caractere de control ascunse (are ${character}): scrie textul din nou în loc să-l lipești`,
  directionCharacter: (character: string) =>
    `Câmpul „${what}” nu poate conține caractere ascunse care schimbă direcția textului (are ${character}): scrie textul din nou în loc să-l lipești`,
});

export const buddyForms: Messages["buddyForms"] = {
  form: {
    problemHeading: "Ceva trebuie corectat",
    errorLabel: "Eroare: ",
    errorTitle: "Eroare: {title}",
    honeypot: "Lasă acest câmp gol",
  },
  ask: {
    title: (event) => `Cere un Buddy-up: ${event}`,
    description: (event) => `Cere ca cineva să meargă cu tine la ${event}.`,
    back: "Înapoi la {event}",
    heading: "Cere un Buddy-up",
    lede: "Pentru {event}, la {place}. Persoana care te întâmpină, de la {group}, te va aștepta într-un loc public de la eveniment și va intra împreună cu tine.",
    howSummary: "Cum funcționează și regulile",
    steps: [
      "Spune-ne data, cum să-ți spunem și cum te poate contacta coordonatorul.",
      "Primești un link privat. Păstrează-l: doar cu el îți poți vedea cererea.",
      "Un coordonator Buddy-up găsește o persoană care să te întâmpine, de obicei în două zile, și stabilește un loc public și o oră. Apoi linkul tău arată prenumele acelei persoane, grupul ei, locul și ora.",
      "Poți anula oricând, pe aceeași pagină.",
    ],
    noDates: (days) => ({
      before: `În următoarele ${weeks(days)} săptămâni nu sunt date pentru care să poți cere un Buddy-up. Te rugăm să revii mai târziu sau să vezi `,
      link: "alte evenimente cu Buddy-up",
      after: ".",
    }),
  },
  request: {
    when: "Când",
    aboutYou: "Despre tine",
    beforeYouSend: "Înainte să trimiți",
    onlyDate: "Data:",
    labels: {
      date: "Ce dată",
      name: "Prenumele tău sau cum îți place să ți se spună",
      contactMethod: "Cum să te contacteze coordonatorul?",
      email: "Adresa ta de e-mail",
      phone: "Numărul tău de telefon",
      accessNeeds: "Nevoi de accesibilitate (opțional)",
      preferences: "Ceva care te-ar ajuta să te simți în largul tău (opțional)",
      adult: "Vârsta ta",
      consent: "Regulile și datele tale",
    },
    hints: {
      name: "Persoana care te întâmpină te va saluta cu acest nume. Nu e nevoie de numele de familie.",
      contactMethod:
        "Doar coordonatorul Buddy-up vede asta. Persoana care te întâmpină nu primește niciodată datele tale de contact.",
      email: "Dacă ai ales e-mailul.",
      phone: "Dacă ai ales telefonul sau SMS-ul.",
      accessNeeds:
        "De exemplu: folosesc un scaun cu rotile, trebuie să merg încet, aud greu. Îl ajută pe coordonator să aleagă unde vă întâlniți.",
      preferences:
        "De exemplu: m-aș simți mai bine cu o femeie sau cu cineva care vorbește românește. Vom încerca, dar nu putem promite.",
      adult: {
        before: "Buddy-up este pentru adulți. Dacă ai sub 18 ani, ",
        link: "serviciile pentru tineri din oraș",
        after: " te pot ajuta să mergi la activități.",
      },
      consent:
        "Citește {conduct} și {privacy}. Îți ștergem datele la șapte zile după eveniment sau imediat dacă anulezi.",
      conductLink: "regulile Buddy-up",
      privacyLink: "nota de confidențialitate",
    },
    byEmail: "Prin e-mail",
    byPhone: "Prin telefon sau SMS",
    adultChoice: "Am 18 ani sau mai mult",
    consentChoice:
      "Sunt de acord cu regulile și ca Stoke Together să păstreze aceste date până la șapte zile după eveniment",
    send: "Cere un Buddy-up",
  },
  report: {
    title: "Semnalează o îngrijorare legată de Buddy-up",
    description: "Spune-i unui coordonator Buddy-up despre orice te-a îngrijorat.",
    lede: "Spune-i unui coordonator Buddy-up despre orice te-a îngrijorat: ceva ce a făcut o persoană care întâmpină sau un locuitor, o întâlnire care nu ți s-a părut în regulă sau orice altceva. Doar coordonatorii citesc asta.",
    danger: "Dacă cineva e în pericol acum, sună la 999.",
    about: { before: "Această semnalare se referă la cererea ta Buddy-up ", after: "." },
    labels: {
      message: "Ce s-a întâmplat sau ce te îngrijorează",
      contact: "Cum îți putem răspunde (opțional)",
    },
    hints: {
      message: "Spune ce s-a întâmplat, când și unde. Nu trebuie să dai nume.",
      contact: "O adresă de e-mail sau un număr de telefon, dacă vrei ca un coordonator să-ți răspundă.",
    },
    send: "Trimite coordonatorilor",
    thanks: {
      title: "Îți mulțumim că ne-ai spus",
      read: "Un coordonator Buddy-up îți va citi semnalarea. ",
      reply: "Te va contacta dacă e nevoie.",
      danger: "Dacă cineva e în pericol, sună la 999.",
      back: "Înapoi la cererea ta Buddy-up",
      about: "Despre Buddy-up",
    },
  },
  problems: {
    request: {
      date: {
        required: "Alege data la care vrei să mergi",
        notOffered: "Alege una dintre datele din listă: pentru data trimisă nu putem aranja un Buddy-up",
        alreadyAsked:
          "Ai cerut deja un Buddy-up pentru această dată. Folosește linkul privat pe care l-ai primit sau alege altă dată",
      },
      name: {
        required: "Scrie-ți prenumele sau cum îți place să ți se spună",
        tooLong: (max) => `Numele poate avea cel mult ${characters(max)}`,
        ...hidden("Nume"),
        notPlain: "Scrie doar un prenume sau cum îți place să ți se spună, cu litere obișnuite",
      },
      contactMethod: { required: "Alege dacă coordonatorul să-ți scrie pe e-mail sau să te sune" },
      email: {
        required: "Scrie-ți adresa de e-mail",
        invalid: "Scrie o adresă de e-mail ca name@example.com",
      },
      phone: {
        required: "Scrie-ți numărul de telefon",
        invalid: "Scrie un număr de telefon ca 01782 123456 sau 07700 900123",
      },
      accessNeeds: {
        tooLong: (max) => `Nevoile de accesibilitate pot avea cel mult ${characters(max)}`,
        onlyInvisible: "Nevoile de accesibilitate nu pot fi doar caractere invizibile: scrie-le sau lasă câmpul gol",
        ...hidden("Nevoi de accesibilitate"),
        notPlain: "Nevoile de accesibilitate trebuie să fie text simplu: șterge etichetele HTML",
      },
      preferences: {
        tooLong: (max) => `Preferințele pot avea cel mult ${characters(max)}`,
        onlyInvisible: "Preferințele nu pot fi doar caractere invizibile: scrie-le sau lasă câmpul gol",
        ...hidden("Preferințe"),
        notPlain: "Preferințele trebuie să fie text simplu: șterge etichetele HTML",
      },
      adult: {
        required:
          "Confirmă că ai 18 ani sau mai mult. Dacă ai sub 18 ani, serviciile pentru tineri te pot ajuta în schimb",
      },
      consent: {
        required: "Bifează căsuța ca să fii de acord cu regulile și ca noi să-ți păstrăm datele până după eveniment",
      },
    },
    report: {
      message: {
        tooShort: "Spune-ne ce s-a întâmplat sau ce te îngrijorează, într-o propoziție sau mai mult",
        tooLong: (max) => `Scrie cel mult ${characters(max)}; un coordonator te poate întreba mai multe`,
        ...hidden("Ce s-a întâmplat"),
        notPlain: "Scrie ca text simplu: șterge etichetele HTML",
      },
      contact: {
        tooLong: (max) => `Felul în care îți putem răspunde poate avea cel mult ${characters(max)}`,
        onlyInvisible:
          "Felul în care îți putem răspunde nu poate fi doar caractere invizibile: scrie un e-mail sau un număr de telefon ori lasă câmpul gol",
        ...hidden("Cum îți putem răspunde"),
        notPlain: "Felul în care îți putem răspunde trebuie să fie text simplu: șterge < și >",
      },
    },
  },
  notices: {
    noBuddyUp: "Acest eveniment nu oferă Buddy-up. Alege un eveniment de pe pagina Buddy-up.",
    refused: "Nu am putut primi acest formular. Te rugăm să aștepți puțin și să-l trimiți din nou.",
    expired:
      "Acest formular a fost deschis acum mai bine de două ore, așa că, pentru siguranța ta, trebuie trimis din nou. Tot ce ai scris e încă aici: verifică, apoi trimite.",
    tooManyRequests: "Ai trimis mai multe cereri în ultimele minute. Te rugăm să aștepți zece minute.",
    tooManyReports: "Ai trimis mai multe semnalări în ultimele minute. Te rugăm să aștepți zece minute.",
    openRequests: (count) =>
      `Ai deja ${plural("ro", count, { one: "# cerere", few: "# cereri", other: "# de cereri" })} în așteptare. Te rugăm să anulezi una sau să aștepți până trece unul dintre acele evenimente.`,
    unavailable:
      "Nu am putut salva sau citi cererile Buddy-up chiar acum. Nu s-a salvat nimic. Te rugăm să încerci din nou peste un minut.",
    changed: "Cererea ta tocmai s-a schimbat. Deschide din nou linkul și mai încearcă o dată.",
  },
  status: {
    title: "Cererea ta Buddy-up",
    sent: "Cerere trimisă",
    yourReference: "Numărul tău de referință este ",
    keepLink: {
      heading: "Păstrează linkul acestei pagini",
      text: "Doar cu el îți poți vedea cererea. Salvează pagina la favorite sau copiază linkul. Oricine îl are poate vedea și anula această cerere, așa că păstrează-l doar pentru tine:",
    },
    headings: {
      waiting: "Așteptăm o persoană care să te întâmpine",
      matched: "O persoană te va întâmpina",
      closed: "Această cerere este închisă",
      cancelled: "Această cerere este anulată",
    },
    waiting:
      "Un coordonator Buddy-up va găsi o persoană care să te întâmpine și va stabili unde și când vă întâlniți, de obicei în două zile. Revino pe această pagină ca să vezi cine te va întâmpina. Coordonatorul te poate contacta dacă e nevoie.",
    who: "Cine",
    where: "Unde",
    whenLabel: "Când",
    whoIs: "{welcomer}, de la {group}",
    meetAt: (time, day) => `${day}, la ora ${time}`,
    matched:
      "Persoana care te întâmpină te va saluta și va intra cu tine. Nu îți va cere datele de contact. Dacă n-o găsești, întreabă la fața locului de grup.",
    closed: "Un coordonator a închis această cerere.",
    deleted: "Numele tău, datele de contact și tot ce ne-ai spus au fost șterse.",
    event: "Eveniment",
    date: "Data",
    reference: "Număr de referință",
    when: (day, time) => `${day}, la ora ${time}`,
    cancel: {
      heading: "Nu mai poți merge?",
      text: "Anulează, ca persoana care te întâmpină să nu aștepte degeaba. Datele tale sunt șterse imediat.",
      button: "Anulează cererea mea",
    },
    conduct: "Regulile Buddy-up",
    confirm: {
      title: "Anulezi cererea ta Buddy-up?",
      text: (when) => ({ before: "Pentru ", after: `, ${when}. Datele tale vor fi șterse imediat.` }),
      yes: "Da, anulează cererea mea",
      no: "Nu, păstrez cererea",
    },
    cancelled: {
      title: "Cerere anulată",
      text: {
        before: "Cererea ta Buddy-up pentru ",
        after: " este anulată. Numele tău, datele de contact și tot ce ne-ai spus au fost șterse.",
      },
      another: "Cere un Buddy-up pentru alt eveniment",
    },
    notFound: {
      title: "Cererea nu a fost găsită",
      text: "La acest link nu este nicio cerere Buddy-up. Verifică dacă ai copiat tot linkul.",
      lost: {
        before: "Dacă ai pierdut linkul, ",
        link: "spune-i unui coordonator",
        after: " și precizează evenimentul și data.",
      },
    },
  },
  message: {
    subject: "Cererea ta de Buddy-up pentru {event}",
    hello: "Bună, {name}.",
    changes: {
      changed: "S-au schimbat detaliile întâlnirii cu persoana care te întâmpină.",
      matched: "Te va întâmpina cineva.",
      closed: "Un coordonator ți-a închis cererea.",
    },
    open: "Deschide linkul privat primit când ai trimis cererea (referința {reference}) ca să vezi detaliile.",
  },
  notFound: {
    title: "Pagina nu a fost găsită",
    noEvent: "La această adresă nu este niciun eveniment cu Buddy-up.",
    noPage: "La această adresă nu este nicio pagină Buddy-up.",
    events: "Evenimente cu Buddy-up",
  },
  shellDescription: "Buddy-up pe Stoke Together.",
};
