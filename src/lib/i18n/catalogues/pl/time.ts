/** Daty, godziny i jak często coś się powtarza. */
import type { Weekday } from "../../../domain/vocab";
import { plural } from "../../plural";
import type { Messages, RepeatWords, SetPosition } from "../../types";
import { capitalise, dayList, isEveryDay } from "../../words";

/** "On Tuesdays": the plural with its preposition (we wtorki, w środy). */
const ON_DAYS: Record<Weekday, string> = {
  MO: "w poniedziałki",
  TU: "we wtorki",
  WE: "w środy",
  TH: "w czwartki",
  FR: "w piątki",
  SA: "w soboty",
  SU: "w niedziele",
};
/** A day's name, and whether it is feminine (środa, sobota, niedziela), which its ordinal agrees with. */
const DAY: Record<Weekday, { name: string; feminine: boolean }> = {
  MO: { name: "poniedziałek", feminine: false },
  TU: { name: "wtorek", feminine: false },
  WE: { name: "środa", feminine: true },
  TH: { name: "czwartek", feminine: false },
  FR: { name: "piątek", feminine: false },
  SA: { name: "sobota", feminine: true },
  SU: { name: "niedziela", feminine: true },
};
const POSITION: Record<SetPosition, [masculine: string, feminine: string]> = {
  1: ["pierwszy", "pierwsza"],
  2: ["drugi", "druga"],
  3: ["trzeci", "trzecia"],
  4: ["czwarty", "czwarta"],
  [-1]: ["ostatni", "ostatnia"],
};

const weeks = (n: number) =>
  plural("pl", n, { one: "tydzień", few: "# tygodnie", many: "# tygodni", other: "# tygodnia" });
const months = (n: number) =>
  plural("pl", n, { one: "miesiąc", few: "# miesiące", many: "# miesięcy", other: "# miesiąca" });

function weekly(list: readonly Weekday[], interval: number): string {
  if (interval === 1) return isEveryDay(list) ? "Codziennie" : capitalise(dayList("pl", list, ON_DAYS));
  return `Co ${weeks(interval)}, ${dayList("pl", list, ON_DAYS)}`;
}

function nthDays(position: SetPosition, list: readonly Weekday[]): string {
  const forms = Object.fromEntries(
    Object.entries(DAY).map(([day, { name, feminine }]) => [day, `${POSITION[position][feminine ? 1 : 0]} ${name}`]),
  ) as Record<Weekday, string>;
  return `${dayList("pl", list, forms)} miesiąca`;
}

const repeat: RepeatWords = {
  weekly,
  monthlyOnWeekday(position, list, interval) {
    const which = nthDays(position, list);
    return interval === 1 ? capitalise(which) : `Co ${months(interval)}: ${which}`;
  },
  monthlyOnDate(day, interval) {
    return interval === 1 ? `${day}. dnia każdego miesiąca` : `Co ${months(interval)}, ${day}. dnia miesiąca`;
  },
  openOn(list, interval) {
    if (interval !== 1) return weekly(list, interval);
    return isEveryDay(list) ? "Codziennie" : capitalise(dayList("pl", list, ON_DAYS));
  },
  openOnEveryMonth(list, interval) {
    const on = dayList("pl", list, ON_DAYS);
    return interval === 1 ? capitalise(on) : `Co ${months(interval)}, ${on}`;
  },
  until: (date) => `do ${date}`,
  times: (count) => plural("pl", count, { one: "raz", few: "# razy", many: "# razy", other: "# razy" }),
};

export const time: Messages["time"] = {
  today: "Dziś",
  tomorrow: "Jutro",
  allDay: "cały dzień",
  range: (from, to) => `${from} – ${to}`,
  dayAndTime: (day, at) => `${day}, ${at}`,
  repeat,
};
