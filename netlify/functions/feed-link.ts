/**
 * The feed builder without JavaScript: the builder's GET form lands here, at /calendar/link/, and gets
 * a page with the custom feed's webcal:// and https:// addresses and the events it holds in the coming
 * weeks, or a 400 page naming each choice that could not be read. /ur/calendar/link/ and the other languages'
 * addresses answer in that language, in that language's page frame; the feed's address is the same in all.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "@netlify/functions";
import {
  customFeedPath,
  onlyEvents,
  parseFeedQuery,
  subscribeLinks,
  type FeedQuery,
} from "../../src/lib/ical/catalogue";
import { describeFeedIn, describeMatchesIn, FEED_PREVIEW_SHOWN } from "../../src/lib/ical/describe-feed";
import { FEED_PREVIEW_WEEKS, feedWordsFor } from "../../src/lib/i18n/calendar-words";
import { localeOfPath, localePath, type Locale } from "../../src/lib/i18n/locales";
import { messagesFor } from "../../src/lib/i18n/messages";
import { LIST_DAYS } from "../../src/lib/events/windows";
import { locationName } from "../../src/lib/events/location";
import type { FeedData } from "../../src/lib/ical/feed-data";
import { chooseFeedEvents } from "../../src/lib/ical/select";
import { expandOccurrences } from "../../src/lib/events/occurrences";
import { toListingFilter } from "../../src/lib/listings/query";
import { formatOccurrence } from "../../src/lib/time/format";
import { cityNow } from "../../src/lib/time/zone";
import { builtFeedSource, type FeedContentSource } from "../lib/feed-source";
import { escapeHtml, feedLinkTemplateFile } from "../../src/lib/pages/contract";
import { fillFrame, FALLBACK_FRAME } from "../lib/html";
import { CONTENT_SECURITY_POLICY, methodNotAllowed, withSiteHeaders } from "../lib/http";
import { siteUrlFrom } from "../lib/site";

/** What the handler needs: the events, the clock, the site's address and the page frame. */
export interface FeedLinkDeps {
  source: FeedContentSource;
  now: () => Date;
  siteUrl: string;
  /** The built page frame in a language. */
  frame: (locale: Locale) => string;
}

/** The form's fields, less the empty ones a form sends for "any". */
function formParams(url: URL): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (value.trim() !== "") params.append(name, value);
  return params;
}

function matchingDates(content: FeedData, query: FeedQuery, now: Date, locale: Locale): string[] {
  const from = cityNow(now);
  const to = from.plus({ days: LIST_DAYS });
  const rows = chooseFeedEvents(
    content.candidates,
    toListingFilter(query),
    now,
    onlyEvents(content, query.events),
  ).flatMap(({ position, hiddenDates }) => {
    const item = content.candidates[position]!.item();
    const hidden = new Set(hiddenDates ?? []);
    return expandOccurrences(item.event, from, to)
      .filter((occurrence) => !hidden.has(occurrence.originalDate))
      .map((occurrence) => ({ item, occurrence }));
  });
  rows.sort((a, b) => a.occurrence.start.toMillis() - b.occurrence.start.toMillis());
  return rows.map(({ item, occurrence }) => {
    const words = feedWordsFor(locale);
    const cancelled = occurrence.status === "cancelled" ? ` <strong>${escapeHtml(words.cancelled)}</strong>` : "";
    const own = locale === "en" ? "" : ' lang="en-GB" dir="ltr"';
    return (
      `<li><a href="${escapeHtml(localePath(locale, `/events/${item.id}/`))}"${own}>${escapeHtml(item.event.title)}</a> ` +
      `${escapeHtml(formatOccurrence(occurrence.start, occurrence.end, false, locale))}${escapeHtml(words.comma)}<span${own}>${escapeHtml(locationName(item.location))}</span>${cancelled}</li>`
    );
  });
}

function resultHtml(content: FeedData, query: FeedQuery, deps: FeedLinkDeps, now: Date, locale: Locale): string {
  const messages = messagesFor(locale);
  const t = messages.calendar.result;
  const words = feedWordsFor(locale);
  const wardName = query.ward ? content.wards.get(query.ward) : undefined;
  const links = subscribeLinks(customFeedPath(query), deps.siteUrl);
  const dates = matchingDates(content, query, now, locale);
  const count = describeMatchesIn(words, dates.length);
  return `<div class="feed-result">
<h2>${escapeHtml(t.subscribeHeading)}</h2>
<p>${escapeHtml(describeFeedIn(words, query, wardName))}</p>
<p class="feed-result__actions"><a class="button" href="${escapeHtml(links.webcal)}">${escapeHtml(messages.directory.subscribe.app)}</a></p>
<p>${escapeHtml(t.address)} <code class="feed-result__address" dir="ltr">${escapeHtml(links.https)}</code></p>
<h3>${escapeHtml(t.previewHeading(FEED_PREVIEW_WEEKS))}</h3>
<p>${escapeHtml(count)}</p>
${dates.length > 0 ? `<ul class="feed-result__events">${dates.slice(0, FEED_PREVIEW_SHOWN).join("")}</ul>` : ""}
<p><a href="${localePath(locale, "/calendar/")}">${escapeHtml(t.change)}</a></p>
</div>`;
}

/** The field a problem is about, as the catalogue names it; a problem with anything else is "other". */
type ProblemField = keyof ReturnType<typeof messagesFor>["calendar"]["result"]["problem"];
const PROBLEM_FIELDS = new Set<string>(["town", "ward", "category", "audience", "access", "language"]);

function problemsHtml(problems: { param: string; message: string }[], locale: Locale): string {
  const t = messagesFor(locale).calendar.result;
  // English keeps the parser's own messages, which also say what would have worked; other languages name the field.
  const messages =
    locale === "en"
      ? problems.map((problem) => problem.message)
      : [
          ...new Set(
            problems.map((problem) =>
              PROBLEM_FIELDS.has(problem.param) ? t.problem[problem.param as ProblemField] : t.problem.other,
            ),
          ),
        ];
  const items = messages.map((message) => `<li>${escapeHtml(message)}</li>`).join("");
  return `<div class="feed-result__problems" role="alert">
<h2>${escapeHtml(t.problemsHeading)}</h2>
<ul>${items}</ul>
<p><a href="${localePath(locale, "/calendar/")}">${escapeHtml(t.problemsBack)}</a></p>
</div>`;
}

/** Builds the handler from its dependencies, so tests can pass real local ones. */
export function createFeedLink(deps: FeedLinkDeps) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed();
    const content = deps.source();
    const url = new URL(request.url);
    const locale = localeOfPath(url.pathname);
    const t = messagesFor(locale).calendar;
    const parsed = parseFeedQuery(formParams(url), content.wards, (id) => content.positionOf(id) !== undefined);
    const html = parsed.ok
      ? fillFrame(deps.frame(locale), t.linkPage.title, resultHtml(content, parsed.query, deps, deps.now(), locale))
      : fillFrame(deps.frame(locale), t.result.problemsTitle, problemsHtml(parsed.problems, locale));
    return new Response(request.method === "HEAD" ? null : html, {
      status: parsed.ok ? 200 : 400,
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "public, max-age=300",
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      },
    });
  };
}

/** The built page frame in each language, or a plain one if the build did not write it. */
function builtFrame(root: string): (locale: Locale) => string {
  const frames = new Map<Locale, string>();
  return (locale) => {
    let frame = frames.get(locale);
    if (frame === undefined) {
      try {
        frame = readFileSync(join(root, feedLinkTemplateFile(locale)), "utf8");
      } catch {
        console.error("feed-link: the built page frame is missing; answering with a plain page.");
        frame = FALLBACK_FRAME;
      }
      frames.set(locale, frame);
    }
    return frame;
  };
}

export default withSiteHeaders(
  createFeedLink({
    source: builtFeedSource(process.cwd()),
    now: () => new Date(),
    siteUrl: siteUrlFrom(process.env),
    frame: builtFrame(process.cwd()),
  }),
);
export const config: Config = {
  path: [
    "/calendar/link",
    "/calendar/link/",
    "/ur/calendar/link",
    "/ur/calendar/link/",
    "/ar/calendar/link",
    "/ar/calendar/link/",
    "/pl/calendar/link",
    "/pl/calendar/link/",
    "/ro/calendar/link",
    "/ro/calendar/link/",
  ],
};
