// Makes the site's two web fonts small enough to cost 25 KB or less on every page, and writes the CSS that
// loads them: run it after changing which characters, weights or fonts the site uses, and commit what it writes.
//
//   node scripts/subset-fonts.mjs
//
// From the @fontsource-variable packages' Latin files it makes, with HarfBuzz (subset-font):
// - Atkinson Hyperlegible Next, its weight axis kept from 400 to 700 (body text, 600 links, 700 bold) and its
//   kerning dropped (2.3 KB that no page can afford; the face is spaced to be read without it);
// - Fraunces, pinned at weight 650 with its kerning, the one instance headings and the site's name use.
// Both keep only the characters in FONT_CHARACTERS; src/styles/fonts.css declares exactly those with
// unicode-range, so any other character (a community language, a symbol) is drawn by the system's fonts
// rather than shipped to every reader. scripts/check-fonts.mjs fails the build when a page uses a Latin letter
// or punctuation mark the subsets lack.
//
// Why web fonts and not the system's: compared in screenshots at 375 and 1280 px, the system stack (DejaVu Sans
// on Linux, Roboto on Android) sets the same pages wider and looser, wrapping the name, headings and links onto
// more lines, and loses the site's look (the Fraunces serif); Atkinson Hyperlegible Next was chosen to be read
// by people with low vision. The subsets keep both for 23 KB.
//
// Each web font gets a local fallback face (Arial or Liberation Sans, Times New Roman or Liberation Serif)
// scaled and aligned to it with size-adjust and ascent/descent overrides measured here, so text set in the
// fallback takes the same room and nothing moves when the web font swaps in (font-display: swap).
import { format, resolveConfig } from "prettier";
import subsetFont from "subset-font";
import { Blob, Buffer, Face, Font, Variation, shape } from "harfbuzzjs";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EXTENDED_CHARACTERS, FONT_CHARACTERS, toUnicodeRange } from "./font-characters.mjs";

const OUT = "src/styles/fonts";
const CSS = "src/styles/fonts.css";
const FONTSOURCE = "node_modules/@fontsource-variable";

/** Measured English text: the widths of a fallback and its web font are compared over this. */
const SAMPLE =
  "Stoke Together is where people in Stoke-on-Trent find what is on near them: events, community groups, parks " +
  "and green spaces, and local services across Tunstall, Burslem, Hanley, Stoke, Fenton and Longton. Every " +
  "listing shows who runs it, what it costs, what to expect the first time, how to get there, and whether it " +
  "finishes before dark. Free coffee morning, Saturday 6 December, 10:00 to 12:00. Ask for a buddy.";

/** Where Debian keeps the metric-compatible stand-ins for Arial and Times New Roman. */
const SYSTEM = "/usr/share/fonts/truetype/liberation";

const FONTS = [
  {
    family: "Atkinson Hyperlegible Next",
    file: "atkinson-hyperlegible-next",
    source: `${FONTSOURCE}/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-wght-normal.woff2`,
    extended: `${FONTSOURCE}/atkinson-hyperlegible-next/files/atkinson-hyperlegible-next-latin-ext-wght-normal.woff2`,
    axes: { wght: { min: 400, max: 700 } },
    weight: "400 700",
    features: [],
    fallbacks: [
      { weight: 400, local: ["Arial", "ArialMT", "Liberation Sans"], file: "LiberationSans-Regular.ttf" },
      { weight: 700, local: ["Arial Bold", "Arial-BoldMT", "Liberation Sans Bold"], file: "LiberationSans-Bold.ttf" },
    ],
  },
  {
    family: "Fraunces",
    file: "fraunces",
    source: `${FONTSOURCE}/fraunces/files/fraunces-latin-wght-normal.woff2`,
    extended: `${FONTSOURCE}/fraunces/files/fraunces-latin-ext-wght-normal.woff2`,
    axes: { wght: 650 },
    // Headings ask for 650 and the site's name for 700: one instance serves both, never synthesised bolder.
    weight: "600 700",
    features: ["kern"],
    fallbacks: [
      {
        weight: "600 700",
        local: ["Times New Roman Bold", "TimesNewRomanPS-BoldMT", "Liberation Serif Bold"],
        file: "LiberationSerif-Bold.ttf",
        measureAt: 650,
      },
    ],
  },
];

/** A font's line metrics and the width of SAMPLE, in ems, at the given weight. */
function measure(bytes, weight) {
  const face = new Face(new Blob(bytes));
  const font = new Font(face);
  if (weight !== undefined && "wght" in face.getAxisInfos()) {
    font.setVariations([Variation.fromString(`wght=${weight}`)]);
  }
  const buffer = new Buffer();
  buffer.addText(SAMPLE);
  buffer.guessSegmentProperties();
  shape(font, buffer);
  const width = buffer.getGlyphPositions().reduce((sum, position) => sum + position.xAdvance, 0);
  const extents = font.hExtents();
  return {
    width: width / face.upem,
    ascent: extents.ascender / face.upem,
    descent: -extents.descender / face.upem,
    lineGap: extents.lineGap / face.upem,
  };
}

const percent = (value) => `${(value * 100).toFixed(2)}%`;
const text = FONT_CHARACTERS;
const codePoints = [...text].map((c) => c.codePointAt(0));

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const rules = [];
for (const font of FONTS) {
  const source = readFileSync(font.source);
  const options = { variationAxes: font.axes, keepFeatures: font.features, noHinting: true };
  const woff2 = await subsetFont(source, text, { ...options, targetFormat: "woff2" });
  const ttf = await subsetFont(source, text, { ...options, targetFormat: "truetype" });
  const name = `${font.file}.woff2`;
  writeFileSync(join(OUT, name), woff2);
  console.log(`${name}: ${(woff2.length / 1024).toFixed(1)} KB, ${codePoints.length} characters`);

  rules.push(
    `@font-face {`,
    `  font-family: "${font.family}";`,
    `  font-style: normal;`,
    `  font-weight: ${font.weight};`,
    `  font-display: swap;`,
    `  src: url("./fonts/${name}") format("woff2");`,
    `  unicode-range: ${toUnicodeRange(codePoints)};`,
    `}`,
  );
  // Polish and Romanian letters, from the font's Latin Extended file, in a file of their own.
  const extended = await subsetFont(readFileSync(font.extended), EXTENDED_CHARACTERS, {
    ...options,
    targetFormat: "woff2",
  });
  const extendedName = `${font.file}-extended.woff2`;
  writeFileSync(join(OUT, extendedName), extended);
  const extendedPoints = [...EXTENDED_CHARACTERS].map((c) => c.codePointAt(0));
  console.log(`${extendedName}: ${(extended.length / 1024).toFixed(1)} KB, ${extendedPoints.length} characters`);
  rules.push(
    `@font-face {`,
    `  font-family: "${font.family}";`,
    `  font-style: normal;`,
    `  font-weight: ${font.weight};`,
    `  font-display: swap;`,
    `  src: url("./fonts/${extendedName}") format("woff2");`,
    `  unicode-range: ${toUnicodeRange(extendedPoints)};`,
    `}`,
  );
  for (const fallback of font.fallbacks) {
    const system = join(SYSTEM, fallback.file);
    if (!existsSync(system)) throw new Error(`${system} is missing: apt-get install fonts-liberation`);
    const weight = fallback.measureAt ?? fallback.weight;
    const web = measure(ttf, weight);
    const local = measure(readFileSync(system));
    const size = web.width / local.width;
    rules.push(
      `@font-face {`,
      `  font-family: "${font.family} fallback";`,
      `  font-style: normal;`,
      `  font-weight: ${fallback.weight};`,
      `  src: ${fallback.local.map((n) => `local("${n}")`).join(", ")};`,
      `  size-adjust: ${percent(size)};`,
      `  ascent-override: ${percent(web.ascent / size)};`,
      `  descent-override: ${percent(web.descent / size)};`,
      `  line-gap-override: ${percent(web.lineGap / size)};`,
      `}`,
    );
  }
}
const css = ["/* Written by scripts/subset-fonts.mjs: run it again rather than editing this file. */", ...rules, ""];
writeFileSync(CSS, await format(css.join("\n"), { ...(await resolveConfig(CSS)), filepath: CSS }));
console.log(`${CSS}: ${readdirSync(OUT).length} fonts`);
