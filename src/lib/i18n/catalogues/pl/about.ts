/** Strona „O nas”. */
import type { Messages } from "../../types";

export const about: Messages["about"] = {
  title: "O Stoke Together",
  description: "Po co jest Stoke Together, dla kogo i jak wpisy trafiają na stronę.",
  lede: "Stoke Together to jedno miejsce, w którym sprawdzisz, co się dzieje w pobliżu w Stoke-on-Trent: wydarzenia, grupy, parki i tereny zielone oraz lokalna pomoc i usługi, w Tunstall, Burslem, Hanley, Stoke, Fenton i Longton.",
  why: {
    heading: "Po co ta strona",
    intro:
      "Kiedy miasto zapytało ponad 1300 mieszkańców o zdanie przy tworzeniu Strategii Spójności Społecznej na lata 2026–2030, ludzie mówili, że o lokalnych wydarzeniach i usługach trudno się dowiedzieć, że stresuje ich pójście samemu w nowe miejsce, że brakuje pieniędzy, że trudno dojechać i że po zmroku nie zawsze czują się bezpiecznie. Stoke Together odpowiada na każdą z tych spraw:",
    points: [
      "jedno miejsce do szukania według miasteczka, daty i tego, czego potrzebujesz;",
      "przy każdym wydarzeniu „czego się spodziewać”, a także Buddy-up: ktoś z zaufanej grupy spotka się z Tobą na miejscu;",
      "koszt podany przy każdym wpisie i lista bezpłatnych wydarzeń;",
      "gdzie jest każde miejsce i jak tam dotrzeć;",
      "godzina zachodu słońca przy każdym wydarzeniu i informacja, czy kończy się przed zmrokiem;",
      "jawne zestawienie, ile wydarzeń i usług ma każde miasteczko.",
    ],
  },
  trust: {
    heading: "Czy mogę ufać temu, co tu czytam?",
    text: "Przy każdym wpisie widać, kto go prowadzi, czy sprawdziliśmy grupę i kiedy ostatnio sprawdzono informacje. Nic nie trafia na stronę, zanim nie sprawdzi tego człowiek. Położenie miejsc pochodzi z publicznych źródeł, np. z rejestru budynków Historic England, a strona każdego miejsca podaje swoje źródło.",
  },
  examples: {
    heading: "Przykładowe wpisy",
    text: "Na początku działania strony niektóre grupy, wydarzenia i usługi są przykładami, które pokazują, jak działają wpisy. Są wyraźnie oznaczone jako „Przykładowy wpis”. Prosimy, nie wybieraj się na przykładowe wydarzenie.",
  },
  listed: {
    heading: "Dodaj swoją grupę",
    text: "Grupy, organizacje charytatywne i miejsca w Stoke-on-Trent mogą bezpłatnie dodawać swoje wydarzenia. Zanim cokolwiek zostanie opublikowane, sprawdza to człowiek.",
  },
};
