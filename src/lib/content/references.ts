/**
 * Checks that every id one listing gives for another names a listing that exists. Astro's loaders
 * check each file's shape; this checks the links between files, so a typo fails the build with the
 * file, the field and the missing id.
 */
import type { Event, Group, Place, Service, Source, Ward } from "../domain";

/** A listing with the id it is known by and the file it came from. */
export interface Entry<T> {
  id: string;
  data: T;
  filePath?: string | undefined;
  /** The Markdown after the front matter, for the collections written as Markdown. */
  body?: string | undefined;
}

/** All listings, by collection. */
export interface ContentSet {
  events: Entry<Event>[];
  groups: Entry<Group>[];
  places: Entry<Place>[];
  services: Entry<Service>[];
  sources: Entry<Source>[];
  wards: Entry<Ward>[];
}

const FOLDERS = {
  events: "content/events/",
  groups: "content/groups/",
  places: "content/places/",
  services: "content/services/",
  sources: "content/sources/",
  wards: "content/areas/wards/",
} as const;

function fileOf(collection: keyof typeof FOLDERS, entry: Entry<unknown>): string {
  return entry.filePath ?? `${FOLDERS[collection]}${entry.id}.md`;
}

function missing(file: string, field: string, id: string, target: keyof typeof FOLDERS): string {
  const noun = target === "wards" ? "Wards" : target[0]!.toUpperCase() + target.slice(1);
  return `${file}: \`${field}\` names \`${id}\`, which does not exist. ${noun} are listed in ${FOLDERS[target]}.`;
}

/**
 * Lists every reference that does not resolve, as a message an editor can act on.
 * @example findBrokenReferences(content) // ["content/events/x.md: `place` names `hanley-libary`, which does not exist. Places are listed in content/places/."]
 */
export function findBrokenReferences(content: ContentSet): string[] {
  const ids = {
    groups: new Set(content.groups.map((entry) => entry.id)),
    places: new Set(content.places.map((entry) => entry.id)),
    wards: new Set(content.wards.map((entry) => entry.id)),
  };
  const problems: string[] = [];
  for (const entry of content.events) {
    const file = fileOf("events", entry);
    const place = entry.data.place;
    if (place !== undefined && !ids.places.has(place)) problems.push(missing(file, "place", place, "places"));
    if (!ids.groups.has(entry.data.organizer)) problems.push(missing(file, "organizer", entry.data.organizer, "groups"));
  }
  for (const entry of content.places) {
    const ward = entry.data.ward;
    if (ward !== undefined && !ids.wards.has(ward)) problems.push(missing(fileOf("places", entry), "ward", ward, "wards"));
  }
  for (const entry of content.services) {
    const file = fileOf("services", entry);
    const organization = entry.data.organization;
    if (organization !== undefined && !ids.groups.has(organization)) {
      problems.push(missing(file, "organization", organization, "groups"));
    }
    entry.data.service_at_location.forEach((at, index) => {
      if (!ids.places.has(at.place)) problems.push(missing(file, `service_at_location[${index}].place`, at.place, "places"));
    });
  }
  for (const entry of content.sources) {
    const file = fileOf("sources", entry);
    const { group, place } = entry.data;
    if (group !== undefined && !ids.groups.has(group)) problems.push(missing(file, "group", group, "groups"));
    if (place !== undefined && !ids.places.has(place)) problems.push(missing(file, "place", place, "places"));
  }
  for (const entry of content.events) {
    if (entry.data.buddyUp) {
      const group = content.groups.find((candidate) => candidate.id === entry.data.organizer);
      if (group && !group.data.welcomers) {
        problems.push(
          `${fileOf("events", entry)}: \`buddyUp\` is true but the organiser \`${group.id}\` has no welcomers. ` +
            "Set welcomers: true on a verified group, or buddyUp: false.",
        );
      }
    }
  }
  return problems;
}
