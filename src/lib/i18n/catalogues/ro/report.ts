/** „E ceva greșit aici?”: secțiunea de sub fiecare anunț, formularul de semnalare, problemele lui și pagina privată a semnalării. */
import { plural } from "../../plural";

const letters = (n: number) => plural("ro", n, { one: "# caracter", few: "# caractere", other: "# de caractere" });

const hidden = (what: string) => ({
  controlCharacter: (character: string) =>
    `${what} nu trebuie să conțină caractere de control ascunse (conține ${character}): scrie-l din nou în loc să-l lipești`,
  directionCharacter: (character: string) =>
    `${what} nu trebuie să conțină caractere ascunse care schimbă direcția textului (conține ${character}): scrie-l din nou în loc să-l lipești`,
});

export const report = {
  section: {
    heading: "E ceva greșit aici?",
    lede: "Dacă data, ora, locul sau altceva de pe această pagină e greșit, spune-ne. Nu ai nevoie de cont. Un moderator verifică fiecare semnalare înainte să se schimbe ceva pe pagină.",
    choose: "Ce e greșit?",
    next: "Continuă",
  },
  reasons: {
    time: "Data sau ora s-a schimbat",
    cancelled: "A fost anulat sau nu mai are loc",
    place: "Locul sau detaliile de acces sunt greșite",
    unsafe: "Pare nesigur sau nepotrivit",
    other: "Altceva",
  },
  reasonsShort: {
    time: "Data sau ora s-a schimbat",
    cancelled: "Anulat",
    place: "Loc sau detalii de acces greșite",
    unsafe: "Pare nesigur sau nepotrivit",
    other: "Altceva",
  },
  form: {
    title: "Spune-ne ce e greșit",
    description: "Spune-le moderatorilor Stoke Together că un anunț e greșit.",
    about: "Anunțul: ",
    lede: "Un moderator citește fiecare semnalare, de obicei în două zile lucrătoare, și o verifică împreună cu grupul înainte să schimbe anunțul.",
    danger: "Dacă cineva e în pericol acum, sună la 999.",
    labels: {
      reason: "Ce e greșit?",
      details: "Ce ar trebui să scrie?",
      contact: "Cum te putem contacta (opțional)",
    },
    hints: {
      details:
        "De exemplu noua dată și oră sau adresa corectă. Nu scrie nume sau lucruri private. Poți lăsa câmpul gol dacă a fost anulat.",
      contact:
        "O adresă de e-mail sau un număr de telefon, dacă vrei să te putem întreba despre asta. Doar moderatorii îl văd.",
    },
    send: "Trimite semnalarea",
    back: "Înapoi la anunț",
    problemHeading: "Există o problemă",
    errorLabel: "Eroare: ",
    errorTitle: "Eroare: {title}",
    honeypot: "Lasă acest câmp gol",
  },
  problems: {
    listing: {
      required: "Deschide formularul de semnalare de pe anunțul pe care vrei să-l semnalezi",
      notListed: "Nu am găsit acest anunț: poate a fost scos de pe site. Întoarce-te la anunț și încearcă din nou",
    },
    reason: { required: "Alege ce e greșit" },
    details: {
      required: "Spune-ne ce ar trebui să fie altfel",
      tooShort: (min: number) => `Spune-ne puțin mai mult: cel puțin ${letters(min)}`,
      tooLong: (max: number) => `„Ce ar trebui să scrie” trebuie să aibă cel mult ${letters(max)}`,
      ...hidden("„Ce ar trebui să scrie”"),
      notPlain: "„Ce ar trebui să scrie” trebuie să fie text simplu: șterge etichetele HTML",
    },
    contact: {
      tooLong: (max: number) => `Datele de contact trebuie să aibă cel mult ${letters(max)}`,
      invalid:
        "Scrie o adresă de e-mail ca name@example.com sau un număr de telefon ca 07700 900123, ori lasă câmpul gol",
    },
  },
  notices: {
    refused: "Nu am putut accepta acest formular. Te rugăm să aștepți puțin și să-l trimiți din nou.",
    expired:
      "Acest formular a fost deschis acum mai bine de două ore, așa că, pentru siguranța ta, trebuie trimis din nou. Tot ce ai scris e încă aici: verifică, apoi trimite.",
    tooMany: "Ai trimis mai multe semnalări în ultimele minute. Te rugăm să aștepți zece minute.",
    unavailable:
      "Nu am putut salva semnalarea ta acum. Nu s-a salvat nimic. Te rugăm să încerci din nou peste un minut.",
  },
  /** The privacy notice's part about reports. */
  privacy: {
    heading: "Semnalarea unei greșeli într-un anunț",
    text: "Dacă ne spui că un anunț e greșit, păstrăm ce ai scris și, dacă ne dai, adresa de e-mail sau numărul de telefon, ca un moderator să te poată întreba despre asta. Doar moderatorii le văd (și coordonatorii Buddy-up, dacă spui că un anunț pare nesigur); nu sunt publicate niciodată, iar linkul tău privat arată doar stadiul semnalării. Adresa ta IP nu este păstrată împreună cu semnalarea: păstrăm doar o formă a ei criptată într-un singur sens, pentru scurt timp, ca să oprim spamul.",
    kept: "La {days} de zile după ce un moderator s-a ocupat de raportul tău, ștergem ce ai scris și datele tale de contact; rămâne doar decizia.",
  },
  status: {
    shellDescription: "Semnalarea ta despre un anunț greșit pe Stoke Together.",
    sentTitle: "Mulțumim: am primit semnalarea ta",
    title: "Semnalarea ta",
    reference: "Numărul tău de referință este ",
    listing: "Anunț",
    reason: "Ce e greșit",
    referenceLabel: "Număr de referință",
    status: "Stare",
    why: "Ce a spus moderatorul",
    states: {
      open: "Așteaptă verificarea",
      fixed: "Corectat",
      "not-a-problem": "Verificat: nu a fost nevoie de nicio schimbare",
      "passed-on": "Transmis grupului care îl organizează",
    },
    open: "Un moderator o va verifica, de obicei în două zile lucrătoare. Până atunci nu se schimbă nimic pe pagină.",
    fixed: "Schimbarea apare în anunț după următoarea actualizare a site-ului, care durează câteva minute.",
    laterHeading: "Verifică mai târziu",
    later: "Păstrează acest link privat. Oricine îl are poate vedea stadiul semnalării tale, și nimic altceva:",
    back: "Înapoi la anunț",
    notFoundTitle: "Semnalarea nu a fost găsită",
    notFound: "Nu există nicio semnalare la acest link. Verifică dacă ai copiat tot linkul.",
  },
};
