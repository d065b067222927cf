/** Cuvinte comune tuturor anunțurilor: cost, vârste, etichete, cine organizează, cum ajungi. */
import type { Messages } from "../../types";

export const listing: Messages["listing"] = {
  breadcrumb: { label: "Unde te afli", home: "Prima pagină" },
  list: (items) => items.join(", "),
  sentences: (parts) => parts.join(". "),
  cost: {
    free: "Gratuit",
    payWhatYouCan: "Plătești cât poți",
    payWhatYouCanAbout: (price) => `Plătești cât poți (${price})`,
    askOrganiser: "Întreabă organizatorul",
  },
  ages: {
    range: (min, max) => `Vârste între ${min} și ${max} ani`,
    andOver: (min) => `De la ${min} ani în sus`,
    andUnder: (max) => `Până la ${max} ani`,
  },
  tags: {
    label: "Detalii",
    beforeDark: "Se termină înainte să se întunece",
    buddyUp: "Poți merge cu Buddy-up",
    regular: "Regulat",
    example: "Anunț de exemplu",
  },
  status: { cancelled: "Anulat", postponed: "Amânat", moved: "Mutat" },
  trust: {
    example: {
      heading: "Anunț de exemplu.",
      event:
        "Acest eveniment arată doar cum se văd anunțurile pe Stoke Together. Nu este un eveniment real, așa că nu merge acolo așteptând să-l găsești.",
      group:
        "Acest grup arată doar cum se văd anunțurile pe Stoke Together. Nu este un grup real, așa că nu merge acolo așteptând să-l găsești.",
      service:
        "Acest serviciu arată doar cum se văd anunțurile pe Stoke Together. Nu este un serviciu real, așa că nu merge acolo așteptând să-l găsești.",
    },
    runBy: "Organizat de",
    verified: "Verificat",
    verifiedBy: (by, on) => `Da, de ${by}, pe ${on}`,
    notVerified: "Încă neverificat",
    listed: "De unde vine anunțul",
    source: {
      curated: "Adăugat de editorii Stoke Together",
      submitted: "Trimis de organizator și verificat de un moderator",
      imported: "Preluat de unde îl publică organizatorul",
    },
    importedFrom: (name) => `De la ${name}, verificat`,
    timeOnDate: (time, date) => `pe ${date}, la ${time}`,
    changedThere: "; ultima schimbare acolo:",
    alsoListedBy: (names) => `. Apare și la ${names}`,
    lastUpdated: "Ultima actualizare",
    says: (name) => `, după ${name}`,
    lastChecked: "Verificat ultima dată",
  },
  languages: { label: "Limbi", here: "Se vorbește românește" },
  print: { fallback: "Folosește opțiunea Print a browserului (Ctrl+P sau Print din meniul lui)." },
};
