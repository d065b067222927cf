/**
 * How a function reaches Netlify Blobs within a time it can answer in. The Blobs client retries a failed
 * call up to five times, five seconds apart, and waits as long as a hanging store does: a resident would
 * wait half a minute for an error. Here each call has a time limit, the whole request a budget, and a store
 * that fails, hangs or is overloaded gives a final answer at once, so the function answers 503 with
 * Retry-After in under five seconds, having written nothing more.
 */

/** The longest one call to the store may take. */
export const STORE_CALL_TIMEOUT_MS = 2_000;
/** The whole time one request may spend on the store, so that its 503 comes within five seconds. */
export const STORE_BUDGET_MS = 4_000;

/**
 * The status given to the Blobs client in place of a failure: one it does not retry and does not read as
 * "not found" or "already exists", so it throws, and the store's guard answers 503.
 */
export const STORE_GAVE_UP_STATUS = 424;

/** A fetch for the Blobs client that fails fast, within `budgetMs` from its creation (one per request). */
export function boundedStoreFetch(budgetMs = STORE_BUDGET_MS, fetchImpl: typeof fetch = fetch): typeof fetch {
  const deadline = Date.now() + budgetMs;
  const gaveUp = () => new Response(null, { status: STORE_GAVE_UP_STATUS });
  return async (input, init) => {
    const left = deadline - Date.now();
    if (left <= 0) return gaveUp();
    try {
      const response = await fetchImpl(input, {
        ...init,
        signal: AbortSignal.timeout(Math.min(left, STORE_CALL_TIMEOUT_MS)),
      });
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        return gaveUp();
      }
      return response;
    } catch {
      return gaveUp();
    }
  };
}
