/** The page shown for an address the site does not have, in Romanian. */
import type { Messages } from "../../types";

export const notFound: Messages["notFound"] = {
  title: "Pagina nu a fost găsită",
  description: "Nu am găsit această pagină pe Stoke Together.",
  heading: "Ne pare rău, nu găsim pagina aceasta",
  lede: "Dacă ai scris adresa de mână, verifică dacă e scrisă corect. Dacă ai venit de la un link către un eveniment, se poate să se fi terminat sau să fi fost scos.",
  tryHeading: "Încearcă una dintre acestea",
  links: {
    events: "Vezi tot ce se întâmplă",
    free: "Evenimente gratuite",
    groups: "Grupuri din comunitate",
    places: "Parcuri, săli și alte locuri",
    services: "Servicii locale",
  },
  townsHeading: "Ce se întâmplă în orașul tău",
};
