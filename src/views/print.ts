/**
 * View data for printed sheets: what's on this week and next, for one town or the whole city, as a librarian
 * pins it to a noticeboard; and one event's poster. Everything is worked out at build time (the site is built
 * daily), with a QR code to each event's page.
 */
import type { DateTime } from "luxon";
import { TOWN_LABELS, TOWNS, type Town } from "../lib/domain/vocab";
import { qrSvg } from "../lib/print/qr";
import { SHORT_LINK_PATH, shortCode, shortLinks } from "../lib/print/short-links";
import { cityNow } from "../lib/time/zone";
import { buildNow } from "./clock";
import { allEvents, listOccurrences, type OccurrenceView } from "./events";
import { formatDate, formatDayHeading, formatTime } from "./format";

/** A sheet: the whole city, or one town. */
export type SheetId = Town | "city";

/** Every sheet, the city's first. */
export const SHEETS: readonly SheetId[] = ["city", ...TOWNS];

/** The most events one sheet lists: about three A4 pages, as much as a noticeboard takes. */
export const SHEET_LIMIT = 30;

/** One event on a sheet. */
export interface SheetItem {
  key: string;
  title: string;
  time: string;
  placeName: string;
  townName?: string | undefined;
  cost: string;
  beforeDark: boolean;
  buddyUp: boolean;
  example: boolean;
  movedFrom?: string | undefined;
  url: string;
  qr: string;
}

/** A sheet's days, each with its events. */
export interface Sheet {
  id: SheetId;
  /** "Tunstall", or "Stoke-on-Trent" for the whole city. */
  name: string;
  /** "Saturday 5 to Sunday 20 December 2026". */
  span: string;
  days: { heading: string; items: SheetItem[] }[];
  /** Events on in the span that did not fit. */
  more: number;
  /** The page to check before going, and its QR code. */
  checkUrl: string;
  checkQr: string;
  /** When the information was made: the build's day. */
  asOf: string;
}

/** The span a sheet covers: from the build's day to the end of next week (Sunday). */
export function sheetSpan(now: DateTime): { from: DateTime; to: DateTime } {
  const from = now.startOf("day");
  const to = from.plus({ days: 7 - from.weekday + 7 }).endOf("day");
  return { from, to };
}

/** "Saturday 5 to Sunday 20 December 2026", or across months "Monday 28 December 2026 to Sunday 10 January 2027". */
function spanWords(from: DateTime, to: DateTime): string {
  const first = formatDayHeading(from);
  if (from.year !== to.year) return `${first} ${from.year} to ${formatDayHeading(to)} ${to.year}`;
  if (from.month !== to.month) return `${first} to ${formatDayHeading(to)} ${to.year}`;
  return `${first.replace(/ \S+$/, "")} to ${formatDayHeading(to)} ${to.year}`;
}

/** An event's page, absolute, for its QR code. */
const eventUrl = (site: string, id: string) => `${site}/events/${id}/`;

function toItem(site: string, view: OccurrenceView, withTown: boolean): SheetItem {
  const url = eventUrl(site, view.eventId);
  return {
    key: view.key,
    title: view.title,
    time: view.allDay ? "All day" : `${formatTime(view.start)} to ${formatTime(view.end)}`,
    placeName: view.placeName,
    townName: withTown ? view.townName : undefined,
    cost: view.cost,
    beforeDark: view.beforeDark,
    buddyUp: view.buddyUp,
    example: view.example,
    movedFrom: view.movedFrom ? formatDayHeading(view.movedFrom) : undefined,
    url,
    qr: qrSvg(url),
  };
}

/**
 * A sheet's events: those going ahead from the build's day to the end of next week, in the town (or anywhere),
 * soonest first, SHEET_LIMIT at most, grouped by day.
 */
export async function printSheet(id: SheetId, site: string): Promise<Sheet> {
  const now = cityNow(buildNow());
  const { from, to } = sheetSpan(now);
  const days = Math.ceil(to.diff(now, "days").days) + 1;
  const views = (await listOccurrences({ days, filter: id === "city" ? {} : { town: id } })).filter(
    (view) => view.status === "scheduled" && view.start <= to && view.end > now,
  );
  const shown = views.slice(0, SHEET_LIMIT);
  const byDay = new Map<string, SheetItem[]>();
  for (const view of shown) {
    const heading = formatDayHeading(view.start);
    const items = byDay.get(heading) ?? [];
    items.push(toItem(site, view, id === "city"));
    byDay.set(heading, items);
  }
  const checkUrl = id === "city" ? `${site}/events/` : `${site}/areas/${id}/`;
  return {
    id,
    name: id === "city" ? "Stoke-on-Trent" : TOWN_LABELS[id],
    span: spanWords(from, to),
    days: [...byDay].map(([heading, items]) => ({ heading, items })),
    more: views.length - shown.length,
    checkUrl,
    checkQr: qrSvg(checkUrl),
    asOf: `${formatDayHeading(now)} ${now.year}`,
  };
}

let checked: Promise<unknown> | undefined;

/**
 * An event's short link, as printed: the site's host and the code, with no scheme. The first call checks that no
 * two events share a code, and fails the build naming both if they do.
 */
export async function printedShortLink(site: string, id: string): Promise<{ href: string; printed: string }> {
  checked ??= allEvents().then((events) => shortLinks(events.map((event) => event.id)));
  await checked;
  const href = `${site}${SHORT_LINK_PATH}${shortCode(id)}/`;
  return { href, printed: href.replace(/^https?:\/\//, "").replace(/\/$/, "") };
}

export { formatDate };
