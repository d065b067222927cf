/**
 * View data for buddy-up: which events offer it and on which dates, which groups have welcomers, and the
 * services for young people that under-18s are pointed to. All of it is public listing data; nothing here
 * reads a request.
 */
import { upcomingOccurrences } from "../lib/events/occurrences";
import { BUDDY_DAYS } from "../lib/events/windows";
import type { BuddyOptions } from "../lib/buddy/model";
import { cityNow } from "../lib/time/zone";
import { formatDayHeading, formatTime } from "./format";
import { buildNow } from "./clock";
import { loadContent, must, type Content, type EventEntry, type PlaceEntry, type ServiceEntry } from "./content";

/** The most dates offered for one event. */
export const BUDDY_MAX_DATES = 10;

/** Buddy-up is offered where the event says so; the content checks make sure its group has welcomers. */
export function offersBuddyUp(entry: EventEntry): boolean {
  return entry.data.buddyUp && entry.data.status === "scheduled";
}

/** Where a welcomer meets people for an event: the event schema allows buddy-up only at a known place. */
export function buddyUpPlace(entry: EventEntry, content: Pick<Content, "placeById">): PlaceEntry {
  if (entry.data.place === undefined) throw new Error(`Event "${entry.id}" offers buddy-up but names no place.`);
  return must(content.placeById, entry.data.place, "place");
}

/** The dates a buddy can be asked for: from tomorrow, for BUDDY_DAYS, skipping cancelled ones. */
export function buddyDates(entry: EventEntry, now: Date = buildNow()): BuddyOptions["events"][number]["dates"] {
  const tomorrow = cityNow(now).startOf("day").plus({ days: 1 });
  return upcomingOccurrences(entry.data, now, { days: BUDDY_DAYS })
    .filter((occurrence) => occurrence.status === "scheduled" && occurrence.start >= tomorrow)
    .slice(0, BUDDY_MAX_DATES)
    .map((occurrence) => ({
      date: occurrence.start.toISODate() ?? "",
      startTime: formatTime(occurrence.start),
      label: `${formatDayHeading(occurrence.start)}, ${formatTime(occurrence.start)}`,
    }));
}

/** Everything the request and coordination functions need to know about events and groups. */
export async function buddyOptions(): Promise<BuddyOptions> {
  const content = await loadContent();
  return {
    groups: content.groups
      .filter((group) => group.data.welcomers && group.data.verified)
      .map((group) => ({ id: group.id, name: group.data.name }))
      .sort((a, b) => a.name.localeCompare(b.name, "en-GB")),
    events: content.events
      .filter(offersBuddyUp)
      .map((entry) => {
        const group = must(content.groupById, entry.data.organizer, "group");
        const place = buddyUpPlace(entry, content);
        const meetingPoint = entry.data.whatToExpect?.meetingPoint;
        return {
          id: entry.id,
          title: entry.data.title,
          groupId: group.id,
          groupName: group.data.name,
          placeName: place.data.name,
          ...(meetingPoint ? { meetingPoint } : {}),
          dates: buddyDates(entry),
        };
      })
      .sort((a, b) => a.title.localeCompare(b.title, "en-GB")),
  };
}

/** Services for young people, for under-18s who cannot use buddy-up. */
export async function youthServices(): Promise<ServiceEntry[]> {
  const { services } = await loadContent();
  return services
    .filter((service) => service.data.audiences?.includes("young-people"))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, "en-GB"));
}
