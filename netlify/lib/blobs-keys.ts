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

/** How long one time bucket of request keys lasts: 36⁴ ms, about 28 minutes (its stamp's first five digits). */
const BUCKET_MS = 36 ** 4;

/**
 * The folders a moment's request keys sit in: about 19 days, then about 28 minutes. A count lists only the
 * buckets its window touches, and in each only its own client's keys, so it stays quick however many
 * clients and days the store holds.
 * @example bucketOf("0mx6sg000") // "0mx6/s"
 */
function bucketOf(stamp: string): string {
  return `${stamp.slice(0, 4)}/${stamp.slice(4, 5)}`;
}

/**
 * Records one request from `client` under `prefix` and says how many it made within the window, this one
 * included. Each request is a new key, so requests at the same moment never lose a count.
 */
export async function recordAndCount(
  store: Store,
  prefix: string,
  client: string,
  now: Date,
  windowMs: number,
): Promise<number> {
  const stamp = timeStamp(now);
  await store.set(`${prefix}${bucketOf(stamp)}/${client}/${stamp}-${randomBytes(4).toString("hex")}`, "", {
    onlyIfNew: true,
  });
  const start = now.getTime() - windowMs;
  const since = timeStamp(start);
  const folders: string[] = [];
  for (let moment = Math.floor(start / BUCKET_MS) * BUCKET_MS; moment <= now.getTime(); moment += BUCKET_MS) {
    folders.push(`${prefix}${bucketOf(timeStamp(moment))}/${client}/`);
  }
  const counts = await Promise.all(
    folders.map(async (folder) => {
      const { blobs } = await store.list({ prefix: folder });
      return blobs.filter((blob) => blob.key.slice(folder.length, folder.length + 9) >= since).length;
    }),
  );
  const count = counts.reduce((sum, each) => sum + each, 0);
  return count;
}
