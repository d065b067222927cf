/** التواريخ والأوقات وكم مرة يتكرر الشيء. */
import type { Weekday } from "../../../domain/vocab";
import { plural } from "../../plural";
import type { Messages, RepeatWords, SetPosition } from "../../types";
import { dayList, isEveryDay } from "../../words";

/** The day's name after "every" and "first" (كل ثلاثاء، أول جمعة). */
const BARE: Record<Weekday, string> = {
  MO: "اثنين",
  TU: "ثلاثاء",
  WE: "أربعاء",
  TH: "خميس",
  FR: "جمعة",
  SA: "سبت",
  SU: "أحد",
};
/** The day's name on its own (يوم الثلاثاء). */
const NAMED: Record<Weekday, string> = {
  MO: "الاثنين",
  TU: "الثلاثاء",
  WE: "الأربعاء",
  TH: "الخميس",
  FR: "الجمعة",
  SA: "السبت",
  SU: "الأحد",
};
const POSITION: Record<SetPosition, string> = { 1: "أول", 2: "ثاني", 3: "ثالث", 4: "رابع", [-1]: "آخر" };

const weeks = (n: number) =>
  plural("ar", n, {
    zero: "# أسبوع",
    one: "أسبوع",
    two: "أسبوعين",
    few: "# أسابيع",
    many: "# أسبوعًا",
    other: "# أسبوع",
  });
const months = (n: number) =>
  plural("ar", n, { zero: "# شهر", one: "شهر", two: "شهرين", few: "# أشهر", many: "# شهرًا", other: "# شهر" });

function weekly(list: readonly Weekday[], interval: number): string {
  if (interval === 1) return isEveryDay(list) ? "كل يوم" : `كل ${dayList("ar", list, BARE)}`;
  return `كل ${weeks(interval)}، يوم ${dayList("ar", list, NAMED)}`;
}

const repeat: RepeatWords = {
  weekly,
  monthlyOnWeekday(position, list, interval) {
    const which = `${POSITION[position]} ${dayList("ar", list, BARE)}`;
    return interval === 1 ? `${which} من كل شهر` : `كل ${months(interval)}، في ${which}`;
  },
  monthlyOnDate(day, interval) {
    return interval === 1 ? `يوم ${day} من كل شهر` : `كل ${months(interval)}، يوم ${day}`;
  },
  openOn(list, interval) {
    if (interval !== 1) return weekly(list, interval);
    return isEveryDay(list) ? "كل يوم" : `أيام ${dayList("ar", list, NAMED)}`;
  },
  openOnEveryMonth(list, interval) {
    const named = `أيام ${dayList("ar", list, NAMED)}`;
    return interval === 1 ? named : `كل ${months(interval)}، ${named}`;
  },
  until: (date) => `حتى ${date}`,
  times: (count) =>
    plural("ar", count, {
      zero: "# مرة",
      one: "مرة واحدة",
      two: "مرتين",
      few: "# مرات",
      many: "# مرة",
      other: "# مرة",
    }),
};

export const time: Messages["time"] = {
  today: "اليوم",
  tomorrow: "غدًا",
  allDay: "طوال اليوم",
  range: (from, to) => `من ${from} إلى ${to}`,
  dayAndTime: (day, at) => `${day}، ${at}`,
  repeat,
};
