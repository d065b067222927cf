import type { APIRoute, GetStaticPaths } from "astro";
import { listOccurrences, occurrenceIn } from "../../../views/events";
import { LIST_DAYS } from "../../../lib/events/windows";
import { inEveryLocale } from "../../../lib/i18n/routes";
import { localeOf } from "../../../lib/i18n/locales";

export const getStaticPaths = (() => inEveryLocale()) satisfies GetStaticPaths;

/**
 * The next weeks' occurrences with the facts filters look at, for the feed builder's "what this feed holds right
 * now" list, with their dates (and "Online") in the page's language: /calendar/events.json, /ur/calendar/events.json
 * and the others. Loaded by the builder's script on first use.
 */
export const GET: APIRoute = async ({ params }) => {
  const locale = localeOf(params.locale);
  const occurrences = (await listOccurrences({ days: LIST_DAYS })).map((view) => {
    const o = occurrenceIn(view, locale);
    return {
      eventId: o.eventId,
      title: o.title,
      when: o.when,
      placeName: o.placeName,
      online: o.online,
      status: o.status,
      town: o.town,
      ward: o.ward,
      categories: o.categories,
      audiences: o.audiences,
      free: o.free,
      beforeDark: o.beforeDark,
      accessibility: o.accessibility,
      buddyUp: o.buddyUp,
      languages: o.languages,
    };
  });
  return new Response(JSON.stringify(occurrences), { headers: { "Content-Type": "application/json" } });
};
