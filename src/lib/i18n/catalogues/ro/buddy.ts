/** Paginile Buddy-up: cum funcționează și regulile. */
import type { Messages } from "../../types";

export const buddy: Messages["buddy"] = {
  title: "Buddy-up: nimeni nu trebuie să meargă singur",
  description: "Cere ca cineva dintr-un grup local de încredere să te întâmpine la un eveniment și să intre cu tine.",
  lede: "E greu să intri într-o sală plină de străini. Dacă preferi să nu mergi singur, cere un însoțitor: o persoană dintr-un grup local verificat te va întâlni într-un loc public, la intrare, și va intra cu tine.",
  how: {
    heading: "Cum funcționează",
    steps: [
      "La un eveniment cu Buddy-up, alege „Cere un însoțitor” și alege data.",
      "Spune-ne cum să-ți spunem și cum te poate contacta un coordonator. Nu trebuie nimic altceva.",
      "Primești un link privat. Un coordonator găsește pe cineva care să te întâmpine și stabilește unde și când vă întâlniți.",
      "Linkul tău arată prenumele acelei persoane, grupul ei, locul întâlnirii și ora.",
    ],
    noSwap: {
      before:
        "Tu și persoana care te întâmpină nu vă dați niciodată datele de contact: coordonatorul aranjează totul. Te rugăm să citești ",
      link: "regulile",
      after: " înainte să ceri.",
    },
  },
  events: {
    heading: "Evenimente cu Buddy-up",
    none: "Deocamdată niciun eveniment nu oferă Buddy-up.",
    where: (place, group) => `${place}, cu ${group}`,
  },
  under18: {
    heading: "Ai sub 18 ani?",
    intro:
      "Buddy-up este pentru adulți. Dacă ai sub 18 ani și vrei să încerci ceva nou, aceste servicii sunt pentru tineri și te pot ajuta să începi:",
    others: "Poți cere și unui profesor, unui lucrător de tineret sau unui părinte ori îngrijitor să meargă cu tine.",
  },
  details: {
    heading: "Datele tale",
    text: {
      before:
        "Cererea ta o văd doar coordonatorii Buddy-up. O ștergem la șapte zile după eveniment sau imediat dacă anulezi. Nimic despre tine nu apare vreodată pe o pagină publică. Citește ",
      link: "nota de confidențialitate",
      after: ".",
    },
  },
  worried: {
    heading: "Te îngrijorează ceva?",
    text: {
      before: "",
      link: "Semnalează o îngrijorare",
      after: " coordonatorilor Buddy-up. Dacă cineva e în pericol, sună la 999.",
    },
  },
  conduct: {
    title: "Regulile Buddy-up",
    description:
      "Ce este și ce nu este Buddy-up, pentru locuitorii care cer un însoțitor și pentru cei care îi întâmpină.",
    lede: "Buddy-up pune împreună pe cineva care nu vrea să meargă singur cu o persoană dintr-un grup local verificat. Funcționează pentru că toți sunt de acord cu aceleași câteva lucruri.",
    everyone: "Toată lumea este de acord",
    rules: [
      {
        strong: "Persoana care te întâmpină nu este asistent social.",
        rest: " Este un voluntar dintr-un grup local care te salută, intră cu tine și te prezintă celorlalți. Nu poate da sfaturi, îngrijire sau să te ducă cu mașina.",
      },
      { strong: "Nu este un serviciu de întâlniri romantice", rest: " și nici un mod de a aranja întâlniri private." },
      {
        strong: "Vă întâlniți în public.",
        rest: " Într-un loc public, cu nume, la intrare, stabilit de coordonator, și doar acolo.",
      },
      {
        strong: "Prin site nu se schimbă date de contact.",
        rest: " Coordonatorul aranjează totul. Nu trebuie să-i dai numărul sau adresa ta și nici nu ți le va cere.",
      },
      { strong: "Fii amabil și respectuos", rest: " și pleacă oricând vrei. Nimeni nu e obligat să rămână." },
      { strong: "Spune imediat coordonatorului", rest: " orice te îngrijorează." },
    ],
    residents: "Locuitori",
    residentRules: [
      "Buddy-up este pentru adulți: trebuie să ai cel puțin 18 ani.",
      "Dacă nu poți ajunge, anulează pe pagina ta privată, ca persoana care te întâmpină să nu aștepte degeaba.",
    ],
    welcomers: "Cei care întâmpină",
    welcomerRules: [
      "Fac parte dintr-un grup verificat și sunt adăugați de un coordonator Buddy-up.",
      "Ajungi la timp, porți ce a descris coordonatorul și rămâi cu persoana până se simte bine acolo.",
      "Nu ceri și nu dai niciodată date de contact personale și nu te întâlnești nicăieri altundeva decât în locul stabilit.",
    ],
    notRight: {
      heading: "Dacă ceva nu e în regulă",
      text: {
        before:
          "Spune-i unui coordonator Buddy-up. Dacă ai cerut un însoțitor, folosește „Semnalează o îngrijorare” pe pagina ta privată. Oricine poate folosi ",
        link: "formularul de semnalare",
        after: ". Dacă cineva e în pericol, sună la 999.",
      },
    },
    howItWorks: "Cum funcționează Buddy-up",
  },
};
