/**
 * The embeddable lists of upcoming events: one for every group, place and town, each as the data its page
 * and its data file are drawn from (`src/lib/embed/widget.ts`).
 */
import { TOWN_LABELS, TOWNS } from "../lib/domain/vocab";
import { followedPagePath, MAX_COUNT, type EmbedKind } from "../lib/embed/options";
import { shareableItems } from "../lib/embed/share";
import type { WidgetData, WidgetItem } from "../lib/embed/widget";
import { sharingOf, type SourceTerms } from "../lib/open-data/terms";
import { formatIsoInstant } from "../lib/time/format";
import { loadContent, type EventEntry } from "./content";
import { listOccurrences, type OccurrenceView } from "./events";
import { DETAIL_DAYS } from "./listings";

/** One list: what it follows, its name, and what it shows. */
export interface EmbedWidget {
  kind: EmbedKind;
  id: string;
  /** The name of what it follows: the group, the place or the town. */
  name: string;
  data: WidgetData;
}

function toItem(o: OccurrenceView): WidgetItem {
  return {
    href: `/events/${o.eventId}/`,
    title: o.title,
    when: o.when,
    start: formatIsoInstant(o.start),
    where: [o.placeName, o.townName].filter(Boolean).join(", "),
    cost: o.cost,
    status: o.status,
    moved: o.movedFrom !== undefined,
    note: o.note,
    beforeDark: o.beforeDark,
    buddyUp: o.buddyUp,
    example: o.example,
  };
}

interface Followed {
  kind: EmbedKind;
  id: string;
  name: string;
  heading: string;
  empty: string;
  more: { href: string; text: string };
  /** Whether an occurrence belongs in this list. */
  has: (occurrence: OccurrenceView) => boolean;
}

let widgets: Promise<EmbedWidget[]> | undefined;

/** Every group's, place's and town's list, worked out once per build. */
export function listEmbedWidgets(): Promise<EmbedWidget[]> {
  widgets ??= build();
  return widgets;
}

/** One list, by what it follows. */
export async function getEmbedWidget(kind: EmbedKind, id: string): Promise<EmbedWidget | undefined> {
  return (await listEmbedWidgets()).find((widget) => widget.kind === kind && widget.id === id);
}

async function build(): Promise<EmbedWidget[]> {
  const content = await loadContent();
  // The lists follow the group's and the place's pages: the same two months, soonest first.
  const occurrences = await listOccurrences({ days: DETAIL_DAYS });
  const eventById = new Map<string, EventEntry>(content.events.map((entry) => [entry.id, entry]));
  const sources = new Map<string, SourceTerms>(
    content.sources.map((entry) => [entry.id, { licence: entry.data.licence, attribution: entry.data.attribution }]),
  );
  const termsOf = (id: string) => sources.get(id);

  const followed: Followed[] = [
    ...content.groups.map((group): Followed => {
      const runs = new Set(content.events.filter((e) => e.data.organizer === group.id).map((e) => e.id));
      return {
        kind: "group",
        id: group.id,
        name: group.data.name,
        heading: `Coming up with ${group.data.name}`,
        empty: `${group.data.name} has nothing listed for the next two months.`,
        more: {
          href: followedPagePath("group", group.id),
          text: `Everything ${group.data.name} runs, on Stoke Together`,
        },
        has: (o) => runs.has(o.eventId),
      };
    }),
    ...content.places.map((place): Followed => ({
      kind: "place",
      id: place.id,
      name: place.data.name,
      heading: `Coming up at ${place.data.name}`,
      empty: `There are no events to show at ${place.data.name} in the next two months.`,
      more: {
        href: followedPagePath("place", place.id),
        text: `Everything on at ${place.data.name}, on Stoke Together`,
      },
      has: (o) => o.placeId === place.id,
    })),
    ...TOWNS.map((town): Followed => ({
      kind: "town",
      id: town,
      name: TOWN_LABELS[town],
      heading: `Coming up in ${TOWN_LABELS[town]}`,
      empty: `There are no events to show in ${TOWN_LABELS[town]} in the next two months.`,
      more: { href: followedPagePath("town", town), text: `Everything on in ${TOWN_LABELS[town]}, on Stoke Together` },
      has: (o) => o.town === town,
    })),
  ];

  return followed.map(({ has, ...list }) => {
    // A group's list is shown on the group's own site: the group putting its own listings in front of its
    // own readers, as its page here does, not this site handing them to someone else. So it shows what the
    // group's page shows, examples included and labelled as examples. A place's or a town's list goes onto
    // sites that are not the listings' owners' (a venue's, a neighbourhood's), so it shows only what the open
    // data may carry: an example there would pass for a real event on someone else's page. Either way, an
    // imported listing whose source has not said it may be shared stays off other sites.
    const examples = list.kind === "group";
    const { items, credits } = shareableItems(
      occurrences.filter(has),
      (o) => sharingOf(eventById.get(o.eventId)!.data, termsOf, { examples }),
      MAX_COUNT,
    );
    return {
      kind: list.kind,
      id: list.id,
      name: list.name,
      data: {
        kind: list.kind,
        id: list.id,
        lang: "en",
        heading: list.heading,
        items: items.map(toItem),
        empty: list.empty,
        more: list.more,
        credits,
      },
    };
  });
}
