/**
 * View data for printed sheets: what's on this week and next, for one town or the whole city, as a librarian
 * pins it to a noticeboard, in each of the site's languages; and one event's poster. Everything is worked out at build time (the site is built
 * daily), with a QR code to each event's page.
 */
import type { DateTime } from "luxon";
import { TOWN_LABELS, TOWNS, type Town } from "../lib/domain/vocab";
import { qrSvg } from "../lib/print/qr";
import { SHORT_LINK_PATH, shortCode, shortLinks } from "../lib/print/short-links";
import { cityNow } from "../lib/time/zone";
import { buildNow } from "./clock";
import { allEvents, listOccurrences, occurrenceIn, type OccurrenceView } from "./events";
import { formatDate, formatDayHeading, formatTime } from "./format";
import { sheetSpan, spanWords } from "../lib/print/sheet-span";
import type { Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { hrefIn } from "../lib/i18n/routes";

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
  /** The place's name as its listing gives it, or the interface's word for online. */
  placeName: string;
  online: boolean;
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
  /** "Saturday 5 to Sunday 20 December 2026", in the sheet's language. */
  span: string;
  days: { heading: string; items: SheetItem[] }[];
  /** Events on in the span that did not fit. */
  more: number;
  /** The page to check before going, and its QR code. */
  checkUrl: string;
  checkQr: string;
  /** When the information was made (the build's day), as a date. */
  asOf: string;
}

/** An absolute address on the site, in a language where the page has one. */
const siteUrl = (site: string, locale: Locale, path: string) => `${site}${hrefIn(locale, path)}`;

function toItem(site: string, view: OccurrenceView, withTown: boolean, locale: Locale): SheetItem {
  const messages = messagesFor(locale);
  const url = siteUrl(site, locale, `/events/${view.eventId}/`);
  const words = occurrenceIn(view, locale);
  return {
    key: view.key,
    title: view.title,
    time: view.allDay
      ? messages.events.occurrence.allDay
      : messages.time.range(formatTime(view.start), formatTime(view.end)),
    placeName: words.placeName,
    online: view.online,
    townName: withTown ? view.townName : undefined,
    cost: words.cost,
    beforeDark: view.beforeDark,
    buddyUp: view.buddyUp,
    example: view.example,
    movedFrom: view.movedFrom ? formatDayHeading(view.movedFrom, locale) : undefined,
    url,
    qr: qrSvg(url, messages.events.poster.qr(url)),
  };
}

// The events on each sheet, found once and written in every language.
const sheetViews = new Map<SheetId, Promise<OccurrenceView[]>>();

/**
 * A sheet's events: those going ahead from the build's day to the end of next week, in the town (or anywhere),
 * soonest first.
 */
function viewsOnSheet(id: SheetId, now: DateTime, to: DateTime): Promise<OccurrenceView[]> {
  let views = sheetViews.get(id);
  if (views === undefined) {
    const days = Math.ceil(to.diff(now, "days").days) + 1;
    views = listOccurrences({ days, filter: id === "city" ? {} : { town: id } }).then((found) =>
      found.filter((view) => view.status === "scheduled" && view.start <= to && view.end > now),
    );
    sheetViews.set(id, views);
  }
  return views;
}

/**
 * A sheet in a language: its events (SHEET_LIMIT at most) grouped by day, each leading to its page in that
 * language, and the page to check, also in that language.
 */
export async function printSheet(id: SheetId, site: string, locale: Locale = "en"): Promise<Sheet> {
  const now = cityNow(buildNow());
  const { from, to } = sheetSpan(now);
  const views = await viewsOnSheet(id, now, to);
  const shown = views.slice(0, SHEET_LIMIT);
  const byDay = new Map<string, SheetItem[]>();
  for (const view of shown) {
    const heading = formatDayHeading(view.start, locale);
    const items = byDay.get(heading) ?? [];
    items.push(toItem(site, view, id === "city", locale));
    byDay.set(heading, items);
  }
  const messages = messagesFor(locale);
  const checkUrl = siteUrl(site, locale, id === "city" ? "/events/" : `/areas/${id}/`);
  return {
    id,
    name: id === "city" ? messages.print.sheet.city : TOWN_LABELS[id],
    span: spanWords(from, to, locale),
    days: [...byDay].map(([heading, items]) => ({ heading, items })),
    more: views.length - shown.length,
    checkUrl,
    checkQr: qrSvg(checkUrl, messages.events.poster.qr(checkUrl)),
    asOf: formatDate(now, locale),
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
