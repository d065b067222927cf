/**
 * The web app manifest in each language (/manifest.webmanifest, /ur/manifest.webmanifest …), so the site can be
 * added to a phone's home screen and opens at the home page in the language it was added in. Every page links
 * its own language's (src/layouts/Base.astro).
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { LOCALE_INFO, localeOf, localePath } from "../../lib/i18n/locales";
import { messagesFor } from "../../lib/i18n/messages";
import { inEveryLocale } from "../../lib/i18n/routes";
import { BACKGROUND_COLOUR, THEME_COLOUR } from "../../views/app-icons";

export const getStaticPaths = (() => inEveryLocale()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const locale = localeOf(params.locale);
  const t = messagesFor(locale).site;
  const manifest = {
    name: t.name,
    short_name: t.name,
    description: t.footer.about,
    id: localePath(locale, "/"),
    start_url: localePath(locale, "/"),
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    lang: LOCALE_INFO[locale].tag,
    dir: LOCALE_INFO[locale].dir,
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { "Content-Type": "application/manifest+json" } });
};
