/**
 * Asks Netlify to rebuild the site through a build hook. The hook's address is a secret: it is never
 * logged or returned.
 */
import { warnSetting } from "./settings";

/** What happened when a rebuild was asked for. */
export type RebuildResult =
  { status: "requested" } | { status: "not-configured" } | { status: "failed"; httpStatus?: number };

/** POSTs to the build hook, with a title that says why; never throws. */
export async function requestRebuild(
  hookUrl: string | undefined,
  reason: string,
  fetchImpl: typeof fetch = fetch,
): Promise<RebuildResult> {
  if (!hookUrl) return { status: "not-configured" };
  let url: URL;
  try {
    url = new URL(hookUrl);
  } catch {
    warnSetting("BUILD_HOOK_URL", "is not a web address, so no rebuild can be asked for.");
    return { status: "not-configured" };
  }
  url.searchParams.set("trigger_title", reason);
  try {
    const response = await fetchImpl(url, { method: "POST", signal: AbortSignal.timeout(10_000) });
    return response.ok ? { status: "requested" } : { status: "failed", httpStatus: response.status };
  } catch {
    return { status: "failed" };
  }
}
