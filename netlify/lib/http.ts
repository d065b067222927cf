/**
 * One way to shape every response: JSON bodies `{ error, fields }` with a status that matches, HTML pages,
 * redirects, bounded body reads, and cacheable feeds with ETags. Nothing a client sent is ever echoed into an
 * error or a log.
 */
import { createHash } from "node:crypto";

/** A problem that ends the request with a status and a message safe to show. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly publicMessage: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(publicMessage);
  }
}

const NO_STORE = { "cache-control": "no-store", "x-robots-tag": "noindex" };

/**
 * The Content-Security-Policy from netlify.toml. Netlify applies netlify.toml's headers to static files
 * only, so pages a function renders send it themselves; a unit test keeps the two the same.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self' 'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw=' 'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c=' 'sha256-Ya0pUYrC7nM5Cn/056TyVuEiz6dFGrzmkWzgON0pF0U='; style-src 'self' 'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow='; img-src 'self' data: https://tile.openstreetmap.org; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; upgrade-insecure-requests";

/**
 * The headers netlify.toml gives every static file, besides the Content-Security-Policy (which only pages
 * need). Netlify does not add netlify.toml's headers to a function's answer, so every function sends these
 * itself, through `withSiteHeaders`; a unit test keeps them the same as netlify.toml's.
 */
export const SITE_HEADERS: Readonly<Record<string, string>> = {
  "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "permissions-policy": "geolocation=(self), camera=(), microphone=(), payment=(), usb=()",
  "x-frame-options": "DENY",
};

/**
 * A Content-Security-Policy that lets any site show the page in a frame: `policy` with its frame-ancestors
 * directive (the site's is 'none') set to `*`, and nothing else changed.
 * @example framablePolicy("default-src 'self'; frame-ancestors 'none'") // "default-src 'self'; frame-ancestors *"
 */
export function framablePolicy(policy: string): string {
  const directives = policy.split(";").map((directive) => directive.trim());
  const at = directives.findIndex((directive) => /^frame-ancestors(\s|$)/.test(directive));
  if (at < 0) directives.push("frame-ancestors *");
  else directives[at] = "frame-ancestors *";
  return directives.join("; ");
}

/**
 * The Content-Security-Policy of the embeddable lists' pages (/embed/group|place|town/<id>/), which other
 * sites show in an <iframe>: the site's own, except that any site may frame them. netlify.toml cannot send it:
 * Netlify applies every [[headers]] rule that matches a path, so "/*"'s frame-ancestors 'none' and
 * X-Frame-Options: DENY would reach /embed/ as well, whatever a rule for /embed/* said. The embed-page
 * function answers those pages instead, and a function's answer carries only its own headers.
 */
export const EMBED_CONTENT_SECURITY_POLICY = framablePolicy(CONTENT_SECURITY_POLICY);

/** The headers every answer of the embeddable lists' pages carries: the site's, but no X-Frame-Options. */
export const EMBED_HEADERS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(SITE_HEADERS).filter(([name]) => name !== "x-frame-options")),
  "content-security-policy": EMBED_CONTENT_SECURITY_POLICY,
};

/** A handler whose every answer, or the error answer for whatever it throws, has its headers finished by `finish`. */
function finishing<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Response | Promise<Response>,
  finish: (headers: Headers) => void,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    let response: Response;
    try {
      response = await handler(request, ...rest);
    } catch (error) {
      response = toErrorResponse(error);
    }
    const headers = new Headers(response.headers);
    finish(headers);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}

/**
 * The embeddable lists' function's handler, answering with EMBED_HEADERS whatever it returns or throws, and
 * never with X-Frame-Options: these are the only pages the site lets other sites frame.
 */
export function withEmbedHeaders<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Response | Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return finishing(handler, (headers) => {
    headers.delete("x-frame-options");
    for (const [name, value] of Object.entries(EMBED_HEADERS)) headers.set(name, value);
  });
}

/**
 * A function's handler that answers with the site's headers whatever it returns or throws: a header the
 * handler set itself (a stricter Referrer-Policy, say) is kept.
 */
export function withSiteHeaders<Rest extends unknown[]>(
  handler: (request: Request, ...rest: Rest) => Response | Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return finishing(handler, (headers) => {
    for (const [name, value] of Object.entries(SITE_HEADERS)) if (!headers.has(name)) headers.set(name, value);
  });
}

/** A JSON response; never cached, never indexed. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...NO_STORE, ...headers },
  });
}

/** The JSON error every function answers with: a message, and per-field messages for forms. */
export function jsonError(
  status: number,
  error: string,
  fields?: Record<string, string>,
  headers: Record<string, string> = {},
): Response {
  return json(status, fields ? { error, fields } : { error }, headers);
}

/** An HTML page; never cached, never indexed. */
export function html(status: number, page: string, headers: Record<string, string> = {}): Response {
  return new Response(page, {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": CONTENT_SECURITY_POLICY,
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      ...NO_STORE,
      ...headers,
    },
  });
}

/** A 301 Moved Permanently to an address on this site, for an address that has moved for good. */
export function movedPermanently(location: string): Response {
  return new Response(null, { status: 301, headers: { location, "cache-control": "public, max-age=86400" } });
}

/** A 303 See Other, so a browser follows a form post with a GET. */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, ...NO_STORE } });
}

/** Turns anything thrown into a response without leaking its message: HttpErrors say theirs, others say 500. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof HttpError) return jsonError(error.status, error.publicMessage, undefined, error.headers);
  console.error(`Unexpected error: ${error instanceof Error ? error.name : typeof error}`);
  return jsonError(500, "Something went wrong on our side. Please try again in a few minutes.");
}

/**
 * A page drawn to answer a refusal (a status link not found, a request changed meanwhile); when that page cannot
 * be drawn (the built page it is drawn in is out of reach), the refusal's plain answer instead.
 */
export async function refusalPage(error: unknown, draw: () => Promise<Response>): Promise<Response> {
  try {
    return await draw();
  } catch {
    return toErrorResponse(error);
  }
}

/** True when the client asked for JSON (the enhanced form and the console) rather than a page. */
export function wantsJson(request: Request): boolean {
  return (request.headers.get("accept") ?? "").includes("application/json");
}

/** The media type of a request body, lower case, without parameters. */
export function mediaType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

/** Refuses a body of another media type with 415. */
export function requireMediaType(request: Request, allowed: readonly string[]): string {
  const type = mediaType(request);
  if (!allowed.includes(type)) {
    throw new HttpError(415, `Send the body as ${allowed.join(" or ")}.`, { accept: allowed.join(", ") });
  }
  return type;
}

/** Reads the body as text, stopping with 413 once it passes `limit` bytes, whatever Content-Length says. */
export async function readBoundedText(request: Request, limit: number): Promise<string> {
  const tooLarge = new HttpError(413, `The form is too large: send at most ${Math.round(limit / 1024)} KB.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** A posted JSON object, at most `limit` bytes; anything else (another type, an array, bad JSON) gets 400. */
export async function readJsonObject(request: Request, limit: number): Promise<Record<string, unknown>> {
  requireMediaType(request, ["application/json"]);
  const text = await readBoundedText(request, limit);
  try {
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Falls through to the same answer as any other shape.
  }
  throw new HttpError(400, "Send a JSON object.");
}

/**
 * A public form sent with POST, as urlencoded fields or a JSON object, of at most `limit` bytes: 405, 415
 * or 413 otherwise.
 */
export async function readPostedForm(request: Request, limit: number): Promise<Record<string, string | string[]>> {
  if (request.method !== "POST") throw new HttpError(405, "Send the form with POST.", { allow: "POST" });
  const type = requireMediaType(request, ["application/x-www-form-urlencoded", "application/json"]);
  return toFormValues(type, await readBoundedText(request, limit));
}

/** A urlencoded form or JSON object as field values: repeated names become lists. */
export function toFormValues(type: string, text: string): Record<string, string | string[]> {
  if (type === "application/json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new HttpError(400, "The body is not valid JSON.");
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new HttpError(400, "Send a JSON object.");
    const values: Record<string, string | string[]> = {};
    for (const [key, value] of Object.entries(parsed)) {
      if (typeof value === "string") values[key] = value;
      else if (Array.isArray(value)) values[key] = value.filter((item): item is string => typeof item === "string");
    }
    return values;
  }
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const before = values[key];
    values[key] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  }
  return values;
}

/** How long browsers, calendar apps and the CDN may keep a feed, and serve it stale while refetching. */
export const FEED_CACHE_CONTROL = "public, max-age=900, stale-while-revalidate=86400";

/** A strong ETag for a body: a hash of its bytes. */
export function toEtag(body: string | Uint8Array): string {
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

/**
 * The headers every open data answer carries, from a function or (through netlify.toml) as a static file: any web
 * page may read it, ETag included. A unit test keeps netlify.toml's the same.
 */
export const OPEN_DATA_HEADERS: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag",
};

/** The response with the open data headers added. */
export function withOpenDataHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(OPEN_DATA_HEADERS)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
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
 * A cacheable answer with an ETag, or 304 Not Modified when the client already has these bytes, kept as
 * `cacheControl` says (the feeds' by default). HEAD gets the headers only.
 */
export function cachedResponse(
  request: Request,
  body: string | Uint8Array<ArrayBuffer> | Blob,
  contentType: string,
  etag: string,
  cacheControl: string = FEED_CACHE_CONTROL,
): Response {
  const headers = {
    "Content-Type": contentType,
    "Cache-Control": cacheControl,
    // Netlify's CDN keeps its own copy per address, so many subscribers polling cost one function call.
    "Netlify-CDN-Cache-Control": `${cacheControl}, durable`,
    ETag: etag,
  };
  if (isNotModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}

/**
 * The 400 for an address with problems (an API's or a feed's parameters), each named under its parameter in
 * `fields` with what to write instead; `help` is where the address's parameters are documented.
 */
export function badParameters(problems: readonly { param: string; message: string }[], help?: string): Response {
  const fields: Record<string, string> = {};
  for (const { param, message } of problems) fields[param] = fields[param] ? `${fields[param]} ${message}` : message;
  const count = problems.length === 1 ? "a parameter it cannot use" : "parameters it cannot use";
  const error = `This address has ${count}: each is named in "fields" with what to write instead.`;
  return json(400, help === undefined ? { error, fields } : { error, fields, help });
}

/** The open data's answer to a browser's preflight: GET and HEAD, with If-None-Match, for a day. */
export function openDataPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...OPEN_DATA_HEADERS,
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "If-None-Match",
      "access-control-max-age": "86400",
    },
  });
}
