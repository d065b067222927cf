// @ts-check
import { existsSync, renameSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import react from "@astrojs/react";
import sitemap from "@astrojs/sitemap";
import { DEFAULT_LOCALE, LOCALES } from "./src/lib/i18n/locales.ts";
import { buildServiceWorker } from "./scripts/service-worker.mjs";

// The public address of the site; deploy previews set URL themselves.
const site = process.env.URL ?? process.env.SITE_URL ?? "https://stoketogether.org.uk";

/**
 * Each language's page for an unknown address at /<code>/404.html, beside English's /404.html, where netlify.toml's
 * rules for unknown /ur/… addresses find it: Astro writes only the site's own 404 page as a file of that name, and
 * src/pages/[...locale]/404.astro as /<code>/404/index.html.
 * @type {import("astro").AstroIntegration}
 */
const notFoundPages = {
  name: "not-found-pages",
  hooks: {
    "astro:build:done": ({ dir }) => {
      for (const locale of LOCALES.filter((code) => code !== DEFAULT_LOCALE)) {
        const built = new URL(`${locale}/404/index.html`, dir);
        if (!existsSync(built)) throw new Error(`The page not found in ${locale} was not built at ${built.pathname}.`);
        renameSync(built, new URL(`${locale}/404.html`, dir));
        rmSync(new URL(`${locale}/404/`, dir), { recursive: true });
      }
    },
  },
};

/**
 * The service worker, /sw.js, built once every other file is written: it keeps the shell's files with a hash of
 * each (scripts/service-worker.mjs).
 * @type {import("astro").AstroIntegration}
 */
const serviceWorker = {
  name: "service-worker",
  hooks: {
    "astro:build:done": async ({ dir, logger }) => {
      const { bytes, entries } = await buildServiceWorker(fileURLToPath(dir));
      logger.info(`/sw.js: ${bytes} bytes, keeping ${entries.length} files ahead.`);
    },
  },
};

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
        !/\/(404|submit|moderate|coordinate|report|my-list|offline)\b/.test(page) &&
        !/\/buddy-up\/(form|report-form|shell)\//.test(page) &&
        !page.includes("/calendar/link-template/") &&
        // The embeddable lists' pages are for other sites' frames, not for search engines.
        !new URL(page).pathname.startsWith("/embed/"),
    }),
    notFoundPages,
    serviceWorker,
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
