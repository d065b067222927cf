/** Pagina calendarelor: îți faci propriul calendar, cum te abonezi și calendarele gata făcute. Calendarele rămân în engleză. */
import type { Messages } from "../../types";
import { plural, pluralSet } from "../../plural";

const weeks = (n: number) => plural("ro", n, { one: "săptămâna", few: "# săptămâni", other: "# de săptămâni" });

export const calendar: Messages["calendar"] = {
  title: "Calendare de abonat",
  description:
    "Abonează-te la evenimentele din Stoke-on-Trent în Google Calendar, Apple sau Outlook: alege un oraș, un subiect, pentru cine e, evenimente gratuite sau care se termină înainte să se întunece.",
  crumb: "Ce se întâmplă",
  heading: "Evenimentele în calendarul tău",
  lede: "Alege ce te interesează, iar noi facem un link pentru aplicația ta de calendar. Se actualizează singur, așa că nu trebuie să revii aici ca să știi ce se întâmplă.",
  rssTitle: "Stoke Together: evenimente noi și actualizate",
  form: {
    heading: "Fă-ți propriul calendar",
    town: "Oraș",
    anyTown: "Oriunde în oraș",
    ward: "Circumscripție",
    anyWard: "Orice circumscripție",
    category: "Despre ce e",
    anyCategory: "Orice",
    audience: "Pentru cine e",
    anyAudience: "Oricine",
    only: "Doar evenimentele care…",
    free: "sunt gratuite sau plătești cât poți",
    dark: "se termină înainte să se întunece",
    buddy: "oferă Buddy-up",
    accessibility: "Accesibilitate",
    submit: "Fă-mi linkul de calendar",
  },
  result: {
    heading: "Linkul tău de calendar",
    subscribeHeading: "Abonează-te la acest calendar",
    copy: "Copiază adresa",
    address: "Adresa de lipit în Google Calendar sau Outlook:",
    copied: "Adresa a fost copiată. Lipește-o în aplicația ta de calendar.",
    copyFailed: "Nu am putut copia: selectează adresa și copiaz-o tu.",
    cancelled: "(anulat)",
    previewHeading: (n) => `Ce conține în următoarele ${weeks(n)}`,
    nothing: (n) =>
      `Deocamdată nu se potrivește nimic în următoarele ${weeks(n)}. Te poți abona oricum: evenimentele noi apar când sunt adăugate.`,
    matches: pluralSet({
      one: "Se potrivește # dată",
      few: "Se potrivesc # date",
      other: "Se potrivesc # de date",
    }),
    shownFirst: "; le arătăm pe primele {shown}",
    end: ".",
    change: "Schimbă alegerile",
    problemsTitle: "Verifică alegerile",
    problemsHeading: "Unele alegeri nu au putut fi citite",
    problemsBack: "Întoarce-te și alege din nou",
    problem: {
      town: "Alege un oraș din listă.",
      ward: "Alege o circumscripție din listă.",
      category: "Alege din listă despre ce e.",
      audience: "Alege din listă pentru cine e.",
      access: "Alege nevoile de accesibilitate din listă.",
      language: "Alege o limbă din listă.",
      other: "Una dintre alegeri nu a putut fi citită.",
    },
  },
  name: {
    sentence: "Un calendar cu {what}{where}{who}{extras}.",
    events: "evenimente",
    topicEvents: "evenimente din categoria „{topic}”",
    inPlace: " în {place}",
    inCity: " în Stoke-on-Trent",
    forAudience: ", pentru: {audience}",
    extrasStart: ", ",
    lowerCase: false,
    free: "gratuite sau plătești cât poți",
    dark: "care se termină înainte să se întunece",
    buddy: "cu Buddy-up",
    language: "în {language}",
  },
  howTo: {
    heading: "Cum te abonezi",
    intro:
      "Abonamentul ține evenimentele din calendarul tău la zi: datele noi apar, iar cele anulate dispar, de obicei în aceeași zi. Orele sunt ale Marii Britanii, așa că un eveniment de la 19:00 rămâne la 19:00 când se schimbă ora.",
    google: "Google Calendar",
    googleSteps: [
      "Copiază adresa care începe cu https://.",
      "Pe calculator, deschide Google Calendar, apoi lângă „Alte calendare” alege + și „Din adresa URL”.",
      "Lipește adresa și alege „Adaugă calendarul”. Apare apoi și pe telefon.",
    ],
    apple: "Calendarul Apple (iPhone, iPad, Mac)",
    appleSteps: [
      "Atinge „Abonează-te în aplicația de calendar” (linkul webcal://) și confirmă.",
      "Sau în Configurări: Calendar, Conturi, Adaugă cont, Altele, „Adaugă calendar abonat”, și lipește adresa.",
    ],
    outlook: "Outlook",
    outlookSteps: [
      "În Outlook pe web, alege „Adăugare calendar”, apoi „Abonare de pe web”.",
      "Lipește adresa https://, dă-i un nume și alege „Import”.",
      "În aplicația Outlook pe Windows, linkul webcal:// îl deschide direct.",
    ],
  },
  ready: {
    heading: "Calendare gata făcute",
    everything: "Tot:",
    all: "abonează-te la toate evenimentele",
    orCopy: "sau copiază",
    byTown: "După oraș",
    byTopic: "După subiect",
    more: "Fiecare pagină de grup, loc și oraș are și propriul link de abonare.",
  },
  news: {
    heading: "Preferi un cititor de știri?",
    before: "Urmărește ",
    link: "evenimentele noi și actualizate ca flux RSS",
    after: ": întâi cele adăugate de curând și cele verificate recent. Fluxul e în engleză.",
  },
  linkPage: {
    description: "Linkul tău de calendar de la Stoke Together.",
    title: "Linkul tău de calendar",
  },
};
