import type { APIRoute } from "astro";
import { listOccurrences } from "../../views/events";
import { LIST_DAYS } from "../../lib/events/windows";

/**
 * The next weeks' occurrences with the facts filters look at, for the feed builder's "what this
 * feed holds right now" list. Loaded by the builder's script on first use.
 */
export const GET: APIRoute = async () => {
  const occurrences = (await listOccurrences({ days: LIST_DAYS })).map((o) => ({
    eventId: o.eventId,
    title: o.title,
    when: o.when,
    placeName: o.placeName,
    status: o.status,
    town: o.town,
    ward: o.ward,
    categories: o.categories,
    audiences: o.audiences,
    free: o.free,
    beforeDark: o.beforeDark,
    accessibility: o.accessibility,
    buddyUp: o.buddyUp,
  }));
  return new Response(JSON.stringify(occurrences), { headers: { "Content-Type": "application/json" } });
};
