/**
 * Reading a JSON blob together with the ETag that a conditional write (`onlyIfMatch`) needs. Netlify's
 * Blobs service sends the ETag with the blob. The local Blobs server (\`npm start\`, the function tests)
 * sends it only in listings, so there the ETag comes from a listing made first, and the blob is read after
 * it: a change in between leaves the ETag stale, so the write is refused, never made over the change.
 */
import type { Store } from "@netlify/blobs";

/** A JSON blob and the ETag to change it by; undefined when there is no blob under `key`. */
export async function getJSONWithETag<T>(
  store: Store,
  key: string,
): Promise<{ data: T; etag: string | undefined } | undefined> {
  const found = await store.getWithMetadata(key, { type: "json" });
  if (!found) return undefined;
  if (found.etag) return { data: found.data as T, etag: found.etag };
  const { blobs } = await store.list({ prefix: key });
  const etag = blobs.find((blob) => blob.key === key)?.etag;
  const again = (await store.get(key, { type: "json" })) as T | null;
  return again === null ? undefined : { data: again, etag };
}
