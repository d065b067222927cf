/** Dates, times and how things repeat, in British English. */
import { WEEKDAY_LABELS, type Weekday } from "../../../domain/vocab";
import type { RepeatWords, SetPosition } from "../../types";
import { capitalise, dayList as listOf, isEveryDay } from "../../words";

const POSITION: Record<SetPosition, string> = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" };

const PLURAL_DAYS = Object.fromEntries(
  Object.entries(WEEKDAY_LABELS).map(([day, name]) => [day, `${name}s`]),
) as Record<Weekday, string>;

/** "Monday and Thursday", or "Mondays and Thursdays". */
function dayList(days: readonly Weekday[], plural = false): string {
  return listOf("en", days, plural ? PLURAL_DAYS : WEEKDAY_LABELS);
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st... */
function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}

function weekly(days: readonly Weekday[], interval: number): string {
  if (interval === 1) return isEveryDay(days) ? "Every day" : `Every ${dayList(days)}`;
  if (interval === 2) return `Every other ${dayList(days)}`;
  return `Every ${interval} weeks on ${dayList(days)}`;
}

const repeat: RepeatWords = {
  weekly,
  monthlyOnWeekday(position, days, interval) {
    const which = `${POSITION[position]} ${dayList(days)}`;
    return interval === 1 ? `${capitalise(which)} of the month` : `Every ${interval} months on the ${which}`;
  },
  monthlyOnDate(day, interval) {
    return interval === 1 ? `On the ${ordinal(day)} of every month` : `Every ${interval} months on the ${ordinal(day)}`;
  },
  openOn(days, interval) {
    if (interval !== 1) return weekly(days, interval);
    return isEveryDay(days) ? "Every day" : dayList(days, true);
  },
  openOnEveryMonth(days, interval) {
    return interval === 1 ? dayList(days, true) : `Every ${interval} months on ${dayList(days, true)}`;
  },
  until: (date) => `until ${date}`,
  times: (count) => (count === 1 ? "once" : count === 2 ? "twice" : `${count} times`),
};

export const time = {
  today: "Today",
  tomorrow: "Tomorrow",
  allDay: "all day",
  /** A span of time: "10:00 to 12:00", "Sat 5 Dec to Sun 6 Dec". */
  range: (from: string, to: string) => `${from} to ${to}`,
  /** A day and a time: "Sat 5 Dec, 10:00". */
  dayAndTime: (day: string, at: string) => `${day}, ${at}`,
  repeat,
};
