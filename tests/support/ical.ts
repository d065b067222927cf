/**
 * Reads a feed back with ical.js (the parser behind Thunderbird), the way a calendar app would: the
 * zone comes only from the feed's own VTIMEZONE, recurrences are expanded with their exceptions.
 */
import ICAL from "ical.js";
import { DateTime } from "luxon";

/** One occurrence as a calendar app would show it. */
export interface ParsedOccurrence {
  uid: string;
  /** Wall-clock start and end in the city, "yyyy-MM-dd HH:mm". */
  start: string;
  end: string;
  /** The instants, in milliseconds. */
  startMs: number;
  endMs: number;
  status: string;
  summary: string;
}

const LOCAL = "yyyy-MM-dd HH:mm";

/** The calendar component of a feed, after registering its VTIMEZONEs (and nothing else). */
export function parseFeed(text: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar;
}

function timeToMs(time: ICAL.Time): number {
  return time.toUnixTime() * 1000;
}

/** Every occurrence overlapping [from, to), from the feed alone, sorted by start then uid. */
export function expandFeed(text: string, from: DateTime, to: DateTime): ParsedOccurrence[] {
  const calendar = parseFeed(text);
  const vevents = calendar.getAllSubcomponents("vevent");
  const masters = vevents.filter((vevent) => !vevent.hasProperty("recurrence-id"));
  const found: ParsedOccurrence[] = [];
  for (const master of masters) {
    const uid = String(master.getFirstPropertyValue("uid"));
    const exceptions = vevents.filter(
      (vevent) => vevent.hasProperty("recurrence-id") && vevent.getFirstPropertyValue("uid") === uid,
    );
    const event = new ICAL.Event(master, { exceptions, strictExceptions: true });
    const push = (start: ICAL.Time, end: ICAL.Time, item: ICAL.Event) => {
      const startMs = timeToMs(start);
      const endMs = timeToMs(end);
      if (endMs <= from.toMillis() || startMs >= to.toMillis()) return;
      found.push({
        uid,
        start: DateTime.fromMillis(startMs, { zone: "Europe/London" }).toFormat(LOCAL),
        end: DateTime.fromMillis(endMs, { zone: "Europe/London" }).toFormat(LOCAL),
        startMs,
        endMs,
        status: String(item.component.getFirstPropertyValue("status") ?? ""),
        summary: item.summary,
      });
    };
    if (!event.isRecurring()) {
      push(event.startDate, event.endDate, event);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      // Moved occurrences can land a few days away from their series date.
      if (timeToMs(next) >= to.plus({ days: 40 }).toMillis()) break;
      const details = event.getOccurrenceDetails(next);
      push(details.startDate, details.endDate, details.item);
    }
  }
  return found.sort((a, b) => a.startMs - b.startMs || a.uid.localeCompare(b.uid));
}

/** The value of a calendar-level property, e.g. "x-wr-calname". */
export function calendarProperty(text: string, name: string): string | undefined {
  const value = parseFeed(text).getFirstPropertyValue(name);
  return value === null ? undefined : String(value);
}
