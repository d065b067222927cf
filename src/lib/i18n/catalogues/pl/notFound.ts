/** The page shown for an address the site does not have, in Polish. */
import type { Messages } from "../../types";

export const notFound: Messages["notFound"] = {
  title: "Nie ma takiej strony",
  description: "Nie znaleźliśmy tej strony w Stoke Together.",
  heading: "Przepraszamy, nie możemy znaleźć tej strony",
  lede: "Jeśli adres był wpisany ręcznie, sprawdź, czy nie ma w nim literówki. Jeśli to link do wydarzenia, mogło się ono już skończyć albo zostać usunięte.",
  tryHeading: "Zajrzyj tutaj",
  links: {
    events: "Zobacz wszystkie wydarzenia",
    free: "Bezpłatne wydarzenia",
    groups: "Grupy lokalne",
    places: "Parki, sale i inne miejsca",
    services: "Pomoc i usługi w okolicy",
  },
  townsHeading: "Co się dzieje w Twojej okolicy",
};
