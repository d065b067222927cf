/** How often something happens, in plain words for residents ("Every other Wednesday", "Last Friday of the month"). */
import type { z } from "zod";
import type { Event } from "../domain/event";
import type { ScheduleSchema } from "../domain/service";
import { WEEKDAYS, WEEKDAY_LABELS, type Weekday } from "../domain/vocab";
import { formatDate, formatTime } from "../time/format";
import { parseLocal, toLocalDate } from "../time/zone";

const SET_POSITION_WORDS = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" } as const;
type SetPosition = keyof typeof SET_POSITION_WORDS;

function weekdayOf(localDateTime: string): Weekday {
  return WEEKDAYS[parseLocal(localDateTime).weekday - 1] ?? "MO";
}

function inWeekOrder(days: readonly Weekday[]): Weekday[] {
  return [...new Set(days)].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}

function joinAnd(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Monday and Thursday", or "Mondays and Thursdays" when plural. */
function dayList(days: readonly Weekday[], plural = false): string {
  return joinAnd(inWeekOrder(days).map((day) => `${WEEKDAY_LABELS[day]}${plural ? "s" : ""}`));
}

function isEveryDay(days: readonly Weekday[]): boolean {
  return new Set(days).size === WEEKDAYS.length;
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

function monthlyOnWeekday(position: SetPosition, days: readonly Weekday[], interval: number): string {
  const which = `${SET_POSITION_WORDS[position]} ${dayList(days)}`;
  return interval === 1 ? `${capitalise(which)} of the month` : `Every ${interval} months on the ${which}`;
}

/**
 * How often an event repeats, or undefined for a one-off.
 * @example describeRecurrence({ startDate: "2026-12-04T19:00", recurrence: { freq: "monthly", interval: 1, byday: ["FR"], bysetpos: -1, count: 6 } }) // "Last Friday of the month"
 */
export function describeRecurrence(event: Pick<Event, "startDate" | "recurrence">): string | undefined {
  const rule = event.recurrence;
  if (rule === undefined) return undefined;
  const days = rule.byday && rule.byday.length > 0 ? rule.byday : [weekdayOf(event.startDate)];
  if (rule.freq === "weekly") return weekly(days, rule.interval);
  if (rule.bysetpos !== undefined) return monthlyOnWeekday(rule.bysetpos, days, rule.interval);
  const date = ordinal(rule.bymonthday ?? parseLocal(event.startDate).day);
  return rule.interval === 1 ? `On the ${date} of every month` : `Every ${rule.interval} months on the ${date}`;
}

/**
 * When a repeating event stops, or undefined for a one-off.
 * @example describeRecurrenceEnd({ recurrence: { freq: "weekly", interval: 1, until: "2027-12-31" } }) // "until 31 December 2027"
 */
export function describeRecurrenceEnd(event: Pick<Event, "recurrence">): string | undefined {
  const rule = event.recurrence;
  if (rule?.until !== undefined) return `until ${formatDate(rule.until)}`;
  if (rule?.count === undefined) return undefined;
  if (rule.count === 1) return "once";
  if (rule.count === 2) return "twice";
  return `${rule.count} times`;
}

/**
 * When a service is open, with its hours.
 * @example describeSchedule({ freq: "WEEKLY", interval: 1, byday: ["TU"], opens_at: "10:00", closes_at: "12:00" }) // "Tuesdays, 10:00 to 12:00"
 */
export function describeSchedule(schedule: z.output<typeof ScheduleSchema>): string {
  const { byday: days, interval } = schedule;
  let when: string;
  if (schedule.freq === "MONTHLY" && schedule.bysetpos !== undefined) {
    when = monthlyOnWeekday(schedule.bysetpos, days, interval);
  } else if (schedule.freq === "MONTHLY") {
    // HSDS: MONTHLY with days and no position means every one of those days in the month.
    when = interval === 1 ? capitalise(dayList(days, true)) : `Every ${interval} months on ${dayList(days, true)}`;
  } else if (interval === 1) {
    when = isEveryDay(days) ? "Every day" : dayList(days, true);
  } else {
    when = weekly(days, interval);
  }
  return `${when}, ${schedule.opens_at} to ${schedule.closes_at}`;
}

/**
 * When an event happens, in full with its year and how it repeats, as moderators read it.
 * @example describeWhen({ startDate: "2027-01-05T10:00", endDate: "2027-01-05T11:30", recurrence: { freq: "weekly", interval: 1, byday: ["TU"], until: "2027-12-28" } }) // "5 January 2027, 10:00 to 11:30; every Tuesday until 28 December 2027"
 * @example describeWhen({ startDate: "2027-05-01T00:00", endDate: "2027-05-02T00:00", allDay: true }) // "1 May 2027, all day"
 */
export function describeWhen(
  event: Pick<Event, "startDate" | "endDate" | "recurrence"> & { allDay?: boolean | undefined },
): string {
  const start = parseLocal(event.startDate);
  const end = parseLocal(event.endDate);
  let when: string;
  if (event.allDay) {
    const last = end.minus({ days: 1 });
    when =
      toLocalDate(last) <= toLocalDate(start)
        ? `${formatDate(start)}, all day`
        : `${formatDate(start)} to ${formatDate(last)}`;
  } else {
    const sameDay = toLocalDate(start) === toLocalDate(end);
    when = `${formatDate(start)}, ${formatTime(start)} to ${sameDay ? "" : `${formatDate(end)}, `}${formatTime(end)}`;
  }
  const repeats = describeRecurrence(event);
  if (repeats === undefined) return when;
  return `${when}; ${[repeats.charAt(0).toLowerCase() + repeats.slice(1), describeRecurrenceEnd(event)].filter(Boolean).join(" ")}`;
}
