/**
 * The "My list" page: draws the listings saved on this device (or those a shared link carries) with how each stands
 * in the site's current data (`/my-list/listings.json`): next dates in the page's language, or cancelled, moved,
 * finished or removed, said plainly. Remove from the list; share it as a link; subscribe to its events as one feed;
 * print it. Then asks the site's offline worker, if one runs, to keep the list and its listings' pages.
 */
import type { MyListData, MyListDate } from "../lib/my-list/listing-data";
import {
  MY_LIST_DATA_PATH,
  mergeSaved,
  readSharedParam,
  savedFeedPath,
  savedKey,
  SHARED_PARAM,
  toSharedParam,
  type SavedListing,
} from "../lib/my-list/saved";
import { feedEventIds, standingOf, type SavedStanding } from "../lib/my-list/status";
import { countForTag, type MyListPageWords } from "../lib/my-list/words";
import { fill, splitSlots } from "../lib/i18n/words";
import { formatLocalDate, formatLocalDateIn, formatLocalOccurrence, toLocalDateTime } from "../lib/time/local";
import { readList, writeList } from "./my-list-store";

const root = document.querySelector<HTMLElement>("[data-my-list]");
const wordsText = document.getElementById("my-list-words")?.textContent;

type Part = "loading" | "blocked" | "shared" | "count" | "items" | "empty" | "note" | "tools" | "failed" | "printed";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

if (root && wordsText) {
  const words = JSON.parse(wordsText) as MyListPageWords;
  const { t } = words;
  const part = (name: Part) => root.querySelector<HTMLElement>(`[data-my-list-${name}]`)!;
  const show = (name: Part, shown: boolean) => (part(name).hidden = !shown);
  const listPath = `${words.prefix}/my-list/`;
  const pageOf = (item: SavedListing) => `${words.prefix}/${item.kind}/${item.id}/`;
  const count = (n: number, set: Parameters<typeof countForTag>[2]) => countForTag(words.tag, n, set);

  const shortDay = (date: string) => formatLocalDateIn(words.tag, date, "short");
  const when = ({ start, end }: MyListDate) => {
    if (words.english) return formatLocalOccurrence(start, end);
    const at = (dateTime: string) =>
      fill(words.dayAndTime, { day: shortDay(dateTime.slice(0, 10)), at: dateTime.slice(11, 16) });
    return fill(words.range, {
      from: at(start),
      to: start.slice(0, 10) === end.slice(0, 10) ? end.slice(11, 16) : at(end),
    });
  };
  const longDate = (date: string) =>
    words.english ? formatLocalDate(date) : formatLocalDateIn(words.tag, date, "long");

  const shared = readSharedParam(new URLSearchParams(location.search).get(SHARED_PARAM));
  const viewingShared = shared.length > 0;
  let data: MyListData | undefined;

  root.querySelector("[data-my-list-noscript]")?.setAttribute("hidden", "");
  show("loading", true);

  /** One saved listing: its kind, its name (a link while it is listed), how it stands, its dates and Remove. */
  const drawItem = (item: SavedListing, standing: SavedStanding | undefined, own: boolean) => {
    const title = standing?.title || item.title || t.unnamed;
    const name = element("span", words.own, title);
    const heading = element(
      "h2",
      { class: "my-list__title" },
      standing?.state === "removed" ? name : element("a", { href: pageOf(item) }, name),
    );
    const entry = element("li", { class: "my-list__item", "data-state": standing?.state ?? "unknown" });
    entry.append(element("p", { class: "my-list__kind" }, t.kinds[item.kind]), heading);
    if (standing && standing.state !== "on") {
      entry.append(element("p", { class: "my-list__state" }, element("strong", {}, t.state[standing.state])));
    }
    if (standing && "dates" in standing && standing.dates.length > 0) {
      const dates = element("ul", { class: "my-list__dates" });
      for (const date of standing.dates) {
        const flags = [
          date.cancelled ? t.state.dateCancelled : "",
          date.movedFrom ? fill(t.state.movedFrom, { date: longDate(date.movedFrom) }) : "",
        ].filter(Boolean);
        dates.append(
          element(
            "li",
            date.cancelled ? { class: "my-list__date--cancelled" } : {},
            element("time", { datetime: date.start }, when(date)),
            ...(flags.length > 0 ? [" ", element("strong", { class: "my-list__flag" }, `(${flags.join(", ")})`)] : []),
          ),
        );
      }
      entry.append(element("p", { class: "my-list__next" }, t.nextDates), dates);
    }
    if (own) {
      const remove = element(
        "button",
        { type: "button", class: "button button--secondary my-list__remove no-print" },
        t.remove,
        element("span", { class: "visually-hidden" }, " ", fill(t.removeWhich, { title })),
      );
      remove.addEventListener("click", () => removeItem(item, title));
      entry.append(remove);
    }
    return entry;
  };

  const drawTools = (list: readonly SavedListing[]) => {
    const shareUrl = new URL(`${listPath}?${SHARED_PARAM}=${toSharedParam(list)}`, location.origin).href;
    const shareLink = root.querySelector<HTMLElement>("[data-my-list-share-link]")!;
    shareLink.textContent = shareUrl;
    const shareButton = root.querySelector<HTMLButtonElement>("[data-my-list-share]")!;
    shareButton.hidden = typeof navigator.share !== "function";
    shareButton.onclick = () => {
      navigator.share({ title: t.share.shareTitle, url: shareUrl }).catch(() => undefined);
    };
    const said = root.querySelector<HTMLElement>("[data-my-list-share-status]")!;
    root.querySelector<HTMLButtonElement>("[data-my-list-copy]")!.onclick = () => {
      navigator.clipboard
        .writeText(shareUrl)
        .then(() => (said.textContent = t.share.copied))
        .catch(() => (said.textContent = t.share.copyFailed));
    };
    const ids = data ? feedEventIds(list, data, toLocalDateTime(new Date())) : [];
    const feed = root.querySelector<HTMLElement>("[data-my-list-feed]")!;
    feed.hidden = ids.length === 0;
    part("tools").querySelector<HTMLElement>("[data-my-list-no-feed]")!.hidden = ids.length > 0;
    if (ids.length > 0) {
      const https = new URL(savedFeedPath(ids), location.origin).href;
      feed.querySelector<HTMLAnchorElement>("[data-my-list-webcal]")!.href = https.replace(/^https?:/, "webcal:");
      feed.querySelector<HTMLElement>("[data-my-list-https]")!.textContent = https;
    }
  };

  const draw = () => {
    const mine = readList();
    const blocked = mine === null;
    const list = viewingShared ? shared : (mine ?? []);
    const now = toLocalDateTime(new Date());
    show("loading", false);
    show("blocked", blocked);
    show("failed", data === undefined);
    show("shared", viewingShared);
    if (viewingShared) {
      part("shared").querySelector<HTMLElement>("[data-my-list-keep]")!.hidden = blocked;
    }
    const items = part("items");
    items.replaceChildren(...list.map((item) => drawItem(item, data && standingOf(item, data, now), !viewingShared)));
    // "You have saved 3 listings" is about the resident's own list, not one sent to them.
    part("count").textContent = list.length > 0 && !viewingShared ? count(list.length, t.count) : "";
    show("empty", list.length === 0 && !blocked);
    show("tools", list.length > 0);
    if (list.length > 0) drawTools(list);
    const today = now.slice(0, 10);
    part("printed").textContent = fill(t.print.printedOn, { date: longDate(today), address: location.host });
    // The offline worker (when one runs) keeps the list's page and its listings' pages for a journey with no signal.
    const keep = [listPath, ...list.filter((item) => data?.listings[savedKey(item)]).map(pageOf)];
    navigator.serviceWorker?.controller?.postMessage({ type: "keep-pages", urls: keep });
  };

  const note = (text: string) => (part("note").textContent = text);

  const removeItem = (item: SavedListing, title: string) => {
    const mine = readList();
    if (mine === null || !writeList(mine.filter((saved) => savedKey(saved) !== savedKey(item)))) {
      note(t.blocked);
      return;
    }
    draw();
    note(fill(t.removedNote, { title }));
    part("count").focus();
  };

  part("empty").replaceChildren(
    ...splitSlots(t.empty).map((piece) =>
      "slot" in piece ? element("a", { href: words.finder }, t.emptyLink) : piece.text,
    ),
  );

  part("shared")
    .querySelector<HTMLButtonElement>("[data-my-list-keep]")!
    .addEventListener("click", (event) => {
      const mine = readList();
      const merged = mine && mergeSaved(mine, shared);
      if (!merged || !writeList(merged)) {
        note(t.blocked);
        return;
      }
      (event.currentTarget as HTMLButtonElement).hidden = true;
      note(count(merged.length - mine.length, t.shared.kept));
    });

  fetch(MY_LIST_DATA_PATH)
    .then((response) => (response.ok ? (response.json() as Promise<MyListData>) : undefined))
    .catch(() => undefined)
    .then((loaded) => {
      data = loaded;
      draw();
    });
}
