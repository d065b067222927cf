import { defineConfig } from "@playwright/test";

const CI = Boolean(process.env.CI);

// Debian's Chromium, never a downloaded browser. These flags keep it quiet: no updates, no sync, no
// background requests, so any request to another host comes from the site itself.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

// E2E_PORT lets several checkouts run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4321);

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
    baseURL: `http://localhost:${port}`,
    // A service worker could answer requests the off-site guard never sees.
    serviceWorkers: "block",
    launchOptions,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "phone",
      // Keyboard and text-zoom journeys are about the desktop layout.
      grepInvert: /@desktop/,
      testIgnore: /(publishing|privacy)\.spec\.ts/,
      use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    {
      name: "desktop",
      testIgnore: /(publishing|privacy)\.spec\.ts/,
      use: { viewport: { width: 1280, height: 800 } },
    },
    {
      // Approving a submission rebuilds the site, and so does the privacy check before it reads dist/: these
      // run once every other test has finished, one at a time.
      name: "publishing",
      testMatch: /(publishing|privacy)\.spec\.ts/,
      dependencies: ["phone", "desktop"],
      workers: 1,
      use: { viewport: { width: 1280, height: 800 } },
    },
  ],
  // The whole platform, through Netlify's local emulation: the existing dist/ (`npm run test:e2e` builds it
  // first) with netlify.toml's headers, the functions and a Blobs store on disk. Approving a submission
  // rebuilds dist/ through the local build hook, as on Netlify.
  webServer: {
    command: `node scripts/serve.mjs --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !CI,
    timeout: 120_000,
    // Every browser test submits from one address; the per-client limit has its own function tests.
    env: { SUBMISSIONS_PER_CLIENT: "1000" },
  },
});
