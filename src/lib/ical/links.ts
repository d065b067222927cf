/**
 * "Add to calendar" links for calendar websites that take an event in the address: Google Calendar
 * and Outlook on the web. They carry one occurrence; the .ics file carries a whole series.
 */
import type { DateTime } from "luxon";
import { CITY_ZONE } from "../time/zone";

/** One occurrence to add: what, when, where and more. */
export interface CalendarLinkInput {
  title: string;
  start: DateTime;
  end: DateTime;
  details: string;
  location: string;
}

/**
 * A Google Calendar "create event" address. Times are written as wall-clock times with `ctz`, so
 * Google shows them in Europe/London whatever the reader's own zone.
 * @example toGoogleCalendarUrl({ title: "Walk", start, end, details: "", location: "Hanley Park" }) // "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Walk&dates=20270301T190000%2F20270301T210000&ctz=Europe%2FLondon&…"
 */
export function toGoogleCalendarUrl(input: CalendarLinkInput): string {
  const local = (dt: DateTime) => dt.setZone(CITY_ZONE).toFormat("yyyyLLdd'T'HHmmss");
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: input.title,
    dates: `${local(input.start)}/${local(input.end)}`,
    ctz: CITY_ZONE,
    details: input.details,
    location: input.location,
  });
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/**
 * An Outlook on the web "new event" address. Times are UTC instants, which Outlook shows in the
 * reader's own zone.
 * @example toOutlookCalendarUrl({ title: "Walk", start, end, details: "", location: "Hanley Park" }) // "https://outlook.live.com/calendar/0/action/compose?rru=addevent&subject=Walk&startdt=2027-03-01T19%3A00%3A00Z&…"
 */
export function toOutlookCalendarUrl(input: CalendarLinkInput): string {
  const utc = (dt: DateTime) => dt.toUTC().toFormat("yyyy-LL-dd'T'HH:mm:ss'Z'");
  const params = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: input.title,
    startdt: utc(input.start),
    enddt: utc(input.end),
    body: input.details,
    location: input.location,
  });
  return `https://outlook.live.com/calendar/0/action/compose?${params.toString()}`;
}
