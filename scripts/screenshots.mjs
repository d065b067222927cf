// Takes full-page screenshots of the built site at phone and desktop widths, for looking at changes.
// Usage: npm run preview (in another terminal), then: node scripts/screenshots.mjs /events/ /places/ …
import { chromium } from "@playwright/test";
import { mkdirSync } from "node:fs";

const base = process.env.BASE_URL ?? "http://localhost:4321";
const out = process.env.OUT_DIR ?? "screenshots";
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/"];
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});
const widths = (process.env.WIDTHS ?? "375,1280").split(",").map(Number);
for (const width of widths) {
  const name = `${width < 700 ? "phone" : "desktop"}-${width}`;
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  for (const path of paths) {
    await page.goto(base + path);
    const file = `${out}/${name}${path.replace(/\//g, "_") || "_"}.png`;
    // Very long pages are cut at MAX_HEIGHT so the picture stays readable.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const maxHeight = Number(process.env.MAX_HEIGHT ?? 2400);
    await page.screenshot({
      path: file,
      fullPage: true,
      clip: { x: 0, y: 0, width, height: Math.min(height, maxHeight) },
    });
    console.log(file);
  }
  await page.close();
}
await browser.close();
