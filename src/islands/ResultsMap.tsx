/** The finder's map: the same listings as the list, drawn with Leaflet loaded on first show. */
import { useEffect, useMemo, useRef } from "react";
import type { FinderResults } from "../lib/search/find";
import { countOf, pageIn } from "../lib/search/finder-words";
import { fill } from "../lib/i18n/words";
import { useFinderWords } from "./finder/words";
import type { MapHandle, MapItem } from "./map/leaflet-map";

export default function ResultsMap({ results }: { results: FinderResults }) {
  const element = useRef<HTMLDivElement>(null);
  const handle = useRef<MapHandle | undefined>(undefined);
  const words = useFinderWords();
  const items: MapItem[] = useMemo(
    () =>
      results.groups.flatMap((group) =>
        group.results.flatMap(({ record }) =>
          record.geo
            ? [
                {
                  id: `${record.type}/${record.id}`,
                  title: record.title,
                  lat: record.geo.lat,
                  lng: record.geo.lng,
                  url: pageIn(words, record.url),
                  detail: record.where,
                },
              ]
            : [],
        ),
      ),
    [results, words],
  );
  const latest = useRef(items);
  latest.current = items;
  const unplaced = results.total - items.length;

  useEffect(() => {
    let cancelled = false;
    void import("./map/leaflet-map").then(async ({ createMap }) => {
      if (cancelled || !element.current) return;
      const map = await createMap(element.current, latest.current, {
        cluster: true,
        label: words.text.map.label,
        words: words.map,
        locale: words.locale,
      });
      if (cancelled) map.destroy();
      else handle.current = map;
    });
    return () => {
      cancelled = true;
      handle.current?.destroy();
      handle.current = undefined;
    };
  }, []);

  useEffect(() => {
    handle.current?.setItems(items);
  }, [items]);

  return (
    <div className="finder__map-wrap">
      <div ref={element} className="finder__map" />
      <p className="finder__map-note">
        {unplaced > 0
          ? fill(countOf(words, unplaced, words.text.map.showsSome), {
              placed: countOf(words, items.length, { other: "#" }),
            })
          : countOf(words, items.length, words.text.map.shows)}
      </p>
    </div>
  );
}
