/**
 * How a saved listing stands now, from the site's current data (`MyListData`) and the time on the device: still on
 * with its next dates, cancelled, postponed, closed for now, finished, or removed from the site. Runs in the
 * browser, so it reads local wall-clock text and never loads a time-zone library.
 */
import type { LocalDateTime } from "../time/local";
import type { MyListData, MyListDate } from "./listing-data";
import { savedKey, type SavedListing } from "./saved";

/** What the page says about a saved listing. */
export type SavedStanding =
  | { state: "on"; title: string; dates: MyListDate[] }
  | { state: "cancelled" | "postponed" | "closed"; title: string; dates: MyListDate[] }
  | { state: "finished"; title: string }
  | { state: "removed"; title: string };

/**
 * A saved listing as it stands at `now` (the city's local time): its name now (or, once removed, its name when it
 * was saved), and for an event the dates still to come.
 * @example standingOf({ kind: "events", id: "gone", title: "Quiz night" }, data, "2026-12-05T09:00") // { state: "removed", title: "Quiz night" }
 */
export function standingOf(item: SavedListing, data: MyListData, now: LocalDateTime): SavedStanding {
  const entry = data.listings[savedKey(item)];
  if (!entry) return { state: "removed", title: item.title };
  const { title } = entry;
  if (item.kind !== "events")
    return entry.status ? { state: entry.status, title, dates: [] } : { state: "on", title, dates: [] };
  const dates = (entry.dates ?? []).filter((date) => date.end > now);
  if (entry.status) return { state: entry.status, title, dates };
  return dates.length > 0 ? { state: "on", title, dates } : { state: "finished", title };
}

/**
 * The saved events still to come, for the list's calendar feed.
 * @example feedEventIds(list, data, now) // ["coffee-morning", "quiz-night"]
 */
export function feedEventIds(list: readonly SavedListing[], data: MyListData, now: LocalDateTime): string[] {
  return list
    .filter((item) => item.kind === "events")
    .filter((item) => {
      const standing = standingOf(item, data, now);
      return standing.state !== "removed" && standing.state !== "finished";
    })
    .map((item) => item.id);
}
