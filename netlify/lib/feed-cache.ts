/**
 * Remembers the last body and ETag of each custom feed address in a function instance. Calendars poll
 * the same few addresses again and again. Within the span an answer stays true (`until`: the next hour, when
 * a before-dark feed looks at its dates again, or the end of the first of its events to finish), the same
 * address is answered without selecting its events again; after that, when the events a feed holds have not
 * changed, the answer is reused instead of joined and hashed again. A feed is kept as a Blob, its UTF-8 bytes held
 * once outside the JavaScript heap: every answer streams the same bytes, with no copy made per answer (as a
 * Uint8Array body would be) and no 13 MB array for the collector to walk.
 */
import { toEtag } from "./http";

/** A piece of a feed: text, or UTF-8 bytes already written. */
export type FeedPart = string | Uint8Array;

interface Entry {
  signature: string;
  /** The feed as UTF-8, encoded once for every answer. */
  body: Blob;
  etag: string;
  /** The span, in epoch milliseconds, in which the feed holds the same events. */
  from: number;
  until: number;
}

/** A bounded cache of rendered feeds, by address. */
export class FeedCache {
  readonly #entries = new Map<string, Entry>();
  readonly #limit: number;

  constructor(limit = 200) {
    this.#limit = limit;
  }

  /** The remembered body and ETag for an address, if it is still true at `at` (epoch milliseconds). */
  fresh(address: string, at: number): { body: Blob; etag: string } | undefined {
    const known = this.#entries.get(address);
    return known && at >= known.from && at < known.until ? known : undefined;
  }

  /**
   * The body and ETag for an address: the remembered ones when `signature` (what the feed holds) is
   * unchanged, else freshly rendered with `render` (the feed in pieces); either way remembered as true from `span.from` until
   * `span.until`.
   */
  get(
    address: string,
    signature: string,
    render: () => readonly FeedPart[],
    span: { from: number; until: number } = { from: 0, until: 0 },
  ): { body: Blob; etag: string } {
    const known = this.#entries.get(address);
    const entry =
      known?.signature === signature
        ? { ...known, ...span }
        : (() => {
            const bytes = joinParts(render());
            return { signature, body: new Blob([bytes]), etag: toEtag(bytes), ...span };
          })();
    this.#entries.delete(address);
    if (this.#entries.size >= this.#limit) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(address, entry);
    return entry;
  }
}

/**
 * A feed's pieces as one run of UTF-8 bytes, text encoded straight into its place. One run, not a Blob of thousands
 * of pieces: a Blob streams piece by piece, and thousands of small chunks cost far more to send than one copy.
 */
function joinParts(parts: readonly FeedPart[]): Uint8Array<ArrayBuffer> {
  let size = 0;
  for (const part of parts) size += typeof part === "string" ? Buffer.byteLength(part, "utf8") : part.byteLength;
  const bytes = new Uint8Array(size);
  const encoder = new TextEncoder();
  let at = 0;
  for (const part of parts) {
    if (typeof part === "string") at += encoder.encodeInto(part, bytes.subarray(at)).written;
    else {
      bytes.set(part, at);
      at += part.byteLength;
    }
  }
  return bytes;
}
