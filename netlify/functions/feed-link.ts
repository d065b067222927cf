/**
 * The feed builder without JavaScript: the builder's GET form lands here, at /calendar/link/, and gets
 * a page with the custom feed's webcal:// and https:// addresses and the events it holds in the coming
 * weeks, or a 400 page naming each choice that could not be read.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Config } from "@netlify/functions";
import { customFeedPath, describeFeedQuery, parseFeedQuery, subscribeLinks } from "../../src/lib/ical/catalogue";
import { describeFeedMatches, FEED_PREVIEW_HEADING, FEED_PREVIEW_SHOWN } from "../../src/lib/ical/describe-feed";
import { LIST_DAYS } from "../../src/lib/events/windows";
import { locationName } from "../../src/lib/events/location";
import type { FeedData } from "../../src/lib/ical/feed-data";
import { chooseFeedEvents } from "../../src/lib/ical/select";
import { expandOccurrences } from "../../src/lib/events/occurrences";
import { toListingFilter, type ListingQuery } from "../../src/lib/listings/query";
import { formatOccurrence } from "../../src/lib/time/format";
import { cityNow } from "../../src/lib/time/zone";
import { builtFeedSource, type FeedContentSource } from "../lib/feed-source";
import { escapeHtml, FEED_LINK_TEMPLATE_FILE } from "../../src/lib/pages/contract";
import { fillFrame, FALLBACK_FRAME } from "../lib/html";
import { CONTENT_SECURITY_POLICY, methodNotAllowed, withSiteHeaders } from "../lib/http";
import { siteUrlFrom } from "../lib/site";

/** What the handler needs: the events, the clock, the site's address and the page frame. */
export interface FeedLinkDeps {
  source: FeedContentSource;
  now: () => Date;
  siteUrl: string;
  frame: () => string;
}

/** The form's fields, less the empty ones a form sends for "any". */
function formParams(url: URL): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of url.searchParams) if (value.trim() !== "") params.append(name, value);
  return params;
}

function matchingDates(content: FeedData, query: ListingQuery, now: Date): string[] {
  const from = cityNow(now);
  const to = from.plus({ days: LIST_DAYS });
  const rows = chooseFeedEvents(content.candidates, toListingFilter(query), now).flatMap(
    ({ position, hiddenDates }) => {
      const item = content.candidates[position]!.item();
      const hidden = new Set(hiddenDates ?? []);
      return expandOccurrences(item.event, from, to)
        .filter((occurrence) => !hidden.has(occurrence.originalDate))
        .map((occurrence) => ({ item, occurrence }));
    },
  );
  rows.sort((a, b) => a.occurrence.start.toMillis() - b.occurrence.start.toMillis());
  return rows.map(({ item, occurrence }) => {
    const cancelled = occurrence.status === "cancelled" ? " <strong>(cancelled)</strong>" : "";
    return (
      `<li><a href="/events/${escapeHtml(item.id)}/">${escapeHtml(item.event.title)}</a> ` +
      `${escapeHtml(formatOccurrence(occurrence.start, occurrence.end))}, ${escapeHtml(locationName(item.location))}${cancelled}</li>`
    );
  });
}

function resultHtml(content: FeedData, query: ListingQuery, deps: FeedLinkDeps, now: Date): string {
  const wardName = query.ward ? content.wards.get(query.ward) : undefined;
  const links = subscribeLinks(customFeedPath(query), deps.siteUrl);
  const dates = matchingDates(content, query, now);
  const count = describeFeedMatches(dates.length);
  return `<div class="feed-result">
<h2>Subscribe to this calendar</h2>
<p>A calendar of ${escapeHtml(describeFeedQuery(query, wardName))}.</p>
<p class="feed-result__actions"><a class="button" href="${escapeHtml(links.webcal)}">Subscribe in your calendar app</a></p>
<p>Address to paste into Google Calendar or Outlook: <code class="feed-result__address">${escapeHtml(links.https)}</code></p>
<h3>${FEED_PREVIEW_HEADING}</h3>
<p>${count}</p>
${dates.length > 0 ? `<ul class="feed-result__events">${dates.slice(0, FEED_PREVIEW_SHOWN).join("")}</ul>` : ""}
<p><a href="/calendar/">Change your choices</a></p>
</div>`;
}

function problemsHtml(problems: { param: string; message: string }[]): string {
  const items = problems.map((problem) => `<li>${escapeHtml(problem.message)}</li>`).join("");
  return `<div class="feed-result__problems" role="alert">
<h2>Some choices could not be read</h2>
<ul>${items}</ul>
<p><a href="/calendar/">Go back and choose again</a></p>
</div>`;
}

/** Builds the handler from its dependencies, so tests can pass real local ones. */
export function createFeedLink(deps: FeedLinkDeps) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed();
    const content = deps.source();
    const parsed = parseFeedQuery(formParams(new URL(request.url)), content.wards);
    const html = parsed.ok
      ? fillFrame(deps.frame(), "Your calendar link", resultHtml(content, parsed.query, deps, deps.now()))
      : fillFrame(deps.frame(), "Check your choices", problemsHtml(parsed.problems));
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

/** The built page frame, or a plain one if the build did not write it. */
function builtFrame(root: string): () => string {
  let frame: string | undefined;
  return () => {
    if (frame === undefined) {
      try {
        frame = readFileSync(join(root, FEED_LINK_TEMPLATE_FILE), "utf8");
      } catch {
        console.error("feed-link: the built page frame is missing; answering with a plain page.");
        frame = FALLBACK_FRAME;
      }
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
export const config: Config = { path: ["/calendar/link", "/calendar/link/"] };
