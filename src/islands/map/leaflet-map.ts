/**
 * Leaflet maps for the browser only: this module is always loaded with import(), when a map is first
 * shown, so its code, Leaflet's stylesheet and marker images cost nothing until then.
 */
import type { LatLngExpression, MarkerClusterGroup, MarkerClusterGroupOptions } from "leaflet";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import { escapeHtml } from "../../lib/pages/contract";
import type { Locale } from "../../lib/i18n/locales";
import { countIn } from "../../lib/i18n/plural";
import type { Messages } from "../../lib/i18n/types";
import { fill } from "../../lib/i18n/words";
import { TILE_ATTRIBUTION, TILE_URL } from "./tiles";
import "./map.css";

/** Something to pin on a map. */
export interface MapItem {
  id: string;
  title: string;
  lat: number;
  lng: number;
  /** The listing's page, linked from the popup. */
  url?: string | undefined;
  /** A line under the title in the popup, e.g. the venue and town. */
  detail?: string | undefined;
}

/** The words on a map's own controls, in the page's language. */
export type MapWords = Messages["map"]["controls"];

/** A map on the page, whose pins can be replaced. */
export interface MapHandle {
  setItems(items: readonly MapItem[]): void;
  destroy(): void;
}

const CITY: LatLngExpression = [53.02, -2.18];

type LeafletModule = typeof import("leaflet");
let leafletLoaded: Promise<LeafletModule> | undefined;

/** Loads Leaflet (and, for clustered maps, leaflet.markercluster) once per page. */
function loadLeaflet(cluster: boolean): Promise<LeafletModule> {
  leafletLoaded ??= (async () => {
    const [{ default: L }, icon, iconRetina, shadow] = await Promise.all([
      import("leaflet"),
      // `?url` asks for the image's address: a plain image import in Astro gives its metadata, an object.
      import("leaflet/dist/images/marker-icon.png?url"),
      import("leaflet/dist/images/marker-icon-2x.png?url"),
      import("leaflet/dist/images/marker-shadow.png?url"),
    ]);
    // Bundlers move Leaflet's images, so Leaflet cannot find them from its stylesheet; say where they are.
    L.Icon.Default.mergeOptions({
      iconUrl: icon.default,
      iconRetinaUrl: iconRetina.default,
      shadowUrl: shadow.default,
    });
    // Leaflet puts imagePath before each image address; the bundled addresses are already complete.
    L.Icon.Default.imagePath = "";
    return L;
  })();
  return cluster ? leafletLoaded.then(loadCluster) : leafletLoaded;
}

let clusterLoaded: Promise<LeafletModule> | undefined;

/** leaflet.markercluster extends the global `L`, so Leaflet is made global before it loads. */
function loadCluster(L: LeafletModule): Promise<LeafletModule> {
  clusterLoaded ??= (async () => {
    (globalThis as unknown as { L: LeafletModule }).L = L;
    await import("leaflet.markercluster");
    return L;
  })();
  return clusterLoaded;
}

function popupHtml(item: MapItem): string {
  const title = item.url
    ? `<a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>`
    : `<strong>${escapeHtml(item.title)}</strong>`;
  return `<p class="map-popup__title">${title}</p>${item.detail ? `<p class="map-popup__detail">${escapeHtml(item.detail)}</p>` : ""}`;
}

/**
 * Draws a map of `items` in `element`. Markers are keyboard-focusable buttons named after the listing;
 * Enter opens a popup and moves focus to its link. `cluster` groups nearby markers (for long lists).
 */
export async function createMap(
  element: HTMLElement,
  items: readonly MapItem[],
  options: { cluster?: boolean; label: string; zoom?: number; words: MapWords; locale: Locale },
): Promise<MapHandle> {
  const L = await loadLeaflet(options.cluster === true);
  const { words, locale } = options;
  const map = L.map(element, { scrollWheelZoom: false, center: CITY, zoom: options.zoom ?? 12, zoomControl: false });
  L.control.zoom({ zoomInTitle: words.zoomIn, zoomOutTitle: words.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 19 }).addTo(map);
  element.setAttribute("aria-label", options.label);
  element.setAttribute("role", "region");

  // Pins close enough to overlap are clustered, so every marker stays a separate target (WCAG 2.5.8).
  const plain = L.featureGroup().addTo(map);
  const clustered = options.cluster
    ? (
        L as unknown as {
          markerClusterGroup(options: MarkerClusterGroupOptions): MarkerClusterGroup;
        }
      )
        .markerClusterGroup({
          showCoverageOnHover: false,
          maxClusterRadius: 64,
          iconCreateFunction: (cluster) => {
            const count = cluster.getChildCount();
            return L.divIcon({
              // The count is shown, and the words with it are read; the hidden words start with a space, which keeps the
              // two apart in the marker's text without moving the count.
              html: `<div><span><span aria-hidden="true">${count}</span><span class="visually-hidden"> ${escapeHtml(countIn(locale, count, words.cluster))}</span></span></div>`,
              className: "marker-cluster marker-cluster-small",
              iconSize: L.point(40, 40),
            });
          },
        })
        .addTo(map)
    : undefined;

  map.on("popupopen", (event) => {
    event.popup.getElement()?.querySelector<HTMLAnchorElement>("a")?.focus();
  });

  const setItems = (next: readonly MapItem[]) => {
    plain.clearLayers();
    clustered?.clearLayers();
    // The view is set, without animation, before any marker is added: markers added while the map zooms would
    // be drawn at the old zoom's clusters and overlap for a moment (and clusters would animate needlessly).
    if (next.length === 1 && next[0]) map.setView([next[0].lat, next[0].lng], options.zoom ?? 15, { animate: false });
    else if (next.length > 1)
      map.fitBounds(L.latLngBounds(next.map((item) => [item.lat, item.lng])), {
        paddingTopLeft: [64, 64],
        paddingBottomRight: [32, 40],
        maxZoom: 15,
        animate: false,
      });
    // Listings at the same spot (events at one venue) share one marker whose popup lists them all.
    const bySpot = new Map<string, MapItem[]>();
    for (const item of next) {
      const key = `${item.lat.toFixed(5)},${item.lng.toFixed(5)}`;
      bySpot.set(key, [...(bySpot.get(key) ?? []), item]);
    }
    const markers = [...bySpot.values()].map((items) => {
      const first = items[0]!;
      const title =
        items.length === 1
          ? first.title
          : fill(countIn(locale, items.length, words.listings), { where: first.detail ?? first.title });
      return L.marker([first.lat, first.lng], { title, alt: title, keyboard: true }).bindPopup(
        items.length === 1
          ? popupHtml(first)
          : `<ul class="map-popup__list">${items.map((item) => `<li>${popupHtml(item)}</li>`).join("")}</ul>`,
      );
    });
    // All at once: markers added one by one to a cluster group on the map are each drawn, then animated into
    // their cluster, so for a moment they overlap.
    if (clustered) clustered.addLayers(markers);
    else for (const marker of markers) marker.addTo(plain);
  };
  setItems(items);
  return { setItems, destroy: () => map.remove() };
}
