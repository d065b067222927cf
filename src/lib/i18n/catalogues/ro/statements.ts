/** Declarația de accesibilitate și nota de confidențialitate. */
import type { Messages } from "../../types";

export const accessibility: Messages["accessibility"] = {
  title: "Declarația de accesibilitate",
  description: "Cât de accesibil este Stoke Together, ce testăm și cum ne poți spune despre o problemă.",
  lede: "Vrem ca oricine din Stoke-on-Trent să poată folosi acest site, inclusiv cei care folosesc un cititor de ecran, doar tastatura, mărirea textului, comanda vocală sau o conexiune lentă pe telefon.",
  can: {
    heading: "Ce poți face pe acest site",
    points: [
      "folosești orice pagină, listă și formular fără JavaScript;",
      "te deplasezi doar cu tastatura, cu un contur vizibil și linkul „Sari la conținutul principal”;",
      "mărești textul până la 200% și folosești un ecran lat de doar 320 de pixeli fără să pierzi conținut;",
      "folosești un cititor de ecran: paginile au titluri, zone și linkuri cu nume clare;",
      "citești site-ul în engleză, urdu, arabă, poloneză sau română; anunțurile rămân în limba în care au fost scrise, marcate astfel încât cititorul de ecran să le citească cu vocea acelei limbi;",
      "tipărești paginile evenimentelor cu datele, locurile și adresele lor de internet.",
    ],
  },
  testing: {
    heading: "Cum testăm",
    text: "Ne propunem să respectăm Ghidul de accesibilitate a conținutului web (WCAG) 2.2, nivelul AA. La fiecare schimbare a site-ului, fiecare tip de pagină este verificat automat cu axe-core într-un browser real, la dimensiune de telefon și de calculator, iar traseele principale sunt testate doar cu tastatura. Verificările automate nu găsesc orice problemă, așa că verificăm paginile și manual.",
  },
  known: {
    heading: "Ce știm că nu e încă perfect",
    points: [
      "Lângă fiecare hartă de pe site va fi mereu o listă cu aceleași locuri; harta singură nu e de ajuns.",
      "Pentru unele locuri nu avem încă detalii despre accesul fără trepte, toalete sau transport, pentru că publicăm doar ce confirmă o sursă.",
      "Paginile cu date deschise sunt deocamdată doar în engleză; anunțurile rămân în limba în care au fost scrise.",
    ],
  },
  problem: {
    heading: "Spune-ne despre o problemă",
    text: "Dacă ceva de pe site nu funcționează pentru tine, spune-ne te rugăm pe ce pagină și ce s-a întâmplat, iar noi vom repara sau îți vom da informația în alt fel.",
  },
  enforcement: {
    heading: "Aplicarea regulilor",
    text: "Equality and Human Rights Commission răspunde de aplicarea regulilor de accesibilitate pentru site-urile din sectorul public. Dacă nu ești mulțumit de răspunsul nostru, contactează Equality Advisory and Support Service (EASS).",
  },
};

export const privacy: Messages["privacy"] = {
  title: "Nota de confidențialitate",
  description: "Ce informații personale păstrează Stoke Together, de ce, cât timp și ce drepturi ai.",
  lede: "Poți folosi tot ce e pe Stoke Together fără să ne spui cine ești. Această notă explică puținul pe care îl păstrăm atunci când alegi tu să ne dai ceva.",
  browsing: {
    heading: "Navigarea",
    text: "Nu folosim cookie-uri de publicitate sau de urmărire, iar paginile nu încarcă nimic de la alte firme. Dacă folosești „lângă mine”, locația ta rămâne în browser: e folosită ca să ordoneze rezultatele și nu ne este trimisă niciodată.",
  },
  language: {
    heading: "Alegerea limbii",
    text: "Când alegi o limbă, browserul tău păstrează timp de un an un mic cookie numit nf_lang, cu codul acelei limbi (de exemplu „ro”), ca data viitoare pagina principală să se deschidă în limba ta. Nu conține nimic altceva și nu e folosit ca să te urmărească.",
  },
  submitting: {
    heading: "Trimiterea unui eveniment",
    text: "Când un grup trimite un eveniment, păstrăm o adresă de e-mail de contact ca moderatorii să poată pune întrebări. Adresa o văd doar moderatorii, nu e publicată niciodată și nu apare pe site. Adresa ta IP nu e stocată: păstrăm doar, pentru scurt timp, o formă amestecată ireversibil a ei, ca să oprim mesajele nedorite.",
  },
  calendar: {
    heading: "Cererea de a adăuga calendarul grupului tău",
    text: {
      before: "Când un grup ",
      link: "ne cere să-i adăugăm calendarul",
      after:
        ", păstrăm adresa de e-mail dată ca un moderator să poată răspunde. O văd doar moderatorii și nu e publicată niciodată. O ștergem, împreună cu restul cererii, imediat ce un moderator a adăugat calendarul sau a hotărât să nu-l adauge.",
    },
  },
  buddy: {
    heading: "Cererea unui însoțitor (Buddy-up)",
    text: "Dacă ceri pe cineva care să meargă cu tine, păstrăm doar ce îi trebuie coordonatorului: numele cu care vrei să ți se spună, un mod de a te contacta și orice nevoi sau preferințe pe care alegi să ni le spui. Le văd doar coordonatorii Buddy-up. Nimeni altcineva nu poate vedea cine a cerut și nimic despre tine nu apare pe vreo pagină publică. Îți ștergem datele la șapte zile după eveniment sau imediat dacă anulezi.",
    report: {
      before: "Dacă ",
      link: "semnalezi o îngrijorare",
      after:
        ", o citesc doar coordonatorii. Păstrăm semnalarea 90 de zile ca s-o poată urmări, apoi o ștergem, împreună cu orice mod de a-ți răspunde pe care ni l-ai dat. Mesajele pe care ți le trimitem despre cererea ta sunt păstrate cel mult 30 de zile.",
    },
  },
  rights: {
    heading: "Drepturile tale",
    text: "Conform legii britanice privind protecția datelor, poți cere să vezi ce păstrăm despre tine, să corectăm sau să ștergem aceste date. Poți depune și o plângere la Information Commissioner's Office (ICO).",
  },
};
