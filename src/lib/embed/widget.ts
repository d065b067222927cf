/**
 * One embedded list of upcoming events, drawn as HTML from its data: the same markup in the built page an
 * `<iframe>` shows and in the script that draws the list into a page, so the two forms show the same thing.
 * Everything from a listing is escaped. The data is written by the build (`src/views/embed.ts`) with every
 * date, time and cost already in words, so drawing needs no time-zone code in the browser.
 */
import { escapeHtml } from "../pages/contract";
import type { EmbedMessages } from "./messages";
import type { EmbedKind, EmbedLanguage, EmbedOptions } from "./options";

/** One occurrence in a list, ready to draw. */
export interface WidgetItem {
  /** The event's page on the site, as a path (`/events/<id>/`). */
  href: string;
  title: string;
  /** When, in words: "Sat 6 Dec, 10:00 to 12:00". */
  when: string;
  /** When it starts, as ISO 8601 with the city's offset, for `<time datetime>`. */
  start: string;
  /** Where, in a few words: "Hanley Park, Hanley". */
  where: string;
  cost: string;
  status: "scheduled" | "cancelled" | "postponed";
  /** Set when this date was moved from another. */
  moved: boolean;
  /** Why it was cancelled, postponed or moved, when the organiser said. */
  note?: string | undefined;
  beforeDark: boolean;
  buddyUp: boolean;
  example: boolean;
}

/** A credit the list's listings ask for, with the licence they are shared under. */
export interface WidgetCredit {
  text: string;
  licence: { name: string; url: string };
}

/** Everything one list shows: the build writes it as the list's data file and draws the list's page from it. */
export interface WidgetData {
  kind: EmbedKind;
  id: string;
  lang: EmbedLanguage;
  /** The list's heading: "Coming up with Hanley Health Walks". */
  heading: string;
  /** The soonest occurrences that may be shown, at most MAX_COUNT. */
  items: WidgetItem[];
  /** What the list says when it has nothing to show. */
  empty: string;
  /** Where everything the list follows is on the site, and the link's words. */
  more: { href: string; text: string };
  /** One line for each set of terms the shown listings are shared under. */
  credits: WidgetCredit[];
}

/** How to draw a list, besides the options a site chose. */
export interface DrawOptions {
  /** The heading level of the list's title (events' titles are one below): 1 on its own page, 2 in another. */
  level: 1 | 2 | 3 | 4;
  /** Put before every path on the site: "" on the site's own page, the site's origin in another. */
  base: string;
  messages: EmbedMessages;
}

/** The start of each event's item in a drawn list: `limitItems` cuts a list at the nth. */
const ITEM_START = '<li class="stw__item';
const LIST_END = "</ul>";

function creditHtml(credit: WidgetCredit): string {
  const link = `<a href="${escapeHtml(credit.licence.url)}">${escapeHtml(credit.licence.name)}</a>`;
  const at = credit.text.indexOf(credit.licence.name);
  const text =
    at < 0
      ? `${escapeHtml(credit.text)} (${link})`
      : `${escapeHtml(credit.text.slice(0, at))}${link}${escapeHtml(credit.text.slice(at + credit.licence.name.length))}`;
  return `<p class="stw__credit">${text}</p>`;
}

function itemHtml(item: WidgetItem, draw: DrawOptions): string {
  const m = draw.messages;
  const heading = `h${draw.level + 1}`;
  const cancelled = item.status === "cancelled";
  const status = cancelled ? m.cancelled : item.status === "postponed" ? m.postponed : item.moved ? m.moved : "";
  const tags = [
    item.beforeDark && !cancelled ? m.beforeDark : "",
    item.buddyUp && !cancelled ? m.buddyUp : "",
    item.example ? m.example : "",
  ].filter(Boolean);
  return (
    `${ITEM_START}${cancelled ? " stw__item--cancelled" : ""}">` +
    `<${heading} class="stw__name"><a href="${escapeHtml(draw.base + item.href)}">` +
    `${cancelled ? `<span class="stw__vh">${escapeHtml(m.cancelledPrefix)}</span>` : ""}${escapeHtml(item.title)}</a></${heading}>` +
    `<p class="stw__when"><time datetime="${escapeHtml(item.start)}">${escapeHtml(item.when)}</time></p>` +
    `<p class="stw__where">${escapeHtml(item.where)}<span class="stw__cost"> · ${escapeHtml(item.cost)}</span></p>` +
    (status
      ? `<p class="stw__status"><strong>${escapeHtml(status)}</strong>${item.note ? `: ${escapeHtml(item.note)}` : ""}</p>`
      : "") +
    (tags.length > 0
      ? `<p class="stw__tags"><span class="stw__vh">${escapeHtml(m.details)}: </span>${tags
          .map((tag) => `<span class="stw__tag">${escapeHtml(tag)}</span>`)
          .join("")}</p>`
      : "") +
    `</li>`
  );
}

/**
 * A list drawn as HTML: its heading, its first `options.count` items (or what it says when it has none), the
 * link to everything it follows on the site, and the credits its listings ask for.
 * @example renderWidget(data, { count: 5, layout: "compact", theme: "auto", lang: "en" }, { level: 2, base: "https://stoketogether.org.uk", messages: EMBED_MESSAGES.en })
 */
export function renderWidget(
  data: WidgetData,
  options: Pick<EmbedOptions, "count" | "layout" | "theme">,
  draw: DrawOptions,
): string {
  const items = data.items.slice(0, options.count);
  const heading = `h${draw.level}`;
  return (
    `<section class="stw" data-layout="${options.layout}" data-theme="${options.theme}" aria-labelledby="stw-title">` +
    `<${heading} class="stw__title" id="stw-title">${escapeHtml(data.heading)}</${heading}>` +
    (items.length > 0
      ? `<ul class="stw__list">${items.map((item) => itemHtml(item, draw)).join("")}${LIST_END}`
      : `<p class="stw__empty">${escapeHtml(data.empty)}</p>`) +
    `<p class="stw__more"><a href="${escapeHtml(draw.base + data.more.href)}">${escapeHtml(data.more.text)}</a></p>` +
    data.credits.map(creditHtml).join("") +
    `</section>`
  );
}

/**
 * A drawn list (or a page holding one) cut to its first `count` items; one with fewer is returned as it was.
 * @example limitItems(renderWidget(data, { count: 12, layout: "full", theme: "auto" }, draw), 3)
 */
export function limitItems(html: string, count: number): string {
  let at = -1;
  for (let seen = 0; seen <= count; seen++) {
    at = html.indexOf(ITEM_START, at + 1);
    if (at < 0) return html;
  }
  const end = html.indexOf(LIST_END, at);
  return end < 0 ? html : html.slice(0, at) + html.slice(end);
}

/**
 * A built list's page as a site asked for it: cut to `count` items, in the layout and colour scheme chosen.
 * The built page holds MAX_COUNT items, drawn full and following the reader's scheme.
 */
export function applyEmbedOptions(page: string, options: Pick<EmbedOptions, "count" | "layout" | "theme">): string {
  return limitItems(page, options.count).replace(
    '<section class="stw" data-layout="full" data-theme="auto"',
    `<section class="stw" data-layout="${options.layout}" data-theme="${options.theme}"`,
  );
}
