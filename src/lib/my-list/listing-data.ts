/**
 * What the "My list" page needs to know of every listing the site publishes, written at build time as one small
 * JSON file (`/my-list/listings.json`): each listing's name, whether it is cancelled, postponed or closed, and for an
 * event its next few dates with the cancelled and moved ones marked. A saved listing missing from it was removed.
 */
import type { Entry } from "../content/references";
import type { Event } from "../domain/event";
import type { Group } from "../domain/group";
import type { Place } from "../domain/place";
import type { Service } from "../domain/service";
import { upcomingOccurrences } from "../events/occurrences";
import type { LocalDateTime } from "../time/local";
import { cityNow } from "../time/zone";

export { MY_LIST_DATA_PATH } from "./saved";
/** How many coming dates of an event the file gives. */
export const MY_LIST_DATES = 3;
/** How far ahead it looks for them. */
export const MY_LIST_DAYS = 366;

/** One coming date of an event, in local wall-clock time. */
export interface MyListDate {
  start: LocalDateTime;
  end: LocalDateTime;
  cancelled?: true;
  /** The local date (YYYY-MM-DD) it was moved from. */
  movedFrom?: string;
}

/** One listing as the page reads it. */
export interface MyListEntry {
  title: string;
  /** Set when the whole listing does not go ahead: an event cancelled or postponed, a service closed for now. */
  status?: "cancelled" | "postponed" | "closed";
  /** An event's next dates; empty when it has finished. */
  dates?: MyListDate[];
}

/** The file: the moment it was built for, and each listing by `kind/id`. */
export interface MyListData {
  built: LocalDateTime;
  listings: Record<string, MyListEntry>;
}

const LOCAL_MINUTE = "yyyy-MM-dd'T'HH:mm";

/**
 * Every listing as the "My list" page reads it.
 * @example buildMyListData(content, now).listings["events/coffee-morning"].dates[0].start // "2026-12-07T10:00"
 */
export function buildMyListData(
  content: {
    events: readonly Entry<Event>[];
    groups: readonly Entry<Group>[];
    places: readonly Entry<Place>[];
    services: readonly Entry<Service>[];
  },
  now: Date,
): MyListData {
  const listings: Record<string, MyListEntry> = {};
  for (const { id, data } of content.events) {
    const dates = upcomingOccurrences(data, now, { days: MY_LIST_DAYS, limit: MY_LIST_DATES }).map(
      (occurrence): MyListDate => ({
        start: occurrence.start.toFormat(LOCAL_MINUTE),
        end: occurrence.end.toFormat(LOCAL_MINUTE),
        ...(occurrence.status === "cancelled" ? { cancelled: true as const } : {}),
        ...(occurrence.movedFrom ? { movedFrom: occurrence.movedFrom } : {}),
      }),
    );
    listings[`events/${id}`] = {
      title: data.title,
      ...(data.status === "scheduled" ? {} : { status: data.status }),
      dates,
    };
  }
  for (const { id, data } of content.groups) listings[`groups/${id}`] = { title: data.name };
  for (const { id, data } of content.places) listings[`places/${id}`] = { title: data.name };
  for (const { id, data } of content.services) {
    listings[`services/${id}`] = {
      title: data.name,
      ...(data.temporarily_closed ? { status: "closed" as const } : {}),
    };
  }
  return { built: cityNow(now).toFormat(LOCAL_MINUTE), listings };
}
