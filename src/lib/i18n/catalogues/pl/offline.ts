/** The words for using the site with no signal, in Polish. */
import type { Messages } from "../../types";

export const offline: Messages["offline"] = {
  title: "Jesteś offline",
  description: "Co otwiera się na Stoke Together, gdy nie ma połączenia.",
  heading: "Jesteś offline",
  lede: "Ta strona nie jest jeszcze zapisana na Twoim telefonie ani komputerze, więc nie otworzy się bez połączenia.",
  whatWorks:
    "Strony otwarte już wcześniej i wpisy z Twojej listy otwierają się także bez zasięgu. Na każdej jest napisane, kiedy została zapisana.",
  tryAgain: "Gdy zasięg wróci, otwórz stronę jeszcze raz.",
  homeLink: "Przejdź na stronę główną",
  notice: (day: string, time: string) => `Jesteś offline. Ta strona została zapisana ${day} o ${time}.`,
  slowNotice: (day: string, time: string) => `Zasięg jest słaby, więc to kopia zapisana ${day} o ${time}.`,
  retry: "Spróbuj ponownie, by zobaczyć najnowszą wersję",
};
