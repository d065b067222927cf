/**
 * The resident's list in this browser's localStorage: read, changed and written whole, never sent anywhere. Storage
 * can be missing or refuse (private browsing, a full disk, cookies blocked): then `readList` says so with `null`
 * and `writeList` with `false`, and the callers say the list cannot be kept here; nothing throws.
 */
import { MY_LIST_KEY, readSavedList, type SavedListing } from "../lib/my-list/saved";

function storage(): Storage | null {
  try {
    const store = window.localStorage;
    // Reading alone can succeed where writing is refused (Safari's private mode in older versions): try both.
    const probe = `${MY_LIST_KEY}:probe`;
    store.setItem(probe, "1");
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

/** The saved list, or null when this browser keeps nothing for the site. */
export function readList(): SavedListing[] | null {
  const store = storage();
  if (!store) return null;
  try {
    return readSavedList(store.getItem(MY_LIST_KEY));
  } catch {
    return null;
  }
}

/** Keeps the list; false when this browser would not. */
export function writeList(list: readonly SavedListing[]): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(MY_LIST_KEY, JSON.stringify(list));
    return true;
  } catch {
    return false;
  }
}
