/** Response helpers shared by functions: plain-text problems, cache headers, ETags. */
import { createHash } from "node:crypto";

/** How long browsers, calendar apps and the CDN may keep a feed, and serve it stale while refetching. */
export const FEED_CACHE_CONTROL = "public, max-age=900, stale-while-revalidate=86400";

/** A strong ETag for a body: a hash of its bytes. */
export function toEtag(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** True when the request's If-None-Match already names this ETag (or *). */
export function isNotModified(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === etag || tag === "*");
}

/** A plain-text answer, e.g. a 400 that explains each problem. */
export function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** 405 for any method but GET and HEAD. */
export function methodNotAllowed(): Response {
  return textResponse(405, "Only GET and HEAD are answered here.\n", { Allow: "GET, HEAD" });
}

/**
 * A cacheable answer with an ETag, or 304 Not Modified when the client already has these bytes.
 * HEAD gets the headers only.
 */
export function cachedResponse(request: Request, body: string, contentType: string, etag = toEtag(body)): Response {
  const headers = {
    "Content-Type": contentType,
    "Cache-Control": FEED_CACHE_CONTROL,
    // Netlify's CDN keeps its own copy per address, so many subscribers polling cost one function call.
    "Netlify-CDN-Cache-Control": `${FEED_CACHE_CONTROL}, durable`,
    ETag: etag,
  };
  if (isNotModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}
