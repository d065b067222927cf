/** Harta locurilor, câte o pagină pentru fiecare fel de loc. */
import { plural } from "../../plural";
import type { Messages } from "../../types";

export const map: Messages["map"] = {
  title: "Harta locurilor",
  kindTitle: (kind) => `Hartă: ${kind}`,
  description: "Parcuri, spații verzi, biblioteci, centre comunitare, muzee și săli din tot Stoke-on-Trent, pe hartă.",
  places: "Locuri",
  count: (places, unplaced) =>
    plural("ro", places, { one: "Un loc", few: "# locuri", other: "# de locuri" }) +
    (unplaced > 0
      ? plural("ro", unplaced, {
          one: "; unul fără o poziție confirmată e doar în listă",
          few: "; # fără o poziție confirmată sunt doar în listă",
          other: "; # de locuri fără o poziție confirmată sunt doar în listă",
        })
      : "") +
    ".",
  kinds: "Arată un singur fel de loc",
  all: "Toate locurile",
  caption: (pins) =>
    plural("ro", pins, {
      one: "Harta arată singurul loc cu poziție cunoscută; lista are toate locurile.",
      few: "Harta arată cele # locuri cu poziție cunoscută; lista are toate locurile.",
      other: "Harta arată cele # de locuri cu poziție cunoscută; lista are toate locurile.",
    }),
  list: "Lista",
  kindIn: (kind, town) => `${kind} în ${town}`,
  noPosition: "încă fără poziție pe hartă",
  controls: {
    zoomIn: "Mărește",
    zoomOut: "Micșorează",
    listings: { one: "{where}: # anunț", few: "{where}: # anunțuri", other: "{where}: # de anunțuri" },
    cluster: {
      one: "# anunț aici; apasă Enter ca să mărești",
      few: "# anunțuri aici; apasă Enter ca să mărești",
      other: "# de anunțuri aici; apasă Enter ca să mărești",
    },
  },
};
