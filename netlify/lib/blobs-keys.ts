/**
 * Keys on Netlify Blobs that sort by time, and counting requests per client without a shared counter: each
 * request is one new key whose name starts with a time stamp, so concurrent requests never lose a count and
 * old keys can be pruned by name.
 */
import type { Store } from "@netlify/blobs";
import { randomBytes } from "node:crypto";

/**
 * A moment as nine base-36 digits, so that keys sort by time as text.
 * @example timeStamp(new Date("2026-12-03T00:00:00Z")) // "0mx6sg000"
 */
export function timeStamp(moment: Date | number): string {
  return (typeof moment === "number" ? moment : moment.getTime()).toString(36).padStart(9, "0");
}

/** A key that sorts by time: the time stamp, then randomness so two in the same instant differ. */
export function newSortableId(now: Date): string {
  return `${timeStamp(now)}${randomBytes(5).toString("hex").slice(0, 8)}`;
}

/** Records one request under `prefix` and says how many were recorded there within the window, this one included. */
export async function recordAndCount(store: Store, prefix: string, now: Date, windowMs: number): Promise<number> {
  await store.set(`${prefix}${timeStamp(now)}-${randomBytes(4).toString("hex")}`, "", { onlyIfNew: true });
  const since = timeStamp(now.getTime() - windowMs);
  // Every key within the window starts with what its first and last moments share: only those are listed.
  const stamp = timeStamp(now);
  let shared = 0;
  while (shared < stamp.length && since[shared] === stamp[shared]) shared++;
  const { blobs } = await store.list({ prefix: `${prefix}${stamp.slice(0, shared)}` });
  return blobs.filter((blob) => blob.key.slice(prefix.length, prefix.length + 9) >= since).length;
}
