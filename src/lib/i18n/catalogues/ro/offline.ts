/** The words for using the site with no signal, in Romanian. */
import type { Messages } from "../../types";

export const offline: Messages["offline"] = {
  title: "Ești offline",
  description: "Ce se deschide pe Stoke Together când nu există conexiune.",
  heading: "Ești offline",
  lede: "Această pagină nu este încă salvată pe telefonul sau calculatorul tău, așa că nu se poate deschide fără conexiune.",
  whatWorks:
    "Paginile pe care le-ai deschis deja și anunțurile din lista ta se deschid și fără semnal. Pe fiecare scrie când a fost salvată.",
  tryAgain: "Când ai din nou semnal, deschide pagina încă o dată.",
  homeLink: "Mergi la pagina principală",
  notice: (day: string, time: string) => `Ești offline. Această pagină a fost salvată pe ${day} la ora ${time}.`,
  slowNotice: (day: string, time: string) =>
    `Semnalul e slab, așa că aceasta este copia salvată pe ${day} la ora ${time}.`,
  retry: "Încearcă din nou pentru cea mai nouă versiune",
};
