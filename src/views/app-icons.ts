/**
 * The app icons a phone shows when the site is added to its home screen, drawn from the site's logo at build time
 * (the web app manifest, src/pages/[...locale]/manifest.webmanifest.ts, lists them): the mark on a clear ground at
 * 192 and 512 pixels, a maskable one whose mark sits inside the middle 80% that any phone's mask keeps, and
 * Apple's touch icon on a solid ground (iOS fills a clear one with black).
 */
import sharp from "sharp";
import { LOGO_SHAPES } from "../components/logo-mark";

/** The site's cobalt (--cobalt in src/styles/global.css), the header's colour and the manifest's theme colour. */
export const THEME_COLOUR = "#1c4696";
/** The site's cream paper (--paper), the page's background and the manifest's. */
export const BACKGROUND_COLOUR = "#fbf6ee";

export const APP_ICONS = {
  "icon-192": { size: 192, ground: undefined, mark: 1 },
  "icon-512": { size: 512, ground: undefined, mark: 1 },
  "maskable-512": { size: 512, ground: THEME_COLOUR, mark: 0.62 },
  "apple-touch-icon": { size: 180, ground: THEME_COLOUR, mark: 0.78 },
} as const;
export type AppIcon = keyof typeof APP_ICONS;

/** The SVG of one icon: the mark, `mark` of the icon's width, centred on its ground (none: clear). */
export function appIconSvg(name: AppIcon): string {
  const { size, ground, mark } = APP_ICONS[name];
  const width = 48 * mark;
  const offset = (48 - width) / 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 48 48">` +
    (ground ? `<rect width="48" height="48" fill="${ground}"/>` : "") +
    `<g transform="translate(${offset} ${offset}) scale(${mark})">${LOGO_SHAPES}</g></svg>`
  );
}

/** One icon as a PNG. */
export async function appIconPng(name: AppIcon): Promise<Buffer> {
  return sharp(Buffer.from(appIconSvg(name)))
    .png({ compressionLevel: 9 })
    .toBuffer();
}
