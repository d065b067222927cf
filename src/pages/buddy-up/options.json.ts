/**
 * The buddy-up options the coordination console and API read: for now only the verified groups that offer
 * welcomers, and no events. The full endpoint (buddy-up events with their upcoming dates) replaces this.
 */
import type { APIRoute } from "astro";
import { loadContent } from "../../data/content";
import type { BuddyOptions } from "../../lib/buddy/model";

export const GET: APIRoute = async () => {
  const { groups } = await loadContent();
  const options: BuddyOptions = {
    groups: groups
      .filter((group) => group.data.welcomers && group.data.verified)
      .map((group) => ({ id: group.id, name: group.data.name })),
    events: [],
  };
  return new Response(JSON.stringify(options), { headers: { "Content-Type": "application/json" } });
};
