/**
 * Remembers the last body and ETag of each custom feed address in a function instance. Calendars poll
 * the same few addresses again and again; when the events a feed holds have not changed, the answer
 * is reused instead of joined and hashed again.
 */
import { toEtag } from "./http";

interface Entry {
  signature: string;
  body: string;
  etag: string;
}

/** A bounded cache of rendered feeds, by address. */
export class FeedCache {
  readonly #entries = new Map<string, Entry>();
  readonly #limit: number;

  constructor(limit = 200) {
    this.#limit = limit;
  }

  /**
   * The body and ETag for an address: the remembered ones when `signature` (what the feed holds) is
   * unchanged, else freshly rendered with `render`.
   */
  get(address: string, signature: string, render: () => string): { body: string; etag: string } {
    const known = this.#entries.get(address);
    if (known?.signature === signature) return known;
    const body = render();
    const entry = { signature, body, etag: toEtag(body) };
    this.#entries.delete(address);
    if (this.#entries.size >= this.#limit) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(address, entry);
    return entry;
  }
}
