/**
 * An imported event as a listing on the site: the feed's event, with what its source applies (the group,
 * categories, audiences, cost), where it is (its known place, else its location as the feed writes it, or
 * online), and where it came from. A series stays one listing: its RRULE becomes the site's own repeat rule,
 * checked against the occurrences the feed gave, with the dates the feed skipped or cancelled as
 * `cancelledDates` and the ones it moved as `rescheduled`. A rule the site cannot show the same way, or an
 * event that says nowhere at all, is left out with the reason, never guessed.
 * Pure: the moment is passed in.
 */
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { UrlSchema, type Provenance } from "../domain/common";
import { LOCATION_TEXT_MAX, type Event, type Recurrence } from "../domain/event";
import type { Source } from "../domain/source";
import { WEEKDAYS, type Weekday } from "../domain/vocab";
import { expandOccurrences } from "../events/occurrences";
import { CITY_ZONE } from "../time/zone";
import type { KeptEvent } from "./merge";
import { isOnlineLocation } from "./places";
import { oneLine } from "./text";
import type { ImportedEvent, ImportedOccurrence } from "./model";

/** The listing's fields, ready for the events schema, or why it is left out. */
export type SiteEventResult =
  { ok: true; id: string; fields: Record<string, unknown>; description: string } | { ok: false; reason: string };

const local = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setZone(CITY_ZONE);
const wallClock = (at: DateTime) => at.toFormat("yyyy-MM-dd'T'HH:mm");
const dateOf = (at: DateTime) => at.toFormat("yyyy-MM-dd");

/** The first sentence or two of a description, for lists, or undefined when it has none. */
function summaryOf(description: string | undefined, max = 280): string | undefined {
  if (!description) return undefined;
  const text = description.replace(/\s+/g, " ").trim();
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [text];
  let summary = "";
  for (const sentence of sentences) {
    if ((summary + sentence).trim().length > max) break;
    summary += sentence;
  }
  return oneLine(summary.trim() || text, max) || undefined;
}

/**
 * The site's repeat rule for a feed's RRULE, or why there is none: weekly (or daily, as every day of the
 * week) on days, or monthly on one date or one weekday of the month, ending on a date or after a count. A
 * rule with no end ends on the last occurrence the feed gave in the window.
 */
export function toRecurrence(
  rrule: string,
  start: DateTime,
  lastInWindow: DateTime | undefined,
): { ok: true; rule: Recurrence } | { ok: false; reason: string } {
  let recur: ICAL.Recur;
  try {
    recur = ICAL.Recur.fromString(rrule);
  } catch {
    return { ok: false, reason: `its repeat rule ${rrule} cannot be read` };
  }
  const unsupported = { ok: false as const, reason: `its repeat rule ${rrule} is not one the site can show yet` };
  const parts = recur.parts as Record<string, (string | number)[] | undefined>;
  const others = Object.keys(parts).filter((part) => !["BYDAY", "BYMONTHDAY", "BYSETPOS"].includes(part));
  if (others.length > 0) return unsupported;
  const interval = recur.interval ?? 1;
  const byday = (parts["BYDAY"] ?? []).map(String);
  const end: Pick<Recurrence, "until" | "count"> = {};
  if (recur.count) {
    if (recur.count > 520) return unsupported;
    end.count = recur.count;
  } else if (recur.until) {
    const until = recur.until.isDate
      ? DateTime.fromObject(
          { year: recur.until.year, month: recur.until.month, day: recur.until.day },
          { zone: CITY_ZONE },
        )
      : DateTime.fromISO(recur.until.toString(), {
          zone: recur.until.zone?.tzid === "UTC" ? "UTC" : CITY_ZONE,
        }).setZone(CITY_ZONE);
    end.until = dateOf(until);
  } else if (lastInWindow) {
    end.until = dateOf(lastInWindow);
  } else {
    return unsupported;
  }
  const isWeekday = (code: string): code is Weekday => (WEEKDAYS as readonly string[]).includes(code);
  if (recur.freq === "DAILY" && interval === 1 && byday.length === 0 && !parts["BYMONTHDAY"]) {
    return { ok: true, rule: { freq: "weekly", interval: 1, byday: [...WEEKDAYS], ...end } };
  }
  if (recur.freq === "WEEKLY" && interval <= 12 && !parts["BYMONTHDAY"] && !parts["BYSETPOS"]) {
    if (!byday.every(isWeekday)) return unsupported;
    return { ok: true, rule: { freq: "weekly", interval, ...(byday.length > 0 ? { byday } : {}), ...end } };
  }
  if (recur.freq === "MONTHLY" && interval <= 12) {
    const monthDays = (parts["BYMONTHDAY"] ?? []).map(Number);
    if (monthDays.length === 1 && byday.length === 0 && monthDays[0]! >= 1 && monthDays[0]! <= 28) {
      return { ok: true, rule: { freq: "monthly", interval, bymonthday: monthDays[0]!, ...end } };
    }
    if (monthDays.length === 0 && byday.length === 0 && start.day <= 28) {
      return { ok: true, rule: { freq: "monthly", interval, bymonthday: start.day, ...end } };
    }
    // One weekday of the month: 1TH, -1FR, or TH with BYSETPOS=1.
    const positioned = /^([+-]?\d)?([A-Z]{2})$/.exec(byday.length === 1 ? byday[0]! : "");
    const position = Number(positioned?.[1] ?? parts["BYSETPOS"]?.[0]);
    const day = positioned?.[2];
    if (day && isWeekday(day) && [1, 2, 3, 4, -1].includes(position) && monthDays.length === 0) {
      return {
        ok: true,
        rule: { freq: "monthly", interval, byday: [day], bysetpos: position as 1 | 2 | 3 | 4 | -1, ...end },
      };
    }
  }
  return unsupported;
}

/**
 * The dates the site's rule gives that the feed skipped or cancelled, and the ones the feed moved, found by
 * comparing the rule's occurrences with the feed's over the window; or why they do not fit each other.
 */
function exceptions(
  event: Pick<Event, "startDate" | "endDate" | "recurrence" | "cancelledDates" | "rescheduled" | "status">,
  occurrences: ImportedOccurrence[],
  window: { from: DateTime; to: DateTime },
): { ok: true; cancelledDates: string[]; rescheduled: Event["rescheduled"] } | { ok: false; reason: string } {
  const expected = expandOccurrences(event, window.from, window.to);
  const key = (at: DateTime) => wallClock(at);
  const fromFeed = new Map(occurrences.map((occurrence) => [key(local(occurrence.start)), occurrence]));
  const cancelledDates: string[] = [];
  const unmatched: string[] = [];
  for (const occurrence of expected) {
    const found = fromFeed.get(key(occurrence.start));
    if (found) {
      fromFeed.delete(key(occurrence.start));
      if (found.status === "cancelled") cancelledDates.push(occurrence.originalDate);
    } else {
      unmatched.push(occurrence.originalDate);
    }
  }
  // What the feed has off the rule's dates was moved: each to the nearest skipped date within a week.
  const rescheduled: Event["rescheduled"] = [];
  for (const [, moved] of [...fromFeed].sort(([a], [b]) => a.localeCompare(b))) {
    const start = local(moved.start);
    const nearest = unmatched
      .map((date) => ({
        date,
        days: Math.abs(DateTime.fromISO(date, { zone: CITY_ZONE }).diff(start.startOf("day"), "days").days),
      }))
      .filter(({ days }) => days <= 7)
      .sort((a, b) => a.days - b.days)[0];
    if (!nearest)
      return { ok: false, reason: `the feed has it on ${dateOf(start)}, which its repeat rule does not give` };
    unmatched.splice(unmatched.indexOf(nearest.date), 1);
    if (moved.status === "cancelled") cancelledDates.push(nearest.date);
    else rescheduled.push({ date: nearest.date, startDate: wallClock(start), endDate: wallClock(local(moved.end)) });
  }
  cancelledDates.push(...unmatched);
  return { ok: true, cancelledDates: [...new Set(cancelledDates)].sort(), rescheduled };
}

/**
 * Where a listing is, as the events schema has it: online (the source says so, or the feed's location is a
 * meeting link or service), the known place, or the location in the feed's words; or why it is nowhere.
 */
function whereOf(
  event: ImportedEvent,
  source: Source,
): { ok: true; fields: Record<string, unknown> } | { ok: false; reason: string } {
  const text = event.location.text ? oneLine(event.location.text, LOCATION_TEXT_MAX) : "";
  if (source.location === "online") return { ok: true, fields: { online: true } };
  if (event.place) return { ok: true, fields: { place: event.place } };
  if (text && isOnlineLocation(text)) {
    // A meeting link in place of a location is where to join, unless the event gives its own page.
    const link = /^https?:\/\//i.test(text) && !event.url ? UrlSchema.safeParse(text) : undefined;
    return { ok: true, fields: { online: true, ...(link?.success ? { url: link.data } : {}) } };
  }
  if (text) return { ok: true, fields: { locationText: text } };
  return { ok: false, reason: "it says nowhere where it happens, and its source gives no place" };
}

/** What a source applies to its listings, and what the page says of it. */
export interface SourceFacts {
  id: string;
  data: Source;
  checkedAt: string;
}

/**
 * The listing for a kept imported event, or why it is left out.
 * @example toSiteEvent(kept, source, { window }).ok // true
 */
export function toSiteEvent(
  kept: KeptEvent,
  source: SourceFacts,
  options: { window: { from: DateTime; to: DateTime }; alsoFrom?: { source: string; name: string }[] },
): SiteEventResult {
  const event: ImportedEvent = kept.event;
  const group = source.data.group;
  if (!group) return { ok: false, reason: "its source names no group to list it under" };
  const where = whereOf(event, source.data);
  if (!where.ok) return where;
  const start = local(event.start);
  let end = local(event.end);
  if (end <= start) end = event.allDay ? start.plus({ days: 1 }) : start.plus({ hours: 1 });
  const title = oneLine(event.title, 120);
  const fields: Record<string, unknown> = {
    title,
    summary: summaryOf(event.description) ?? oneLine(`${title}, from ${source.data.name}.`, 280),
    startDate: wallClock(start),
    endDate: wallClock(end),
    ...(event.allDay ? { allDay: true } : {}),
    organizer: group,
    categories: source.data.categories,
    audiences: source.data.audiences,
    isAccessibleForFree: source.data.free,
    ...(source.data.price ? { price: source.data.price } : {}),
    ...(event.url ? { url: event.url } : {}),
    ...where.fields,
    ...(event.status === "cancelled" ? { status: "cancelled" } : {}),
    source: "imported",
    importedFrom: {
      source: source.id,
      name: source.data.name,
      uid: event.uid,
      checkedAt: source.checkedAt,
      changedAt: kept.changedAt,
      alsoFrom: options.alsoFrom ?? [],
    } satisfies Provenance,
    lastChecked: dateOf(local(source.checkedAt)),
  };
  if (event.rrule) {
    const last = event.occurrences.at(-1);
    const rule = toRecurrence(event.rrule, start, last ? local(last.start) : undefined);
    if (!rule.ok) return rule;
    fields["recurrence"] = rule.rule;
    const found = exceptions(
      {
        startDate: fields["startDate"] as string,
        endDate: fields["endDate"] as string,
        recurrence: rule.rule,
        cancelledDates: [],
        rescheduled: [],
        status: "scheduled",
      },
      event.occurrences,
      options.window,
    );
    if (!found.ok) return found;
    if (found.cancelledDates.length > 0) fields["cancelledDates"] = found.cancelledDates;
    if (found.rescheduled.length > 0) fields["rescheduled"] = found.rescheduled;
  }
  return { ok: true, id: kept.slug, fields, description: event.description ?? "" };
}
