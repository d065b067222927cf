/**
 * The script form of an embeddable list, for another site's page: one tag,
 *
 *   <script src="https://stoketogether.org.uk/embed/embed.js" data-group="hanley-health-walks" async></script>
 *
 * draws the group's upcoming events where the tag is, from the list's data file on this site. The list is
 * drawn in a shadow root of its own, with its own styles: the page's styles do not reach it and its styles do
 * not reach the page. It defines nothing on the page (the build wraps it in a function of its own), and
 * options come from the tag: data-count, data-layout, data-theme, data-lang (src/lib/embed/options.ts).
 */
import { EMBED_MESSAGES } from "../lib/embed/messages";
import {
  EMBED_KINDS,
  embedDataPath,
  embedFromPath,
  embedPagePath,
  followedPagePath,
  readEmbedOptions,
} from "../lib/embed/options";
import { escapeHtml } from "../lib/pages/contract";
import { renderWidget, type WidgetData } from "../lib/embed/widget";

/** The list's styles (src/styles/embed.css), minified and put here by the build. */
declare const EMBED_CSS: string;

function draw(script: HTMLScriptElement): void {
  const kind = EMBED_KINDS.find((name) => script.hasAttribute(`data-${name}`));
  const list = kind && embedFromPath(embedPagePath(kind, script.getAttribute(`data-${kind}`) ?? ""));
  if (!list) return;
  const options = readEmbedOptions((name) => script.getAttribute(`data-${name}`));
  const messages = EMBED_MESSAGES[options.lang];
  const site = new URL(script.src).origin;

  const host = document.createElement("div");
  script.after(host);
  const root = host.attachShadow({ mode: "open" });
  // A constructed style sheet is not an inline style, so a page whose Content-Security-Policy allows no
  // inline styles still lets it apply. (The styles are written once, here, to keep the script small.)
  const style = document.createElement("style");
  style.textContent = EMBED_CSS;
  if ("adoptedStyleSheets" in root && typeof CSSStyleSheet.prototype.replaceSync === "function") {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(style.textContent);
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(style);
  }
  const body = document.createElement("div");
  root.append(body);

  fetch(site + embedDataPath(list.kind, list.id))
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<WidgetData>;
    })
    .then((data) => {
      body.innerHTML = renderWidget(data, options, { level: 2, base: site, messages });
    })
    .catch(() => {
      const href = escapeHtml(site + followedPagePath(list.kind, list.id));
      body.innerHTML = `<p class="stw" data-theme="${options.theme}">${escapeHtml(messages.unavailable)} <a href="${href}">Stoke Together</a></p>`;
    });
}

if (document.currentScript instanceof HTMLScriptElement && document.currentScript.src) draw(document.currentScript);
