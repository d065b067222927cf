/** تاریخیں، اوقات اور کوئی چیز کتنی بار ہوتی ہے۔ */
import type { Weekday } from "../../../domain/vocab";
import { plural } from "../../plural";
import type { Messages, RepeatWords, SetPosition } from "../../types";
import { dayList, isEveryDay } from "../../words";

const DAYS: Record<Weekday, string> = {
  MO: "پیر",
  TU: "منگل",
  WE: "بدھ",
  TH: "جمعرات",
  FR: "جمعہ",
  SA: "ہفتہ",
  SU: "اتوار",
};
const POSITION: Record<SetPosition, string> = { 1: "پہلے", 2: "دوسرے", 3: "تیسرے", 4: "چوتھے", [-1]: "آخری" };

const days = (list: readonly Weekday[]) => dayList("ur", list, DAYS);
const weeks = (n: number) => plural("ur", n, { one: "ہر ہفتے", other: "ہر # ہفتے بعد" });
const months = (n: number) => plural("ur", n, { one: "ہر مہینے", other: "ہر # مہینے بعد" });

function weekly(list: readonly Weekday[], interval: number): string {
  if (interval === 1) return isEveryDay(list) ? "ہر روز" : `ہر ${days(list)}`;
  if (interval === 2) return `ہر دوسرے ہفتے، ${days(list)} کو`;
  return `${weeks(interval)}، ${days(list)} کو`;
}

const repeat: RepeatWords = {
  weekly,
  monthlyOnWeekday(position, list, interval) {
    const which = `${POSITION[position]} ${days(list)} کو`;
    return interval === 1 ? `ہر مہینے کے ${which}` : `${months(interval)}، ${which}`;
  },
  monthlyOnDate(day, interval) {
    return interval === 1 ? `ہر مہینے کی ${day} تاریخ کو` : `${months(interval)}، ${day} تاریخ کو`;
  },
  openOn(list, interval) {
    if (interval !== 1) return weekly(list, interval);
    return isEveryDay(list) ? "ہر روز" : `ہر ${days(list)}`;
  },
  openOnEveryMonth(list, interval) {
    return interval === 1 ? `ہر ${days(list)}` : `${months(interval)}، ہر ${days(list)}`;
  },
  until: (date) => `${date} تک`,
  times: (count) => (count === 1 ? "ایک بار" : count === 2 ? "دو بار" : `${count} بار`),
};

export const time: Messages["time"] = {
  today: "آج",
  tomorrow: "کل",
  allDay: "سارا دن",
  range: (from, to) => `${from} سے ${to} تک`,
  dayAndTime: (day, at) => `${day}، ${at}`,
  repeat,
};
