// @ts-check
import { defineConfig } from "astro/config";
import react from "@astrojs/react";
import sitemap from "@astrojs/sitemap";
import { DEFAULT_LOCALE, LOCALES } from "./src/lib/i18n/locales.ts";

// The public address of the site; deploy previews set URL themselves.
const site = process.env.URL ?? process.env.SITE_URL ?? "https://stoketogether.org.uk";

export default defineConfig({
  site,
  output: "static",
  // Lossless whitespace removal: the JSX rules (Astro 7's default) drop the space between a line of text
  // and an inline element on the next line, which prose-heavy pages have everywhere.
  compressHTML: true,
  trailingSlash: "always",
  // English at the site's addresses; every other interface language under its prefix (/ur/events/…). Pages in every
  // language live in src/pages/[...locale]/ (src/lib/i18n/routes.ts).
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    react(),
    sitemap({
      filter: (page) =>
        !/\/(404|submit|moderate|coordinate)\b/.test(page) &&
        !/\/buddy-up\/(form|report-form|shell)\//.test(page) &&
        !page.includes("/calendar/link-template/") &&
        // The embeddable lists' pages are for other sites' frames, not for search engines.
        !new URL(page).pathname.startsWith("/embed/"),
    }),
  ],
  build: {
    // Stylesheets stay as files so the Content-Security-Policy needs no inline styles.
    inlineStylesheets: "never",
    // Pages render while others are written to disk: one at a time, the build waits on the disk for a third of
    // its time. Pages share their view data (src/views/), so each page in flight adds little memory.
    concurrency: 4,
  },
  vite: {
    // Scripts stay as files too: an inlined script would need its hash in the Content-Security-Policy.
    build: { assetsInlineLimit: 0 },
  },
});
