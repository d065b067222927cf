/**
 * The listings a report can name, as the build publishes them for the report functions: each one's name, how it
 * reached the site (an imported listing names its feed, so the group can be told), and the group that runs it.
 * Only what every listing's own page already shows.
 */
import type { ListingKind, ListingRef } from "./model";

/** One listing a report can name. */
export interface ReportableListing {
  title: string;
  /** How it reached the site; an imported one names the feed it was read from. */
  source: "curated" | "submitted" | "imported";
  feed?: { id: string; name: string } | undefined;
  /** The group that runs it, for an event or a service run by one. */
  groupId?: string | undefined;
}

/** Every listing a report can name, by kind and id. */
export type ReportableListings = Record<ListingKind, Record<string, ReportableListing>>;

/** A listing's entry, or undefined when it is not on the site. */
export function findListing(listings: ReportableListings, ref: ListingRef): ReportableListing | undefined {
  const ofKind = listings[ref.kind] as Record<string, ReportableListing> | undefined;
  return ofKind && Object.hasOwn(ofKind, ref.id) ? ofKind[ref.id] : undefined;
}

/** What the build knows of one listing, in the shape the collections give it. */
interface Entry {
  id: string;
  data: {
    title?: string;
    name?: string;
    source?: "curated" | "submitted" | "imported";
    importedFrom?: { source: string; name: string } | undefined;
    organizer?: string;
    organization?: string | undefined;
  };
}

function reportable(entry: Entry): ReportableListing {
  const { data } = entry;
  const groupId = data.organizer ?? data.organization;
  return {
    title: data.title ?? data.name ?? entry.id,
    source: data.source ?? "curated",
    ...(data.importedFrom ? { feed: { id: data.importedFrom.source, name: data.importedFrom.name } } : {}),
    ...(groupId ? { groupId } : {}),
  };
}

/** The reportable listings from the build's collections. */
export function toReportableListings(content: Record<ListingKind, readonly Entry[]>): ReportableListings {
  const of = (entries: readonly Entry[]) => Object.fromEntries(entries.map((entry) => [entry.id, reportable(entry)]));
  return {
    events: of(content.events),
    groups: of(content.groups),
    places: of(content.places),
    services: of(content.services),
  };
}
