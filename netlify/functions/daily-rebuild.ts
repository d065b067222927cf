/**
 * Rebuilds the site every morning, so "today", "this weekend" and every upcoming list move on even when
 * no listing has changed. Needs BUILD_HOOK_URL (Site settings → Build & deploy → Build hooks).
 */
import type { Config } from "@netlify/functions";
import { requestRebuild } from "../lib/build-hook";
import { withSiteHeaders } from "../lib/http";

/** Builds the scheduled handler from its dependencies, so tests can pass their own. */
export function createDailyRebuild(hookUrl: string | undefined, fetchImpl: typeof fetch = fetch) {
  return async (): Promise<Response> => {
    const result = await requestRebuild(hookUrl, "Daily rebuild: move upcoming listings on", fetchImpl);
    if (result.status === "not-configured") console.warn("daily-rebuild: BUILD_HOOK_URL is not set; nothing to do.");
    if (result.status === "failed")
      console.error(`daily-rebuild: the build hook failed (${result.httpStatus ?? "no answer"}).`);
    return new Response(null, { status: result.status === "failed" ? 502 : 204 });
  };
}

export default withSiteHeaders(createDailyRebuild(process.env.BUILD_HOOK_URL));

// 05:00 UTC: before anyone in Stoke-on-Trent looks for what's on today, in both GMT and BST.
export const config: Config = { schedule: "0 5 * * *" };
