/**
 * The moment the site is built for. Pages list what is upcoming from this instant; the site is rebuilt
 * daily so the lists move on. STOKE_TOGETHER_NOW (an ISO instant) pins it for reproducible builds.
 */
const pinned = process.env.STOKE_TOGETHER_NOW;

if (pinned !== undefined && Number.isNaN(Date.parse(pinned))) {
  throw new Error(`STOKE_TOGETHER_NOW must be an ISO 8601 instant such as 2026-12-05T09:00:00Z; it is "${pinned}".`);
}

const now = pinned === undefined ? new Date() : new Date(pinned);

/** The instant this build treats as now. */
export function buildNow(): Date {
  return now;
}
