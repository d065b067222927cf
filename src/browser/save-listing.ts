/**
 * The Save button on a listing's page: shows it (the page without JavaScript has a link to the list's page in its
 * place), marks it pressed when the listing is in the list, and on a press adds or takes it out and says what it did,
 * in words on the page and to screen readers (a polite status). Nothing leaves the device.
 */
import { isListingId, SAVED_KINDS, savedKey, toggleSaved, type SavedKind } from "../lib/my-list/saved";
import { saveMessage, type SaveWords } from "../lib/my-list/words";
import { readList, writeList } from "./my-list-store";

function enhance(box: HTMLElement) {
  const button = box.querySelector<HTMLButtonElement>("[data-save-button]");
  const label = box.querySelector<HTMLElement>("[data-save-label]");
  const status = box.querySelector<HTMLElement>("[data-save-status]");
  const words = JSON.parse(box.dataset.words ?? "null") as SaveWords | null;
  const { kind, id, title = "" } = box.dataset;
  if (!button || !label || !status || !words || !SAVED_KINDS.includes(kind as SavedKind) || !isListingId(id)) return;
  const item = { kind: kind as SavedKind, id, title };
  const show = (saved: boolean) => {
    button.setAttribute("aria-pressed", String(saved));
    label.textContent = saved ? words.saved : words.save;
  };
  const say = (text: string, link: boolean) => {
    status.textContent = `${text} `;
    if (link) {
      const see = document.createElement("a");
      see.href = words.list;
      see.textContent = words.see;
      status.append(see);
    }
  };
  box.querySelector("[data-save-fallback]")?.setAttribute("hidden", "");
  button.hidden = false;
  const list = readList();
  show(list?.some((saved) => savedKey(saved) === savedKey(item)) ?? false);
  button.addEventListener("click", () => {
    const now = readList();
    const changed = now && toggleSaved(now, item);
    if (!changed || !writeList(changed.list)) {
      say(words.blocked, false);
      return;
    }
    show(changed.saved);
    say(saveMessage(words, changed.saved, changed.list.length), true);
  });
}

for (const box of document.querySelectorAll<HTMLElement>("[data-save-listing]")) enhance(box);
