/**
 * Static pages' maps: each `[data-map]` element holds its pins as JSON in `data-items`. The map loads
 * (Leaflet and all) only when the element scrolls near the viewport. Without JavaScript the element stays
 * hidden and the list of links beside it is the map's content.
 */
import { isLocale } from "../../lib/i18n/locales";
import type { MapItem, MapWords } from "./leaflet-map";

function show(element: HTMLElement): void {
  const items = JSON.parse(element.dataset.items ?? "[]") as MapItem[];
  element.hidden = false;
  void import("./leaflet-map").then(({ createMap }) =>
    createMap(element, items, {
      label: element.dataset.label ?? "Map",
      // The words of the map's controls, in the page's language, as PlaceMap.astro writes them.
      words: JSON.parse(element.dataset.words ?? "{}") as MapWords,
      locale: isLocale(element.dataset.locale) ? element.dataset.locale : "en",
      cluster: element.dataset.cluster === "true",
      ...(element.dataset.zoom ? { zoom: Number(element.dataset.zoom) } : {}),
    }),
  );
}

/** Watches every map placeholder on the page and draws each one as it comes into view. */
export function watchMaps(): void {
  const elements = [...document.querySelectorAll<HTMLElement>("[data-map]")];
  if (!("IntersectionObserver" in window)) {
    elements.forEach(show);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const map = entry.target.querySelector<HTMLElement>("[data-map]") ?? (entry.target as HTMLElement);
        show(map);
      }
    },
    { rootMargin: "200px" },
  );
  // A hidden element has no box to intersect, so watch the figure around it.
  for (const element of elements) observer.observe(element.parentElement ?? element);
}
