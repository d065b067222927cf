/**
 * The QR code on an event's poster, /events/<id>/qr.svg: the event's page address as an SVG QR code
 * (src/lib/print/qr.ts). Made when a poster is first shown rather than by the build, which would otherwise make ten
 * thousand codes that few will print; kept by browsers and Netlify's CDN for a day, as an event's address never
 * changes. Only events the build published have one.
 */
import type { Config } from "@netlify/functions";
import { qrSvg } from "../../src/lib/print/qr";
import { builtFeedSource, type FeedContentSource } from "../lib/feed-source";
import { cachedResponse, methodNotAllowed, textResponse, toEtag, withSiteHeaders } from "../lib/http";
import { siteUrlFrom } from "../lib/site";

/** What the handler needs: the events the build published, and the site's public address the codes lead to. */
export interface EventQrDeps {
  source: FeedContentSource;
  siteUrl: string;
}

const PATH = /^\/events\/([a-z0-9]+(?:-[a-z0-9]+)*)\/qr\.svg$/;
const DAY = "public, max-age=86400";

/** Builds the handler from its dependencies, so tests can pass real local ones. */
export function createEventQr(deps: EventQrDeps) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== "GET" && request.method !== "HEAD") return methodNotAllowed();
    const id = PATH.exec(new URL(request.url).pathname)?.[1];
    if (id === undefined || deps.source().positionOf(id) === undefined)
      return textResponse(404, "There is no event with this address.\n");
    const svg = qrSvg(new URL(`/events/${id}/`, deps.siteUrl).href);
    return cachedResponse(request, svg, "image/svg+xml", toEtag(svg), DAY);
  };
}

export default withSiteHeaders(
  createEventQr({ source: builtFeedSource(process.cwd()), siteUrl: siteUrlFrom(process.env) }),
);
export const config: Config = { path: "/events/:id/qr.svg" };
