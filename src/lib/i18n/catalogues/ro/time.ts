/** Date, ore și cât de des se repetă ceva. */
import type { Weekday } from "../../../domain/vocab";
import { plural } from "../../plural";
import type { Messages, RepeatWords, SetPosition } from "../../types";
import { capitalise, dayList, isEveryDay } from "../../words";

const DAYS: Record<Weekday, string> = {
  MO: "luni",
  TU: "marți",
  WE: "miercuri",
  TH: "joi",
  FR: "vineri",
  SA: "sâmbătă",
  SU: "duminică",
};
/** "On Tuesdays", as Romanian says a habit: the day with its article (marțea, joia). */
const ON_DAYS: Record<Weekday, string> = {
  MO: "lunea",
  TU: "marțea",
  WE: "miercurea",
  TH: "joia",
  FR: "vinerea",
  SA: "sâmbăta",
  SU: "duminica",
};
const POSITION: Record<SetPosition, string> = { 1: "prima", 2: "a doua", 3: "a treia", 4: "a patra", [-1]: "ultima" };

const weeks = (n: number) => plural("ro", n, { one: "săptămână", few: "# săptămâni", other: "# de săptămâni" });
const months = (n: number) => plural("ro", n, { one: "lună", few: "# luni", other: "# de luni" });

function weekly(list: readonly Weekday[], interval: number): string {
  if (interval === 1) return isEveryDay(list) ? "În fiecare zi" : `În fiecare ${dayList("ro", list, DAYS)}`;
  if (interval === 2) return `O dată la două săptămâni, ${dayList("ro", list, ON_DAYS)}`;
  return `La fiecare ${weeks(interval)}, ${dayList("ro", list, ON_DAYS)}`;
}

const repeat: RepeatWords = {
  weekly,
  monthlyOnWeekday(position, list, interval) {
    const which = `${POSITION[position]} ${dayList("ro", list, DAYS)}`;
    return interval === 1 ? `${capitalise(which)} din lună` : `La fiecare ${months(interval)}, ${which}`;
  },
  monthlyOnDate(day, interval) {
    return interval === 1 ? `Pe ${day} ale fiecărei luni` : `La fiecare ${months(interval)}, pe ${day}`;
  },
  openOn(list, interval) {
    if (interval !== 1) return weekly(list, interval);
    return isEveryDay(list) ? "În fiecare zi" : capitalise(dayList("ro", list, ON_DAYS));
  },
  openOnEveryMonth(list, interval) {
    const on = dayList("ro", list, ON_DAYS);
    return interval === 1 ? capitalise(on) : `La fiecare ${months(interval)}, ${on}`;
  },
  until: (date) => `până pe ${date}`,
  times: (count) => plural("ro", count, { one: "o dată", few: "de # ori", other: "de # de ori" }),
};

export const time: Messages["time"] = {
  today: "Astăzi",
  tomorrow: "Mâine",
  allDay: "toată ziua",
  range: (from, to) => `${from} – ${to}`,
  dayAndTime: (day, at) => `${day}, ${at}`,
  repeat,
};
