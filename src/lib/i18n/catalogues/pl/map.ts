/** Mapa miejsc, osobna strona dla każdego rodzaju miejsca. */
import { plural } from "../../plural";
import type { Messages } from "../../types";

export const map: Messages["map"] = {
  title: "Mapa miejsc",
  kindTitle: (kind) => `Mapa: ${kind}`,
  description: "Parki, tereny zielone, biblioteki, domy kultury, muzea i sale w całym Stoke-on-Trent, na mapie.",
  places: "Miejsca",
  count: (places, unplaced) =>
    plural("pl", places, { one: "# miejsce", few: "# miejsca", many: "# miejsc", other: "# miejsca" }) +
    (unplaced > 0
      ? plural("pl", unplaced, {
          one: "; # bez potwierdzonego położenia jest tylko na liście",
          few: "; # bez potwierdzonego położenia są tylko na liście",
          many: "; # bez potwierdzonego położenia jest tylko na liście",
          other: "; # bez potwierdzonego położenia jest tylko na liście",
        })
      : "") +
    ".",
  kinds: "Pokaż jeden rodzaj miejsc",
  all: "Wszystkie miejsca",
  caption: (pins) =>
    plural("pl", pins, {
      one: "Mapa pokazuje # miejsce ze znanym położeniem; na liście są wszystkie miejsca.",
      few: "Mapa pokazuje # miejsca ze znanym położeniem; na liście są wszystkie miejsca.",
      many: "Mapa pokazuje # miejsc ze znanym położeniem; na liście są wszystkie miejsca.",
      other: "Mapa pokazuje # miejsca ze znanym położeniem; na liście są wszystkie miejsca.",
    }),
  list: "Lista",
  kindIn: (kind, town) => `${kind}, ${town}`,
  noPosition: "jeszcze bez położenia na mapie",
  controls: {
    zoomIn: "Przybliż",
    zoomOut: "Oddal",
    listings: { one: "{where}: # wpis", few: "{where}: # wpisy", many: "{where}: # wpisów", other: "{where}: # wpisu" },
    cluster: {
      one: "# wpis w tym miejscu; naciśnij Enter, żeby przybliżyć",
      few: "# wpisy w tym miejscu; naciśnij Enter, żeby przybliżyć",
      many: "# wpisów w tym miejscu; naciśnij Enter, żeby przybliżyć",
      other: "# wpisu w tym miejscu; naciśnij Enter, żeby przybliżyć",
    },
  },
};
