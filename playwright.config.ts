import { defineConfig } from "@playwright/test";
import { E2E_ENV, E2E_PORT, E2E_STORE } from "./tests/e2e/platform";

const CI = Boolean(process.env.CI);

// Debian's Chromium, never a downloaded browser. These flags keep it quiet: no updates, no sync, no
// background requests, so any request to another host comes from the site itself; and it resolves no host
// but this machine, so such a request fails at once (the tests' guard, in fixtures.ts, names it).
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1, EXCLUDE [::1]",
  ],
};

// A phone's layout, touch and viewport. Layout is in CSS pixels, the same at any pixel density, and no check
// outside the crawl depends on which image of a srcset is chosen; drawing every page at twice the density
// costs the browser four times the pixels, so only the crawl, which checks the retina images, uses it.
const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const RETINA_PHONE = { ...PHONE, deviceScaleFactor: 2 };
const DESKTOP = { viewport: { width: 1280, height: 800 } };
// Rebuilding the site (publishing, privacy) and crawling every page have projects of their own.
const OWN_PROJECT = /(publishing|listing-report|import[\w-]*|privacy|crawl)\.spec\.ts/;

export default defineConfig({
  testDir: "tests/e2e",
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  // axe on a long list takes a while on a small, busy machine.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    // A service worker could answer requests the off-site guard never sees.
    serviceWorkers: "block",
    launchOptions,
    // A trace records every step of a test, with a snapshot of the page after each: it costs a test about a
    // fifth of its time. In CI a failing test runs again, and that second run is traced.
    trace: CI ? "on-first-retry" : "retain-on-failure",
  },
  projects: [
    {
      name: "phone",
      // Keyboard and text-zoom journeys are about the desktop layout.
      grepInvert: /@desktop/,
      testIgnore: OWN_PROJECT,
      use: PHONE,
    },
    {
      name: "desktop",
      testIgnore: OWN_PROJECT,
      use: DESKTOP,
    },
    {
      // Every page in the sitemap, on a high-density phone screen so retina images are the ones checked; its
      // slices share the workers with the other tests.
      name: "crawl",
      testMatch: /crawl\.spec\.ts/,
      use: RETINA_PHONE,
    },
    {
      // Approving a submission rebuilds the site, and so does the privacy check before it reads dist/: these
      // run once every other test has finished, one at a time.
      name: "publishing",
      testMatch: /(publishing|listing-report|import[\w-]*|privacy)\.spec\.ts/,
      dependencies: ["phone", "desktop", "crawl"],
      workers: 1,
      use: DESKTOP,
    },
  ],
  // The whole platform, through Netlify's local emulation: the existing dist/ (`npm run test:e2e` builds it
  // first) with netlify.toml's headers and the functions, on a Blobs store and settings of the tests' own
  // (tests/e2e/platform.ts), emptied at the start. Approving a submission rebuilds dist/ through the local
  // build hook, as on Netlify. The server is always the tests' own, never one a developer is looking at.
  webServer: {
    command: `node scripts/serve.mjs --port ${E2E_PORT} --store ${E2E_STORE} --fresh-store --no-env-file`,
    url: `http://localhost:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: E2E_ENV,
  },
});
