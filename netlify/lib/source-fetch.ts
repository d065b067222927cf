/**
 * Fetches a listing source (a group's calendar, an event page, a services feed) safely: only http(s) on the
 * public internet, checked again at every redirect and on every address a name resolves to (the check is made
 * on the address actually connected to, so a name cannot be switched to an inside address between check and
 * connection); at most five redirects, ten seconds and five megabytes in all; `ETag` and `Last-Modified` sent
 * back so an unchanged feed costs nothing. It never throws: every fault is a result with a plain reason.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPublicHost } from "../../src/lib/domain/web-address";

/** The limits of one fetch, redirects included. */
export const SOURCE_FETCH_LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

/** Which addresses a fetch may connect to. By default, public ones only, on any port. */
export type AddressPolicy = (address: string, port: number) => boolean;

/** Any public address: never this machine, a private or local network, or the platform's metadata service. */
export const publicAddressesOnly: AddressPolicy = (address) =>
  isPublicHost(isIP(address) === 6 ? `[${address}]` : address);

/** What a fetch needs besides the address: what the last good copy was, and the limits and policy. */
export interface SourceFetchOptions {
  /** The ETag of the last good copy, sent as If-None-Match. */
  etag?: string | undefined;
  /** The Last-Modified of the last good copy, sent as If-Modified-Since. */
  lastModified?: string | undefined;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  allow?: AddressPolicy;
  /** Resolves names; Node's resolver unless a test gives its own. */
  lookup?: typeof dnsLookup;
}

/** The outcome of a fetch: a body, "not modified", or a failure with its reason. */
export type SourceFetchResult =
  | {
      kind: "fetched";
      /** The address the body came from, after redirects. */
      url: string;
      body: string;
      contentType: string;
      etag?: string | undefined;
      lastModified?: string | undefined;
    }
  | { kind: "not-modified"; url: string }
  | { kind: "failed"; url: string; reason: string };

/** A fault with a reason worth showing in source health. */
class FetchFault extends Error {}

/** The address to fetch: `webcal://` is `https://`; anything but http(s), or with a password, is refused. */
export function sourceUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address.trim().replace(/^webcals?:\/\//i, "https://"));
  } catch {
    throw new FetchFault("is not a web address");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new FetchFault("is not an http or https address");
  if (url.username || url.password) throw new FetchFault("holds a user name or password");
  return url;
}

/**
 * Fetches `address`, following redirects within the limits and the address policy.
 * @example await fetchSource("webcal://calendar.example.org/feed.ics") // { kind: "fetched", body: "BEGIN:VCALENDAR…", … }
 */
export async function fetchSource(address: string, options: SourceFetchOptions = {}): Promise<SourceFetchResult> {
  const limits = {
    timeoutMs: options.timeoutMs ?? SOURCE_FETCH_LIMITS.timeoutMs,
    maxBytes: options.maxBytes ?? SOURCE_FETCH_LIMITS.maxBytes,
    maxRedirects: options.maxRedirects ?? SOURCE_FETCH_LIMITS.maxRedirects,
  };
  const allow = options.allow ?? publicAddressesOnly;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = address;
  const seen = new Set<string>();
  try {
    let url = sourceUrl(address);
    for (let redirects = 0; ; redirects++) {
      current = url.href;
      if (seen.has(url.href)) throw new FetchFault("redirects in a loop");
      seen.add(url.href);
      const response = await open(url, options, allow, signal);
      const status = response.statusCode ?? 0;
      if ([301, 302, 303, 307, 308].includes(status)) {
        response.resume();
        const location = response.headers.location;
        if (!location) throw new FetchFault(`answered ${status} with nowhere to go`);
        if (redirects >= limits.maxRedirects) throw new FetchFault(`redirects more than ${limits.maxRedirects} times`);
        url = sourceUrl(new URL(location, url).href);
        continue;
      }
      if (status === 304) {
        response.resume();
        return { kind: "not-modified", url: url.href };
      }
      if (status < 200 || status > 299) {
        response.resume();
        throw new FetchFault(`answered ${status}`);
      }
      const body = await readBody(response, limits.maxBytes);
      return {
        kind: "fetched",
        url: url.href,
        body,
        contentType: String(response.headers["content-type"] ?? ""),
        etag: header(response, "etag"),
        lastModified: header(response, "last-modified"),
      };
    }
  } catch (error) {
    return { kind: "failed", url: current, reason: reasonFor(error, signal, limits.timeoutMs) };
  }
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function reasonFor(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (error instanceof FetchFault) return error.message;
  if (signal.aborted) return `took longer than ${timeoutMs / 1000} seconds`;
  const code = (error as { code?: string }).code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return "has a name that does not resolve";
  if (code === "ECONNREFUSED") return "refused the connection";
  if (code === "ECONNRESET") return "closed the connection";
  if (code?.startsWith("ERR_TLS") || code?.includes("CERT")) return "has a certificate that cannot be trusted";
  return "could not be reached";
}

/** Opens one request, connecting only to an allowed address. */
function open(
  url: URL,
  options: SourceFetchOptions,
  allow: AddressPolicy,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  // A literal address is never looked up, so it is checked here; a name is checked as it resolves.
  if (isIP(hostname) && !allow(hostname, port)) {
    return Promise.reject(new FetchFault("points inside a private network or this machine"));
  }
  const resolve = options.lookup ?? dnsLookup;
  const lookup: LookupFunction = (name, lookupOptions, callback) => {
    resolve(name, { ...lookupOptions, all: true }, (error, found) => {
      if (error) return callback(error, "", 0);
      const addresses = (Array.isArray(found) ? found : [found]) as LookupAddress[];
      if (addresses.length === 0 || addresses.some((entry) => !allow(entry.address, port))) {
        return callback(new FetchFault("points inside a private network or this machine"), "", 0);
      }
      if (lookupOptions.all) return callback(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  const headers: Record<string, string> = {
    accept: "text/calendar, application/ld+json, application/json, text/html;q=0.8, */*;q=0.5",
    "user-agent": "StokeTogether-Importer/1 (+https://stoketogether.org.uk/about/)",
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolvePromise, reject) => {
    const outgoing = send(url, { method: "GET", headers, lookup, signal }, resolvePromise);
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** The body as UTF-8 text, refused once it passes `maxBytes`, whatever Content-Length says. */
async function readBody(response: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(response.headers["content-length"] ?? 0);
  const tooLarge = new FetchFault(`is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  if (declared > maxBytes) {
    response.destroy();
    throw tooLarge;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      response.destroy();
      throw tooLarge;
    }
    chunks.push(chunk);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}
