/**
 * Each finder result's Save button: keeps the listing in the resident's own list on their device, as the Save button
 * on a listing's page does (src/browser/save-listing.ts). Drawn hidden until the browser has read the list, so a
 * page drawn on the server (without JavaScript) never shows a button that cannot work. What it did is shown beside it
 * and given to the list's one polite status (`onSaid`), so a screen reader hears it once.
 */
import { useEffect, useState } from "react";
import { savedKey, toggleSaved, type SavedKind } from "../../lib/my-list/saved";
import { saveMessage } from "../../lib/my-list/words";
import { listingText } from "../../lib/i18n/listing-lang";
import type { RecordType, SearchRecord } from "../../lib/search/record";
import { readList, writeList } from "../../browser/my-list-store";
import { useFinderWords } from "./words";

const KIND: Record<RecordType, SavedKind> = { event: "events", group: "groups", place: "places", service: "services" };

/** The Save button for one result. */
export function SaveResult({ record, onSaid }: { record: SearchRecord; onSaid: (text: string) => void }) {
  const finderWords = useFinderWords();
  const words = finderWords.save;
  const own = listingText(finderWords.locale);
  const kind = KIND[record.type];
  const key = savedKey({ kind, id: record.id });
  // Unknown until the list is read in the browser: the button stays hidden till then.
  const [saved, setSaved] = useState<boolean | undefined>(undefined);
  const [said, setSaid] = useState<{ text: string; link: boolean } | undefined>(undefined);
  useEffect(() => setSaved(readList()?.some((item) => savedKey(item) === key) ?? false), [key]);
  const press = () => {
    const list = readList();
    const changed = list && toggleSaved(list, { kind, id: record.id, title: record.title });
    if (!changed || !writeList(changed.list)) {
      setSaid({ text: words.blocked, link: false });
      onSaid(words.blocked);
      return;
    }
    const text = saveMessage(words, changed.saved, changed.list.length);
    setSaved(changed.saved);
    setSaid({ text, link: true });
    onSaid(text);
  };
  return (
    <div className="finder__save">
      <button
        type="button"
        className="finder__save-button"
        aria-pressed={saved === true}
        hidden={saved === undefined}
        onClick={press}
      >
        {saved ? words.saved : words.save}
        {/* Which listing, for a list of buttons read out of context: "Save Burslem carers cafe". */}{" "}
        <span className="visually-hidden" {...own}>
          {record.title}
        </span>
      </button>
      {said && (
        <p className="finder__saved">
          {said.text} {said.link && <a href={words.list}>{words.see}</a>}
        </p>
      )}
    </div>
  );
}
