/** Pagina „Despre noi”. */
import type { Messages } from "../../types";

export const about: Messages["about"] = {
  title: "Despre Stoke Together",
  description: "De ce există Stoke Together, pentru cine este și cum ajung anunțurile pe site.",
  lede: "Stoke Together este un singur loc unde afli ce se întâmplă lângă tine în Stoke-on-Trent: evenimente, grupuri comunitare, parcuri și spații verzi și servicii locale, în Tunstall, Burslem, Hanley, Stoke, Fenton și Longton.",
  why: {
    heading: "De ce există",
    intro:
      "Când orașul a întrebat peste 1.300 de locuitori pentru Strategia de coeziune comunitară 2026–2030, oamenii au spus că evenimentele și serviciile locale nu sunt bine anunțate, că se simt emoționați să meargă singuri undeva nou, că banii sunt puțini, că e greu să ajungă dintr-un loc în altul și că nu se simt mereu în siguranță după ce se întunecă. Stoke Together răspunde fiecăreia dintre acestea:",
    points: [
      "un singur loc în care cauți, după oraș, dată și ce îți trebuie;",
      "„la ce să te aștepți” la fiecare eveniment și Buddy-up: cineva dintr-un grup de încredere te întâmpină acolo;",
      "costul scris la fiecare anunț și o listă de evenimente gratuite;",
      "unde este fiecare loc și cum ajungi acolo;",
      "ora apusului la fiecare eveniment și dacă se termină înainte să se întunece;",
      "o numărătoare publică a evenimentelor și serviciilor din fiecare oraș.",
    ],
  },
  trust: {
    heading: "Pot avea încredere în ce citesc aici?",
    text: "Fiecare anunț arată cine îl organizează, dacă am verificat grupul și când a fost verificat ultima dată. Nimic nu apare pe site înainte să fie verificat de un om. Locațiile vin din surse publice, cum ar fi lista clădirilor de la Historic England, iar pagina fiecărui loc își numește sursa.",
  },
  examples: {
    heading: "Anunțuri de exemplu",
    text: "Cât timp site-ul abia pornește, unele grupuri, evenimente și servicii sunt exemple care arată cum funcționează anunțurile. Sunt marcate clar cu „Anunț de exemplu”. Te rugăm să nu mergi la un exemplu așteptând să-l găsești.",
  },
  listed: {
    heading: "Adaugă-ți grupul",
    text: "Grupurile comunitare, organizațiile caritabile și locurile din Stoke-on-Trent își pot adăuga evenimentele gratuit. Un om verifică totul înainte de publicare.",
  },
};
