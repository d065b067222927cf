/**
 * Putting a listing that does not come from a file (an approved submission, an imported event or service)
 * into a collection's store, through the collection's own schema. One that does not fit, or whose id is
 * taken, is reported by name and left out: it never breaks the build.
 */
import type { LoaderContext } from "astro/loaders";
import { escapeHtml } from "../lib/pages/contract";

/** The description as paragraphs of escaped text: submissions are plain text, never Markdown or HTML. */
export function toParagraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("\n");
}

/**
 * Parses the listing with the collection's schema and stores it with its plain-text description as the
 * body. Returns false, having said why in the build log, when it is left out; `taken` says which listing
 * already has its id, e.g. "an event in content/events/".
 */
export async function storeListing(
  context: Pick<LoaderContext, "store" | "parseData" | "generateDigest" | "logger">,
  listing: { id: string; label: string; fields: Record<string, unknown>; description: string; kind: string },
  taken: string,
): Promise<boolean> {
  const { store, parseData, generateDigest, logger } = context;
  const { id, label, fields, description, kind } = listing;
  if (store.has(id)) {
    logger.warn(`${label} is left out: ${taken} already has the id ${id}.`);
    return false;
  }
  try {
    const data = await parseData({ id, data: fields });
    store.set({
      id,
      data,
      body: description,
      rendered: { html: toParagraphs(description) },
      digest: generateDigest(JSON.stringify(fields) + description),
    });
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n").slice(0, 6).join(" ") : "invalid";
    logger.warn(`${label} is left out: it does not fit the ${kind} schema. ${reason}`);
    return false;
  }
}
