/**
 * How often something happens, in plain words for residents ("Every other Wednesday", "Last Friday of the
 * month"), in any interface language: each catalogue says the shapes of repetition its own way.
 */
import type { z } from "zod";
import type { Event } from "../domain/event";
import type { ScheduleSchema } from "../domain/service";
import { WEEKDAYS, type Weekday } from "../domain/vocab";
import type { Locale } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";
import { formatDate, formatTime } from "../time/format";
import { parseLocal, toLocalDate } from "../time/zone";

function weekdayOf(localDateTime: string): Weekday {
  return WEEKDAYS[parseLocal(localDateTime).weekday - 1] ?? "MO";
}

/**
 * How often an event repeats, or undefined for a one-off.
 * @example describeRecurrence({ startDate: "2026-12-04T19:00", recurrence: { freq: "monthly", interval: 1, byday: ["FR"], bysetpos: -1, count: 6 } }) // "Last Friday of the month"
 */
export function describeRecurrence(
  event: Pick<Event, "startDate" | "recurrence">,
  locale: Locale = "en",
): string | undefined {
  const rule = event.recurrence;
  if (rule === undefined) return undefined;
  const words = messagesFor(locale).time.repeat;
  const days = rule.byday && rule.byday.length > 0 ? rule.byday : [weekdayOf(event.startDate)];
  if (rule.freq === "weekly") return words.weekly(days, rule.interval);
  if (rule.bysetpos !== undefined) return words.monthlyOnWeekday(rule.bysetpos, days, rule.interval);
  return words.monthlyOnDate(rule.bymonthday ?? parseLocal(event.startDate).day, rule.interval);
}

/**
 * When a repeating event stops, or undefined for a one-off.
 * @example describeRecurrenceEnd({ recurrence: { freq: "weekly", interval: 1, until: "2027-12-31" } }) // "until 31 December 2027"
 */
export function describeRecurrenceEnd(event: Pick<Event, "recurrence">, locale: Locale = "en"): string | undefined {
  const rule = event.recurrence;
  const words = messagesFor(locale).time.repeat;
  if (rule?.until !== undefined) return words.until(formatDate(rule.until, locale));
  if (rule?.count === undefined) return undefined;
  return words.times(rule.count);
}

/**
 * When a service is open, with its hours.
 * @example describeSchedule({ freq: "WEEKLY", interval: 1, byday: ["TU"], opens_at: "10:00", closes_at: "12:00" }) // "Tuesdays, 10:00 to 12:00"
 */
export function describeSchedule(schedule: z.output<typeof ScheduleSchema>, locale: Locale = "en"): string {
  const { byday: days, interval } = schedule;
  const words = messagesFor(locale).time;
  let when: string;
  if (schedule.freq === "MONTHLY" && schedule.bysetpos !== undefined) {
    when = words.repeat.monthlyOnWeekday(schedule.bysetpos, days, interval);
  } else if (schedule.freq === "MONTHLY") {
    // HSDS: MONTHLY with days and no position means every one of those days in the month.
    when = words.repeat.openOnEveryMonth(days, interval);
  } else {
    when = words.repeat.openOn(days, interval);
  }
  return words.dayAndTime(when, words.range(schedule.opens_at, schedule.closes_at));
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
