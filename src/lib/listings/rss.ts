/**
 * An RSS 2.0 feed of new and updated events, for feed readers and tools. "New" is read from the
 * listing itself: each item's date is its `lastChecked` date, which editors set when they add or change
 * a listing, so the newest and most recently confirmed listings come first.
 */
import type { Event } from "../domain";
import { CATEGORY_LABELS } from "../domain/vocab";
import { parseLocal } from "../time/zone";
import { costLabel } from "./labels";

/** One event for the feed, with the text of its next date (if any). */
export interface RssEvent {
  id: string;
  event: Event;
  placeName: string;
  nextText?: string | undefined;
}

const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const xml = (text: string) => text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);

/** How many items the feed carries. */
export const RSS_ITEMS = 50;

/**
 * The events the feed carries, in its order: newest `lastChecked` first, then by title; at most RSS_ITEMS.
 * @example newestFirst(events).length // 50 when there are more
 */
export function newestFirst<T extends Pick<RssEvent, "event">>(events: readonly T[]): T[] {
  const titles = new Intl.Collator("en-GB");
  return [...events]
    .sort(
      (a, b) => b.event.lastChecked.localeCompare(a.event.lastChecked) || titles.compare(a.event.title, b.event.title),
    )
    .slice(0, RSS_ITEMS);
}

/**
 * The RSS document: newest `lastChecked` first, then by title; at most RSS_ITEMS items.
 * @example toRssFeed(events, { siteUrl: "https://stoketogether.org.uk", feedPath: "/events/feed.xml" }) // "<?xml version=\"1.0\"…"
 */
export function toRssFeed(events: readonly RssEvent[], options: { siteUrl: string; feedPath: string }): string {
  const sorted = newestFirst(events);
  const rfc822 = (date: string) => parseLocal(date).toUTC().toRFC2822() ?? "";
  const items = sorted.map((item) => {
    const link = new URL(`/events/${item.id}/`, options.siteUrl).href;
    const text = [item.event.summary, item.nextText, item.placeName, costLabel(item.event)].filter(Boolean).join(" · ");
    return [
      "<item>",
      `<title>${xml(item.event.title)}</title>`,
      `<link>${xml(link)}</link>`,
      `<guid isPermaLink="true">${xml(link)}</guid>`,
      `<pubDate>${rfc822(item.event.lastChecked)}</pubDate>`,
      `<description>${xml(text)}</description>`,
      ...item.event.categories.map((key) => `<category>${xml(CATEGORY_LABELS[key])}</category>`),
      "</item>",
    ].join("");
  });
  const feedUrl = new URL(options.feedPath, options.siteUrl).href;
  const latest = sorted[0] ? `<lastBuildDate>${rfc822(sorted[0].event.lastChecked)}</lastBuildDate>` : "";
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    "<title>Stoke Together: new and updated events</title>",
    `<link>${xml(new URL("/events/", options.siteUrl).href)}</link>`,
    `<atom:link href="${xml(feedUrl)}" rel="self" type="application/rss+xml"/>`,
    "<description>Events in Stoke-on-Trent, newest and most recently checked listings first.</description>",
    "<language>en-gb</language>",
    latest,
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}
