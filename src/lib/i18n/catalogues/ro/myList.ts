/** "My list": the Save button and the page of saved listings, in Romanian. */
import { pluralSet } from "../../plural";
import type { Messages } from "../../types";

export const myList: Messages["myList"] = {
  save: {
    save: "Salvează",
    saved: "Salvat",
    added: "Salvat în lista ta.",
    removed: "Scos din lista ta.",
    count: pluralSet({
      one: "# anunț salvat.",
      few: "# anunțuri salvate.",
      other: "# de anunțuri salvate.",
    }),
    see: "Vezi lista mea",
    blocked:
      "Acest dispozitiv nu lasă site-ul să păstreze nimic (se poate întâmpla la navigarea privată), așa că nu se poate salva aici.",
    noScript: "Salvează anunțuri în lista ta",
  },
  privacy: {
    heading: "Lista ta salvată",
    text: "Când apeși „Salvează” la un anunț, browserul îi păstrează numele și adresa în propria lui memorie de pe dispozitivul tău (localStorage, la stoke-together:my-list), ca „Lista mea” să-l poată arăta. Nu ne este trimisă niciodată și nu o putem vedea. Un link pe care îl trimiți poartă doar adresele anunțurilor, iar calendarul de abonat cu evenimentele salvate e cerut de aplicația ta de calendar cu aceleași adrese; niciunul nu conține nimic despre tine. Ca s-o ștergi, scoate anunțurile din listă sau șterge datele site-ului din browser.",
  },
  page: {
    title: "Lista mea",
    description: "Evenimentele, grupurile, locurile și serviciile salvate de tine, păstrate doar pe acest dispozitiv.",
    lede: "Evenimentele, grupurile, locurile și serviciile salvate de tine. Lista ta e păstrată doar pe acest telefon sau calculator: nu ne trimiți nimic și nu ai nevoie de cont.",
    loading: "Se deschide lista ta…",
    empty:
      "Nimic salvat încă. Apasă „Salvează” la orice eveniment, grup, loc sau serviciu, ori la un rezultat din {link}, și apare aici.",
    emptyLink: "Căutare",
    count: pluralSet({
      one: "Ai salvat # anunț.",
      few: "Ai salvat # anunțuri.",
      other: "Ai salvat # de anunțuri.",
    }),
    kinds: { events: "Eveniment", groups: "Grup", places: "Loc", services: "Serviciu" },
    nextDates: "Următoarele date:",
    state: {
      cancelled: "Anulat: nu va mai avea loc.",
      postponed: "Amânat: organizatorul va anunța o dată nouă.",
      closed: "Închis deocamdată: vezi pe pagina lui când se redeschide.",
      finished: "Încheiat: nu mai are date.",
      removed: "Nu mai e listat: a fost scos de pe site după ce l-ai salvat.",
      dateCancelled: "anulat",
      movedFrom: "mutat de pe {date}",
    },
    unnamed: "Un anunț",
    remove: "Scoate",
    removeWhich: "{title} din lista mea",
    removedNote: "{title} a fost scos din lista ta.",
    blocked:
      "Acest dispozitiv nu lasă site-ul să păstreze nimic (se poate întâmpla la navigarea privată), așa că lista ta nu poate fi păstrată aici. Restul site-ului funcționează, iar o listă trimisă de altcineva se deschide în continuare.",
    dataFailed:
      "Cele mai noi date nu s-au putut încărca, așa că datele afișate pot fi vechi. Lista ta e în siguranță; încearcă din nou când ai semnal.",
    shared: {
      heading: "O listă trimisă ție",
      lede: "Cineva ți-a trimis această listă într-un link. Nu e păstrată pe acest dispozitiv decât dacă o păstrezi tu.",
      keep: "Păstrează-le în lista mea",
      kept: pluralSet({
        one: "# anunț a fost adăugat în lista ta.",
        few: "# anunțuri au fost adăugate în lista ta.",
        other: "# de anunțuri au fost adăugate în lista ta.",
      }),
      yours: "Vezi lista mea",
    },
    share: {
      heading: "Trimite lista ta",
      lede: "Trimite lista ca link, într-un mesaj text sau oriunde altundeva. Linkul poartă anunțurile în adresa lui, așa că deschide aceeași listă pe alt telefon. Nimic nu e păstrat altundeva.",
      button: "Trimite linkul",
      copy: "Copiază linkul",
      copied: "Linkul a fost copiat. Lipește-l într-un mesaj.",
      copyFailed: "Linkul nu s-a putut copia: selectează-l mai jos și copiază-l.",
      shareTitle: "Lista mea pe Stoke Together",
    },
    subscribe: {
      heading: "Evenimentele salvate în calendarul tău",
      lede: "Un singur calendar de abonat cu evenimentele salvate: aplicația de calendar le ține datele la zi, inclusiv pe cele schimbate sau anulate. Cuprinde evenimentele salvate în momentul abonării; după ce salvezi altele, abonează-te din nou.",
      address: "Sau copiază această adresă în calendarul tău:",
      none: "Salvează un eveniment care urmează și aici îți poți adăuga evenimentele salvate în calendar.",
    },
    print: {
      button: "Tipărește lista mea",
      fallback: "Ca să tipărești lista, folosește Print din browser (Ctrl+P sau Print din meniul lui).",
      printedOn: "Tipărit pe {date}. Orele se pot schimba, așa că verifică pe {address} înainte să mergi.",
    },
    noScript: {
      heading: "Lista ta are nevoie de JavaScript",
      text: "Lista ta e păstrată în browser, iar pentru asta trebuie să fie pornit JavaScript. Fără el poți totuși păstra datele: pe pagina fiecărui eveniment e „Adaugă în calendar”, iar pe {link} sunt calendare de abonat pe orașe și pe teme, care se actualizează singure.",
      link: "pagina calendarului",
    },
  },
};
