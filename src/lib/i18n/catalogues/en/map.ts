/** The map of places, one page per kind of place. */
import { plural, pluralSet } from "../../plural";

export const map = {
  title: "Map of places",
  /** The map of one kind of place: "Map: Libraries". */
  kindTitle: (kind: string) => `Map: ${kind}`,
  description: "Parks, green spaces, libraries, community centres, museums and venues across Stoke-on-Trent, on a map.",
  places: "Places",
  /** How many places, and how many of them are in the list only. */
  count: (places: number, unplaced: number) =>
    plural("en", places, { one: "# place", other: "# places" }) +
    (unplaced > 0
      ? plural("en", unplaced, {
          one: "; # without a sourced position is in the list only",
          other: "; # without a sourced position are in the list only",
        })
      : "") +
    ".",
  kinds: "Show one kind of place",
  all: "All places",
  caption: (pins: number) =>
    plural("en", pins, {
      one: "The map shows the # place with a position; the list has every place.",
      other: "The map shows the # places with a position; the list has every place.",
    }),
  list: "The list",
  /** A place's kind and town under its name on the map: "Library in Hanley". */
  kindIn: (kind: string, town: string) => `${kind} in ${town}`,
  noPosition: "no map position yet",
  /** The words on every map's own controls (plain text: the map's script is given them as data). */
  controls: {
    zoomIn: "Zoom in",
    zoomOut: "Zoom out",
    /** A pin for several listings at one place: "Fenton Library: 3 listings". */
    listings: pluralSet({ one: "{where}: # listing", other: "{where}: # listings" }),
    /** Read out on a cluster of pins, after its count. */
    cluster: pluralSet({
      one: "# listing here; press Enter to zoom in",
      other: "# listings here; press Enter to zoom in",
    }),
  },
};
