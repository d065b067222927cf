/**
 * Posters' short links: /e/<code>/ leads on, for good, to its event's page. A code is a hash of the event's id
 * (src/lib/print/short-links.ts), so the function finds it among the events the build published (the functions'
 * event data) rather than the build writing a page for each; the build fails if two events ever share a code. A
 * link whose event has finished, or that was mistyped, gets a page that says so and where to look instead.
 */
import type { Config } from "@netlify/functions";
import type { FeedData } from "../../src/lib/ical/feed-data";
import { SHORT_LINK_PATH, shortLinks } from "../../src/lib/print/short-links";
import { builtFeedSource, type FeedContentSource } from "../lib/feed-source";
import { html, methodNotAllowed, movedPermanently, withSiteHeaders } from "../lib/http";

/** What the handler needs: the events the build published. */
export interface ShortLinkDeps {
  source: FeedContentSource;
}

const CODE = /^\/e\/([0-9a-z]{7})\/?$/;

/** The page for a short link that leads nowhere now. */
const GONE = `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>This link leads nowhere now | Stoke Together</title></head>
<body><main><h1>This link leads nowhere now</h1>
<p>The event it was printed for may have finished, or a letter may be mistyped.</p>
<p><a href="/events/">See everything that's on</a></p></main></body>
</html>`;

/** Builds the handler from its dependencies, so tests can pass real local ones. */
export function createShortLinks(deps: ShortLinkDeps) {
  // Each build's codes, worked out the first time one is asked for.
  const kept = new WeakMap<FeedData, Map<string, string>>();
  return async (request: Request): Promise<Response> => {
    if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed();
    const code = CODE.exec(new URL(request.url).pathname)?.[1];
    const data = deps.source();
    let links = kept.get(data);
    if (!links) {
      links = shortLinks(data.candidates.map((candidate) => candidate.id));
      kept.set(data, links);
    }
    const id = code === undefined ? undefined : links.get(code);
    return id === undefined ? html(404, GONE) : movedPermanently(`/events/${id}/`);
  };
}

export default withSiteHeaders(createShortLinks({ source: builtFeedSource(process.cwd()) }));
export const config: Config = { path: [`${SHORT_LINK_PATH}:code`, `${SHORT_LINK_PATH}:code/`] };
