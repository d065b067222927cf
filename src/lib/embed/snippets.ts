/**
 * The code a site pastes to show a list: one `<iframe>` line, or one `<script>` tag. "Put this on your
 * website" shows them, and the browser tests paste them into a page of another origin as they are.
 */
import { escapeHtml } from "../pages/contract";
import {
  DEFAULT_OPTIONS,
  EMBED_SCRIPT_PATH,
  embedPagePath,
  embedQuery,
  suggestedHeight,
  type EmbedKind,
  type EmbedOptions,
} from "./options";

/** The list's title for an `<iframe>`: what the frame holds, for screen readers, which announce it. */
export function frameTitle(heading: string): string {
  return `${heading}, from Stoke Together`;
}

/**
 * The `<iframe>` line for a list on the site at `site` (its origin).
 * @example iframeSnippet("https://stoketogether.org.uk", "group", "hanley-health-walks", "Coming up with Hanley Health Walks")
 */
export function iframeSnippet(
  site: string,
  kind: EmbedKind,
  id: string,
  heading: string,
  options: EmbedOptions = DEFAULT_OPTIONS,
): string {
  const src = `${site}${embedPagePath(kind, id)}${embedQuery(options)}`;
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(frameTitle(heading))}" ` +
    `width="100%" height="${suggestedHeight(options)}" style="border:0;max-width:40rem" loading="lazy"></iframe>`
  );
}

/**
 * The `<script>` tag for a list on the site at `site`: the options a site chose are its `data-` attributes.
 * @example scriptSnippet("https://stoketogether.org.uk", "town", "burslem") // '<script src="https://stoketogether.org.uk/embed/embed.js" data-town="burslem" async></script>'
 */
export function scriptSnippet(
  site: string,
  kind: EmbedKind,
  id: string,
  options: EmbedOptions = DEFAULT_OPTIONS,
): string {
  const chosen = (["count", "layout", "theme", "lang"] as const)
    .filter((name) => options[name] !== DEFAULT_OPTIONS[name])
    .map((name) => ` data-${name}="${escapeHtml(String(options[name]))}"`)
    .join("");
  return `<script src="${escapeHtml(site + EMBED_SCRIPT_PATH)}" data-${kind}="${escapeHtml(id)}"${chosen} async></script>`;
}
