// @ts-check
import { defineConfig } from "astro/config";
import react from "@astrojs/react";
import sitemap from "@astrojs/sitemap";

// The public address of the site; deploy previews set URL themselves.
const site = process.env.URL ?? process.env.SITE_URL ?? "https://stoketogether.org.uk";

export default defineConfig({
  site,
  output: "static",
  trailingSlash: "always",
  integrations: [react(), sitemap({ filter: (page) => !page.includes("/404") })],
  build: {
    // Stylesheets stay as files so the Content-Security-Policy needs no inline styles.
    inlineStylesheets: "never",
  },
});
