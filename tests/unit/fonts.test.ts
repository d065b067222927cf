import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import subsetFont from "subset-font";
import { Blob, Face } from "harfbuzzjs";
import { EXTENDED_CHARACTERS, FONT_CHARACTERS, toUnicodeRange } from "../../scripts/font-characters.mjs";
import { drawnText, findMissing } from "../../scripts/check-fonts.mjs";

const FONTS = ["src/styles/fonts/atkinson-hyperlegible-next.woff2", "src/styles/fonts/fraunces.woff2"];
const EXTENDED_FONTS = FONTS.map((file) => file.replace(".woff2", "-extended.woff2"));
const codePoints = [...FONT_CHARACTERS].map((c) => c.codePointAt(0) ?? 0);
const extendedPoints = [...EXTENDED_CHARACTERS].map((c) => c.codePointAt(0) ?? 0);

/** The code points a WOFF2 font maps to glyphs (HarfBuzz reads the font once unpacked to TrueType). */
async function carried(file: string): Promise<number[]> {
  const ttf = await subsetFont(readFileSync(file), "", { keepAllGlyphs: true, targetFormat: "truetype" });
  return [...new Face(new Blob(ttf)).collectUnicodes()];
}

describe("the site's subset web fonts", () => {
  it.each(FONTS)("%s carries every character in FONT_CHARACTERS and no other", async (file) => {
    expect((await carried(file)).sort((a, b) => a - b)).toEqual([...new Set(codePoints)].sort((a, b) => a - b));
  });

  it.each(EXTENDED_FONTS)("%s carries the Polish and Romanian letters and no other", async (file) => {
    expect((await carried(file)).sort((a, b) => a - b)).toEqual([...new Set(extendedPoints)].sort((a, b) => a - b));
  });

  it("are declared in fonts.css for exactly the characters they carry, so others fall back to system fonts", () => {
    const css = readFileSync("src/styles/fonts.css", "utf8");
    const ranges = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((match) => match[1]?.replace(/\s+/g, " "));
    const font = [toUnicodeRange(codePoints), toUnicodeRange(extendedPoints)];
    expect(ranges).toEqual([...font, ...font]);
  });

  it("keep the Polish and Romanian letters to 8 KB for both fonts, loaded only by pages that use them", () => {
    const bytes = EXTENDED_FONTS.reduce((sum, file) => sum + readFileSync(file).length, 0);
    expect(bytes).toBeLessThanOrEqual(8 * 1024);
  });

  it("leave a page in Polish or Romanian, which sets its headings in the body's face, within the same 23 KB", () => {
    const bytes = [FONTS[0]!, EXTENDED_FONTS[0]!].reduce((sum, file) => sum + readFileSync(file).length, 0);
    expect(bytes).toBeLessThanOrEqual(23 * 1024);
  });

  it("weigh 23 KB or less together, leaving room for the responses' headers in a page's 25 KB of fonts", () => {
    const bytes = FONTS.reduce((sum, file) => sum + readFileSync(file).length, 0);
    expect(bytes).toBeLessThanOrEqual(23 * 1024);
  });
});

describe("the build's check of the characters pages use", () => {
  it("writes ranges as CSS does", () => {
    expect(toUnicodeRange([0x21, 0x20, 0xa0, 0x22])).toBe("U+20-22, U+A0");
  });

  it("accepts English, accented names and the listings' punctuation", () => {
    expect(findMissing("Café au lait · £3 – Zoë’s “Noël” …")).toEqual([]);
  });

  it("names a Latin letter the fonts lack, which would be drawn in another font mid-word", () => {
    expect(findMissing("Łódź Polish club")).toEqual([]);
    expect(findMissing("Győr Hungarian club, Ŵ")).toEqual(["ő", "Ŵ"]);
  });

  it("leaves other scripts to the system's fonts", () => {
    expect(findMissing("مرحبا · Witajcie · 欢迎 · ہیلو")).toEqual([]);
  });

  it("reads the text a page draws, not its scripts or title", () => {
    const html =
      '<html><head><title>Ł</title><script>"ő"</script></head><body><p>Caf&eacute;</p><input placeholder="Ŵ"></body></html>';
    expect(drawnText(html)).toContain("Café");
    expect(findMissing(drawnText(html))).toEqual(["Ŵ"]);
  });
});
