/**
 * Copy buttons for code to paste into another website ("Put this on your website"). Without JavaScript the
 * code is in a read-only box to select and copy by hand; with it, each box's Copy button appears and puts the
 * code on the clipboard, and says so.
 */

/** Shows the Copy button for every `[data-copy-from]` box in `root`, and makes it copy the box's text. */
export function enhanceCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-copy-from]")) {
    const box = document.getElementById(button.dataset["copyFrom"] ?? "");
    const status = document.getElementById(button.dataset["copyStatus"] ?? "");
    if (!(box instanceof HTMLTextAreaElement)) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      box.focus();
      box.select();
      let copied = false;
      try {
        await navigator.clipboard.writeText(box.value);
        copied = true;
      } catch {
        // The clipboard can be refused (an older browser, a page not served over HTTPS): the code is selected.
      }
      // The words come from the page, in its language (data-copied, data-copy-by-hand).
      if (status)
        status.textContent = copied
          ? (button.dataset["copied"] ?? "Copied. Now paste it into your website.")
          : (button.dataset["copyByHand"] ?? "Press Ctrl+C (or ⌘C) to copy it.");
    });
  }
}
